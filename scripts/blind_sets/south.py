"""Helpers of the blind-south sets: the sources' names of one région, starts in an overseas zone."""
import sys
sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parent.as_posix())
from lib import *  # noqa: F401,F403  (run, P, A, row, Feeds, at, ONLINE, T, ...)
from lib import T
from datetime import datetime, time


def sources(agenda, calendar, sheet):
    """Name the région's three sources as its configuration would (the harness's names are Nouvelle-Aquitaine's)."""
    T.KIND.update({agenda: "openagenda", calendar: "ical", sheet: "tableur"})
    T.AGENDA, T.CALENDAR, T.SHEET = agenda, calendar, sheet
    import lib
    lib.CALENDAR = calendar


OFFSETS = {"re": "+04:00", "gp": "-04:00", "mq": "-04:00", "gf": "-03:00", "fr": "+01:00"}


def local(day, hour, zone="fr"):
    """An ISO start on `day` November 2022 in the zone of the place (Réunion, Guadeloupe, Martinique, Guyane)."""
    return f"2022-11-{day:02d}T{hour}:00{OFFSETS[zone]}"


def day(d, h=0, m=0):
    return datetime(2022, 11, d, h, m)


def clock(h, m=0):
    return time(h, m)


def book(ref, org, title, start, end=None, h1=None, h2=None, lieu="", adresse="", cp="", commune="", desc=""):
    return {"Réf": ref, "Structure organisatrice": org, "Événement": title, "Date de début": start, "Date de fin": end,
            "Heure début": h1, "Heure fin": h2, "Lieu": lieu, "Adresse complète": adresse, "CP": cp, "Commune": commune,
            "Descriptif": desc}
