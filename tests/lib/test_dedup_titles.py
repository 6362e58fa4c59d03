"""Copies of one event whose titles differ while the rest agrees, as sources of several regions write them: a
structure of the social economy named by its acronym in one title and in full in the other (« ACI » / « chantiers
d'insertion », « Scop » / « société coopérative et participative », « EI », « EA »; two structures stay two subjects);
a title cut short by a spreadsheet's cell or a form's length limit (« … les monnaies locales complémen »)."""

from types import SimpleNamespace

import pytest

from assets.lib.dedup import CommuneIndex, _cores_compared, deduplicate, title_core, title_key
from tests.lib.test_dedup import event, frame

# Places of several regions, each with the organiser that holds the events there.
RENNES = dict(lieu="Maison des associations", adresse="6 cours des Alliés", code_postal="35000", commune="Rennes",
              organisateur="Réseau Insertion 35")
LILLE = dict(lieu="Maison de l'économie sociale", adresse="235 boulevard Paul Painlevé", code_postal="59000",
             commune="Lille", organisateur="Apei du Nord")
MARSEILLE = dict(lieu="Cité des associations", adresse="93 La Canebière", code_postal="13001", commune="Marseille",
                 organisateur="URSCOP Sud")
STRASBOURG = dict(lieu="Maison des associations", adresse="1a place des Orphelins", code_postal="67000",
                  commune="Strasbourg", organisateur="APF France handicap")
NANTES = dict(lieu="Maison de l'emploi", adresse="2 rue Jean-Baptiste Say", code_postal="44000", commune="Nantes",
              organisateur="Inser'Action")
MONTPELLIER = dict(lieu="Maison de la démocratie", adresse="16 rue de la République", code_postal="34000",
                   commune="Montpellier", organisateur="Chantier École Occitanie")
NO_POINT = dict(latitude=None, longitude=None)
DAY_ONLY = dict(date_debut="2019-11-16", date_fin="")


@pytest.fixture(scope="module")
def index():
    return CommuneIndex.from_reference()


def _pair(index, first: tuple[str, str, dict], second: tuple[str, str, dict]) -> bool:
    """Whether two records (source, title, fields) are published as one row."""
    rows = [event(source, str(k), titre=title, **NO_POINT, **fields)
            for k, (source, title, fields) in enumerate((first, second))]
    return len(deduplicate(frame(*rows), index).events) == 1


@pytest.mark.parametrize(
    ("first", "second", "merged"),
    [
        # The same minute at one venue by one organiser: a workshop and a talk, their subject said two ways.
        pytest.param(("plateforme", "Atelier : les ACI recrutent", RENNES),
                     ("cress-bretagne-openagenda", "Rencontre autour des chantiers d'insertion", RENNES),
                     True, id="ACI / chantiers, Rennes agenda"),
        pytest.param(("plateforme", "Atelier : créer sa SCOP", MARSEILLE),
                     ("cress-paca-openagenda", "Conférence : la société coopérative et participative", MARSEILLE),
                     True, id="Scop in full, Marseille agenda"),
        # A spreadsheet's row: capitals, an acronym of two letters, a time or a date only.
        pytest.param(("plateforme", "Visite d'une entreprise adaptée", STRASBOURG),
                     ("cress-grand-est-tableur", "Forum EA et emploi", STRASBOURG),
                     True, id="EA / entreprise adaptée, Strasbourg sheet"),
        pytest.param(("plateforme", "Rencontre : l'EI, un tremplin vers l'emploi", NANTES),
                     ("cress-pdl-tableur", "Atelier : les entreprises d'insertion recrutent", dict(NANTES, **DAY_ONLY)),
                     True, id="EI, Nantes sheet without time"),
        pytest.param(("plateforme", "Journée d'information : les ateliers et chantiers d'insertion", MONTPELLIER),
                     ("cress-occitanie-tableur", "FORUM ACI",
                      dict(MONTPELLIER, organisateur="Chantier Ecole Occitanie", **DAY_ONLY)),
                     True, id="ACI long form, Montpellier sheet without time"),
        # One organiser's two events there that day about two structures: two subjects.
        pytest.param(("plateforme", "Visite d'une entreprise adaptée", LILLE),
                     ("cress-hdf-tableur", "Rencontre des EI", dict(LILLE, **DAY_ONLY)), False, id="EA / EI, Lille"),
        pytest.param(("plateforme", "Atelier : créer sa SCOP", MARSEILLE),
                     ("cress-paca-openagenda", "Conférence : les sociétés coopératives d'intérêt collectif", MARSEILLE),
                     False, id="Scop / SCIC, Marseille"),
        pytest.param(("plateforme", "Rencontre : les entreprises d'insertion", RENNES),
                     ("cress-bretagne-tableur", "Atelier ACI", dict(RENNES, **DAY_ONLY)), False, id="EI / ACI, Rennes"),
    ],
)
def test_a_structure_named_by_its_acronym_and_in_full_is_one_subject(index, first, second, merged):
    assert _pair(index, first, second) is merged


@pytest.mark.parametrize(
    ("title", "core"),
    [
        ("Les ateliers et chantiers d'insertion du Diois", "aci dioi"),
        ("Rencontre : les chantiers d'insertion", "conference aci"),
        ("Forum des entreprises adaptées", "forum ea"),
        # A name whose initials are its acronym is read so elsewhere (_spells_out), and kept as written.
        ("Les entreprises de travail temporaire d'insertion", "entreprise travail temporaire insertion"),
        # « J'ai » is no association intermédiaire.
        ("Ce que j'ai appris au chantier participatif", "ce que ai appri chantier participatif"),
    ],
)
def test_a_structures_name_in_full_is_written_as_its_acronym_and_names_no_format(title, core):
    assert title_core(title_key(title)) == core


ONLINE = dict(modalite="en_ligne", lieu="", adresse="", code_postal="", commune="")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # An online meeting the platform times, a copy without a time nor organiser whose title a dressing opens and
        # a length limit cuts: the other title's word the cut one begins.
        pytest.param(("plateforme", "Webinaire : le tourisme social et solidaire en montagne",
                      dict(ONLINE, organisateur="Union régionale du tourisme social", url="https://zoom.us/j/5551")),
                     ("reseau-grenoble-ical",
                      "Auvergne-Rhône-Alpes – Webinaire : le tourisme social et solidaire en mont",
                      dict(ONLINE, lieu="Visio", organisateur="", **DAY_ONLY)), id="Grenoble iCalendar"),
        pytest.param(("plateforme", "Visioconférence : les monnaies locales complémentaires",
                      dict(ONLINE, organisateur="Réseau des monnaies locales")),
                     ("cress-bretagne-tableur", "BREIZH : Visioconférence : les monnaies locales complémen",
                      dict(ONLINE, lieu="Distanciel", organisateur="", **DAY_ONLY)), id="Bretagne sheet"),
        pytest.param(("plateforme", "En ligne : la finance solidaire pour les associations",
                      dict(ONLINE, organisateur="France Active Aquitaine")),
                     ("cress-na-openagenda", "Mois ESS NA / En ligne : la finance solidaire pour les associa",
                      dict(ONLINE, lieu="En ligne", organisateur="", **DAY_ONLY)), id="Nouvelle-Aquitaine agenda"),
    ],
)
def test_a_title_cut_short_is_the_title_it_begins(index, first, second):
    assert _pair(index, first, second)


def _compared(*titles: str) -> tuple[str, str]:
    """The cores title_similarity compares for two titles (see _cores_compared)."""
    keys = [title_key(title) for title in titles]
    records = [SimpleNamespace(title=key, core=title_core(key)) for key in keys]
    return _cores_compared(*records)


@pytest.mark.parametrize(
    ("first", "second", "compared"),
    [
        pytest.param("Soirée partage : les épiceries itinérantes en milieu rura",
                     "Les épiceries itinérantes en milieu rural",
                     ("soiree partage epicerie itinerante milieu rural", "epicerie itinerante milieu rural"),
                     id="cut word completed"),
        # A short title is whole: a length limit cuts long titles only.
        pytest.param("Atelier vélo", "Atelier vélorution", ("atelier velo", "atelier velorution"), id="short title"),
        # Two words of the other title it may begin: nothing tells which.
        pytest.param("Rencontre à la maison de quartier : les maiso",
                     "Maison de quartier : maisonnées et maisonnettes",
                     ("conference maison quartier maiso", "maison quartier maisonnee maisonnette"),
                     id="two words begun"),
        # Titles sharing no word: no cut read.
        pytest.param("Conférence gesticulée : les communs et le numé", "Atelier numérique responsable",
                     ("conference gesticulee commun nume", "atelier numerique responsable"), id="no word shared"),
    ],
)
def test_only_the_last_word_of_a_long_title_is_read_as_cut_short(first, second, compared):
    assert _compared(first, second) == compared
