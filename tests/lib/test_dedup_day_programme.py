"""A day's programme (« Village de l'ESS », « Forum de l'ESS ») and its sub-events at one venue: the organiser's
platform page lists the day and each workshop, talk or market in its room, the exhibitors' own sources some of them,
their titles naming the day (« Repair café au Village de l'ESS », « Fresque du Climat - Village ESS Besançon »). The
day's name says where a sub-event takes place, not what it is: two sub-events naming it are two events, the day is
none of them (not even its market over the same hours), and each sub-event's copies are one event."""

import pytest

from assets.lib.dedup import deduplicate
from tests.lib.test_dedup import frame, merged_keys, record_2022


def _listing(source: str, identifier: str, titre: str, start: str, end: str, organisateur: str, lieu: str,
             adresse: str = "", code_postal: str = "", commune: str = "") -> dict:
    return record_2022(source, identifier, titre=titre, date_debut=start, date_fin=end, organisateur=organisateur,
                       modalite="presentiel", lieu=lieu, adresse=adresse, code_postal=code_postal, commune=commune,
                       latitude=None, longitude=None, code_insee_source="")


def _micropolis(source: str, identifier: str, titre: str, start: str, end: str, organisateur: str,
                room: str = "") -> dict:
    return _listing(source, identifier, titre, f"2022-11-19T{start}:00+01:00", f"2022-11-19T{end}:00+01:00",
                    organisateur, f"Micropolis - {room}" if room else "Micropolis", "3 boulevard Ouest", "25000",
                    "Besançon")


def _cite(source: str, identifier: str, titre: str, start: str, end: str, organisateur: str, room: str = "") -> dict:
    return _listing(source, identifier, titre, f"2022-11-24T{start}:00+01:00", f"2022-11-24T{end}:00+01:00",
                    organisateur, f"Cité des Congrès - {room}" if room else "Cité des Congrès",
                    "5 rue de Valmy", "44000", "Nantes")


def _caen(source: str, identifier: str, titre: str, start: str, end: str, organisateur: str, room: str = "") -> dict:
    return _listing(source, identifier, titre, f"2022-11-24T{start}:00+01:00", f"2022-11-24T{end}:00+01:00",
                    organisateur, f"Parc des expositions - {room}" if room else "Parc des expositions",
                    "Rue Joseph Philippon", "14000", "Caen")


CRESS_BFC = "CRESS Bourgogne-Franche-Comté"
CRESS_PDL = "CRESS des Pays de la Loire"

# Each case: the listings, and the real events as groups of (source:identifiant).
PROGRAMMES = [
    pytest.param(
        [
            _micropolis("plateforme", "1", "Village de l'ESS 2022", "10:00", "18:00", CRESS_BFC),
            _micropolis("cress-bfc-openagenda", "5001", "Le Village de l'économie sociale et solidaire", "10:00",
                        "18:00", CRESS_BFC),
            _listing("cress-bfc-tableur", "BFC-01", "Village de l'ESS", "2022-11-19", "", "CRESS BFC", "Micropolis",
                     "3 bd Ouest", "25000", "Besançon"),
            _micropolis("plateforme", "2", "Marché des créateurs et producteurs solidaires", "10:00", "18:00",
                        CRESS_BFC, "Hall 1"),
            _micropolis("cress-bfc-openagenda", "5002", "Village de l'ESS : marché solidaire", "10:00", "18:00",
                        CRESS_BFC, "Hall 1"),
            _listing("cress-bfc-tableur", "BFC-02", "Marché solidaire (Village ESS)", "2022-11-19T10:00:00",
                     "2022-11-19T18:00:00", "CRESS BFC", "Micropolis - Hall 1", "", "25000", "Besançon"),
            _micropolis("plateforme", "5", "Atelier : créer son entreprise en coopérative", "15:00", "16:00",
                        "Union régionale des Scop et Scic Bourgogne-Franche-Comté", "Salle A"),
            _listing("cress-bfc-tableur", "BFC-04", "Atelier créer en Scop (Village ESS) - 2e session",
                     "2022-11-19T15:00:00", "", "URSCOP BFC", "Micropolis Salle A", "", "", "Besançon"),
            _listing("cress-bfc-tableur", "BFC-05", "Atelier financement (Village ESS)", "2022-11-19T11:00:00",
                     "2022-11-19T12:00:00", "France Active FC", "Micropolis", "", "", "Besançon"),
            _micropolis("plateforme", "7", "Repair café", "14:00", "17:00", "Repair Café Besançon", "Hall 2"),
            _listing("repair-cafe-25-ical", "rc-village@repaircafe25", "Repair café au Village de l'ESS",
                     "2022-11-19T14:00:00+01:00", "2022-11-19T17:00:00+01:00", "", "Micropolis", "", "",
                     "Besançon"),
            _micropolis("plateforme", "9", "Fresque du Climat", "14:00", "17:00", "La Fresque du Climat BFC",
                        "Salle B"),
            _listing("fresque-ical", "fresque-village@fdc", "Fresque du Climat - Village ESS Besançon",
                     "2022-11-19T13:00:00Z", "2022-11-19T16:00:00Z", "", "Micropolis", "", "", ""),
        ],
        [
            {"plateforme:1", "cress-bfc-openagenda:5001", "cress-bfc-tableur:BFC-01"},
            {"plateforme:2", "cress-bfc-openagenda:5002", "cress-bfc-tableur:BFC-02"},
            {"plateforme:5", "cress-bfc-tableur:BFC-04"},
            {"cress-bfc-tableur:BFC-05"},
            {"plateforme:7", "repair-cafe-25-ical:rc-village@repaircafe25"},
            {"plateforme:9", "fresque-ical:fresque-village@fdc"},
        ],
        id="Bourgogne-Franche-Comté, a village at an exhibition centre, its rooms and halls"),
    pytest.param(
        [
            _cite("plateforme", "31", "Forum de l'ESS de Nantes", "09:30", "17:30", CRESS_PDL),
            _listing("cress-pdl-tableur", "PDL-01", "Forum ESS", "2022-11-24", "", "CRESS PDL", "Cité des Congrès",
                     "", "", "Nantes"),
            _cite("plateforme", "32", "Conférence d'ouverture du Forum de l'ESS", "10:00", "11:00", CRESS_PDL,
                  "Auditorium 450"),
            _cite("cress-pdl-openagenda", "6032", "Forum de l'ESS : conférence inaugurale", "10:00", "11:00",
                  CRESS_PDL, "Auditorium"),
            _cite("plateforme", "33", "Job dating de l'ESS", "14:00", "16:30", "Les Entreprises Solidaires 44",
                  "Hall"),
            _cite("cress-pdl-openagenda", "6033", "Forum de l'ESS : job dating", "14:00", "16:30", CRESS_PDL,
                  "Grand hall"),
            _cite("plateforme", "34", "Atelier : financer son association", "11:30", "12:30",
                  "Les Financeurs Solidaires", "Salle 200"),
            _listing("reseau-nantes-ical", "financer@reseau", "Atelier financement (Forum de l'ESS)",
                     "2022-11-24T10:30:00Z", "2022-11-24T11:30:00Z", "", "Cité des Congrès", "", "", "Nantes"),
            _cite("plateforme", "35", "Atelier : recruter des bénévoles", "15:00", "16:00", "Le Mouvement associatif",
                  "Salle 200"),
            _listing("reseau-nantes-ical", "benevoles@reseau", "Bénévolat : atelier du Forum de l'ESS",
                     "2022-11-24T14:00:00Z", "2022-11-24T15:00:00Z", "", "Cité des Congrès", "", "", "Nantes"),
        ],
        [
            {"plateforme:31", "cress-pdl-tableur:PDL-01"},
            {"plateforme:32", "cress-pdl-openagenda:6032"},
            {"plateforme:33", "cress-pdl-openagenda:6033"},
            {"plateforme:34", "reseau-nantes-ical:financer@reseau"},
            {"plateforme:35", "reseau-nantes-ical:benevoles@reseau"},
        ],
        id="Pays de la Loire, a forum at a congress centre, its auditorium and rooms"),
    pytest.param(
        [
            _caen("plateforme", "41", "Forum de l'ESS", "09:00", "17:00", "CRESS Normandie"),
            _caen("cress-normandie-openagenda", "7041", "Forum régional de l'économie sociale et solidaire", "09:00",
                  "17:00", "CRESS Normandie"),
            _listing("cress-normandie-tableur", "NOR-01", "Forum ESS", "2022-11-24T09:00:00",
                     "2022-11-24T17:00:00", "CRESS Normandie", "Parc des expos", "", "", "Caen"),
            _caen("plateforme", "42", "Plénière d'ouverture", "09:30", "10:30", "CRESS Normandie", "Auditorium"),
            _caen("cress-normandie-openagenda", "7042", "Forum de l'ESS : plénière d'ouverture", "09:30", "10:30",
                  "CRESS Normandie", "Auditorium"),
            _caen("plateforme", "43", "Atelier : recruter dans l'ESS", "11:00", "12:00", "Chantier École Normandie",
                  "Salle 3"),
            _listing("cress-normandie-tableur", "NOR-02", "Forum ESS - Recrutement : atelier",
                     "2022-11-24T11:00:00", "", "Chantier Ecole", "Parc expo Salle 3", "", "", "Caen"),
            _caen("plateforme", "45", "Stands des réseaux de l'ESS", "09:00", "17:00", "CRESS Normandie", "Hall A"),
            _listing("cress-normandie-tableur", "NOR-05", "Forum ESS - Village des réseaux", "2022-11-24", "",
                     "CRESS Normandie", "Parc des expos - Hall A", "", "", "Caen"),
        ],
        [
            {"plateforme:41", "cress-normandie-openagenda:7041", "cress-normandie-tableur:NOR-01"},
            {"plateforme:42", "cress-normandie-openagenda:7042"},
            {"plateforme:43", "cress-normandie-tableur:NOR-02"},
            {"plateforme:45", "cress-normandie-tableur:NOR-05"},
        ],
        id="Normandie, a forum whose name one agenda writes with more words over the same hours"),
]


@pytest.mark.parametrize(("listings", "events"), PROGRAMMES)
def test_a_days_programme_and_its_sub_events_are_each_one_event(listings, events, index):
    result = deduplicate(frame(*listings), index)
    assert merged_keys(result) == {frozenset(event) for event in events}


def test_an_event_of_the_days_name_elsewhere_in_the_town_is_no_sub_event(index):
    """Braderies of one name at three halls of a town that day, two credited with a partner: no programme, and the
    calendar's copy of the second (at its hall, no time) is still its copy."""
    listings = [
        _listing("plateforme", "1", "Braderie solidaire", "2022-11-20T09:00:00+01:00", "2022-11-20T17:00:00+01:00",
                 "Secours populaire du Nord", "Salle polyvalente", "90 avenue Esquermoise", "59000", "Lille"),
        _listing("plateforme", "2", "Braderie solidaire de Lille – avec Emmaüs Connect", "2022-11-20T10:00:00+01:00",
                 "2022-11-20T16:00:00+01:00", "Association solidaire pour l'emploi local", "Salle Courmont",
                 "13 rue Courmont", "59000", "Lille"),
        _listing("plateforme", "3", "Braderie solidaire – avec la Cravate solidaire", "2022-11-20T13:00:00+01:00",
                 "2022-11-20T15:00:00+01:00", "Les Jeunes Solidaires", "Maison Folie Wazemmes",
                 "70 rue des Sarrazins", "59000", "Lille"),
        _listing("reseau-lille-ical", "braderie@reseau", "Braderie solidaire de Lille", "2022-11-20", "2022-11-20",
                 "", "Salle Courmont", "", "", "Lille"),
    ]
    result = deduplicate(frame(*listings), index)
    assert frozenset({"plateforme:2", "reseau-lille-ical:braderie@reseau"}) in merged_keys(result)
