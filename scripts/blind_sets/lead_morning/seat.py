import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *
def case(p_venue, s_venue, city="Chaumont", cp="52000", addr="1 rue du Commandant Hugueny"):
    f = Feeds()
    f.on_platform("x", 38, "Rencontre des acteurs de l'ESS", at(29, "09:30"), at(29, "16:00"), "Réseau ESS 52",
              P(p_venue, addr, cp, city))
    f.in_form([("x", row("GE-022", "Réseau ESS 52", "Rencontre acteurs ESS", "29/11/2022", "", s_venue, "", "", city))])
    print(f"{p_venue!r:30} {s_venue!r:35}", end=" ")
    run(f)
for p, s in [("Hôtel de Ville", "Mairie"), ("Hôtel de Ville", "Mairie de Chaumont"), ("Mairie", "Hôtel de ville de Chaumont"),
             ("Hôtel du Département", "Conseil départemental"), ("Hôtel du Département", "Département de la Haute-Marne"),
             ("Hôtel du Département", "Conseil départemental de la Haute-Marne"), ("Hôtel de Région", "Conseil régional"),
             ("Hôtel de Région", "Région Grand Est"), ("Maison de la Région", "Région Grand Est"), ("Hôtel de Région", "Maison de la Région"),
             ("Préfecture de la Haute-Marne", "Préfecture"), ("Hôtel de la Préfecture", "Préfecture"),
             ("Chambre de commerce et d'industrie", "CCI"), ("CCI Haute-Marne", "Chambre de commerce"),
             ("Hôtel de Ville", "Salle des fêtes"), ("Hôtel du Département", "Mairie"), ("Hôtel de Région", "Hôtel de Ville")]:
    case(p, s)
