"""Fourth blind set (lead): Occitanie, each copy carrying many differences at once."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

f = Feeds()
def trio(ev, n, title, start, end, org, place, ics_title, ics_loc, ics_start, sheet):
    f.on_platform(ev, n, title, start, end, org, place)
    if ics_title:
        f.in_calendar(ev, f"{ev}@oc", f"DTSTART:{ics_start}", "SUMMARY:" + ics_title, "LOCATION:" + ics_loc)
    if sheet:
        rows.append((ev, sheet))
rows = []
trio("compost-tlse", 1, "Atelier compostage collectif", at(12, "10:00"), at(12, "12:00"), "Toulouse en Transition",
     P("Jardin partagé des Izards", "Chemin des Izards", "31200", "Toulouse"),
     "Compost : atelier collectif", "Jardin des Izards", "20221112T100000Z",
     row("OC-01", "TET", "Atelier compostage", "12/11/2022", "", "", "ch. des Izards", "", "TOULOUSE"))
trio("cine-mtp", 2, "Ciné-débat « Un monde nouveau »", at(15, "20:30"), at(15, "23:00"), "Les Amis du Monde Diplomatique Montpellier",
     P("Cinéma Utopia", "5 avenue du Docteur Pezet", "34090", "Montpellier"),
     "Projection Un Monde Nouveau + débat", "Utopia", "20221115T203000Z",
     row("OC-02", "AMD 34", "Cine debat Un monde nouveau", "15/11/2022", "20h30", "Utopia Montpellier", "", "", "Montpellier"))
trio("forum-nimes", 3, "Forum de l'emploi solidaire", at(17, "09:00"), at(17, "13:00"), "Maison de l'emploi de Nîmes Métropole",
     P("Parc des expositions", "230 avenue du Languedoc", "30900", "Nîmes"),
     "Forum emploi solidaire - Nîmes", "Parc expo Nîmes", "20221117T090000Z",
     row("OC-03", "MDE Nîmes", "Forum emploi ESS", "17/11/2022", "9h-13h", "Parc des Expositions", "", "30000", "NIMES"))
trio("marche-perpignan", 4, "Marché paysan et solidaire", at(19, "08:00"), at(19, "13:00"), "Confédération paysanne des Pyrénées-Orientales",
     P("Place de la République", "", "66000", "Perpignan"),
     "Marché paysan", "Perpignan", "20221119T080000Z",
     row("OC-04", "Conf' 66", "Marche paysan solidaire", "19/11/2022", "", "Pl. de la République", "", "", "Perpignan"))
trio("conf-albi", 5, "Conférence : l'économie circulaire dans le Tarn", at(22, "18:00"), at(22, "20:00"), "Trifyl",
     P("Salle Athanor", "Place de l'Amitié entre les Peuples", "81000", "Albi"),
     "Economie circulaire (conférence)", "Athanor\\, Albi", "20221122T180000Z",
     row("OC-05", "TRIFYL", "Conférence économie circulaire", "22/11/2022", "18h", "Athanor", "", "81000", "Albi"))
trio("visite-rodez", 6, "Visite de la recyclerie", at(23, "14:00"), at(23, "16:00"), "Recyclerie du Rouergue",
     P("Recyclerie du Rouergue", "ZA de Bel Air", "12000", "Rodez"),
     "Recyclerie : visite", "ZA Bel Air", "20221123T140000Z",
     row("OC-06", "Recyclerie Rouergue", "Visite recyclerie", "23/11/2022", "14h-16h", "", "ZA Bel Air", "12000", "Rodez"))
trio("apero-tarbes", 7, "Apéro des entrepreneurs sociaux", at(24, "18:30"), at(24, "20:30"), "Réseau des entrepreneurs sociaux 65",
     P("Le Celtic", "8 rue Brauhauban", "65000", "Tarbes"),
     "Apéro entrepreneurs sociaux", "Le Celtic", "20221124T183000Z",
     row("OC-07", "RES 65", "Apero entrepreneurs", "24/11/2022", "18h30", "Bar Le Celtic", "", "", "Tarbes"))
trio("troc-auch", 8, "Troc de graines et de plantes", at(26, "10:00"), at(26, "12:00"), "Incroyables Comestibles Auch",
     P("Médiathèque Auch", "Place Saluste du Bartas", "32000", "Auch"),
     "Troc graines & plantes", "Médiathèque\\, Auch", "20221126T100000Z",
     row("OC-08", "Les Incroyables Comestibles", "Troc graines", "26/11/2022", "10h", "", "Pl. Saluste du Bartas", "32000", "Auch"))
trio("jeux-cahors", 9, "Après-midi jeux en famille", at(20, "14:00"), at(20, "18:00"), "Ludothèque La Ludo du Lot",
     P("Espace Clément Marot", "Place Bessières", "46000", "Cahors"),
     "Jeux en famille", "Espace Clément Marot", "20221120T140000Z",
     row("OC-09", "Ludo du Lot", "Après midi jeux famille", "20/11/2022", "", "Esp. Clément Marot", "", "", "Cahors"))
trio("hack-mtp", 10, "Journée « Numérique inclusif »", at(18, "09:00"), at(18, "17:00"), "La Gazette Café",
     P("La Halle Tropisme", "121 rue Fontcouverte", "34070", "Montpellier"),
     "Numérique inclusif - journée", "Halle Tropisme", "20221118T090000Z",
     row("OC-10", "Gazette Café", "Journee numerique inclusif", "18/11/2022", "9h-17h", "Tropisme", "", "", "Montpellier"))
# hard negatives
trio("cine-mtp-2", 11, "Ciné-débat « Douce France »", at(22, "20:30"), at(22, "23:00"), "Les Amis du Monde Diplomatique Montpellier",
     P("Cinéma Utopia", "5 avenue du Docteur Pezet", "34090", "Montpellier"), "", "", "", None)
trio("compost-tlse-2", 12, "Atelier compostage collectif", at(12, "14:00"), at(12, "16:00"), "Toulouse en Transition",
     P("Jardin partagé de la Reynerie", "Place Abbal", "31100", "Toulouse"),
     "Compost : atelier collectif", "Jardin de la Reynerie", "20221112T140000Z", None)
trio("marche-narbonne", 13, "Marché paysan et solidaire", at(19, "08:00"), at(19, "13:00"), "Confédération paysanne de l'Aude",
     P("Cours Mirabeau", "", "11100", "Narbonne"), "", "", "", None)
f.in_form(rows)

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
