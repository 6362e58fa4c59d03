import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *
from assets.lib import dedup as d
def case(t2="En direct : l'ESS racontée par celles et ceux qui la font", org2="CRESS NA", link="https://www.facebook.com/cressna/live"):
    f = Feeds()
    f.on_platform("live2", 2, "Live : l'ESS racontée par ses acteurs", at(17, "12:30"), at(17, "13:15"), "CRESS Nouvelle-Aquitaine",
              ONLINE, modality="En ligne")
    f.on_agenda("live2", 8002, t2, [(at(17, "12:30"), at(17, "13:15"))], org2, {}, mode=2, **({"onlineAccessLink": link} if link else {}))
    print(t2, org2, link, end=" | "); run(f)
case()
case(org2="CRESS Nouvelle-Aquitaine")
case(link=None)
case(t2="L'ESS racontée par ses acteurs (en direct)")
case(t2="En direct : l'ESS racontée par ses acteurs")
