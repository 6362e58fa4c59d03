import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *
def case(title="Forum ESS Paris 11", org="Ville de Paris - 11e", loc=None):
    f = Feeds()
    f.on_platform("forum-11", 1, "Forum de l'ESS du 11e arrondissement", at(19, "10:00"), at(19, "18:00"), "Mairie du 11e",
              P("Mairie du 11e", "12 place Léon Blum", "75011", "Paris"))
    f.on_agenda("forum-11", 5001, title, [(at(19, "10:00"), at(19, "18:00"))], org,
            loc or A("Mairie du 11e arrondissement", "12 place Léon Blum", "75011", "Paris", insee="75111"))
    print(title, org, loc and loc["name"], end=" "); run(f)
case()
case(org="Mairie du 11e")
case(title="Forum de l'ESS du 11e")
case(loc=A("Mairie du 11e", "12 place Léon Blum", "75011", "Paris", insee="75111"))
case(loc=A("Mairie du 11e arrondissement", "12 place Léon Blum", "75011", "Paris"))
case(org="Mairie du 11e", title="Forum de l'ESS du 11e")
print("--- with forum-20")
def case2(sheet=False, title="Forum ESS Paris 11"):
    f = Feeds()
    f.on_platform("forum-11", 1, "Forum de l'ESS du 11e arrondissement", at(19, "10:00"), at(19, "18:00"), "Mairie du 11e",
              P("Mairie du 11e", "12 place Léon Blum", "75011", "Paris"))
    f.on_platform("forum-20", 2, "Forum de l'ESS du 20e arrondissement", at(19, "10:00"), at(19, "18:00"), "Mairie du 20e",
              P("Mairie du 20e", "6 place Gambetta", "75020", "Paris"))
    f.on_agenda("forum-11", 5001, title, [(at(19, "10:00"), at(19, "18:00"))], "Ville de Paris - 11e",
            A("Mairie du 11e arrondissement", "12 place Léon Blum", "75011", "Paris", insee="75111"))
    if sheet:
        f.in_form([("forum-11", row("IDF-01", "Mairie du 11e", "Forum ESS 11e", "19/11/2022", "10h-18h", "Mairie du 11ème", "", "", "Paris 11")),
                   ("forum-20", row("IDF-02", "Mairie du 20e", "Forum ESS 20e", "19/11/2022", "10h-18h", "Mairie du 20ème", "", "", "Paris 20"))])
    print(sheet, title, end=" "); run(f)
case2()
case2(sheet=True)
case2(sheet=True, title="Forum ESS Paris 11e")
