"""A record's payload text: canonical JSON, the text json.dumps(sort_keys=True, ensure_ascii=False) gives."""

import json

import pytest

from assets.lib.records import payload_json

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
