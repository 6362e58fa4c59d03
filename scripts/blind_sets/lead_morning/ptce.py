import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *
def case(**changes):
    f = Feeds()
    f.on_platform("ptce", 38, "Rencontre régionale des PTCE", at(29, "09:30"), at(29, "16:00"), "CRESS Grand Est",
              P("Hôtel de Région", "1 place Adrien Zeller", "67000", "Strasbourg"))
    r = row("GE-022", "CRESS Grand Est", "Rencontre régionale PTCE", "29/11/2022", "", "Région Grand Est", "", "", "Strasbourg")
    r.update(changes)
    f.in_form([("ptce", r)])
    print(changes, end=" ")
    run(f)
case()
case(**{"Lieu": ""})
case(**{"Lieu": "Hôtel de Région"})
case(**{"Horaires": "9h30-16h"})
case(**{"Titre de l'événement": "Rencontre régionale des PTCE"})
case(**{"Lieu": "Région Grand Est", "Adresse": "1 place Adrien Zeller"})
