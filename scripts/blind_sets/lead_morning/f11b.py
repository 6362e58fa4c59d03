import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *
def case(venue="Mairie du 11ème", town="Paris 11", org="Mairie du 11e", title="Forum ESS 11e", agenda_org="Ville de Paris - 11e"):
    f = Feeds()
    f.on_agenda("forum-11", 5001, "Forum ESS Paris 11", [(at(19, "10:00"), at(19, "18:00"))], agenda_org,
            A("Mairie du 11e arrondissement", "12 place Léon Blum", "75011", "Paris", insee="75111"))
    f.in_form([("forum-11", row("IDF-01", org, title, "19/11/2022", "10h-18h", venue, "", "", town))])
    print(venue, town, org, title, agenda_org, end=" | "); run(f)
case()
case(venue="Mairie du 11e")
case(town="Paris")
case(town="Paris 11e")
case(org="Ville de Paris - 11e")
case(title="Forum ESS Paris 11")
case(agenda_org="Mairie du 11e")
