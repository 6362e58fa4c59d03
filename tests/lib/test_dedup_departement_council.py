"""A département's council credited by its initials and the département's number (« CD 50 », « CD61 », « CG 974 »)
against the département's name (« Département de la Manche », « Conseil départemental de l'Orne »): one body,
whatever the département's name (of one word or several); the councils of two départements stay two. Each case gives
the groups of more than one record the merge must publish (none: every record alone)."""

import pytest

from assets.lib.dedup import deduplicate
from tests.lib.test_dedup import event, frame, merged_keys

PLATFORM, AGENDA, ICS, SHEET = "plateforme", "cress-openagenda", "reseau-ical", "cress-tableur"
DAY = dict(edition=2022, numero_edition=15, description="", type_evenement="autre", thematiques="", publics="",
           modalite="presentiel", organisateur_famille="", co_organisateurs="", latitude=None, longitude=None, url="",
           date_mise_a_jour="2022-10-20", code_insee_source="", adresse="", code_postal="", date_fin="", lieu="",
           commune="")


def listed(source: str, identifier: str, titre: str, organisateur: str, date_debut: str, **more) -> dict:
    return event(source, identifier, **{**DAY, "titre": titre, "organisateur": organisateur, "date_debut": date_debut,
                                        **more})


def online(source: str, identifier: str, titre: str, organisateur: str, date_debut: str, **more) -> dict:
    return listed(source, identifier, titre, organisateur, date_debut, modalite="en_ligne", **more)


CASES = {
    "sheet « CD 50 », date only, CEDEX / platform « Département de la Manche »": (
        [listed(PLATFORM, "1", "Rencontre départementale de l'ESS de la Manche", "Département de la Manche",
                "2022-11-24T09:00:00+01:00", lieu="Maison du Département", adresse="98 route de Candol",
                code_postal="50050", commune="Saint-Lô Cedex"),
         listed(SHEET, "t1", "Rencontre départementale ESS", "CD 50", "2022-11-24",
                lieu="Maison du Département - 98 rte de Candol", code_postal="50008", commune="SAINT LO CEDEX")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "agenda « Département de l'Orne » / sheet « CD61 », one hour": (
        [listed(AGENDA, "o1", "Forum de l'insertion par l'activité économique", "Département de l'Orne",
                "2022-11-17T09:30:00+01:00", lieu="Hôtel du Département", adresse="27 boulevard de Strasbourg, "
                "61000 Alençon", code_postal="61000", commune="Alençon"),
         listed(SHEET, "t1", "Forum IAE", "CD61", "2022-11-17T09:30:00+01:00", lieu="Hôtel du Département",
                commune="Alençon")],
        [{f"{AGENDA}:o1", f"{SHEET}:t1"}]),
    "platform « Département de La Réunion » / sheet « CD 974 », at Saint-Denis": (
        [listed(PLATFORM, "1", "Assises de l'économie solidaire", "Département de La Réunion",
                "2022-11-22T08:30:00+04:00", lieu="Hôtel du Département", adresse="2 rue de la Source",
                code_postal="97400", commune="Saint-Denis"),
         listed(SHEET, "t1", "Assises économie solidaire", "CD 974", "2022-11-22T08:30:00+01:00",
                lieu="Hôtel du Département", commune="St-Denis")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    # Apart: two départements' councils' webinars of one title at one hour, no link.
    "online « CD 14 » / « Département de la Manche », one title at one hour": (
        [online(PLATFORM, "1", "Webinaire : les aides départementales à l'ESS", "Département de la Manche",
                "2022-11-15T11:00:00+01:00"),
         online(SHEET, "t1", "Webinaire : les aides départementales à l'ESS", "CD 14", "2022-11-15T11:00:00+01:00",
                lieu="Visio")],
        []),
}


@pytest.mark.parametrize(("records", "groups"), list(CASES.values()), ids=list(CASES))
def test_a_departements_council_by_its_number(index, records, groups):
    published = {group for group in merged_keys(deduplicate(frame(*records), index)) if len(group) > 1}
    assert published == {frozenset(group) for group in groups}
