import json
from types import MappingProxyType

import pandas as pd
import pytest

from assets.lib.normalize import (
    CALLED_OFF_MOTIFS,
    EVENT_COLUMNS,
    RecordRejected,
    normalize_candidate,
    normalize_records,
    revived_records,
)
from assets.lib.records import payload_json
from assets.lib.sources.platform import map_platform_event
from assets.lib.sources.schemaorg import read_schemaorg_snapshot
from tests.lib.test_schemaorg import AGENDA, ITEM_LIST, dropped

GOOD = {
    "id": 1, "title": "Repair café", "description": "<p>Réparer&nbsp;! Écrire à marie@gmail.com</p>",
    "start": "2019-11-16T13:00:00Z", "end": "2019-11-16T17:30:00+01:00",
    "categories": ["Atelier", "Économie circulaire", "Tout public"], "format": "Présentiel",
    "organizer": {"name": "Les Bricoleurs", "type": "Association", "email": "x@y.fr", "phone": "0612345678"},
    "partners": ["Mairie", "CRESS"], "place": {"postal_code": "6900", "city": "Lyon", "lat": "45.77", "lng": 4.8},
    "url": "javascript:alert(1)", "updated_at": "2019-10-28T09:12:44Z",
}


def raw_frame(*payloads, edition=2019):
    return pd.DataFrame([
        {"edition": edition, "source": "plateforme", "source_kind": "plateforme", "source_record_id": str(p.get("id")),
         "position": i, "file": "page-0001.json", "payload": json.dumps(p)}
        for i, p in enumerate(payloads)
    ])


@pytest.mark.parametrize(
    ("start", "end", "published"),
    [
        # A source without all-day events writes one from midnight to 23:59 (or to 23:59:59, or to a later
        # midnight): its days, no made-up start time.
        ("2019-11-05T00:00:00+01:00", "2019-11-05T23:59:00+01:00", ("2019-11-05", "", "2019-11-05", "")),
        ("2019-11-04T23:00:00Z", "2019-11-07T22:59:59Z", ("2019-11-05", "", "2019-11-07", "")),
        ("2019-11-05T00:00:00+01:00", "2019-11-06T00:00:00+01:00", ("2019-11-05", "", "2019-11-05", "")),
        # A night from midnight, a midnight start without an end, an evening until 23:59: times kept.
        ("2019-11-05T00:00:00+01:00", "2019-11-05T02:00:00+01:00",
         ("2019-11-05", "2019-11-05T00:00:00+01:00", "2019-11-05", "2019-11-05T02:00:00+01:00")),
        ("2019-11-05T00:00:00+01:00", None, ("2019-11-05", "2019-11-05T00:00:00+01:00", "", "")),
        ("2019-11-05T20:00:00+01:00", "2019-11-05T23:59:00+01:00",
         ("2019-11-05", "2019-11-05T20:00:00+01:00", "2019-11-05", "2019-11-05T23:59:00+01:00")),
    ],
)
def test_an_event_from_midnight_to_midnight_is_published_by_its_days(start, end, published):
    assert published_dates(start, end) == published


def published_dates(start: str, end: str | None, postal_code: str | None = None) -> tuple:
    """The four date columns of a platform record of `start` and `end` (at a place of `postal_code`), the same by the
    record's own path and by the column-wise path of a whole snapshot (and the record-wise one beside it)."""
    columns = ["date_debut", "date_heure_debut", "date_fin", "date_heure_fin"]
    payload = {**GOOD, "start": start, "end": end}
    if postal_code:
        payload["place"] = {"postal_code": postal_code, "city": "X"}
    row, _ = normalize_candidate(map_platform_event(payload), 2019, "plateforme")
    result = normalize_records(raw_frame(payload, GOOD | {"id": 2}))
    assert tuple(result.events.set_index("source_identifiant").loc["1", columns]) == tuple(row[c] for c in columns)
    return tuple(row[c] for c in columns)


@pytest.mark.parametrize(
    ("start", "end", "published"),
    [
        # An offset of the event's place (Guyane, Guadeloupe, La Réunion) is its legal time, kept: the evening of
        # 1 November in Cayenne is no event of 2 November at midnight in Paris.
        ("2019-11-01T20:00:00-03:00", None, ("2019-11-01", "2019-11-01T20:00:00-03:00", "", "")),
        ("2019-11-08T19:00:00-04:00", "2019-11-08T21:30:00-04:00",
         ("2019-11-08", "2019-11-08T19:00:00-04:00", "2019-11-08", "2019-11-08T21:30:00-04:00")),
        ("2019-11-08T09:00:00+04:00", "2019-11-08", ("2019-11-08", "2019-11-08T09:00:00+04:00", "2019-11-08", "")),
        # Start and end in two offsets: one instant after the other, not one wall clock before the other.
        ("2019-11-20T19:00:00+01:00", "2019-11-20T16:00:00-04:00",
         ("2019-11-20", "2019-11-20T19:00:00+01:00", "2019-11-20", "2019-11-20T16:00:00-04:00")),
        # UTC, and Paris' summer offset in November (a season's mistake): Paris time, as before.
        ("2019-11-16T13:00:00Z", None, ("2019-11-16", "2019-11-16T14:00:00+01:00", "", "")),
        ("2019-11-16T15:00:00+02:00", None, ("2019-11-16", "2019-11-16T14:00:00+01:00", "", "")),
    ],
)
def test_a_time_in_its_places_own_offset_keeps_it(start, end, published):
    assert published_dates(start, end) == published


@pytest.mark.parametrize(
    ("postal_code", "start", "end", "published"),
    [
        # The platform's start in UTC and its end in the place's offset (Matoury): both on Guyane's clock, not a
        # start at 22:00 Paris time and an end at 20:30 in Guyane.
        ("97351", "2019-11-16T21:00:00Z", "2019-11-16T20:30:00-03:00",
         ("2019-11-16", "2019-11-16T18:00:00-03:00", "2019-11-16", "2019-11-16T20:30:00-03:00")),
        # An evening in Guadeloupe given in UTC is that evening, not the next day in Paris.
        ("97110", "2019-11-08T23:30:00Z", None, ("2019-11-08", "2019-11-08T19:30:00-04:00", "", "")),
        # A time without offset there (a spreadsheet's « 14h30 » at La Réunion) is the island's own.
        ("97400", "2019-11-14T14:30:00", "2019-11-14T17:00:00",
         ("2019-11-14", "2019-11-14T14:30:00+04:00", "2019-11-14", "2019-11-14T17:00:00+04:00")),
        # Paris time at a place of Martinique, converted; a day stays a day.
        ("97200", "2019-11-20T19:00:00+01:00", "2019-11-21",
         ("2019-11-20", "2019-11-20T14:00:00-04:00", "2019-11-21", "")),
        # Not overseas: Monaco's 98000, a place of Paris.
        ("98000", "2019-11-16T13:00:00Z", None, ("2019-11-16", "2019-11-16T14:00:00+01:00", "", "")),
        ("75011", "2019-11-16T13:00:00", None, ("2019-11-16", "2019-11-16T13:00:00+01:00", "", "")),
    ],
)
def test_a_time_at_a_place_overseas_is_on_the_places_clock(postal_code, start, end, published):
    assert published_dates(start, end, postal_code) == published


def test_an_end_before_its_start_in_another_offset_is_still_found():
    payload = {**GOOD, "start": "2019-11-20T19:00:00+01:00", "end": "2019-11-20T12:00:00-04:00"}  # 17:00 in Paris
    with pytest.raises(RecordRejected, match="fin antérieure au début"):
        normalize_candidate(map_platform_event(payload), 2019, "plateforme")
    assert normalize_records(raw_frame(payload, GOOD | {"id": 2})).events["source_identifiant"].tolist() == ["2"]


@pytest.mark.parametrize(
    ("organiser", "published"),
    [("contact@repartout.fr", ""), ("06 12 34 56 78", ""), ("Répar'Tout (contact@repartout.fr)", "Répar'Tout"),
     ("mailto:contact@repartout.fr", ""), ("Répar'Tout", "Répar'Tout")],
)
def test_an_organiser_that_is_only_a_contact_is_unknown_not_a_mask(organiser, published):
    # A calendar's ORGANIZER;CN written as its e-mail address, a form's organiser field holding a phone number: no
    # organiser was named. Published as a mask it read as an organiser called « [contact masqué] » (and kept a
    # merge from every copy that names the real one).
    payload = {**GOOD, "organizer": {"name": organiser}, "partners": ["CRESS", organiser],
               "place": {**GOOD["place"], "name": f"Salle des fêtes {organiser}"}}
    result = normalize_records(raw_frame(payload))
    row = result.events.iloc[0]
    assert row["organisateur"] == published
    assert row["co_organisateurs"] == "|".join(sorted({"CRESS", published} - {""}))
    assert row["lieu"] == f"Salle des fêtes {published}".strip()
    masked_in_description = normalize_records(raw_frame(GOOD)).contacts_masked
    assert result.contacts_masked == masked_in_description + (3 if organiser != published else 0)  # still counted


@pytest.mark.parametrize("organiser", ["Marie Dupont", "Mme Sophie Martin", "DUPONT Jean-Pierre"])
def test_an_organiser_naming_a_person_is_not_published(organiser):
    # The organiser published is an organisation (a legal person): a person's name typed in the organiser field, or
    # a calendar kept by a person, names none, and is personal data.
    payload = {**GOOD, "organizer": {"name": organiser}, "partners": ["CRESS", organiser, "Collectif Marie Curie"]}
    row = normalize_records(raw_frame(payload)).events.iloc[0]
    assert row["organisateur"] == ""
    assert row["co_organisateurs"] == "CRESS|Collectif Marie Curie"
    assert row["co_organise"]  # co-organisers were named


@pytest.mark.parametrize(("venue", "published"), [
    ("Chez Jean Dupont", ""), ("Chez Mme Martin, 12 rue des Lilas", "12 rue des Lilas"),
    ("Au domicile de Marie Dupont", ""), ("Chez Simone", "Chez Simone"), ("Chez l'habitant", "Chez l'habitant"),
    ("Salle des fêtes, chez Jean Dupont", "Salle des fêtes"),
])
def test_a_venue_that_is_a_persons_home_does_not_name_them(venue, published):
    # « Chez Jean Dupont » beside its street says who lives there: the name is not published (a café named after a
    # given name stays).
    payload = {**GOOD, "place": {**GOOD["place"], "name": venue, "address": venue}}
    row = normalize_records(raw_frame(payload)).events.iloc[0]
    assert (row["lieu"], row["adresse"]) == (published, published)  # a postal address's « chez » line likewise


def test_a_platform_record_becomes_a_clean_schema_row():
    result = normalize_records(raw_frame(GOOD))
    row = result.events.iloc[0]
    assert list(result.events.columns) == EVENT_COLUMNS
    assert row["date_debut"] == "2019-11-16"  # one type per column: the day here, the time beside it
    assert row["date_heure_debut"] == "2019-11-16T14:00:00+01:00"  # UTC converted to Paris time
    assert row["type_evenement"] == "formation_atelier"
    assert row["thematiques"] == "economie_circulaire"
    assert row["publics"] == "grand_public"
    assert row["organisateur_famille"] == "association"
    assert row["co_organisateurs"] == "CRESS|Mairie"
    assert row["description"] == "Réparer ! Écrire à [contact masqué]"
    assert row["code_postal"] == "06900"
    assert row["url"] == ""
    assert row["numero_edition"] == 12
    assert row["identifiant"].startswith("mess-2019-")
    assert result.contacts_masked == 1


@pytest.mark.parametrize(
    ("change", "field", "reason"),
    [
        ({"title": "  "}, "titre", "titre manquant"),
        ({"title": None}, "titre", "titre manquant"),
        ({"start": None}, "date_debut", "date de début manquante"),
        ({"start": "2019-02-30"}, "date_debut", "date impossible"),
        ({"start": "le 12 novembre"}, "date_debut", "date illisible"),
        # A day in figures that no calendar has, as a spreadsheet reader hands it on (« 31/11/2011 »), said as
        # « 2019-02-30 » is: it was « date illisible ».
        ({"start": "31/11/2019"}, "date_debut", "date impossible : '31/11/2019'"),
        ({"start": "2019-11-31T14:00"}, "date_debut", "date impossible"),
        ({"start": "30/11/2019 vers 25h"}, "date_debut", "date illisible"),
        ({"end": "2019-11-15T10:00:00+01:00"}, "date_fin", "antérieure au début"),
        ({"start": "2018-11-16", "end": None}, "date_debut", "hors de l'édition 2019"),
        ({"id": None}, "source_identifiant", "identifiant absent"),
        # Cancelled in its title, the status left as it was (the organiser's way on most agendas).
        ({"title": "ANNULÉ – Repair café"}, "titre", "événement annulé selon son titre"),
        ({"title": "[Annulé] Repair café"}, "titre", "événement annulé selon son titre"),
        ({"title": "Repair café (annulé)"}, "titre", "événement annulé selon son titre"),
        ({"title": "Événement annulé : Repair café"}, "titre", "événement annulé selon son titre"),
        ({"title": "Repair café - ANNULE"}, "titre", "événement annulé selon son titre"),
        ({"title": "Repair café annulé"}, "titre", "événement annulé selon son titre"),
        ({"title": "Atelier vélo ANNULÉ !"}, "titre", "événement annulé selon son titre"),
        # Placeholders at the calendar's edges: Python cannot always move them to Paris time or write their next day
        ({"end": "9999-12-31"}, "date_fin", "date hors du calendrier : 9999-12-31"),
        ({"end": "9999-12-31T23:59:59-05:00"}, "date_fin", "date hors du calendrier"),
        ({"end": "9999-12-31T20:00:00"}, "date_fin", "date hors du calendrier"),
        ({"start": "0001-01-01T00:30:00+01:00"}, "date_debut", "date hors du calendrier"),
        ({"start": "0001-01-01", "end": None}, "date_debut", "date hors du calendrier : 0001-01-01"),
    ],
)
def test_unpublishable_records_are_quarantined_with_field_and_reason(change, field, reason):
    result = normalize_records(raw_frame(GOOD | {"id": 2}, GOOD | change))
    assert len(result.events) == 1
    (rejected,) = result.quarantine.to_dict("records")
    assert rejected["champ"] == field
    assert reason in rejected["motif"]
    assert rejected["position"] == 1 and rejected["source"] == "plateforme"


def test_a_repeated_source_id_is_merged_into_the_latest_update():
    older = GOOD | {"title": "Ancien titre", "updated_at": "2019-10-01T00:00:00Z"}
    result = normalize_records(raw_frame(older, GOOD))
    assert result.events["titre"].tolist() == ["Repair café"]
    merged = result.merges[["source_identifiant", "position"]].to_dict("records")
    assert merged == [{"source_identifiant": "1", "position": 0}]


def test_non_object_and_unknown_kind_records_are_quarantined():
    raw = raw_frame(GOOD)
    raw.loc[0, "payload"] = "[1, 2]"
    extra = raw.assign(source_kind="fax", position=1)
    result = normalize_records(pd.concat([raw, extra]))
    assert sorted(result.quarantine["champ"]) == ["enregistrement", "source"]


def test_all_day_events_keep_their_date_only():
    row, _ = normalize_candidate({"source_identifiant": "a", "titre": "Forum", "date_debut": "2019-11-16",
                                  "date_fin": "2019-11-16"}, 2019, "x")
    assert (row["date_debut"], row["date_fin"]) == ("2019-11-16", "2019-11-16")


def test_coordinates_out_of_range_are_dropped_not_published():
    row, _ = normalize_candidate({"source_identifiant": "a", "titre": "T", "date_debut": "2019-11-16",
                                  "latitude": 123.0, "longitude": 2.0}, 2019, "x")
    assert row["latitude"] is None and row["longitude"] is None


@pytest.mark.parametrize(("end", "published"), [("2020-03-01", True), ("2020-12-31T18:00:00", True),
                                                ("2021-01-01", False), ("9998-11-30T18:00:00", False)])
def test_an_end_after_the_year_following_the_edition_is_a_typo(end, published):
    candidate = {"source_identifiant": "a", "titre": "Exposition", "date_debut": "2019-11-16", "date_fin": end}
    if published:
        assert normalize_candidate(candidate, 2019, "x")[0]["date_fin"] == end[:10]
    else:
        with pytest.raises(RecordRejected, match="fin après l'année suivant l'édition 2019") as error:
            normalize_candidate(candidate, 2019, "x")
        assert error.value.field_name == "date_fin"


def test_a_zero_coordinate_is_written_0_0_whatever_the_order_of_its_zeros():
    from assets.lib.normalize import _coordinates

    zeros = [-0.0, 0.0, "-0", -4e-7, "-0,0000004", 0]
    for order in (zeros, zeros[::-1]):
        assert [str(value) for value in _coordinates(order, 90)] == ["0.0"] * len(zeros)
    row, _ = normalize_candidate({"source_identifiant": "a", "titre": "T", "date_debut": "2019-11-16",
                                  "latitude": "-0.0000001", "longitude": 2}, 2019, "x")
    assert str(row["latitude"]) == "0.0"


def test_rejection_names_the_field():
    with pytest.raises(RecordRejected) as error:
        normalize_candidate({"source_identifiant": "a", "titre": "", "date_debut": "2019-11-16"}, 2019, "x")
    assert error.value.field_name == "titre"


@pytest.mark.parametrize("title", ["Annulation de la dette : quelle place pour la finance solidaire ?",
                                   "Reporté au 27 novembre : Repair café", "Les annulés de l'économie", "Repair café",
                                   "La dette annulée", "Repair café maintenu, non annulé"])
def test_a_title_that_only_speaks_of_cancelling_is_published(title):
    row, _ = normalize_candidate({"source_identifiant": "a", "titre": title, "date_debut": "2019-11-16"}, 2019, "x")
    assert row["titre"] == title


@pytest.mark.parametrize("title", ["ANNULÉ – Repair café", "[Annulé] Repair café", "Repair café (annulé)",
                                   "Événement annulé : Repair café", "Repair café - ANNULE", "Repair café annulé"])
def test_a_record_called_off_by_its_title_is_revived_without_the_mark(title):
    # Quarantined by `events`; revived for the merge, it is the event its title names, as the other sources list it.
    raw = raw_frame(GOOD | {"title": title})
    (motif,) = normalize_records(raw).quarantine["motif"]
    assert motif in CALLED_OFF_MOTIFS
    (row,) = revived_records(raw).to_dict("records")
    assert row["titre"] == "Repair café"
    assert row == normalize_records(raw_frame(GOOD)).events.to_dict("records")[0]


def test_a_record_cancelled_by_its_status_is_revived_without_it(tmp_path):
    # A schema.org EventCancelled: its row as if live, with no status.

    records, _ = read_schemaorg_snapshot(dropped(tmp_path, AGENDA, ITEM_LIST), source="cress-web", edition=2019)
    raw = pd.DataFrame([{"edition": r.edition, "source": r.source, "source_kind": "schemaorg",
                         "source_record_id": r.source_record_id, "position": r.position, "file": r.file,
                         "payload": payload_json(r.payload)} for r in records])
    quarantined = normalize_records(raw).quarantine
    assert set(quarantined["motif"]) <= set(CALLED_OFF_MOTIFS)
    called_off = raw[raw["source_record_id"].isin(quarantined["source_identifiant"])]
    revived = revived_records(called_off)
    assert len(revived) == len(called_off) > 0
    assert set(revived["statut"]) == {""}
    assert revived_records(called_off.iloc[:0]).columns.tolist() == EVENT_COLUMNS


def test_cancelled_events_are_quarantined_not_published():
    with pytest.raises(RecordRejected) as error:
        normalize_candidate({"source_identifiant": "a", "titre": "Forum", "date_debut": "2019-11-16",
                             "statut": "annule"}, 2019, "x")
    assert error.value.field_name == "statut"


@pytest.mark.parametrize(
    ("motif", "family"),
    [
        ("fin antérieure au début : 2019-11-15 < 2019-11-16", "fin antérieure au début"),
        ("début hors de l'édition 2019 : 2018-11-16", "début hors de l'édition"),
        ("fin après l'année suivant l'édition 2019 : 9998-11-30", "fin après l'année suivant l'édition"),
        ("date impossible : '2019-02-30'", "date impossible"),
        ("événement iCalendar illisible : ligne 12 : bad DTSTART", "événement iCalendar illisible"),
        ("ligne décalée : ligne 9, 13 cellules remplies pour 11 colonnes", "ligne décalée"),
        ("entrée qui n'est pas un objet JSON : str", "entrée qui n'est pas un objet JSON"),
        ("titre manquant", "titre manquant"),
    ],
)
def test_quarantine_reasons_group_by_their_stable_part(motif, family):
    from assets.lib.counts import reason_family

    assert reason_family(motif) == family


def test_a_date_only_update_day_is_kept():
    result = normalize_records(raw_frame(GOOD | {"updated_at": "2019-11-01"}))
    assert result.events["date_mise_a_jour"].tolist() == ["2019-11-01"]


def test_the_latest_update_of_a_day_wins_among_repeated_ids():
    morning = GOOD | {"title": "Ancien titre", "updated_at": "2019-11-05T09:00:00Z"}
    evening = GOOD | {"title": "Nouveau titre", "updated_at": "2019-11-05T18:00:00Z"}
    result = normalize_records(raw_frame(morning, evening))
    assert result.events["titre"].tolist() == ["Nouveau titre"]


@pytest.mark.parametrize(
    "change", [{"end": "9999-12-31T23:59:59Z"}, {"categories": 12}, {"place": {"lat": [1], "lng": {"x": 1}}}]
)
def test_an_odd_record_is_quarantined_and_the_others_published(change):
    result = normalize_records(raw_frame(GOOD | {"id": 2}, GOOD | change))
    assert len(result.events) + len(result.quarantine) == 2
    assert len(result.events) >= 1


def test_links_carrying_an_email_and_formula_ids_are_not_published_as_is():
    row, _ = normalize_candidate({"source_identifiant": '=HYPERLINK("x")', "titre": "Forum", "date_debut": "2019-11-16",
                                  "url": "https://asso.fr/form?contact=marie.dupont@gmail.com"}, 2019, "x")
    assert row["url"] == ""
    assert row["source_identifiant"] == '\'=HYPERLINK("x")'


def test_a_platform_id_from_a_spreadsheet_round_trip_keeps_its_identity():
    first = normalize_records(raw_frame(GOOD | {"id": 48213})).events["identifiant"].iloc[0]
    again = normalize_records(raw_frame(GOOD | {"id": 48213.0})).events["identifiant"].iloc[0]
    assert first == again


def test_a_record_breaking_the_schema_is_quarantined_with_field_and_reason_and_the_rest_published():
    long_title = "Forum régional de l'économie sociale et solidaire " * 9  # 450 characters, maximum 300
    payloads = [GOOD | {"id": 1}, GOOD | {"id": 2, "title": long_title},
                GOOD | {"id": 3, "source": "x"}, GOOD | {"id": "a" * 250}]
    result = normalize_records(raw_frame(*payloads))
    assert sorted(result.events["source_identifiant"]) == ["1", "3"]
    rejected = {r["source_identifiant"]: (r["champ"], r["motif"]) for r in result.quarantine.to_dict("records")}
    assert rejected["2"] == ("titre", f"texte trop long : {len(long_title.strip())} caractères pour 300 au plus")
    assert rejected["a" * 250] == ("source_identifiant", "texte trop long : 250 caractères pour 200 au plus")
    # read = published + merged + quarantined
    assert len(result.events) + len(result.merges) + len(result.quarantine) == len(payloads)


def test_long_free_texts_are_cut_on_a_word_boundary_and_marked_not_rejected():
    place = {"name": "Salle " * 100, "address": "rue de la Paix " * 60, "city": "Rennes"}
    payload = GOOD | {"description": "Un atelier de réparation. " * 2000, "place": place,
                      "organizer": {"name": "Association " * 50}, "partners": ["Coopérative " * 40, "CRESS"]}
    row = normalize_records(raw_frame(payload)).events.iloc[0]
    for field, limit in [("description", 10000), ("lieu", 300), ("adresse", 500), ("organisateur", 300)]:
        assert len(row[field]) <= limit and row[field].endswith("… [texte tronqué]"), field
    assert all(len(name) <= 300 for name in row["co_organisateurs"].split("|"))


def test_hostile_texts_are_published_clean():
    payload = GOOD | {"title": "\ufeffForum \u202eSSE\u202c\x00",
                      "place": {"name": "Salle\u2066 A\u2069", "city": "Lyon"},
                      "description": "[Inscription](javascript:alert(1)) : marie (at) asso.fr",
                      "url": "https://ok.example/\u202e", "id": "id\u200f-1"}
    row = normalize_records(raw_frame(payload)).events.iloc[0]
    assert (row["titre"], row["lieu"], row["url"], row["source_identifiant"]) == ("Forum SSE", "Salle A", "", "id-1")
    assert row["description"] == "Inscription : [contact masqué]"


def test_values_equal_in_python_but_read_differently_are_not_confused():
    # Normalisation computes each distinct source value once: 1, 1.0, "1" and True are equal keys to Python,
    # but True is no coordinate, and a list where a date belongs is still an unreadable date, not a crash.
    base = {"source_identifiant": "a", "titre": "T", "date_debut": "2019-11-16", "longitude": 2}
    latitudes = [normalize_candidate({**base, "latitude": value}, 2019, "x")[0]["latitude"]
                 for value in (1, True, 1.0, "1", "1,0", True)]
    assert latitudes == [1.0, None, 1.0, 1.0, 1.0, None]
    for _ in range(2):
        with pytest.raises(RecordRejected) as rejected:
            normalize_candidate({**base, "date_debut": ["2019-11-16"]}, 2019, "x")
        assert rejected.value.field_name == "date_debut"
    labels = [normalize_candidate({**base, "categories": categories}, 2019, "x")[0]["type_evenement"]
              for categories in (["Atelier"], ("Atelier",), ["Atelier", 1], "Atelier", ["Atelier"])]
    assert labels == ["formation_atelier", "formation_atelier", "formation_atelier", "", "formation_atelier"]


@pytest.mark.parametrize(
    ("name", "address", "published"),
    [
        ("Lieu à confirmer", "", ("", "")),
        ("Salle des fêtes", "Adresse communiquée à l'inscription", ("Salle des fêtes", "")),
        ("À DÉFINIR", "NC", ("", "")),
        ("Lieu exact communiqué aux inscrits", "12 rue de la Paix", ("", "12 rue de la Paix")),
        ("Le Lieu Unique", "Quai Ferdinand Favre", ("Le Lieu Unique", "Quai Ferdinand Favre")),
        ("À la Grange", "", ("À la Grange", "")),
    ],
)
def test_a_place_not_told_yet_is_published_empty(name, address, published):
    payload = {**GOOD, "place": {**GOOD["place"], "name": name, "address": address}}
    row, _ = normalize_candidate(map_platform_event(payload), 2019, "plateforme")
    assert (row["lieu"], row["adresse"]) == published
    # The same by the column-wise path of a whole snapshot.
    result = normalize_records(raw_frame(payload, GOOD | {"id": 2}))
    assert tuple(result.events.set_index("source_identifiant").loc["1", ["lieu", "adresse"]]) == published


def test_records_are_read_as_to_dict_gives_them():
    from assets.lib.normalize import _records

    frame = raw_frame(GOOD, {**GOOD, "id": 2})
    frame["file"] = pd.array(["a.json", None], dtype="string")
    frame["count"] = pd.array([1, None], dtype="Int64")
    for columns in (["edition", "source", "file", "payload"], list(frame.columns)):
        got, expected = list(_records(frame[columns])), frame[columns].to_dict("records")
        assert repr(got) == repr(expected)
        assert [[type(v) for v in row.values()] for row in got] == [[type(v) for v in row.values()] for row in expected]


def _hostile_candidates() -> list[dict]:
    """Candidates varying one field at a time over values that are equal to Python but read differently,
    unhashable where a scalar belongs, or rejected for each reason; then random mixes of them."""
    import random

    base = {"source_identifiant": "a", "titre": "Forum", "date_debut": "2019-11-16", "latitude": 45.7,
            "longitude": 4.8, "categories": ["Atelier"], "co_organisateurs": ["Mairie"]}
    variants = {
        "source_identifiant": [None, "", "  ", "=cmd", 5, 5.0, True, "\u202eid", "b", ["x"]],
        "titre": ["'", "", None, "<p>Répar&amp;er</p>", {"a": 1}, "Appeler le 06 12 34 56 78", 1, 1.0,
                  "ANNULÉ - Forum", "Forum (annulé)"],
        "description": [None, "<p>Un</p><p>deux</p>", "ligne\r\nsuite\u2028fin", "marie (at) asso.fr", ["x"]],
        "date_debut": ["2019-11-16", "2019-02-30", "le 12", None, ["2019-11-16"], 20191116,
                       "2018-11-16", "2019-11-16T10:00:00Z", "2019-11-16T10:00:00"],
        "date_fin": [None, "2019-11-15", "2019-11-16T09:00:00+01:00", "demain", "2019-11-17", ""],
        "date_mise_a_jour": [None, "2019-10-01T08:00:00Z", "hier", "2019-10-01", 7],
        "statut": ["annule", "reporte", "deplace_en_ligne", "complet", "inconnu", None, ["x"], ""],
        "type_evenement": [None, 1, 1.0, True, "1", "Atelier", "Conférence", ["Atelier"], "  "],
        "categories": [["Atelier"], ("Atelier",), ["Atelier", 1], "Atelier", None, [], "", ["Conférence", "Jeunes"]],
        "thematiques": [None, ["Économie circulaire"], "Économie circulaire", [1], []],
        "publics": [None, ["Tout public"], ("Jeunes",), [None]],
        "co_organisateurs": [None, [], ["A", "B|C", "marie@gmail.com"], "Mairie", [1, "x"], ["'", ""],
                             ["Marie Dupont"], ["Répar'Tout (06 12 34 56 78)", "Mme Martin"]],
        "latitude": [0, 0.0, "45,7", True, float("nan"), None, [1], "x", 91, 1, 1.0],
        "longitude": [0, "4.8", False, None, 181, -0.5],
        "modalite": ["En ligne", 3, ["x"], None, "présentiel"],
        "organisateur_famille": ["Association", None, 2, ["x"]],
        "code_postal": [6900, "6900", 6900.0, None, "75 001", ["x"]],
        "url": ["https://x.fr", "javascript:alert(1)", ["x"], None, "https://x.fr/?m=a@b.fr"],
        "nombre_seances": ["3", 3, True, -1, None, [1], 2.5],
        "code_insee": [None, " 69123 ", 69123, ["x"]],
        "code_pays": [None, "fr", 0],
        "lieu": ["Salle <b>A</b>", None, 0, "Chez Jean Dupont, 12 rue des Lilas", "Chez Simone"],
        "adresse": ["1 rue X\t", None], "commune": ["Lyon", "=SUM(1)"],
        "organisateur": ["Les Bricoleurs", None, "x" * 600, "Marie Dupont", "contact@bricoleurs.fr",
                         "Les Bricoleurs – tél. 06 12 34 56 78"],
    }
    candidates = [base] + [{**base, name: value} for name, values in variants.items() for value in values]
    rng = random.Random(13)
    for _ in range(400):
        candidates.append({**base, **{name: rng.choice(values) for name, values in variants.items()
                                      if rng.random() < 0.3}})
    return candidates


@pytest.mark.parametrize("kind", [dict, MappingProxyType])  # dicts read column by column in C, other mappings not
def test_candidates_normalised_together_match_one_by_one(kind):
    # The column-wise path (each distinct value computed once per column) must give exactly what
    # normalize_candidate gives record by record: rows, rejections (same exception), masked contacts.
    from assets.lib.normalize import normalize_candidates

    candidates = [kind(candidate) for candidate in _hostile_candidates()]
    editions = [2019] * len(candidates)
    sources = ["x" if i % 3 else "y" for i in range(len(candidates))]
    expected_rows, expected_errors, expected_masked = {}, [], []
    for index, candidate in enumerate(candidates):
        try:
            row, masked = normalize_candidate(candidate, 2019, sources[index])
        except Exception as error:  # noqa: BLE001
            expected_errors.append((index, type(error), str(error)))
            continue
        expected_rows[index] = row
        expected_masked.append(masked)
    order, columns, rejected, masked = normalize_candidates(candidates, editions, sources)
    assert order == list(expected_rows)
    assert [(index, type(error), str(error)) for index, error in rejected] == expected_errors
    assert masked == expected_masked and sum(masked) > 0  # contacts masked in each accepted row
    for name, values in columns.items():
        wanted = [expected_rows[index][name] for index in order]
        assert [(type(v), repr(v)) for v in values] == [(type(v), repr(v)) for v in wanted], name
    assert len(expected_errors) > 20 and len(order) > 100  # both outcomes are exercised


def test_normalize_records_keeps_the_record_order_of_the_quarantine():
    payloads = [GOOD | {"id": 1, "title": ""}, GOOD | {"id": 2}, GOOD | {"id": 3, "start": "x"},
                GOOD | {"id": 4, "start": None}]
    raw = raw_frame(*payloads)
    raw.loc[1, "payload"] = "{not json"
    result = normalize_records(raw)
    assert list(result.quarantine["source_identifiant"]) == ["1", "2", "3", "4"]
    assert list(result.quarantine["champ"]) == ["titre", "enregistrement", "date_debut", "date_debut"]


def test_a_feed_end_centuries_after_its_start_is_quarantined_on_its_field():
    result = normalize_records(raw_frame(GOOD | {"id": 2}, GOOD | {"end": "9998-11-16T18:00:00Z"}))
    assert len(result.events) == 1
    assert result.quarantine["champ"].tolist() == ["date_fin"]
    assert result.quarantine["motif"].str.startswith("fin après l'année suivant l'édition").all()


def test_normalising_leaves_no_reference_cycle_to_collect():
    # What normalize_records builds is freed by reference counting when it returns (the events stage runs with
    # the cyclic collector's young generation raised: NORMALIZE_THRESHOLDS). A rejected record's error kept its
    # traceback, whose frames held the rejected list and every record: a cycle only the collector freed.
    import gc

    payloads = [GOOD | {"id": 1}, GOOD | {"id": 2, "start": "2019-02-30"}, GOOD | {"id": 3, "title": " "},
                GOOD | {"id": 4, "end": "9999-12-31"}, GOOD | {"id": 5, "start": "le 12 novembre"}]
    raw = raw_frame(*payloads)
    raw.loc[len(raw)] = [2019, "plateforme", "plateforme", "6", 5, "page-0001.json", "{not json"]
    raw.loc[len(raw)] = [2019, "plateforme", "plateforme", "7", 6, "page-0001.json", "[1, 2]"]
    normalize_records(raw)  # caches and lazy imports made once, outside the count
    gc.collect()
    gc.disable()
    try:
        result = normalize_records(raw)
        unreachable = gc.collect()
    finally:
        gc.enable()
    assert len(result.events) == 1 and len(result.quarantine) == 6
    assert unreachable == 0


def _same_result(one, other) -> None:
    for name in ("events", "quarantine", "merges"):
        pd.testing.assert_frame_equal(getattr(one, name), getattr(other, name), check_exact=True)
    assert one.contacts_masked == other.contacts_masked


def test_records_whose_outcome_is_kept_give_what_normalising_them_again_gives():
    """The events stage hands normalize_records the outcomes kept for the records an edition had when it was last
    built: with every kind of outcome kept (row, rejection, row the schema refuses, a source id repeated), for all
    the records or some of them, the result is a normalisation from scratch; a kept outcome is taken as it is."""
    payloads = [GOOD | {"id": 1}, GOOD | {"id": 2, "title": " "}, GOOD | {"id": 3, "title": "Forum " * 80},
                GOOD | {"id": 4, "updated_at": "2019-10-01T00:00:00Z"}, GOOD | {"id": 4, "title": "Atelier vélo"},
                GOOD | {"id": 5, "description": "Appeler le 06 12 34 56 78"}]
    raw = raw_frame(*payloads)
    raw.loc[len(raw)] = [2019, "plateforme", "plateforme", "6", 6, "page-0001.json", "{not json"]
    fresh = normalize_records(raw)
    assert len(fresh.events) == 3 and len(fresh.quarantine) == 3 and len(fresh.merges) == 1
    kinds = sorted(outcome[0] for outcome in fresh.outcomes.values())
    assert kinds == ["event", "event", "event", "event", "rejected", "rejected", "unpublishable"]
    _same_result(normalize_records(raw, kept=fresh.outcomes), fresh)
    for left_out in range(len(raw)):  # one record new to the memo (or changed since): normalised, the rest kept
        kept = {key: outcome for number, (key, outcome) in enumerate(fresh.outcomes.items()) if number != left_out}
        again = normalize_records(raw, kept=kept)
        _same_result(again, fresh)
        assert again.outcomes == fresh.outcomes
    # Kept means not normalised again: a doctored outcome shows (never the case with the same code and options).
    doctored = {key: ("rejected", "titre", "motif gardé") if outcome[0] == "event" else outcome
                for key, outcome in fresh.outcomes.items()}
    assert normalize_records(raw, kept=doctored).events.empty
    # A record whose payload changed has another key: normalised again.
    changed = raw.copy()
    changed.loc[0, "payload"] = json.dumps(GOOD | {"id": 1, "title": "Repair café du quartier"})
    assert "Repair café du quartier" in normalize_records(changed, kept=fresh.outcomes).events["titre"].tolist()


@pytest.mark.parametrize(("given_format", "place", "modality"), [
    (None, {"address": "En ligne"}, "en_ligne"),
    (None, {"name": "Webinaire", "address": "Lien envoyé après l'inscription", "city": "Rennes"}, "en_ligne"),
    (None, {"address": "https://us02web.zoom.us/j/812?pwd=abc"}, "en_ligne"),
    # A meeting service named, a meeting by telephone, the link to come, a join link without its scheme: online,
    # with the organiser's town beside (a spreadsheet asks every event for one).
    (None, {"address": "Webex", "city": "Lyon"}, "en_ligne"),
    (None, {"address": "Télé-réunion", "city": "Lyon"}, "en_ligne"),
    (None, {"name": "Classe virtuelle", "city": "Lyon"}, "en_ligne"),
    (None, {"address": "Le lien vous sera envoyé par mail", "city": "Lyon"}, "en_ligne"),
    (None, {"address": "meet.google.com/abc-defg-hij"}, "en_ligne"),
    (None, {"name": "Maison du lien social", "city": "Lyon"}, ""),  # a venue
    (None, {"name": "Maison de l'ESS", "address": "12 rue de Brest + visio", "city": "Rennes"}, "hybride"),
    (None, {"name": "Format hybride", "city": "Lyon"}, "hybride"),
    (None, {"name": "Espace Internet", "city": "Lyon"}, ""),  # a venue's name, not a modality
    (None, {"name": "Salle des fêtes", "city": "Lyon"}, ""),  # unknown, never « presentiel » by default
    ("Présentiel", {"address": "Visio"}, "presentiel"),  # what the source said wins
])
def test_the_place_says_the_modality_when_the_source_gives_none(given_format, place, modality):
    payload = {**GOOD, "format": given_format, "place": place}
    rows = normalize_records(raw_frame(payload, {**payload, "id": 2, "start": "bad"})).events  # column path
    row, _ = normalize_candidate({"source_identifiant": "a", "titre": "T", "date_debut": "2019-11-16",
                                  "modalite": given_format, "lieu": place.get("name"),
                                  "adresse": place.get("address"), "commune": place.get("city")}, 2019, "x")
    assert rows["modalite"].tolist() == [modality]
    assert row["modalite"] == modality  # record by record, the same


@pytest.mark.parametrize(("title", "published"), [
    ({"fr": "Forum de l'ESS", "en": "SSE forum"}, "Forum de l'ESS"), ({"en": "SSE forum"}, "SSE forum"),
])
def test_a_platform_text_given_per_language_is_published_in_french(title, published):
    """A title given per language (« {"fr": …} ») is its French text, not the mapping written out."""
    row, _ = normalize_candidate(map_platform_event({**GOOD, "title": title, "description": title}), 2019,
                                 "plateforme")
    assert (row["titre"], row["description"]) == (published, published)
    result = normalize_records(raw_frame({**GOOD, "title": title}, GOOD | {"id": 2}))
    assert result.events.set_index("source_identifiant").loc["1", "titre"] == published


@pytest.mark.parametrize(
    ("title", "published"),
    [
        # Postponed in the title, the listing left at its old date (16 November): the day the title gives, hours and end
        # unknown, the status « reprogramme ».
        ("REPORTÉ au 24/11 – Repair café", ("2019-11-24", "", "", "", "reprogramme")),
        ("Reporté au jeudi 28 novembre : Repair café", ("2019-11-28", "", "", "", "reprogramme")),
        ("Repair café (reporté au 23.11.2019)", ("2019-11-23", "", "", "", "reprogramme")),
        # Already at the day it names, a day that does not exist, a subject: as listed.
        ("REPORTÉ AU 16/11 – Repair café", ("2019-11-16", "2019-11-16T14:00:00+01:00", "2019-11-16",
                                            "2019-11-16T17:30:00+01:00", "")),
        ("Reporté au 31/11 – Repair café", ("2019-11-16", "2019-11-16T14:00:00+01:00", "2019-11-16",
                                            "2019-11-16T17:30:00+01:00", "")),
        ("Le report des charges sociales", ("2019-11-16", "2019-11-16T14:00:00+01:00", "2019-11-16",
                                            "2019-11-16T17:30:00+01:00", "")),
    ],
)
def test_a_title_saying_the_event_is_postponed_to_a_day_publishes_it_that_day(title, published):
    columns = ["date_debut", "date_heure_debut", "date_fin", "date_heure_fin", "statut"]
    payload = {**GOOD, "title": title}
    row, _ = normalize_candidate({**map_platform_event(payload), "source_identifiant": "1"}, 2019, "plateforme")
    assert tuple(row[c] for c in columns) == published
    # The column-wise path of a snapshot gives the same row, beside a record it reads column-wise.
    events = normalize_records(raw_frame(payload, GOOD | {"id": 2})).events
    assert tuple(events.loc[events["source_identifiant"] == "1", columns].iloc[0]) == published
