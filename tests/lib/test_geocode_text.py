"""Place text taken apart: name keys, arrondissements, postal codes, addresses, and non-places."""

import pytest

from assets.lib.geocode_points import parse_dms
from assets.lib.geocode_text import (
    abbreviates,
    abbreviation_heads,
    clean_postal_code,
    compact,
    dash_tails,
    expand_abbreviation,
    expand_first_word,
    is_foreign,
    is_foreign_country_code,
    is_multiple,
    is_online,
    is_placeholder,
    name_key,
    name_tails,
    names_foreign_country,
    parse_address,
    parse_arrondissement,
    parse_place_name,
    split_postal_cell,
    without_article,
)


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Saint-Étienne", "saint etienne"),
        ("ST ETIENNE", "saint etienne"),
        ("Ste-Foy-lès-Lyon", "sainte foy les lyon"),
        ("Havre (Le)", "le havre"),
        ("ROCHELLE (LA)", "la rochelle"),
        ("Abergement-Clémenciat (L')", "l abergement clemenciat"),
        ("Œuilly", "oeuilly"),
        ("L'Haÿ-les-Roses", "l hay les roses"),
        ("Neuilly s/ Seine", "neuilly sur seine"),
        ("Fontenay-s/s-Bois", "fontenay sous bois"),  # « s/s »: « sous », not « sur sur »
        ("Clichy S/S Bois", "clichy sous bois"),
        ("N.-D.-de-Monts", "notre dame de monts"),  # « N.-D. », « N-D », « ND »: Notre-Dame
        ("ND de Bondeville", "notre dame de bondeville"),
        ("Saint-Jean-d'Angély", "saint jean d angely"),
        ("Villeneuve d’Ascq", "villeneuve d ascq"),
        ("", ""),
    ],
)
def test_name_key_folds_the_usual_variants(written, key):
    assert name_key(written) == key


def test_compact_and_article_free_keys_meet_across_spellings():
    assert compact(name_key("Villeneuve dAscq")) == compact(name_key("Villeneuve-d'Ascq"))
    assert without_article(name_key("Le Havre")) == "havre"
    assert without_article("les") == "les"  # a lone article stays


@pytest.mark.parametrize(
    ("written", "city", "number"),
    [
        ("Paris 11e", "paris", 11),
        ("PARIS XIe", "paris", 11),
        ("Paris 11ème arrondissement", "paris", 11),
        ("Paris 1er", "paris", 1),
        ("Paris XVIIIe", "paris", 18),
        ("Marseille 13008", "marseille", 8),
        ("Marseille 8e Arrondissement", "marseille", 8),
        ("Lyon 04", "lyon", 4),
        ("11e arrondissement de Paris", "paris", 11),
        ("Paris 25e", "paris", 0),
        ("Paris", "", 0),
        ("Lyons-la-Forêt", "", 0),
    ],
)
def test_arrondissement_forms(written, city, number):
    place = parse_place_name(written)
    assert (place.plm_city, place.arrondissement) == (city, number)
    if city:
        assert parse_arrondissement(name_key(written))[0] == city


@pytest.mark.parametrize(
    ("written", "key", "postal", "departement", "cedex"),
    [
        ("Rennes Cedex 9", "rennes", "", "", True),
        ("35000 Rennes", "rennes", "35000", "", False),
        ("RENNES - 35000", "rennes", "35000", "", False),
        ("Saint-Denis (974)", "saint denis", "", "974", False),
        ("Ajaccio (2A)", "ajaccio", "", "2A", False),
        # A département's code after the name without brackets, as spreadsheets write it
        ("Nice 06", "nice", "", "06", False),
        ("Saint-Denis 93 - Seine-Saint-Denis", "saint denis seine saint denis", "", "93", False),
        ("Bayonne - 64", "bayonne", "", "64", False),
        ("Saint-Denis, 974", "saint denis", "", "974", False),
        ("Porto-Vecchio 2a", "porto vecchio", "", "2A", False),
        ("Nice 06000", "nice", "06000", "", False),
        ("Bastia 20", "bastia", "", "20", False),  # Corsica's code before 1976 (the coder reads it as 2A or 2B)
        ("Nice 96", "nice 96", "", "", False),
    ],
)
def test_place_name_separates_postal_code_departement_and_cedex(written, key, postal, departement, cedex):
    place = parse_place_name(written)
    assert (place.key, place.postal_code, place.departement, place.cedex) == (key, postal, departement, cedex)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("35000", ("35000", False)),
        ("1000", ("01000", True)),
        ("35 000", ("35000", False)),
        ("35000.0", ("35000", False)),
        ("F-35000", ("35000", False)),
        ("35065 CEDEX", ("35065", False)),
        ("ABCDE", ("", False)),
        ("", ("", False)),
        (None, ("", False)),
        ("nan", ("", False)),
    ],
)
def test_clean_postal_code(value, expected):
    assert clean_postal_code(value) == expected


@pytest.mark.parametrize(
    ("address", "postal", "town"),
    [
        ("12 rue X, 35000 Rennes", "35000", "Rennes"),
        ("Mairie - 35000 RENNES CEDEX", "35000", "RENNES"),
        ("CS 70001, 35065 Rennes Cedex", "35065", "Rennes"),
        ("3 rue Nationale\n59000 Lille", "59000", "Lille"),
        ("12 rue de la Paix 75002 Paris France", "75002", "Paris"),
        ("Rennes, 35000", "35000", "Rennes"),
        ("Place de la Gare, Rennes", "", "Rennes"),
        ("15, rue Jean Jaurès, Nantes (44)", "", "Nantes (44)"),  # the town with its département's code
        ("Salle Cobalt, Nantes 44", "", "Nantes 44"),
        ("12 rue de Rivoli, Paris 4e", "", "Paris 4e"),  # an arrondissement
        ("Rue A, Bâtiment 12B", "", ""),  # a number that is no département's code: not a town
        ("Mairie de Rennes", "", "rennes"),  # a town's public building named after it
        ("Ville de Lorient", "", "lorient"), ("Commune de Plouguerneau", "", "plouguerneau"),  # the town itself
        ("Centre-ville du Mans", "", "le mans"),
        ("Villeneuve de Rivière", "", ""),  # no « ville » word: a name of its own
        ("Place de la Mairie, La Ville-du-Bois", "", "La Ville-du-Bois"),  # communes named « Ville du/d' … »
        ("Ville-d'Avray", "", ""),
        ("Place du Marché, Salle des fêtes du Mans", "", "le mans"),
        ("Gare de Lyon", "", ""),
        ("Tiers-lieu La Cantine – Nantes (44)", "", "Nantes (44)"),  # after a dash, with its département
        ("Médiathèque – Mairie de Cesson-Sévigné", "", "cesson sevigne"),
        ("Le Mans (Sarthe)", "", "Le Mans (Sarthe)"),  # alone, with its territory in brackets
        ("Nantes 44", "", "Nantes 44"),
        ("En ligne", "", ""),
        ("Salle polyvalente", "", ""),
        ("Salle X, 35000 Rennes + en ligne", "35000", "rennes"),
        ("BP 12345", "", ""),
        ("", "", ""),
        # « France » ends these communes' names: only a separate « France » is the country.
        ("Atrium, 97200 Fort-de-France", "97200", "Fort-de-France"),
        ("Aéroport, 95700 Roissy-en-France, France", "95700", "Roissy-en-France"),
        ("12 rue de la Paix, Tremblay-en-France", "", "Tremblay-en-France"),
        ("Salle des fêtes, 35000 Rennes - France", "35000", "Rennes"),
        # a postal code glued to the word before it (fields joined without a blank), not to a code of a letter or two
        ("12 rue de Brest35000 Rennes", "35000", "Rennes"), ("Salle X, RENNES35000", "35000", "RENNES"),
        ("Bâtiment B12345, Rennes", "", "Rennes"), ("BP12345, Rennes", "", "Rennes"),
        # a name cut by a line break after its hyphen is one name; a line break elsewhere still separates
        ("Salle des fêtes\n12 rue de la Gare\n37550 SAINT-\nAVERTIN", "37550", "SAINT-AVERTIN"),
        ("Hôtel de ville\r\n59650 Villeneuve-\r\nd'Ascq", "59650", "Villeneuve-d'Ascq"),
        ("Salle X\nMantes- \nla-Jolie", "", "Mantes-la-Jolie"),
        ("12 rue X\n35000 Rennes\nFrance", "35000", "Rennes"),
        ("Salle du 8-\n10 rue X, 35000 Rennes", "35000", "Rennes"),  # a number before the hyphen: no name's
    ],
)
def test_parse_address(address, postal, town):
    parsed = parse_address(address)
    assert (parsed.postal_code, parsed.town) == (postal, town)


def test_markers_of_non_places():
    assert is_online("Visioconférence") and is_online("https://zoom.us/j/1") and is_online("Webinaire")
    assert not is_online("Rennes")
    assert is_foreign("Bruxelles") and is_foreign("B-4000 Liège") and is_foreign("Genève, Suisse")
    assert not is_foreign("Liège", cities=False) and not is_foreign("Rennes")
    assert is_placeholder("N/A") and is_placeholder("???") and is_placeholder("à définir") and is_placeholder("12345")
    assert not is_placeholder("Eu")
    assert is_multiple("France entière") and is_multiple("Plusieurs lieux") and not is_multiple("Rennes")


def test_mistyped_cedex_is_dropped_but_no_commune_name_is_touched():
    from assets.lib.reference import load_communes

    assert parse_place_name("La Glacerie ECDEX").key == "la glacerie"
    assert parse_place_name("BrestC EDEX").key == "brest"
    names = load_communes()["nom_commune"]
    assert not [n for n in names if parse_place_name(n).cedex]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Avenue de Rhodanie 2, 1007 Lausanne, Suisse", True),
        ("Lausanne (Suisse)", True),
        ("Suisse", True),
        ("B-4000 Liège", True),
        ("12 rue de Belgique, 75011 Paris", False),
        ("Maison de la Suisse - Paris", False),
        ("", False),
    ],
)
def test_a_foreign_country_is_a_part_of_its_own(text, expected):
    assert names_foreign_country(text) is expected


def test_country_codes_of_france_and_its_overseas_are_not_foreign():
    assert [is_foreign_country_code(c) for c in ("FR", "fr", "GP", "PF", "NC", "", "F", "BE", "ch")] == [
        False,
        False,
        False,
        False,
        False,
        False,
        False,
        True,
        True,
    ]


def test_dash_tails_keep_hyphenated_names_whole():
    assert dash_tails("Salle des fêtes – Plouguerneau") == ["Plouguerneau"]
    assert dash_tails("2 Rue de Langoz - Loctudy") == ["Loctudy"]
    assert dash_tails("Mairie — Saint - Malo") == ["Saint-Malo", "Malo"]
    assert dash_tails("Saint-Pol-de-Léon") == []


def test_postal_code_cell_holding_the_town():
    assert split_postal_cell("75011 Paris") == ("75011", "Paris")
    assert split_postal_cell("6000 - Nice") == ("6000", "Nice")
    assert split_postal_cell("35000") == ("35000", "")
    assert split_postal_cell("35000 CEDEX") == ("35000 CEDEX", "")


def test_comma_article_is_put_in_front():
    assert name_key("Sauve, La") == name_key("La Sauve")
    assert name_key("Abergement-Clémenciat, L'") == name_key("L'Abergement-Clémenciat")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("48°06'54\"N", 48.115),
        ("1°40'40\"O", -(1 + 40 / 60 + 40 / 3600)),
        ("N 48°6.9'", 48.115),
        ("2d21m7sW", -(2 + 21 / 60 + 7 / 3600)),
        ("48°75'", None),
        ("abc", None),
    ],
)
def test_degrees_minutes_seconds(text, expected):
    value = parse_dms(text)
    assert (value != value) if expected is None else abs(value - expected) < 1e-9


@pytest.mark.parametrize(
    ("short", "word", "marked", "cut"),
    [
        ("fd", "ferrand", False, True),  # consonants, first and last letters kept
        ("pce", "provence", False, True),
        ("hlt", "herault", False, True),
        ("mez", "mezieres", True, True),  # a head marked by its full stop (« Méz. »)
        ("mez", "mezieres", False, False),  # the same without it: a word of its own, maybe a typo
        ("fer", "ferrand", True, True),
        ("fe", "ferte", True, False),  # the head of a short word says too little
        ("martre", "martyre", False, False),  # a typo, not a cut: too many letters kept
        ("poet", "poinconnet", False, False),  # a vowel kept inside: no consonant skeleton
        ("gd", "grand", False, True),
        ("bd", "grand", False, False),  # not its first letter
    ],
)
def test_a_word_cut_short_as_long_commune_names_are(short, word, marked, cut):
    assert abbreviates(short, word, marked) is cut


HEADS = abbreviation_heads([name_key(name) for name in (
    "Clermont-Ferrand", "Clermont-Savès", "Clermont-l'Hérault", "Clermont-le-Fort", "Aix-en-Provence",
    "Aix-les-Bains", "Charleville-Mézières", "Saint-Martin-d'Hardinghem", "Saint-Martin-d'Heuille",
)])


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Clermont-Fd", "clermont ferrand"),
        ("CLERMONT FD.", "clermont ferrand"),
        ("Clermont-Fer.", "clermont ferrand"),
        ("Clermont-l'Hlt", "clermont l herault"),  # the link words kept whole
        ("Aix-en-Pce", "aix en provence"),
        ("Charleville-Méz.", "charleville mezieres"),
        ("Clermont-l'H.", "clermont l herault"),
        ("Saint-Martin-d'H.", ""),  # Hardinghem or Heuille: nothing says which
        ("Clermont-Fer", ""),  # no full stop: « Fer » is no cut of « Ferrand »
        ("Clermont-Ferrand", ""),  # the name itself is no abbreviation
        ("Clermont", ""),  # nor a name's first word
        ("Clermont-en-Fd", ""),  # a link word the name does not have
        ("Aix-Centre", ""),
    ],
)
def test_a_commune_name_cut_short_stands_for_the_one_name_it_can_be(written, key):
    assert expand_abbreviation(written, HEADS) == key


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Bagnères-de-L.", "bagneres de luchon"),  # « L. », « D. »: a word's initial, not the article « l' », « d' »
        ("Bagnères-de-B.", "bagneres de bigorre"),
        ("Louvigné-du-D.", "louvigne du desert"),
        ("Douvres-la-D.", "douvres la delivrande"),
        ("Bagnères-de-L", ""),  # no full stop: the article
        ("Saint-Jean-de-L.", ""),  # Luz: too short a word to be said by its initial
        ("Clermont-l'H.", "clermont l herault"),  # the elided article stays one
    ],
)
def test_a_letter_and_its_full_stop_is_a_word_cut_short_not_an_article(written, key):
    heads = abbreviation_heads([name_key(name) for name in (
        "Bagnères-de-Luchon", "Bagnères-de-Bigorre", "Louvigné-du-Désert", "Douvres-la-Délivrande", "Saint-Jean-de-Luz",
        "Clermont-l'Hérault")])
    assert expand_abbreviation(written, heads) == key


TAILS = name_tails([name_key(name) for name in (
    "Villeneuve-d'Ascq", "Clermont-Ferrand", "Chapelle-des-Bois", "Luc-sur-Mer", "Lion-sur-Mer", "Saint-Nazaire",
    "Plan-de-la-Tour", "Villeneuve-d'Aveyron",
)])


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("V. d'Ascq", "villeneuve d ascq"),  # the first word cut to its head, its full stop after it
        ("V.-d'Ascq", "villeneuve d ascq"),
        ("C. Ferrand", "clermont ferrand"),
        ("Clerm. Ferrand", "clermont ferrand"),
        ("V d'Ascq", ""),  # no full stop: a word of its own
        ("L. sur Mer", ""),  # Luc or Lion
        ("Ch. des Bois", ""),  # « Chemin des Bois », not Chapelle-des-Bois
        ("Pl. de la Tour", ""),  # « Place de la Tour »
        ("St. Nazaire", ""),  # « St. » is « Saint » written out already
        ("V. d'Av", ""),  # too little written after the cut
        ("Villeneuve d'Ascq", ""),  # the name itself
    ],
)
def test_a_name_whose_first_word_is_cut_short_stands_for_the_one_name_it_can_be(written, key):
    assert expand_first_word(written, TAILS) == key


def test_a_name_cut_short_is_read_among_the_names_that_can_be_meant_there():
    # « Saint-Martin-d'H. » is Hardinghem or Heuille; beside a postal code of Heuille's only, Heuille
    assert expand_abbreviation("Saint-Martin-d'H.", HEADS) == ""
    assert expand_abbreviation("Saint-Martin-d'H.", HEADS, within=lambda key: key.endswith("heuille")) == \
        "saint martin d heuille"
    # « Aix-les-B. »: too short a word to be said by its initial anywhere; among a postal code's names, Aix-les-Bains
    assert expand_abbreviation("Aix-les-B.", HEADS) == ""
    assert expand_abbreviation("Aix-les-B.", HEADS, within=lambda key: key == "aix les bains") == "aix les bains"


def test_place_modality_read_per_text_matches_the_pair_reading():
    # A venue and an address without a modality hint (_modality_hint, each distinct text once) say nothing: the same
    # modality as the pair's full reading, on pairs built from wordings, links, masks and plain places.
    import random

    from assets.lib.geocode_text import _modality_hint, _place_modality, place_modality

    pieces = ["", "Salle des fêtes", "12 rue des Lilas", "En ligne", "en ligne", "Visio", "visioconférence", "Zoom",
              "Teams", "webinaire", "hybride", "Hybride", "mixte", "présentiel et distanciel", "https://exemple.org/a",
              "www.asso.fr", "zoom.us/j/123", "meet.google.com/abc", "[lien de réunion masqué]", "[code masqué]",
              "Lien envoyé après l'inscription", "Réunion Microsoft Teams", " ", ", ", "Internet", "YouTube",
              "Café de la Gare", "Paris", "ID de réunion"]
    rng = random.Random(29)
    pairs = [("".join(rng.choice(pieces) for _ in range(rng.randrange(0, 4))),
              "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 4)))) for _ in range(6000)]
    said = [place_modality(lieu, adresse) for lieu, adresse in pairs]
    assert said == [_place_modality.__wrapped__(lieu, adresse) for lieu, adresse in pairs]
    assert {"", "en_ligne", "hybride"} <= set(said)
    assert not _modality_hint("Salle des fêtes") and _modality_hint("Visio")
