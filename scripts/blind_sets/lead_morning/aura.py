"""Second blind set (lead, 7 Dec 2026): Auvergne-Rhône-Alpes, several differences per pair."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

f = Feeds()
ZOOM = "https://us06web.zoom.us/j/87654321098?pwd=abcDEF"
# 1 online webinar: link vs « Webinaire », reworded, acronym
f.on_platform("w-ess-cooperer", 1, "Webinaire : coopérer entre structures de l'ESS", at(8, "10:00"), at(8, "11:30"),
              "Chambre régionale de l'économie sociale et solidaire Auvergne-Rhône-Alpes", ONLINE, modality="En ligne", url=ZOOM)
f.on_agenda("w-ess-cooperer", 3001, "Coopérer entre structures : retours d'expériences", [(at(8, "10:00"), at(8, "11:30"))],
            "CRESS AURA", {}, mode=2, onlineAccessLink=ZOOM)
f.in_calendar("w-ess-cooperer", "coop@ra", "DTSTART:20221108T100000Z", "DTEND:20221108T113000Z", "SUMMARY:Webinaire CRESS - coopérer",
              "LOCATION:En ligne")
# 2 Lyon repair café, venue vs address, date-only sheet, typo
f.on_platform("rc-guillotiere", 2, "Repair Café de la Guillotière", at(12, "14:00"), at(12, "18:00"), "Repair Café Lyon 7",
              P("Maison pour tous des Rancy", "249 rue Vendôme", "69003", "Lyon"))
f.on_agenda("rc-guillotiere", 3002, "Repair café Guillotière", [(at(12, "14:00"), at(12, "18:00"))], "Repair Café Lyon 7",
            A("MPT des Rancy", "249 rue Vendôme", "69003", "Lyon", insee="69383"))
f.in_calendar("rc-guillotiere", "rc7@ra", "DTSTART;TZID=Europe/Paris:20221112T140000", "DTEND;TZID=Europe/Paris:20221112T180000",
              "SUMMARY:Repair Caffé Guillotière", "LOCATION:249 rue Vendôme\\, Lyon")
# 3 hard negative: another Lyon repair café same afternoon
f.on_platform("rc-croixrousse", 3, "Repair café de la Croix-Rousse", at(12, "14:00"), at(12, "17:30"), "Les Bricoleurs",
              P("Maison des associations", "28 rue Denfert-Rochereau", "69004", "Lyon"))
f.in_calendar("rc-croixrousse", "rc4@ra", "DTSTART:20221112T140000Z", "DTEND:20221112T173000Z", "SUMMARY:Repair café",
              "LOCATION:Lyon")
# 4 Grenoble forum, multi-sources, organiser acronym
f.on_platform("forum-grenoble", 4, "Forum des métiers de l'ESS", at(17, "13:30"), at(17, "17:30"), "Maison de l'emploi de Grenoble",
              P("Maison de l'emploi", "20 rue Pierre Sémard", "38000", "Grenoble"))
f.on_agenda("forum-grenoble", 3004, "Forum Métiers ESS 2022", [(at(17, "13:30"), at(17, "17:30"))], "MDE Grenoble",
            A("Maison de l'Emploi", "20 rue Pierre Semard", "38000", "Grenoble"))
# 5 Saint-Étienne ciné-débat with UTC slip and LOCATION venue only
f.on_platform("cine-ste", 5, "Ciné-débat « La Part des autres »", at(15, "20:00"), at(15, "22:30"), "Attac Saint-Étienne",
              P("Cinéma Le Méliès Jean Jaurès", "8 place Jean Jaurès", "42000", "Saint-Étienne"))
f.in_calendar("cine-ste", "cine@ra", "DTSTART:20221115T200000Z", "DTEND:20221115T223000Z", "SUMMARY:Projection débat La part des autres",
              "LOCATION:Le Méliès")
# 6 Clermont-Ferrand: open days of a Scic, title prefix
f.on_platform("scic-clermont", 6, "Portes ouvertes de la Scic Épicentre", at(19, "10:00"), at(19, "16:00"), "Épicentre Scic",
              P("Épicentre", "12 rue de l'Oradou", "63000", "Clermont-Ferrand"))
f.on_agenda("scic-clermont", 3006, "Mois de l'ESS 2022 - Journée portes ouvertes Epicentre", [(at(19, "10:00"), at(19, "16:00"))],
            "Epicentre", A("Epicentre", "12 rue de l'Oradou", "63000", "Clermont-Ferrand"))
# 7 Annecy: conference with organiser person-like and venue vs address
f.on_platform("conf-annecy", 7, "Conférence : l'habitat participatif, pourquoi pas vous ?", at(22, "18:30"), at(22, "20:30"),
              "Habitat Participatif Savoie Mont-Blanc", P("Bonlieu Scène nationale", "1 rue Jean Jaurès", "74000", "Annecy"))
# 8 Chambéry market, date-only + typo
f.on_platform("marche-chambery", 8, "Marché de Noël équitable", at(26, "09:00"), at(26, "18:00"), "Artisans du Monde Chambéry",
              P("Place Saint-Léger", "", "73000", "Chambéry"))
f.on_agenda("marche-chambery", 3008, "Marché de Noël équitable et solidaire", [(at(26, "09:00"), at(26, "18:00"))],
            "Artisans du Monde", A("Place Saint-Léger", "Place Saint-Léger", "73000", "Chambéry"))
# 9 Villeurbanne: a training over two half-days (two sessions, two events)
f.on_platform("formation-j1", 9, "Formation : monter un projet coopératif (1/2)", at(14, "09:00"), at(14, "12:30"),
              "Union régionale des Scop AURA", P("Maison de l'ESS", "15 rue Racine", "69100", "Villeurbanne"))
f.on_platform("formation-j2", 10, "Formation : monter un projet coopératif (2/2)", at(21, "09:00"), at(21, "12:30"),
              "Union régionale des Scop AURA", P("Maison de l'ESS", "15 rue Racine", "69100", "Villeurbanne"))
# 11 Vénissieux: Disco soupe with sheet "Disco-soupe" and address only
f.on_platform("disco-venissieux", 11, "Disco soupe géante", at(19, "11:00"), at(19, "15:00"), "Centre social Eugénie Cotton",
              P("Place Léon Sublet", "", "69200", "Vénissieux"))
# 12 Valence: online+hybrid? an apéro-débat, title reworded, acronym
f.on_platform("apero-valence", 12, "Apéro-débat : la finance solidaire, comment ça marche ?", at(24, "18:30"), at(24, "20:30"),
              "France Active Drôme Ardèche", P("Le Cause Toujours", "8 rue Balais", "26000", "Valence"))
f.on_agenda("apero-valence", 3012, "Finance solidaire : apéro-débat", [(at(24, "18:30"), at(24, "20:30"))], "FADA",
            A("Café associatif Le Cause Toujours", "8 rue Balais", "26000", "Valence"))
# 13 Roanne: visit of a recyclerie, two sessions morning / afternoon listed separately by the sheet
f.on_platform("visite-roanne-matin", 13, "Visite de la recyclerie", at(16, "10:00"), at(16, "11:30"), "Recyclerie du Roannais",
              P("Recyclerie du Roannais", "10 rue Benoît Malon", "42300", "Roanne"))
# 14 Bourg-en-Bresse: conference « Numérique responsable », platform and ICS (slip), sheet date-only
f.on_platform("num-bourg", 14, "Conférence « Numérique responsable »", at(23, "18:00"), at(23, "20:00"), "Ain Numérique Solidaire",
              P("Médiathèque Élisabeth et Roger Vailland", "1 rue du Moulin de Brou", "01000", "Bourg-en-Bresse"))
f.in_calendar("num-bourg", "num@ra", "DTSTART:20221123T180000Z", "DTEND:20221123T200000Z", "SUMMARY:Numérique responsable : conférence",
              "LOCATION:Médiathèque Vailland\\, Bourg-en-Bresse")
# 15 Aurillac: repair café, hard negative on title with 2/3 at same time other town
f.on_platform("rc-aurillac", 15, "Repair café", at(12, "14:00"), at(12, "18:00"), "Repair Café Aurillac",
              P("Maison des associations", "8 place de la Paix", "15000", "Aurillac"))
# 16 Le Puy: soirée jeux
f.on_platform("jeux-lepuy", 16, "Soirée jeux coopératifs", at(18, "20:00"), at(18, "23:00"), "Ludothèque La Marelle",
              P("Ludothèque La Marelle", "2 rue Portail d'Avignon", "43000", "Le Puy-en-Velay"))
f.on_agenda("jeux-lepuy", 3016, "Soirée jeux coop'", [(at(18, "20:00"), at(18, "23:00"))], "La Marelle",
            A("La Marelle", "2 rue Portail d'Avignon", "43000", "Le Puy-en-Velay"))
# 17 Montluçon: webinar online, « Visio » sheet, platform online
f.on_platform("w-montlucon", 17, "Webinaire : créer son association", at(29, "18:00"), at(29, "19:30"), "Maison des associations de Montluçon",
              ONLINE, modality="En ligne")
# 18 Vichy: forum asso
f.on_platform("forum-vichy", 18, "Forum de l'engagement bénévole", at(26, "10:00"), at(26, "17:00"), "France Bénévolat Allier",
              P("Centre omnisports", "Rue Pierre Coubertin", "03200", "Vichy"))
f.on_agenda("forum-vichy", 3018, "Forum du bénévolat", [(at(26, "10:00"), at(26, "17:00"))], "France Bénévolat 03",
            A("Centre Omnisports Pierre Coulon", "Rue Pierre Coubertin", "03200", "Vichy"))
# 19 Annonay: expo over days
f.on_platform("expo-annonay", 19, "Exposition « L'ESS en Ardèche »", at(7, "09:00"), at(25, "18:00"), "Pôle ESS Nord Ardèche",
              P("Espace Montgolfier", "Place des Cordeliers", "07100", "Annonay"))
# 20 Lyon: table ronde at Hôtel de Région (Lyon seat: Hôtel de Région, 1 esplanade François Mitterrand 69002)
f.on_platform("tr-region", 20, "Table ronde : l'ESS dans les territoires ruraux", at(24, "14:00"), at(24, "17:00"),
              "CRESS Auvergne-Rhône-Alpes", P("Hôtel de Région", "1 esplanade François Mitterrand", "69002", "Lyon"))
f.on_agenda("tr-region", 3020, "L'ESS dans les territoires ruraux - Table ronde", [(at(24, "14:00"), at(24, "17:00"))],
            "CRESS AURA", A("Hôtel de Région", "1 esplanade François Mitterrand", "69002", "Lyon"))
f.in_calendar("tr-region", "tr@ra", "DTSTART;TZID=Europe/Paris:20221124T140000", "DTEND;TZID=Europe/Paris:20221124T170000",
              "SUMMARY:Table-ronde ESS et ruralité", "LOCATION:Hôtel de Région\\, Lyon Confluence")
# 21 Grenoble: atelier vélo, title typo, ICS venue only, slip
f.on_platform("velo-grenoble", 21, "Atelier d'autoréparation vélo", at(19, "14:00"), at(19, "17:00"), "Un P'tit Vélo dans la Tête",
              P("Atelier Un P'tit Vélo dans la Tête", "12 rue Colbert", "38000", "Grenoble"))
f.in_calendar("velo-grenoble", "velo@ra", "DTSTART:20221119T140000Z", "DTEND:20221119T170000Z", "SUMMARY:Atelier autoréparation vélo",
              "LOCATION:Un p'tit vélo dans la tête")
f.on_agenda("velo-grenoble", 3021, "Atelier auto-réparation de vélo", [(at(19, "14:00"), at(19, "17:00"))], "Un P'tit Vélo dans la Tête",
            A("Un P'tit Vélo dans la Tête", "12 rue Colbert", "38000", "Grenoble"))
# 22 hard negative: another atelier vélo Grenoble same day morning
f.on_platform("velo-grenoble-matin", 22, "Atelier d'autoréparation vélo", at(19, "09:30"), at(19, "12:00"), "Un P'tit Vélo dans la Tête",
              P("Atelier Un P'tit Vélo dans la Tête", "12 rue Colbert", "38000", "Grenoble"))
# 23 Saint-Étienne: hackathon two days
f.on_platform("hack-ste", 23, "Hackathon « Tech for good »", at(25, "09:00"), at(26, "18:00"), "Openfactory",
              P("Le Mixeur", "3 rue Javelin-Pagnon", "42000", "Saint-Étienne"))
f.on_agenda("hack-ste", 3023, "Tech for Good : hackathon solidaire", [(at(25, "09:00"), at(25, "18:00")), (at(26, "09:00"), at(26, "18:00"))],
            "Open Factory", A("Le Mixeur", "3 rue Javelin Pagnon", "42000", "Saint-Etienne"))
# 24 Clermont: petit-déj
f.on_platform("pdj-clermont", 24, "Petit-déjeuner de l'ESS", at(18, "08:30"), at(18, "10:00"), "CRESS Auvergne-Rhône-Alpes",
              P("Maison de l'Économie Sociale", "6 rue Blatin", "63000", "Clermont-Ferrand"))
f.in_calendar("pdj-clermont", "pdj@ra", "DTSTART;TZID=Europe/Paris:20221118T083000", "DTEND;TZID=Europe/Paris:20221118T100000",
              "SUMMARY:P'tit déj ESS", "LOCATION:6 rue Blatin\\, 63000 Clermont-Ferrand")

f.in_form([
    ("w-ess-cooperer", row("AURA-01", "CRESS AURA", "Coopérer entre structures ESS (webinaire)", "08/11/2022", "10h-11h30", "", fmt="En ligne")),
    ("rc-guillotiere", row("AURA-02", "Repair Café Lyon 7e", "Repair café", "12/11/2022", "", "MPT Rancy", "249 r. Vendôme", "69003", "LYON")),
    ("forum-grenoble", row("AURA-03", "Maison de l'Emploi", "Forum métiers de l'ESS", "17/11/2022", "13h30-17h30", "", "20 rue P. Sémard", "38000", "Grenoble")),
    ("cine-ste", row("AURA-04", "ATTAC 42", "Ciné débat : La part des autres", "15/11/2022", "20h", "Méliès", "", "", "St-Etienne")),
    ("marche-chambery", row("AURA-05", "Artisans du Monde Chambéry", "Marche de Noel equitable", "26/11/2022", "", "Place St Léger", "", "", "Chambery")),
    ("formation-j1", row("AURA-06", "URSCOP AURA", "Formation monter un projet coopératif", "14/11/2022", "9h-12h30", "Maison de l'ESS", "15 rue Racine", "69100", "Villeurbanne")),
    ("formation-j2", row("AURA-07", "URSCOP AURA", "Formation monter un projet coopératif", "21/11/2022", "9h-12h30", "Maison de l'ESS", "15 rue Racine", "69100", "Villeurbanne")),
    ("disco-venissieux", row("AURA-08", "CS Eugénie Cotton", "Disco-soupe", "19/11/2022", "11h-15h", "", "Place Léon Sublet", "69200", "Vénissieux")),
    ("visite-roanne-matin", row("AURA-09", "Recyclerie du Roannais", "Visite recyclerie", "16/11/2022", "10h", "", "10 rue Benoît Malon", "42300", "Roanne")),
    ("visite-roanne-aprem", row("AURA-10", "Recyclerie du Roannais", "Visite recyclerie", "16/11/2022", "14h", "", "10 rue Benoît Malon", "42300", "Roanne")),
    ("num-bourg", row("AURA-11", "Ain Numérique Solidaire", "Numérique responsable", "23/11/2022", "", "Médiathèque", "", "01000", "Bourg en Bresse")),
    ("conf-annecy", row("AURA-12", "HPSMB", "Habitat participatif : conférence", "22/11/2022", "18h30", "Bonlieu", "", "74000", "Annecy")),
    ("w-montlucon", row("AURA-13", "Maison des Associations", "Créer son asso (webinaire)", "29/11/2022", "18h-19h30", "Visio", fmt="Distanciel")),
    ("expo-annonay", row("AURA-14", "Pôle ESS Nord Ardèche", "Expo L'ESS en Ardèche", "07/11/2022", "", "Espace Montgolfier", "", "", "Annonay")),
    ("rc-aurillac", row("AURA-15", "Repair Café Aurillac", "Repair café", "12/11/2022", "14h-18h", "Maison des asso", "", "15000", "Aurillac")),
    ("pdj-clermont", row("AURA-16", "CRESS AURA", "Petit déjeuner ESS", "18/11/2022", "8h30", "", "6 rue Blatin", "63000", "Clermont-Fd")),
])

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
