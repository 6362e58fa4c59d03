"""Lead's blind set (8 Dec 2026): Bourgogne, co-organised events (« X et Y », « X / Y », « X en partenariat avec Y »),
organiser fields holding a person's name, a network credited on one side; one organiser's two events one day."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

f = Feeds()
f.calendar_head = "X-WR-TIMEZONE:Europe/Paris\r\n"
f.on_platform("macon-forum", 1, "Forum de l'emploi solidaire du Mâconnais", at(17, "09:00"), at(17, "13:00"),
              "Mission locale du Mâconnais et Pôle emploi Mâcon", P("Espace Entreprendre", "35 rue de Lyon", "71000", "Mâcon"))
f.on_agenda("macon-forum", 9201, "Forum emploi solidaire", [(at(17, "09:00"), at(17, "13:00"))], "Pôle emploi Mâcon",
            A("Espace Entreprendre", "35 rue de Lyon", "71000", "Mâcon"))
f.on_platform("chalon-conf", 2, "Conférence : l'agriculture paysanne face au climat", at(22, "19:00"), at(22, "21:00"),
              "Confédération paysanne 71 / Terre de Liens Bourgogne", P("Maison des syndicats", "2 rue du Pont", "71100", "Chalon-sur-Saône"))
f.in_calendar("chalon-conf", "conf-climat@tdl", "DTSTART;TZID=Europe/Paris:20221122T190000", "DTEND;TZID=Europe/Paris:20221122T210000",
              "SUMMARY:Agriculture paysanne et climat - conférence", "LOCATION:Maison des syndicats\\, Chalon-sur-Saône",
              "ORGANIZER;CN=Terre de Liens Bourgogne-Franche-Comté:mailto:bfc@terredeliens.org")
f.on_platform("nevers-atelier", 3, "Atelier : créer son entreprise en coopérative", at(15, "14:00"), at(15, "17:00"),
              "URSCOP BFC en partenariat avec la BGE Nièvre", P("BGE Nièvre", "11 rue des Francs-Bourgeois", "58000", "Nevers"))
f.on_platform("nevers-soir", 4, "Soirée : témoignages de coopérateurs", at(15, "18:30"), at(15, "20:30"), "URSCOP BFC",
              P("BGE Nièvre", "11 rue des Francs-Bourgeois", "58000", "Nevers"))
f.on_platform("dijon-repair", 5, "Repair café des Grésilles", at(19, "14:00"), at(19, "17:00"), "Repair Café Dijon",
              P("Centre social des Grésilles", "5 rue Camille Flammarion", "21000", "Dijon"))
f.on_agenda("dijon-repair", 9205, "Repair Café", [(at(19, "14:00"), at(19, "17:00"))], "Jean-Pierre Morel - Repair Café Dijon",
            A("Centre social des Grésilles", "5 rue C. Flammarion", "21000", "Dijon"))
f.on_platform("dijon-repair-2", 6, "Repair café de la Fontaine d'Ouche", at(19, "14:00"), at(19, "17:00"), "Repair Café Dijon",
              P("Maison de quartier Fontaine d'Ouche", "2 place de la Fontaine d'Ouche", "21000", "Dijon"))
f.on_platform("auxerre-troc", 7, "Troc de plantes et de graines", at(12, "10:00"), at(12, "12:30"), "Jardins partagés d'Auxerre",
              P("Jardin du Pont", "Quai de la République", "89000", "Auxerre"))
f.in_calendar("auxerre-troc", "troc-1112@jardins", "DTSTART:20221112T090000Z", "DTEND:20221112T113000Z",
              "SUMMARY:Troc plantes & graines", "LOCATION:Jardin du Pont",
              "ORGANIZER;CN=Marie Dubois:mailto:marie.dubois@example.org")
f.on_platform("sens-visite", 8, "Visite de la ressourcerie", at(26, "10:00"), at(26, "11:30"), "Ressourcerie du Sénonais",
              P("Ressourcerie du Sénonais", "4 rue de la Grande Juiverie", "89100", "Sens"))
f.on_agenda("sens-visite", 9208, "Visite de la Ressourcerie", [(at(26, "10:00"), at(26, "11:30"))],
            "Réseau des ressourceries", A("Ressourcerie du Sénonais", "4 rue de la Grande Juiverie", "89100", "Sens"))

f.in_form([
    ("nevers-atelier", row("BO-01", "BGE Nièvre / URSCOP", "Créer son entreprise en coopérative", "15/11/2022", "14h-17h", "BGE", "11 rue des Francs Bourgeois", "58000", "Nevers")),
    ("macon-forum", row("BO-02", "Mission Locale", "Forum emploi solidaire Mâcon", "17/11/2022", "matin", "Espace Entreprendre", "", "71000", "Mâcon")),
    ("dijon-repair-2", row("BO-03", "Repair Café Dijon", "Repair café Fontaine d'Ouche", "19/11/2022", "14h-17h", "MdQ Fontaine d'Ouche", "", "21000", "Dijon")),
    ("sens-visite", row("BO-04", "Ressourcerie du Sénonais (M. Petit)", "Visite ressourcerie", "26/11/2022", "10h", "", "4 rue Grande Juiverie", "89100", "Sens")),
])

if __name__ == "__main__":
    run(f)
