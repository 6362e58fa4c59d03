"""Lead's blind set (8 Dec 2026): Normandie, villages and intercommunalities: salles des fêtes, « CC » and « Communauté de
communes », « Ville de » / « Mairie de » / « Commune de », CCAS, a Google calendar with the address in DESCRIPTION."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

f = Feeds()
f.calendar_head = "X-WR-TIMEZONE:Europe/Paris\r\n"
# 1: Falaise intercommunality's forum, « CC Pays de Falaise » in the sheet
f.on_platform("forum-falaise", 1, "Forum des associations et de l'ESS du Pays de Falaise", at(12, "10:00"), at(12, "17:00"),
              "Communauté de communes du Pays de Falaise", P("Salle de l'Attache", "Boulevard de la Libération", "14700", "Falaise"))
# 2 / 3: two salles des fêtes the same Saturday, two villages, one kind of event (loto solidaire)
f.on_platform("loto-bretteville", 2, "Loto solidaire", at(19, "20:00"), at(19, "23:00"), "Comité des fêtes de Bretteville",
              P("Salle des fêtes", "Rue de l'Église", "14760", "Bretteville-sur-Odon"))
f.on_platform("loto-verson", 3, "Loto solidaire du Secours populaire", at(19, "20:00"), at(19, "23:30"), "Secours populaire français Calvados",
              P("Salle des fêtes", "Place du Général de Gaulle", "14790", "Verson"))
f.on_agenda("loto-verson", 4003, "Loto solidaire", [(at(19, "20:00"), at(19, "23:30"))], "Secours Populaire 14",
            A("Salle des fêtes de Verson", "Place du Gal de Gaulle", "14790", "Verson"))
# 4: CCAS conference, « Centre communal d'action sociale de Caen » / « CCAS Caen »
f.on_platform("ccas-caen", 4, "Conférence : vieillir chez soi, les solutions solidaires", at(17, "14:30"), at(17, "16:30"),
              "Centre communal d'action sociale de Caen", P("Hôtel de ville", "Esplanade Jean-Marie Louvel", "14000", "Caen"))
f.on_agenda("ccas-caen", 4004, "Vieillir chez soi : solutions solidaires (conférence)", [(at(17, "14:30"), at(17, "16:30"))],
            "CCAS Caen", A("Abbaye aux Hommes - Hôtel de Ville", "Esplanade Jean-Marie Louvel", "14000", "Caen"))
f.in_calendar("ccas-caen", "ccas-caen-1117@google.com", "DTSTART:20221117T133000Z", "DTEND:20221117T153000Z",
              "SUMMARY:Conférence vieillir chez soi", "LOCATION:Hôtel de Ville de Caen",
              "DESCRIPTION:Conférence organisée par le CCAS.\\nAdresse : Esplanade Jean-Marie Louvel\\, 14000 Caen")
# 5 / 6: « Ville de Rouen » and « Mairie de Rouen », one event; and a second event of the Ville the same afternoon
f.on_platform("rouen-marche", 5, "Marché de l'ESS de Rouen", at(26, "10:00"), at(26, "18:00"), "Ville de Rouen",
              P("Halle aux Toiles", "Place de la Basse-Vieille-Tour", "76000", "Rouen"))
f.in_calendar("rouen-marche", "marche-ess@rouen", "DTSTART;VALUE=DATE:20221126", "DTEND;VALUE=DATE:20221127",
              "SUMMARY:Marché ESS", "LOCATION:Halle aux Toiles\\, Rouen")
f.on_platform("rouen-conf", 6, "Table ronde : commande publique responsable", at(26, "14:00"), at(26, "16:00"), "Mairie de Rouen",
              P("Hôtel de ville", "2 place du Général de Gaulle", "76000", "Rouen"))
# 7: Le Havre, organiser « LH Solidaire », town written « Le Havre » / « LE HAVRE » / « Havre (Le) »
f.on_platform("havre-troc", 7, "Troc de vêtements", at(20, "14:00"), at(20, "18:00"), "Le Havre Solidaire",
              P("Fort de Tourneville", "55 rue du 329e RI", "76600", "Le Havre"))
f.on_agenda("havre-troc", 4007, "Troc'fringues", [(at(20, "14:00"), at(20, "18:00"))], "Le Havre Solidaire",
            A("Fort de Tourneville", "55 rue du 329ème R.I.", "76600", "Le Havre"))
# 8 / 9: two ciné-débats the same evening in Cherbourg (one cinema, two rooms)
f.on_platform("cine-cherbourg-1", 8, "Ciné-débat « Nous paysans »", at(22, "20:00"), at(22, "22:30"), "Attac Cotentin",
              P("Cinéma CGR Odéon", "41 rue Maréchal Foch", "50100", "Cherbourg-en-Cotentin"))
f.in_calendar("cine-cherbourg-1", "nous-paysans@attac", "DTSTART;TZID=Europe/Paris:20221122T200000",
              "SUMMARY:Nous paysans - projection débat", "LOCATION:CGR Odéon, Cherbourg")
f.on_platform("cine-cherbourg-2", 9, "Ciné-débat « La Sociale »", at(22, "20:15"), at(22, "22:30"), "Mutualité française Normandie",
              P("Cinéma CGR Odéon", "41 rue Maréchal Foch", "50100", "Cherbourg-en-Cotentin"))
# 10: Évreux webinar, « En ligne » vs Jitsi link
f.on_platform("web-evreux", 10, "Webinaire : financer son projet associatif", at(15, "18:00"), at(15, "19:30"),
              "Maison des associations d'Évreux", ONLINE, modality="En ligne")
f.on_agenda("web-evreux", 4010, "Financer son projet associatif - webinaire", [(at(15, "18:00"), at(15, "19:30"))],
            "MDA Évreux", {}, mode=2, onlineAccessLink="https://meet.jit.si/MDA-Evreux-financement")
# 11: Alençon, date-only sheet row, venue acronym « MDA » for the Maison de la vie associative
f.on_platform("alencon-portes", 11, "Portes ouvertes de la Maison de la vie associative", at(18, "14:00"), at(18, "19:00"),
              "Ville d'Alençon", P("Maison de la vie associative", "25 rue Demées", "61000", "Alençon"))
# 12: Lisieux, organiser « Commune de Lisieux » / « Lisieux », 1-hour slip ICS
f.on_platform("lisieux-repair", 12, "Repair café de Lisieux", at(5, "09:30"), at(5, "12:30"), "Lisieux Repair Café",
              P("Espace Victor Hugo", "Place Victor Hugo", "14100", "Lisieux"))
f.in_calendar("lisieux-repair", "repair-lisieux-1105@gmail.com", "DTSTART:20221105T093000Z", "DTEND:20221105T123000Z",
              "SUMMARY:Repair Café", "LOCATION:Espace Victor Hugo\\, Lisieux")
# 13 / 14: one organiser's two events the same day in Saint-Lô, morning and afternoon
f.on_platform("stlo-matin", 13, "Atelier : créer son entreprise coopérative", at(24, "09:30"), at(24, "12:00"), "URSCOP Ouest",
              P("Pôle d'entrepreneuriat", "12 rue de la Libération", "50000", "Saint-Lô"))
f.on_platform("stlo-aprem", 14, "Rencontre : reprendre une entreprise en Scop", at(24, "14:00"), at(24, "16:30"), "URSCOP Ouest",
              P("Pôle d'entrepreneuriat", "12 rue de la Libération", "50000", "Saint-Lô"))
f.in_calendar("stlo-aprem", "reprise-scop@urscop", "DTSTART;TZID=Europe/Paris:20221124T140000",
              "DTEND;TZID=Europe/Paris:20221124T163000", "SUMMARY:Reprise d'entreprise en Scop", "LOCATION:Saint-Lô")
# 15: Dieppe, three days festival: platform span, ICS day by day
f.on_platform("dieppe-festival", 15, "Festival des solidarités de Dieppe", at(18, "10:00"), at(20, "18:00"),
              "Collectif Festisol Dieppe", P("Salle Paul Éluard", "Rue Thiers", "76200", "Dieppe"))

f.in_form([
    ("forum-falaise", row("NO-01", "CC Pays de Falaise", "Forum asso et ESS", "12/11/2022", "10h00 - 17h00", "Salle de l'Attache", "Bd de la Libération", "14700", "FALAISE")),
    ("loto-bretteville", row("NO-02", "Comité des fêtes", "Loto solidaire", "19/11/2022", "20h", "Salle des fêtes", "", "14760", "Bretteville sur Odon")),
    ("rouen-conf", row("NO-03", "Ville de Rouen", "Table-ronde commande publique", "26/11/2022", "14h-16h", "Hôtel de Ville", "", "76000", "Rouen")),
    ("havre-troc", row("NO-04", "LH Solidaire", "Troc de vêtements", "20/11/2022", "14h00 - 18h00", "Fort de Tourneville", "", "76600", "Havre (Le)")),
    ("cine-cherbourg-2", row("NO-05", "Mutualité Française", "La Sociale - ciné débat", "22/11/2022", "20h15", "CGR Odéon", "", "50100", "Cherbourg")),
    ("alencon-portes", row("NO-06", "Mairie d'Alençon", "Portes ouvertes MVA", "18/11/2022", "", "MVA", "25 rue Demées", "61000", "Alençon")),
    ("lisieux-repair", row("NO-07", "Repair Café Lisieux", "Repair Café", "05/11/2022", "9h30-12h30", "Espace V. Hugo", "", "14100", "Lisieux")),
    ("stlo-matin", row("NO-08", "Urscop", "Créer son entreprise en coopérative", "24/11/2022", "matin", "", "12 rue de la Libération", "50000", "Saint-Lô")),
    ("dieppe-festival", row("NO-09", "Festisol Dieppe", "Festival des solidarités", "18/11/2022", "", "Salle Paul Eluard", "", "76200", "Dieppe")),
    ("dieppe-festival", row("NO-10", "Festisol Dieppe", "Festival des solidarités", "19/11/2022", "", "Salle Paul Eluard", "", "76200", "Dieppe")),
    ("dieppe-festival", row("NO-11", "Festisol Dieppe", "Festival des solidarités", "20/11/2022", "", "Salle Paul Eluard", "", "76200", "Dieppe")),
])

if __name__ == "__main__":
    run(f)
