"""A note that a listing is not settled yet, « (tbc) », « – à confirmer », « (date à confirmer) », « (titre
provisoire) », « sous réserve », is said of the listing, not of the event: it is no word of the title. A registration
sheet or an association's calendar writes it while the platform, filled in later, gives the settled title; where the
title is the organiser's name or one word, the note was all that was left to compare."""

import pytest

from tests.lib.test_dedup import merged_as_one, record_2022


def _listing(source: str, identifier: str, titre: str, start: str, end: str, organisateur: str, lieu: str,
             adresse: str = "", code_postal: str = "", commune: str = "") -> dict:
    return record_2022(source, identifier, titre=titre, date_debut=start, date_fin=end, organisateur=organisateur,
                       modalite="presentiel", lieu=lieu, adresse=adresse, code_postal=code_postal, commune=commune,
                       latitude=None, longitude=None, code_insee_source="")


ONE_EVENT = [
    pytest.param(
        _listing("plateforme", "20", "Fresque du Numérique", "2022-11-17T18:00:00+01:00", "2022-11-17T21:00:00+01:00",
                 "La Fresque du Numérique Rennes", "Le Tiers-lieu Le Pôle", "2 rue du Bois Perrin", "35700", "Rennes"),
        _listing("cress-bretagne-tableur", "BZH-10", "Fresque du numérique (tbc)", "2022-11-17", "",
                 "Fresque du Numérique", "Le Pôle", "", "35700", "Rennes"),
        id="Bretagne, a sheet's date-only row « (tbc) », the title the organiser's name"),
    pytest.param(
        _listing("plateforme", "31", "Gratiferia", "2022-11-26T14:00:00+01:00", "2022-11-26T18:00:00+01:00",
                 "Zéro Déchet Lyon", "Maison des associations", "28 rue Denfert-Rochereau", "69004", "Lyon"),
        _listing("reseau-lyon-ical", "grat@reseau", "Gratiferia (date à confirmer)", "2022-11-26", "2022-11-26", "",
                 "Maison des associations, Lyon"),
        id="Auvergne-Rhône-Alpes, a calendar's all-day event « (date à confirmer) »"),
    pytest.param(
        _listing("cress-hauts-de-france-openagenda", "61", "Repair Café Wazemmes", "2022-11-12T14:00:00+01:00",
                 "2022-11-12T17:00:00+01:00", "Repair Café Wazemmes", "Maison de quartier de Wazemmes",
                 "36 rue d'Eylau", "59000", "Lille"),
        _listing("cress-hauts-de-france-tableur", "HF-61", "Repair Café Wazemmes (TBC)", "2022-11-12", "",
                 "Repair Café Wazemmes", "MQ Wazemmes", "", "59000", "Lille"),
        id="Hauts-de-France, a sheet's « (TBC) » in capitals"),
]


@pytest.mark.parametrize(("first", "second"), ONE_EVENT)
def test_a_note_that_the_listing_is_unsettled_is_no_word_of_the_title(first, second, index):
    assert merged_as_one(first, second, index)
