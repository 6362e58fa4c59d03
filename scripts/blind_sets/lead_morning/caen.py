import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *
def case(**ch):
    f = Feeds()
    f.on_platform("w-caen", 6, "Webinaire : comptabilité associative, les bases", at(24, "18:00"), at(24, "19:30"), "Ligue de l'enseignement de Normandie",
              ONLINE, modality="En ligne", url="https://www.helloasso.com/associations/ligue-normandie/evenements/compta")
    r = row("PDL-04", "Ligue de l'enseignement 14", "Compta associative : les bases", "24/11/2022", "18h-19h30", "", fmt="Visio")
    r.update(ch); f.in_form([("w-caen", r)]); print(ch, end=" "); run(f)
case()
case(**{"Nom de la structure": "Ligue de l'enseignement de Normandie"})
case(**{"Titre de l'événement": "Comptabilité associative : les bases"})
case(**{"Format": "En ligne"})
case(**{"Lieu": "Visio"})
case(**{"Nom de la structure": "Ligue de l'enseignement"})
