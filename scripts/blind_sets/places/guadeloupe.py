"""Blind set 3 (blind-places): Guadeloupe. Local spellings (« PAP », « Pointe à Pitre », « Abymes », « Gosier »,
« Capesterre B/E »), « Saint- » / « St » / « Ste », sections and hamlets (Douville, Matouba, Bananier, Montebello,
Bas-du-Fort, Boissard, Jarry), one copy giving only the EPCI (Cap Excellence) or the island (Marie-Galante, Les
Saintes, Grande-Terre), Lamentin (Guadeloupe) beside Le Lamentin (Martinique). Hard negatives: two events of one kind
the same day in two communes of one island or one EPCI."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

def gp(day, hour): return f"2022-11-{day:02d}T{hour}:00-04:00"
def z(day, hour):  # local Guadeloupe time -> iCalendar UTC
    h, m = map(int, hour.split(":")); return f"202211{day:02d}T{h + 4:02d}{m:02d}00Z"
def tz(day, hour): return f"TZID=America/Guadeloupe:202211{day:02d}T{hour.replace(':', '')}00"

f = Feeds()
f.calendar_head = "X-WR-TIMEZONE:America/Guadeloupe\r\n"
# 1: regional forum, Pointe-à-Pitre
f.on_platform("forum", 1, "Forum régional de l'ESS de Guadeloupe", gp(17, "08:30"), gp(17, "16:30"), "CRESS des Îles de Guadeloupe",
              P("Centre des Arts et de la Culture", "Place des Martyrs de la Liberté", "97110", "Pointe-à-Pitre"))
f.on_agenda("forum", 5001, "Forum ESS Guadeloupe 2022", [(gp(17, "08:30"), gp(17, "16:30"))], "CRESS Îles de Guadeloupe",
            A("Centre des Arts", "Place des Martyrs de la Liberté", "97110", "Pointe-à-Pitre", insee="97120"))
f.in_calendar("forum", "forum-ess@kreyol-ess", f"DTSTART;{tz(17, '08:30')}", f"DTEND;{tz(17, '16:30')}",
              "SUMMARY:Forum ESS", "LOCATION:Centre des Arts\\, Pointe à Pitre")
# 2 / 3: two craft markets the same morning, Sainte-Anne and Saint-François (both Riviéra du Levant)
f.on_platform("marche-ste-anne", 2, "Marché artisanal et solidaire", gp(19, "08:00"), gp(19, "13:00"), "Association Lakou Sent-An",
              P("Place de l'Église", "", "97180", "Sainte-Anne"))
f.in_calendar("marche-ste-anne", "marche-sa@kreyol-ess", f"DTSTART:{z(19, '08:00')}", f"DTEND:{z(19, '13:00')}",
              "SUMMARY:Marché artisanal solidaire", "LOCATION:Bourg de Ste-Anne")
f.on_platform("marche-st-francois", 3, "Marché artisanal et solidaire", gp(19, "08:00"), gp(19, "13:00"), "Les Artisans du Levant",
              P("Place du Marché", "", "97118", "Saint-François"))
f.on_agenda("marche-st-francois", 5003, "Marché artisanal solidaire de Saint-François", [(gp(19, "08:00"), gp(19, "13:00"))],
            "Artisans du Levant", A("Place du marché", "Rue de la République", "97118", "Saint-François", insee="97125"))
# 4: creole garden visit in the Douville section of Sainte-Anne
f.on_platform("douville", 4, "Visite du jardin créole et des plantes médicinales", gp(12, "09:00"), gp(12, "11:30"), "Jardins Lakou",
              P("Jardin créole de Douville", "Section Douville", "97180", "Sainte-Anne"))
f.on_agenda("douville", 5004, "Jardin créole : visite guidée", [(gp(12, "09:00"), gp(12, "11:30"))], "Jardins Lakou",
            A("Jardin de Douville", "Douville", "97180", "Sainte-Anne", insee="97128", latitude=16.2564, longitude=-61.3692))
f.in_calendar("douville", "jardin-douville@kreyol-ess", f"DTSTART;{tz(12, '09:00')}", f"DTEND;{tz(12, '11:30')}",
              "SUMMARY:Visite jardin lakou", "LOCATION:Douville")
# 5: coffee farm at Matouba (Saint-Claude)
f.on_platform("matouba", 5, "Découverte d'une caféière coopérative", gp(20, "09:00"), gp(20, "12:00"), "Coopérative des caféiculteurs de Matouba",
              P("Habitation Matouba", "Matouba", "97120", "Saint-Claude"))
f.in_calendar("matouba", "cafe-matouba@kreyol-ess", f"DTSTART:{z(20, '09:00')}", f"DTEND:{z(20, '12:00')}",
              "SUMMARY:Visite caféière coopérative", "LOCATION:Matouba")
# 6: job dating at Jarry; the spreadsheet gives only the EPCI
f.on_platform("jobdating", 6, "Job dating de l'ESS", gp(23, "09:00"), gp(23, "13:00"), "Cap Excellence",
              P("Pôle emploi Jarry", "Rue Ferdinand Forest, ZI de Jarry", "97122", "Baie-Mahault"))
f.on_agenda("jobdating", 5006, "Job Dating ESS", [(gp(23, "09:00"), gp(23, "13:00"))], "CRESS Îles de Guadeloupe",
            A("Pôle emploi", "Rue Ferdinand Forest, Jarry", "97122", "Baie-Mahault", insee="97103"))
# 7: Marie-Galante cooperatives meeting; the spreadsheet gives only the island
f.on_platform("mg", 7, "Rencontre des coopératives agricoles de Marie-Galante", gp(24, "14:00"), gp(24, "17:00"), "CCMG",
              P("Salle polyvalente", "Rue du Docteur Étienne", "97112", "Grand-Bourg"))
f.on_agenda("mg", 5007, "Coopératives agricoles : rencontre à Marie-Galante", [(gp(24, "14:00"), gp(24, "17:00"))],
            "Communauté de communes de Marie-Galante", A("Salle polyvalente de Grand-Bourg", "Rue du Docteur Étienne", "97112", "Grand-Bourg", insee="97112"))
# 8 / 9: one syndicate's two compost workshops the same morning, Lamentin and Sainte-Rose (Nord Basse-Terre)
f.on_platform("compost-lamentin", 8, "Atelier compostage", gp(26, "09:00"), gp(26, "11:00"), "SYVADE",
              P("Médiathèque", "Rue Schœlcher", "97129", "Lamentin"))
f.in_calendar("compost-lamentin", "compost-lam@kreyol-ess", f"DTSTART;{tz(26, '09:00')}", f"DTEND;{tz(26, '11:00')}",
              "SUMMARY:Atelier compostage", "LOCATION:Médiathèque de Lamentin")
f.on_platform("compost-ste-rose", 9, "Atelier compostage", gp(26, "09:00"), gp(26, "11:00"), "SYVADE",
              P("Salle des fêtes", "", "97115", "Sainte-Rose"))
f.in_calendar("compost-ste-rose", "compost-sr@kreyol-ess", f"DTSTART;{tz(26, '09:00')}", f"DTEND;{tz(26, '11:00')}",
              "SUMMARY:Atelier compostage", "LOCATION:Salle des fêtes de Ste-Rose")
# 10 / 11: two beach clean-ups the same morning on Grande-Terre, Le Moule and Port-Louis
f.on_platform("plage-moule", 10, "Nettoyage de plage citoyen", gp(13, "07:30"), gp(13, "10:30"), "Moul'Environnement",
              P("Plage de l'Autre Bord", "", "97160", "Le Moule"))
f.in_calendar("plage-moule", "plage-moule@kreyol-ess", f"DTSTART:{z(13, '07:30')}", f"DTEND:{z(13, '10:30')}",
              "SUMMARY:Nettoyage plage", "LOCATION:Plage de l'Autre Bord")
f.on_platform("plage-port-louis", 11, "Nettoyage de plage citoyen", gp(13, "07:30"), gp(13, "10:30"), "Port-Louis Océan",
              P("Plage du Souffleur", "", "97117", "Port-Louis"))
# 12: tourism conference at Terre-de-Haut (Les Saintes)
f.on_platform("saintes", 12, "Conférence : tourisme solidaire aux Saintes", gp(18, "18:00"), gp(18, "20:00"), "Office de tourisme des Saintes",
              P("Salle de la mairie", "Rue Jean Calot", "97137", "Terre-de-Haut"))
f.in_calendar("saintes", "tourisme-saintes@kreyol-ess", f"DTSTART;{tz(18, '18:00')}", "SUMMARY:Tourisme solidaire : conférence",
              "LOCATION:Terre-de-Haut (Les Saintes)")
# 13: creole tales evening at Bas-du-Fort, Le Gosier
f.on_platform("contes", 13, "Soirée contes créoles", gp(25, "19:00"), gp(25, "21:30"), "Lyannaj Kont",
              P("Maison des associations", "Bas-du-Fort", "97190", "Le Gosier"))
f.on_agenda("contes", 5013, "Tim tim ? Bwa sèk ! Soirée contes créoles", [(gp(25, "19:00"), gp(25, "21:30"))], "Lyannaj Kont",
            A("Maison des associations de Bas-du-Fort", "Bas-du-Fort", "97190", "Le Gosier", insee="97113"))
f.in_calendar("contes", "contes@kreyol-ess", "DTSTART:20221125T190000", "DTEND:20221125T213000",
              "SUMMARY:Soirée contes", "LOCATION:Bas du Fort\\, Gosier")
# 14 / 15: two social groceries' open days the same day, Les Abymes (Boissard) and Pointe-à-Pitre (Cap Excellence)
f.on_platform("epicerie-abymes", 14, "Portes ouvertes de l'épicerie solidaire", gp(16, "09:00"), gp(16, "12:00"), "Épicerie solidaire Boissard",
              P("Épicerie solidaire", "Cité Boissard", "97139", "Les Abymes"))
f.on_agenda("epicerie-abymes", 5014, "Épicerie solidaire de Boissard : portes ouvertes", [(gp(16, "09:00"), gp(16, "12:00"))],
            "Épicerie solidaire Boissard", A("Épicerie solidaire", "Boissard", "97139", "Les Abymes", insee="97101"))
f.on_platform("epicerie-pap", 15, "Portes ouvertes de l'épicerie solidaire", gp(16, "09:00"), gp(16, "12:30"), "Croix-Rouge Guadeloupe",
              P("Épicerie sociale de Lauricisque", "Rue Lauricisque", "97110", "Pointe-à-Pitre"))
# 16: département's meeting at Basse-Terre (the town), CEDEX in the spreadsheet
f.on_platform("cd971", 16, "Assises départementales de l'économie solidaire", gp(22, "08:30"), gp(22, "13:00"), "Département de la Guadeloupe",
              P("Hôtel du Département", "Boulevard Félix Éboué", "97100", "Basse-Terre"))
f.in_calendar("cd971", "assises@kreyol-ess", f"DTSTART;{tz(22, '08:30')}", f"DTEND;{tz(22, '13:00')}",
              "SUMMARY:Assises de l'économie solidaire", "LOCATION:Basse-Terre")
# 17: basketry workshop at Bananier, Capesterre-Belle-Eau
f.on_platform("vannerie", 17, "Atelier vannerie traditionnelle", gp(21, "14:00"), gp(21, "17:00"), "Lakou Bananier",
              P("Case des associations", "Section Bananier", "97130", "Capesterre-Belle-Eau"))
f.in_calendar("vannerie", "vannerie@kreyol-ess", f"DTSTART;{tz(21, '14:00')}", f"DTEND;{tz(21, '17:00')}",
              "SUMMARY:Atelier vannerie", "LOCATION:Bananier")
# 18: educational farm at Montebello, Petit-Bourg
f.on_platform("ferme", 18, "Visite de la ferme pédagogique", gp(19, "09:00"), gp(19, "12:00"), "Ferme pédagogique de Montebello",
              P("Ferme de Montebello", "Montebello", "97170", "Petit-Bourg"))
f.on_agenda("ferme", 5018, "Ferme pédagogique de Montebello : visite", [(gp(19, "09:00"), gp(19, "12:00"))], "Ferme de Montebello",
            A("Ferme pédagogique", "Montebello", "97170", "Petit-Bourg", insee="97118"))
f.in_calendar("ferme", "ferme-montebello@kreyol-ess", f"DTSTART:{z(19, '09:00')}", f"DTEND:{z(19, '12:00')}",
              "SUMMARY:Ferme pédagogique", "LOCATION:Montebello\\, Petit Bourg")
# 19: job fair in Le Lamentin, Martinique, on the national platform (same day and hours as 6, another island)
f.on_platform("jobdating-mq", 19, "Job dating de l'ESS", f"2022-11-23T09:00:00-04:00", f"2022-11-23T13:00:00-04:00",
              "CACEM", P("Pôle emploi", "Zone de Manhity", "97232", "Le Lamentin"))

f.in_form([
    ("forum", row("GP-01", "CRESS IG", "Forum régional ESS", "17/11/2022", "8h30-16h30", "Centre des Arts", "", "", "PAP")),
    ("marche-ste-anne", row("GP-02", "Lakou Sent-An", "Marché artisanal", "19/11/2022", "8h-13h", "Place de l'église", "", "", "Ste Anne")),
    ("marche-st-francois", row("GP-03", "Artisans du Levant", "Marché artisanal", "19/11/2022", "8h-13h", "Place du marché", "", "97118", "St François")),
    ("douville", row("GP-04", "Jardins Lakou", "Visite jardin créole", "12/11/2022", "9h", "Douville", "", "", "Ste-Anne")),
    ("matouba", row("GP-05", "Coop Matouba", "Visite caféière", "20/11/2022", "matin", "Matouba", "", "", "St-Claude")),
    ("jobdating", row("GP-06", "Cap Excellence", "Job dating ESS", "23/11/2022", "9h-13h", "Pôle Emploi Jarry", "", "", "Cap Excellence")),
    ("mg", row("GP-07", "CCMG", "Rencontre coopératives agricoles", "24/11/2022", "14h-17h", "Salle polyvalente", "", "", "Marie-Galante")),
    ("compost-lamentin", row("GP-08", "SYVADE", "Atelier compostage", "26/11/2022", "9h-11h", "Médiathèque", "", "97129", "Lamentin")),
    ("compost-ste-rose", row("GP-09", "SYVADE", "Atelier compostage", "26/11/2022", "9h-11h", "Salle des fêtes", "", "", "Ste-Rose")),
    ("plage-moule", row("GP-10", "Moul'Environnement", "Nettoyage de plage", "13/11/2022", "7h30", "Plage de l'Autre Bord", "", "", "Moule")),
    ("plage-port-louis", row("GP-11", "Port-Louis Océan", "Nettoyage plage", "13/11/2022", "7h30", "Plage du Souffleur", "", "", "Port Louis")),
    ("saintes", row("GP-12", "OT des Saintes", "Tourisme solidaire", "18/11/2022", "18h", "Mairie", "", "", "Les Saintes")),
    ("contes", row("GP-13", "Lyannaj Kont", "Soirée contes créoles", "25/11/2022", "19h", "Bas du Fort", "", "", "Gosier")),
    ("epicerie-abymes", row("GP-14", "Épicerie Boissard", "Portes ouvertes épicerie solidaire", "16/11/2022", "9h-12h", "Boissard", "", "", "Abymes")),
    ("epicerie-pap", row("GP-15", "Croix Rouge", "Portes ouvertes épicerie sociale", "16/11/2022", "9h-12h30", "Lauricisque", "", "", "Pointe-à-Pitre")),
    ("cd971", row("GP-16", "CD 971", "Assises économie solidaire", "22/11/2022", "matinée", "Hôtel du Département", "Bd Félix Eboué", "97109", "BASSE-TERRE CEDEX")),
    ("vannerie", row("GP-17", "Lakou Bananier", "Vannerie", "21/11/2022", "14h-17h", "Bananier", "", "", "Capesterre B/E")),
])

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
