"""A record's payload text: canonical JSON, the text json.dumps(sort_keys=True, ensure_ascii=False) gives."""

import json

import pytest

from assets.lib.records import RawRecord, payload_from_json, payload_json, utf8_text

SHARED = {"nom": "Salle des fêtes", "coordonnees": [45.75, 4.85]}


@pytest.mark.parametrize("payload", [
    {},
    {"b": 1, "a": [1, 2.5, -0.0, 1e16, 1e-7, 12345678901234567890123], "c": None, "d": True, "e": False},
    {"titre": "Café « solidaire » — 20 %", "texte": "ligne\nligne\t\"cité\"\\ \u2028 \x00 \x1f \x7f 🌍"},
    {"lieu": SHARED, "autre_lieu": SHARED, "lieux": [SHARED, {"z": {"y": {"x": []}}}]},
    {"10": "clé numérique", "2": "ordre des clés textuel", "": "clé vide"},
])
def test_a_payload_is_written_as_json_dumps_writes_it(payload):
    assert payload_json(payload) == json.dumps(payload, sort_keys=True, ensure_ascii=False)
    assert json.loads(payload_json(payload)) == payload


def test_a_lone_surrogate_a_json_feed_escaped_is_kept_escaped_and_read_as_a_failed_decode():
    # « \\ud800 » is valid JSON and json reads it as a lone surrogate, which UTF-8 (DuckDB, Arrow, CSV) cannot hold.
    payload = json.loads('{"titre": "Atelier \\ud800 vélo", "\\udc00": ["\\ud83d\\ude00", "\\ud83d"]}')
    text = utf8_text(payload_json(payload))
    text.encode("utf-8")  # no UnicodeEncodeError
    assert json.loads(text) == payload  # the text still holds what the source gave
    assert payload_from_json(text) == {"titre": "Atelier \ufffd vélo", "\ufffd": ["😀", "\ufffd"]}
    assert payload_from_json(payload_json({"titre": "Atelier vélo"})) == {"titre": "Atelier vélo"}
    record = RawRecord("plateforme", 2019, json.loads('"id-\\ud800"'), 0, "page-0001.json", payload)
    assert record.source_record_id == "id-\\ud800"
