import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *
Z = "https://zoom.us/j/91234567890"
def case(second=True, **changes):
    f = Feeds()
    f.on_platform("w-fa", 6, "Webinaire : financer son entreprise sociale", at(22, "12:30"), at(22, "13:30"), "France Active Île-de-France",
              ONLINE, modality="En ligne", url=Z)
    if second:
        f.on_platform("w-fa-2", 7, "Webinaire : les garanties bancaires pour l'ESS", at(22, "17:00"), at(22, "18:00"), "France Active Île-de-France",
              ONLINE, modality="En ligne", url="https://zoom.us/j/99999999999")
    r = row("IDF-05", "France Active IDF", "Webinaire financer son entreprise sociale", "22/11/2022", "12h30", "Zoom", fmt="En ligne")
    r.update(changes); f.in_form([("w-fa", r)]); print(second, changes, end=" "); run(f)
case()
case(second=False)
case(**{"Lieu": ""})
case(**{"Lieu": "En ligne"})
case(**{"Nom de la structure": "France Active Île-de-France"})
case(**{"Horaires": "12h30-13h30"})
