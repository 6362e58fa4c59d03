"""Twelfth blind set (lead): Corse and Alsace-Moselle, bilingual names, « Ajaccio / Aiacciu », quarters, organisers with legal forms."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

f = Feeds()
# 1 Ajaccio: forum, sheet « Aiacciu »
f.on_platform("forum-aja", 1, "Forum de l'ESS corse", at(18, "09:00"), at(18, "17:00"), "CRESS Corse",
              P("Palais des congrès", "Quai l'Herminier", "20000", "Ajaccio"))
f.on_agenda("forum-aja", 11001, "Forum ESS di Corsica", [(at(18, "09:00"), at(18, "17:00"))], "Cambra regiunale di l'ESS / CRESS Corse",
            A("Palais des Congrès d'Ajaccio", "Quai l'Herminier", "20000", "Ajaccio"))
# 2 Bastia: atelier, ICS « Bastia » alone, slip
f.on_platform("atelier-bastia", 2, "Atelier : monter une coopérative agricole", at(22, "14:00"), at(22, "17:00"), "Coop de France Corse",
              P("Chambre d'agriculture", "15 avenue Paul Giacobbi", "20600", "Bastia"))
f.in_calendar("atelier-bastia", "coop@corse", "DTSTART:20221122T140000Z", "SUMMARY:Monter une coopérative agricole (atelier)",
              "LOCATION:Chambre d'agriculture\\, Bastia")
# 3 Strasbourg: Marché de Noël OFF, association with « e.V. »? Alsace « eingetragener Verein »
f.on_platform("marche-off", 3, "Marché OFF – Village du partage", at(25, "11:00"), at(25, "20:00"), "Association Strasbourg Off",
              P("Place Grimmeissen", "", "67000", "Strasbourg"))
f.on_agenda("marche-off", 11003, "Le marché OFF de Strasbourg", [(at(25, "11:00"), at(25, "20:00"))], "Strasbourg OFF",
            A("Place Grimmeissen", "Place Grimmeissen", "67000", "Strasbourg"))
# 4 Mulhouse: conférence at the « Maison de l'Économie sociale », « ESS » acronym in title
f.on_platform("conf-mul", 4, "Conférence : l'ESS en Alsace, 20 ans de coopération", at(16, "18:00"), at(16, "20:00"), "Alsace Active",
              P("Maison de l'Économie sociale et solidaire", "5 rue de Provence", "68100", "Mulhouse"))
f.in_calendar("conf-mul", "conf@als", "DTSTART;TZID=Europe/Paris:20221116T180000", "SUMMARY:20 ans de coopération : l'économie sociale et solidaire en Alsace",
              "LOCATION:Maison de l'ESS\\, Mulhouse")
# 5 Metz: two events at BLIIIDA same day (hard negative)
f.on_platform("bliiida-1", 5, "Apéro des tiers-lieux", at(24, "18:00"), at(24, "20:00"), "Réseau des tiers-lieux Grand Est",
              P("BLIIIDA", "7 avenue de Blida", "57000", "Metz"))
f.on_platform("bliiida-2", 6, "Atelier de réparation de vélos", at(24, "14:00"), at(24, "17:00"), "Vélo Mécanique",
              P("BLIIIDA", "7 avenue de Blida", "57000", "Metz"))
f.in_calendar("bliiida-1", "apero@ge", "DTSTART;TZID=Europe/Paris:20221124T180000", "SUMMARY:Apéro Tiers-Lieux", "LOCATION:Bliiida")
# 7 Colmar: visite d'une entreprise adaptée, organiser with legal form
f.on_platform("ea-colmar", 7, "Visite de l'entreprise adaptée Adapei Papillons Blancs", at(17, "10:00"), at(17, "12:00"),
              "Adapei Papillons Blancs d'Alsace", P("EA Papillons Blancs", "10 rue de Herrlisheim", "68000", "Colmar"))

f.in_form([
    ("forum-aja", row("CO-01", "CRESS Corse", "Forum ESS", "18/11/2022", "9h-17h", "Palais des Congrès", "", "", "Aiacciu")),
    ("atelier-bastia", row("CO-02", "Coop de France", "Coopérative agricole : atelier", "22/11/2022", "14h", "Chambre d'agriculture", "", "", "Bastia")),
    ("marche-off", row("AL-01", "Strasbourg OFF", "Marché Off", "25/11/2022", "", "Place Grimmeissen", "", "", "Strasbourg")),
    ("ea-colmar", row("AL-02", "ADAPEI Papillons Blancs d'Alsace (association loi 1908)", "Visite EA", "17/11/2022", "10h-12h", "EA Papillons Blancs", "", "", "Colmar")),
])

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
