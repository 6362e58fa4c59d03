"""Variant (blind-multi): an iCalendar exporter that writes all-day dates in UTC (local midnight is 23:00 the day before),
so each of its all-day events is a day early; its timed events are right. Hauts-de-France. Hard negatives: the day
before a shifted event, another event of that place (a breakfast, a workshop); a two-day market whose first day the
calendar gives right... no: the calendar's all-day dates are all early; a series of Saturdays listed by the sheet."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

f = Feeds()
def allday(event, uid, day, title, where, days=1):
    f.in_calendar(event, uid, f"DTSTART;VALUE=DATE:202211{day - 1:02d}", f"DTEND;VALUE=DATE:202211{day - 1 + days:02d}",
                  f"SUMMARY:{title}", f"LOCATION:{where}")
# 1 Lille forum Sat 19, platform 9-17, calendar all-day 18
f.on_platform("forum", 1, "Forum de l'ESS de la Métropole lilloise", at(19, "09:00"), at(19, "17:00"), "APES Hauts-de-France",
              P("Maison de l'Économie Sociale", "235 boulevard Paul Painlevé", "59000", "Lille"))
allday("forum", "forum@apes", 19, "Forum de l'ESS de la Métropole lilloise", "Maison de l'Économie Sociale\\, Lille")
f.on_platform("petitdej", 2, "Petit-déjeuner des entrepreneurs de l'ESS", at(18, "08:30"), at(18, "10:00"), "APES Hauts-de-France",
              P("Maison de l'Économie Sociale", "235 boulevard Paul Painlevé", "59000", "Lille"))
# 2 Roubaix troc Sat 12
f.on_platform("troc", 3, "Troc de vêtements", at(12, "10:00"), at(12, "16:00"), "Roubaix Zéro Déchet",
              P("La Condition Publique", "14 place Faidherbe", "59100", "Roubaix"))
allday("troc", "troc@apes", 12, "Troc de vêtements", "La Condition Publique\\, Roubaix")
# 3 Tourcoing journée portes ouvertes Wed 23
f.on_agenda("po", 503, "Journée portes ouvertes de la ressourcerie", [(at(23, "10:00"), at(23, "18:00"))], "Ressourcerie de Tourcoing",
            A("Ressourcerie", "25 rue de Gand", "59200", "Tourcoing"))
allday("po", "po@apes", 23, "Journée portes ouvertes de la ressourcerie", "Ressourcerie\\, 25 rue de Gand\\, Tourcoing")
f.on_agenda("atelier-22", 504, "Atelier relooking de meubles", [(at(22, "14:00"), at(22, "17:00"))], "Ressourcerie de Tourcoing",
            A("Ressourcerie", "25 rue de Gand", "59200", "Tourcoing"))
# 4 Villeneuve-d'Ascq: two-day market 26-27, calendar 25-26 (DTEND exclusive 27)
f.on_platform("marche", 5, "Marché de Noël solidaire", at(26, "10:00"), at(27, "18:00"), "Secours populaire du Nord",
              P("Ferme du Héron", "Chemin de la Ferme Lenglet", "59650", "Villeneuve-d'Ascq"))
allday("marche", "marche@apes", 26, "Marché de Noël solidaire", "Ferme du Héron\\, Villeneuve-d'Ascq", days=2)
# 5 Lens: a timed conference in the calendar (right)
f.on_platform("conf", 6, "Conférence : l'économie circulaire dans le bassin minier", at(17, "18:00"), at(17, "20:00"), "CD2E",
              P("Louvre-Lens", "99 rue Paul Bert", "62300", "Lens"))
f.in_calendar("conf", "conf@apes", "DTSTART;TZID=Europe/Paris:20221117T180000", "DTEND;TZID=Europe/Paris:20221117T200000",
              "SUMMARY:Conférence : l'économie circulaire dans le bassin minier", "LOCATION:Louvre-Lens")
# 6 Arras: the repair café of the 5th and 19th in the sheet (date only), the calendar's 19th (all-day, early: 18)
f.on_platform("rc-19", 7, "Repair café", at(19, "14:00"), at(19, "18:00"), "Repair Café Arras", P("Maison des sociétés", "16 rue Aristide Briand", "62000", "Arras"))
allday("rc-19", "rc19@apes", 19, "Repair café", "Maison des sociétés\\, Arras")
f.in_form([("rc-5", row("HDF-1", "Repair Café Arras", "Repair café", "05/11/2022", "", "Maison des sociétés", "16 rue A. Briand", "62000", "Arras")),
           ("rc-19", row("HDF-2", "Repair Café Arras", "Repair café", "19/11/2022", "", "Maison des sociétés", "16 rue A. Briand", "62000", "Arras")),
           ("forum", row("HDF-3", "APES", "Forum ESS Métropole lilloise", "19/11/2022", "Journée", "MES", "235 bd Paul Painlevé", "59000", "Lille"))])
if __name__ == "__main__":
    run(f)
