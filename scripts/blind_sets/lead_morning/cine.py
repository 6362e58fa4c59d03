import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *
def case(**changes):
    f = Feeds()
    f.on_platform("cine-ste", 5, "Ciné-débat « La Part des autres »", at(15, "20:00"), at(15, "22:30"), "Attac Saint-Étienne",
              P("Cinéma Le Méliès Jean Jaurès", "8 place Jean Jaurès", "42000", "Saint-Étienne"))
    r = row("AURA-04", "ATTAC 42", "Ciné débat : La part des autres", "15/11/2022", "20h", "Méliès", "", "", "St-Etienne")
    r.update(changes); f.in_form([("cine-ste", r)]); print(changes, end=" "); run(f)
case()
case(**{"Nom de la structure": "Attac Saint-Étienne"})
case(**{"Nom de la structure": "Attac"})
case(**{"Nom de la structure": "Attac Loire"})
case(**{"Lieu": "Le Méliès"})
case(**{"Lieu": "Cinéma Le Méliès"})
case(**{"Ville": "Saint-Étienne"})
