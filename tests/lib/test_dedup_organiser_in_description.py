"""Cross-source deduplication: a record credited to someone else (a collective relaying its member's event) whose
description names the organiser the other record credits is that organiser's event."""

import pytest

from assets.lib.dedup import deduplicate

from .test_dedup import event, frame, merged_keys

SHEET = "cress-aura-tableur"
MEMBER = "L'Atelier de la Bicyclette"
RELAY = "Collectif Vélo en Ville"
MEMBER_TEXT = (
    "L'Atelier de la Bicyclette vous invite à son atelier d'autoréparation : apprenez à régler vos freins et à "
    "changer une chambre à air avec les mécaniciens bénévoles. Outils fournis, entrée libre."
)
AT_THE_WORKSHOP = dict(titre="Atelier d'autoréparation de vélos", lieu="La Cyclerie", adresse="14 rue Paul Bert",
                       code_postal="69003", commune="Lyon", latitude=None, longitude=None, date_fin="")
MEMBERS = event("plateforme", "1", organisateur=MEMBER, description=MEMBER_TEXT,
                date_debut="2019-11-16T14:00:00+01:00", **AT_THE_WORKSHOP)


@pytest.mark.parametrize(
    ("description", "merged"),
    [
        pytest.param(MEMBER_TEXT, True, id="the member's text"),
        pytest.param("Dans le cadre du Mois de l'ESS, l'Atelier de la Bicyclette propose un atelier.", True,
                     id="another text naming the member"),
        pytest.param("", False, id="no description"),
        pytest.param("Les Roues Libres vous invitent à leur atelier mensuel de réparation.", False,
                     id="a text naming a third group"),
    ],
)
def test_a_description_naming_the_other_records_organiser(index, description, merged):
    # The collective's sheet gives the day alone and credits itself: its text tells whose workshop it is.
    relayed = event(SHEET, "s1", organisateur=RELAY, description=description, date_debut="2019-11-16",
                    **AT_THE_WORKSHOP)
    together = frozenset(["plateforme:1", f"{SHEET}:s1"]) in merged_keys(deduplicate(frame(MEMBERS, relayed), index))
    assert together is merged


def test_a_description_naming_a_partner_does_not_make_two_formats_one_event(index):
    # The collective's own talk that evening at the same place, its text thanking the member: two events.
    talk = event(SHEET, "s2", organisateur=RELAY, titre="Conférence : la ville cyclable",
                 description="Conférence du Collectif Vélo en Ville, en partenariat avec l'Atelier de la Bicyclette.",
                 date_debut="2019-11-16", **{k: v for k, v in AT_THE_WORKSHOP.items() if k != "titre"})
    assert len(deduplicate(frame(MEMBERS, talk), index).events) == 2


ICS = "reseau-lyon-ical"
# Another group of the edition, credited by its own listing on another day: a name the edition knows.
ELSEWHERE = event("plateforme", "2", organisateur="Les Roues Libres", titre="Balade à vélo dans les pentes",
                  date_debut="2019-11-09T10:00:00+01:00", date_fin="", lieu="Place Sathonay", adresse="",
                  code_postal="69001", commune="Lyon", latitude=None, longitude=None, description="")


@pytest.mark.parametrize(
    ("description", "merged"),
    [
        pytest.param(MEMBER_TEXT, True, id="the text of the organiser the other record credits"),
        pytest.param("Atelier ouvert à tous, outils fournis. En partenariat avec Les Roues Libres.", True,
                     id="a partner thanked after the first sentence"),
        pytest.param("", True, id="no description"),
        pytest.param("Les Roues Libres vous invitent à leur atelier mensuel de réparation.", False,
                     id="another group's text"),
        pytest.param("Envie de réparer votre vélo ? Les Roues Libres vous accueillent.", False,
                     id="another group named after a question"),
    ],
)
def test_a_description_naming_another_group_tells_a_record_without_organiser_apart(index, description, merged):
    # A calendar without ORGANIZER giving the town alone, at the same minute under the same title: its text is what
    # says whose workshop it lists.
    listed = event(ICS, "x1", titre=AT_THE_WORKSHOP["titre"], organisateur="", description=description,
                   date_debut="2019-11-16T14:00:00+01:00", date_fin="", lieu="", adresse="Lyon", code_postal="",
                   commune="", latitude=None, longitude=None)
    result = deduplicate(frame(MEMBERS, listed, ELSEWHERE), index)
    assert (frozenset(["plateforme:1", f"{ICS}:x1"]) in merged_keys(result)) is merged
