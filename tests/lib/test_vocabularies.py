import json

import pytest

from assets.lib.schema import load_schema
from assets.lib.vocabularies import load_vocabularies


@pytest.mark.parametrize(
    ("vocabulary", "label", "code"),
    [
        ("type_evenement", "Conférence-débat", "conference_debat"),
        ("type_evenement", "Atelier participatif zéro déchet", "formation_atelier"),
        ("type_evenement", "Ciné-débat", "projection"),
        ("thematiques", "ÉCONOMIE CIRCULAIRE", "economie_circulaire"),
        ("thematiques", "Égalité hommes-femmes", "egalite_femmes_hommes"),
        ("publics", "Tout public", "grand_public"),
        ("organisateur_famille", "SCIC", "cooperative"),
        ("organisateur_famille", "Entreprise ESUS", "entreprise_ess"),
        ("modalite", "Visioconférence", "en_ligne"),
        ("type_evenement", "Pique-nique géant", None),
    ],
)
def test_source_labels_map_onto_codes(vocabulary, label, code):
    assert load_vocabularies()[vocabulary].code_of(label) == code


def test_codes_are_returned_once_in_vocabulary_order():
    themes = load_vocabularies()["thematiques"]
    codes = themes.codes_of(["Inclusion", "Économie circulaire", "inclusion", "Inconnu"])
    assert codes == ["economie_circulaire", "inclusion"]


def test_schema_enums_follow_the_vocabularies():
    vocabularies = load_vocabularies()
    fields = {f["name"]: f for f in load_schema("evenements")["fields"]}
    for name in ("type_evenement", "modalite", "organisateur_famille"):
        assert fields[name]["constraints"]["enum"] == list(vocabularies[name].labels)
    for name in ("thematiques", "publics"):
        pattern = fields[name]["constraints"]["pattern"]
        assert all(code in pattern for code in vocabularies[name].labels), json.dumps(pattern)
