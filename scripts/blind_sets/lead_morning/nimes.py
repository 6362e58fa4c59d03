import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *
def case(*ics, sheet=True):
    f = Feeds()
    f.on_platform("forum-nimes", 3, "Forum de l'emploi solidaire", at(17, "09:00"), at(17, "13:00"), "Maison de l'emploi de Nîmes Métropole",
     P("Parc des expositions", "230 avenue du Languedoc", "30900", "Nîmes"))
    f.in_calendar("forum-nimes", "c@oc", *ics)
    if sheet:
        f.in_form([("forum-nimes", row("OC-03", "MDE Nîmes", "Forum emploi ESS", "17/11/2022", "9h-13h", "Parc des Expositions", "", "30000", "NIMES"))])
    print(ics, sheet, end=" "); run(f)
S = "SUMMARY:Forum emploi solidaire - Nîmes"
case("DTSTART:20221117T090000Z", S, "LOCATION:Parc expo Nîmes")
case("DTSTART:20221117T090000Z", S, "LOCATION:Parc expo Nîmes", sheet=False)
case("DTSTART:20221117T090000Z", S, "LOCATION:Parc expo\\, Nîmes", sheet=False)
case("DTSTART:20221117T090000Z", S, "LOCATION:Parc des expositions Nîmes", sheet=False)
case("DTSTART:20221117T090000Z", S, "LOCATION:Parc des expositions\\, Nîmes", sheet=False)
case("DTSTART;TZID=Europe/Paris:20221117T090000", S, "LOCATION:Parc expo Nîmes", sheet=False)
case("DTSTART:20221117T090000Z", "SUMMARY:Forum de l'emploi solidaire", "LOCATION:Parc expo Nîmes", sheet=False)
