import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *
def case(ics=False, **changes):
    f = Feeds()
    f.on_platform("cine-mtp", 2, "Ciné-débat « Un monde nouveau »", at(15, "20:30"), at(15, "23:00"), "Les Amis du Monde Diplomatique Montpellier",
     P("Cinéma Utopia", "5 avenue du Docteur Pezet", "34090", "Montpellier"))
    if ics:
        f.in_calendar("cine-mtp", "c@oc", *ics)
    else:
        r = row("OC-02", "AMD 34", "Cine debat Un monde nouveau", "15/11/2022", "20h30", "Utopia Montpellier", "", "", "Montpellier")
        r.update(changes); f.in_form([("cine-mtp", r)])
    print(changes or ics, end=" "); run(f)
case()
case(**{"Nom de la structure": "AMD Montpellier"})
case(**{"Nom de la structure": "Les Amis du Monde Diplomatique"})
case(**{"Nom de la structure": "AMD"})
case(**{"Lieu": "Utopia"})
case(**{"Titre de l'événement": "Ciné-débat « Un monde nouveau »"})
case(ics=("DTSTART:20221115T203000Z", "SUMMARY:Projection Un Monde Nouveau + débat", "LOCATION:Utopia"))
case(ics=("DTSTART;TZID=Europe/Paris:20221115T203000", "SUMMARY:Projection Un Monde Nouveau + débat", "LOCATION:Utopia"))
case(ics=("DTSTART:20221115T203000Z", "SUMMARY:Ciné-débat Un monde nouveau", "LOCATION:Utopia"))
case(ics=("DTSTART:20221115T203000Z", "SUMMARY:Projection Un Monde Nouveau + débat", "LOCATION:Cinéma Utopia\\, Montpellier"))
