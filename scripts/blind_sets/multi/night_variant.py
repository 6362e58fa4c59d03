"""Variant (blind-multi, after the fixes): Auvergne-Rhône-Alpes evenings: ends after midnight written many ways, a copy
giving only « à partir de » or « jusqu'à », the platform without end, an ICS UTC start whose UTC date is the day before
(a 00:30 start), doors vs show times; hard negatives: two night events in one venue on consecutive nights, an
afternoon and an evening by one organiser at one venue."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

f = Feeds()
GRRRND = P("Le Grrrnd Zero", "60 avenue de Bohlen", "69120", "Vaulx-en-Velin")
# 1 concert 21h -> 1h30 ; 2 the next night, another concert there
f.on_platform("c1", 1, "Concert de soutien à la Cimade", at(18, "21:00"), at(19, "01:30"), "Collectif Grrrnd Zero", GRRRND)
f.on_agenda("c1", 501, "Soirée concerts : soutien à La Cimade", [(at(18, "20:30"), at(19, "01:30"))], "Grrrnd Zero",
            A("Grrrnd Zero", "60 avenue de Bohlen", "69120", "Vaulx-en-Velin"))
f.in_calendar("c1", "cimade@grrrnd", "DTSTART:20221118T200000Z", "DTEND:20221119T003000Z", "SUMMARY:Concert soutien Cimade", "LOCATION:Grrrnd Zero")
f.on_platform("c2", 2, "Concert de soutien aux Restos du Cœur", at(19, "21:00"), at(20, "01:30"), "Collectif Grrrnd Zero", GRRRND)
f.in_calendar("c2", "restos@grrrnd", "DTSTART:20221119T200000Z", "DTEND:20221120T003000Z", "SUMMARY:Concert soutien Restos du Coeur", "LOCATION:Grrrnd Zero")
# 3 Grenoble: « Nuit du jeu coopératif » starting 00:30 (after a screening), UTC date the day before
f.on_platform("nuit-jeu", 3, "Nuit du jeu coopératif", at(26, "00:30"), at(26, "05:00"), "Ludothèque La Ludo'",
              P("La Bobine", "42 boulevard Clémenceau", "38100", "Grenoble"))
f.in_calendar("nuit-jeu", "nuit-jeu@ludo38", "DTSTART:20221125T233000Z", "DTEND:20221126T040000Z", "SUMMARY:Nuit du jeu coop", "LOCATION:La Bobine\\, Grenoble")
# 4 Saint-Étienne: apéro + débat, platform no end, sheet « à partir de 18h30 », agenda doors 18:00
f.on_platform("apero-se", 4, "Apéro-débat : l'ESS et la culture", at(22, "18:30"), None, "Le Mixeur",
              P("Le Mixeur", "3 rue Javelin Pagnon", "42000", "Saint-Étienne"))
f.on_agenda("apero-se", 504, "Apéro débat ESS & culture", [(at(22, "18:00"), at(22, "21:00"))], "Le Mixeur", A("Le Mixeur", "3 rue Javelin Pagnon", "42000", "Saint-Étienne"))
f.on_platform("atelier-se", 5, "Atelier : monter un projet culturel en coopérative", at(22, "14:00"), at(22, "17:00"), "Le Mixeur",
              P("Le Mixeur", "3 rue Javelin Pagnon", "42000", "Saint-Étienne"))
# 6 Clermont: soirée jusqu'à minuit
f.on_platform("soiree-clt", 6, "Soirée des bénévoles de l'ESS", at(25, "19:00"), at(26, "00:00"), "France Bénévolat Puy-de-Dôme",
              P("La Coopérative de Mai", "Rue Serge Gainsbourg", "63100", "Clermont-Ferrand"))
f.in_calendar("soiree-clt", "soiree-benevoles@ess63", "DTSTART;TZID=Europe/Paris:20221125T190000", "DTEND;TZID=Europe/Paris:20221126T000000",
              "SUMMARY:Soirée des bénévoles", "LOCATION:Coopérative de Mai")
f.in_form([
    ("c1", row("ARA-1", "Grrrnd Zero", "Concert Cimade", "18/11/2022", "20h30 > 1h30", "GZ", "60 av. de Bohlen", "69120", "Vaulx-en-Velin")),
    ("c2", row("ARA-2", "Grrrnd Zero", "Concert Restos du Coeur", "19/11/2022", "21h/1h30", "GZ", "60 av. de Bohlen", "69120", "Vaulx-en-Velin")),
    ("nuit-jeu", row("ARA-3", "La Ludo'", "Nuit du jeu coopératif", "26/11/2022", "0h30-5h", "La Bobine", "", "38100", "Grenoble")),
    ("apero-se", row("ARA-4", "Le Mixeur", "Apéro-débat ESS et culture", "22/11/2022", "à partir de 18h30", "Le Mixeur", "", "42000", "St-Étienne")),
    ("atelier-se", row("ARA-5", "Le Mixeur", "Atelier projet culturel coopératif", "22/11/2022", "de 14h à 17h", "Le Mixeur", "", "42000", "St-Étienne")),
    ("soiree-clt", row("ARA-6", "France Bénévolat 63", "Soirée des bénévoles", "25/11/2022", "19h - minuit", "Coopérative de Mai", "", "63100", "Clermont-Fd")),
])
if __name__ == "__main__":
    run(f)
