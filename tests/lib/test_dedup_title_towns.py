"""Two titles ending on two towns' names (« Marché de l'économie solidaire de Clermont-Ferrand » / « … de Fontaine »)
are one series' events in two towns, however alike the rest, when one record does not say its commune (an iCalendar
giving the venue's name alone). The same town in both, a town in one title only, a lower-case word a commune bears
too (« coopératives de montagne »), a town cut short with its title, a far namesake of a region's word and an
organiser's town set apart in the title still leave the pair to the other rules."""

import pytest

from assets.lib.dedup import deduplicate
from tests.lib.test_dedup import event, frame, merged_keys

# (région, platform record, the fields of a copy naming no commune): one per region, each source's habits.
CLERMONT = dict(
    titre="Marché de l'économie solidaire de Clermont-Ferrand", date_debut="2021-11-20T11:00:00+01:00",
    date_fin="2021-11-20T18:00:00+01:00", organisateur="Maison des solidarités", lieu="Maison pour tous",
    adresse="47 allée Lesdiguières", code_postal="63000", commune="Clermont-Ferrand", latitude=45.7772,
    longitude=3.0870, edition=2021,
)
RENNES = dict(
    titre="Forum de l'emploi solidaire à Rennes", date_debut="2019-11-14T09:30:00+01:00",
    date_fin="2019-11-14T17:00:00+01:00", organisateur="Réseau des entreprises d'insertion", lieu="Salle de la Cité",
    adresse="10 rue Saint-Louis", code_postal="35000", commune="Rennes", latitude=48.1147, longitude=-1.6794,
)
LILLE = dict(
    titre="Braderie solidaire de Lille", date_debut="2019-11-23T10:00:00+01:00", date_fin="",
    organisateur="Ressourcerie du Nord", lieu="Maison de quartier", adresse="12 rue Gambetta", code_postal="59000",
    commune="Lille", latitude=50.6292, longitude=3.0573,
)
TOULOUSE = dict(
    titre="Marché paysan et solidaire de Toulouse", date_debut="2021-11-24T16:00:00+01:00", date_fin="",
    organisateur="Foyer rural Garonne Solidaire", lieu="Centre d'animation", adresse="108 allée de Castres",
    code_postal="31000", commune="Toulouse", latitude=43.6045, longitude=1.4440, edition=2021,
)
MONTPELLIER = dict(
    titre="Circuit vélo des initiatives de Montpellier", date_debut="2021-11-15T14:00:00+01:00", date_fin="",
    organisateur="Association des habitants du Lauragais", lieu="Maison du Canal", adresse="4 boulevard des Tanneurs",
    code_postal="34000", commune="Montpellier", latitude=43.6108, longitude=3.8767, edition=2021,
)
NO_COMMUNE = dict(adresse="", code_postal="", commune="", latitude=None, longitude=None, organisateur="")


def copy_of(platform: dict, **changes) -> dict:
    """An iCalendar copy of the platform's record at its venue named alone, no organiser, no commune."""
    return {**platform, **NO_COMMUNE, **changes}


@pytest.mark.parametrize(
    ("platform", "copy"),
    [
        pytest.param(CLERMONT, copy_of(CLERMONT, titre="Marché de l'économie solidaire de Fontaine",
                                       date_debut="2021-11-20"), id="Auvergne, date-only copy, another town"),
        pytest.param(RENNES, copy_of(RENNES, titre="Forum de l'emploi solidaire à Saint-Malo"),
                     id="Bretagne, à, same time, another town"),
        pytest.param(LILLE, copy_of(LILLE, titre="BRADERIE SOLIDAIRE DE ROUBAIX"),
                     id="Hauts-de-France, capitals, another town"),
        pytest.param(TOULOUSE, copy_of(TOULOUSE, titre="Marché paysan et solidaire de Colomiers",
                                       organisateur="Foyer rural Garonne Solidaire"),
                     id="Occitanie, one organiser, another town"),
        pytest.param(RENNES, copy_of(RENNES, titre="Forum de l'emploi solidaire au Rheu"),
                     id="Bretagne, au, a town with its article"),
    ],
)
def test_two_titles_naming_two_towns_are_two_events(index, platform, copy):
    result = deduplicate(frame(event("plateforme", "p1", **platform), event("reseau-ical", "c1", **copy)), index)
    assert frozenset({"plateforme:p1", "reseau-ical:c1"}) not in merged_keys(result)


@pytest.mark.parametrize(
    ("platform", "copy"),
    [
        pytest.param(CLERMONT, copy_of(CLERMONT, titre="Marché de l'économie solidaire à Clermont-Ferrand"),
                     id="the same town, de and à"),
        pytest.param(LILLE, copy_of(LILLE, titre="Braderie solidaire"), id="a town in one title only"),
        pytest.param(MONTPELLIER, copy_of(MONTPELLIER, titre="ESS en fête : Circuit vélo des initiatives de Mont"),
                     id="the town cut short with the title"),
        pytest.param(RENNES, copy_of(RENNES, titre="Forum de l'emploi solidaire à Rennes (Réseau des SIAE de Vitré)"),
                     id="the organiser's town between parentheses"),
        pytest.param(dict(RENNES, titre="Les coopératives de montagne à Rennes"),
                     copy_of(RENNES, titre="Les coopératives de montagne"), id="a lower-case word a commune bears"),
    ],
)
def test_titles_naming_one_town_or_none_are_left_to_the_other_rules(index, platform, copy):
    result = deduplicate(frame(event("plateforme", "p1", **platform), event("reseau-ical", "c1", **copy)), index)
    assert frozenset({"plateforme:p1", "reseau-ical:c1"}) in merged_keys(result)


def test_the_organisers_town_its_name_holds_is_not_the_events(index):
    """« … de Saint-Malo » by « Ateliers du Pays de Lamballe », against « … de Lamballe » written by a source that
    gives the organiser: the organiser's name says Lamballe, not the event's town."""
    platform = event("plateforme", "p1", **dict(RENNES, titre="Repair café de Saint-Malo",
                                                organisateur="Ateliers du Pays de Lamballe"))
    copy = event("reseau-ical", "c1", **copy_of(RENNES, titre="Repair café Ateliers du Pays de Lamballe",
                                                organisateur="Ateliers du Pays de Lamballe"))
    result = deduplicate(frame(platform, copy), index)
    assert frozenset({"plateforme:p1", "reseau-ical:c1"}) in merged_keys(result)
