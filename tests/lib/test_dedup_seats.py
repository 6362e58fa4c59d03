"""A public body's seat named by its building in one source and by the body in another (« Hôtel de ville » /
« Mairie de Rennes », « Hôtel du Département » / « Conseil départemental du Finistère », « Hôtel de Région » /
« Région Grand Est »): one venue; the body named alone may be any of its buildings, two buildings are two places. Each
case gives the groups of more than one record the merge must publish (none: every record alone)."""

import pytest

from assets.lib.dedup import deduplicate
from tests.lib.test_dedup import event, frame, merged_keys

PLATFORM, AGENDA, ICS, SHEET = "plateforme", "cress-openagenda", "reseau-ical", "cress-tableur"
DAY = dict(edition=2022, numero_edition=15, description="", type_evenement="autre", thematiques="", publics="",
           modalite="presentiel", organisateur_famille="", co_organisateurs="", latitude=None, longitude=None, url="",
           date_mise_a_jour="2022-10-20", code_insee_source="")


def listed(source: str, identifier: str, titre: str, organisateur: str, date_debut: str, lieu: str, commune: str,
           code_postal: str = "", adresse: str = "", date_fin: str = "") -> dict:
    return event(source, identifier, **DAY, titre=titre, organisateur=organisateur, date_debut=date_debut,
                 date_fin=date_fin, lieu=lieu, adresse=adresse, code_postal=code_postal, commune=commune)


def pair(venue: str, other_venue: str, town: str, postal: str, street: str = "") -> list[dict]:
    """The platform's listing at `venue` and the CRESS spreadsheet's at `other_venue`, date only, its title short."""
    return [listed(PLATFORM, "1", "Rencontre des acteurs de l'économie sociale et solidaire",
                   "Réseau ESS du territoire", "2022-11-24T14:00:00+01:00", venue, town, postal, street,
                   "2022-11-24T17:00:00+01:00"),
            listed(SHEET, "t1", "Rencontre acteurs ESS", "Réseau ESS du territoire", "2022-11-24", other_venue, town)]


ONE = [{f"{PLATFORM}:1", f"{SHEET}:t1"}]
CASES = {
    "« Hôtel de ville » / « Mairie de Rennes »": (pair("Hôtel de Ville", "Mairie de Rennes", "Rennes", "35000",
                                                        "Place de la Mairie"), ONE),
    "« Mairie » / « Hôtel de ville de Lille »": (pair("Mairie", "Hôtel de ville de Lille", "Lille", "59000",
                                                      "Place Augustin Laurent"), ONE),
    "« Hôtel du Département » / « Conseil départemental du Finistère »": (
        pair("Hôtel du Département", "Conseil départemental du Finistère", "Quimper", "29000",
             "32 boulevard Dupleix"), ONE),
    "« Hôtel du Département » / « Département de la Haute-Marne »": (
        pair("Hôtel du Département", "Département de la Haute-Marne", "Chaumont", "52000",
             "1 rue du Commandant Hugueny"), ONE),
    "« Hôtel de Région » / « Conseil régional d'Occitanie »": (
        pair("Hôtel de Région", "Conseil régional d'Occitanie", "Toulouse", "31400", "22 boulevard du Maréchal Juin"),
        ONE),
    "« Hôtel de Région » / « Région Grand Est »": (
        pair("Hôtel de Région", "Région Grand Est", "Strasbourg", "67000", "1 place Adrien Zeller"), ONE),
    "« Hôtel de la Région » / « Conseil régional »": (
        pair("Hôtel de la Région", "Conseil régional", "Rennes", "35000", "283 avenue du Général Patton"), ONE),
    # The body named alone: any of its buildings in the town.
    "« Maison de la Région » / « Région Grand Est »": (
        pair("Maison de la Région", "Région Grand Est", "Strasbourg", "67000", "1 place Adrien Zeller"), ONE),
    "« Maison du Département » / « Conseil départemental du Morbihan »": (
        pair("Maison du Département", "Conseil départemental du Morbihan", "Vannes", "56000", "2 rue de Saint-Tropez"),
        ONE),
    # A town hall named with its town alone in an iCalendar LOCATION, where the edition gives that town's town hall.
    "« Mairie de Douai » alone in a LOCATION / « Hôtel de ville » in Douai": (
        [listed(PLATFORM, "1", "Conférence : l'insertion par l'activité économique", "Chantier École",
                "2022-11-22T14:00:00+01:00", "Hôtel de ville", "Douai", "59500", "83 rue de la Mairie",
                "2022-11-22T16:00:00+01:00"),
         listed(ICS, "i1", "Conférence IAE", "", "2022-11-22T14:00:00+01:00", "", "", "", "Mairie de Douai")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "« Mairie de Douai » alone in a LOCATION / « Hôtel de ville » in Lille": (
        [listed(PLATFORM, "1", "Conférence : l'insertion par l'activité économique", "Chantier École",
                "2022-11-22T14:00:00+01:00", "Hôtel de ville", "Lille", "59000", "Place Augustin Laurent",
                "2022-11-22T16:00:00+01:00"),
         listed(ICS, "i1", "Conférence IAE", "", "2022-11-22T14:00:00+01:00", "", "", "", "Mairie de Douai")],
        []),
    # Apart: two bodies' seats, or a seat and one of the body's local offices, or two town halls of one city.
    "« Mairie » / « Hôtel du Département »": (pair("Mairie", "Hôtel du Département", "Quimper", "29000"), []),
    "« Hôtel de Région » / « Hôtel de ville »": (pair("Hôtel de Région", "Hôtel de ville", "Toulouse", "31000"), []),
    "« Hôtel de Région » / « Maison de la Région » (two places in Marseille)": (
        pair("Hôtel de Région", "Maison de la Région", "Marseille", "13002", "27 place Jules Guesde"), []),
    "« Hôtel du Département » / « Maison du Département »": (
        pair("Hôtel du Département", "Maison du Département", "Quimper", "29000"), []),
    "« Hôtel de ville » / « Mairie annexe de Bellevue »": (
        pair("Hôtel de ville", "Mairie annexe de Bellevue", "Nantes", "44000"), []),
    "« Conseil départemental » / « Région Bretagne »": (
        pair("Conseil départemental", "Région Bretagne", "Rennes", "35000"), []),
}


@pytest.mark.parametrize(("records", "groups"), list(CASES.values()), ids=list(CASES))
def test_a_seat_named_by_its_building_or_its_body(index, records, groups):
    published = {group for group in merged_keys(deduplicate(frame(*records), index)) if len(group) > 1}
    assert published == {frozenset(group) for group in groups}
