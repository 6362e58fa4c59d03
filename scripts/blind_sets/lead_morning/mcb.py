import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *
def case(loc):
    f = Feeds()
    f.on_platform("conf-bourges", 7, "Conférence : la culture, un bien commun ?", at(22, "18:30"), at(22, "20:30"), "Cultures du Cœur Cher",
              P("Maison de la Culture de Bourges", "34 rue Henri Sellier", "18000", "Bourges"))
    f.in_calendar("conf-bourges", "mcb@cvl", "DTSTART:20221122T173000Z", "DTEND:20221122T193000Z", "SUMMARY:La culture\\, un bien commun ? (conférence)",
              "LOCATION:" + loc)
    print(loc, end=" "); run(f)
for l in ["MCB", "MCB\\, Bourges", "Maison de la Culture", "Maison de la culture de Bourges", "MC Bourges", "MC2"]: case(l)
