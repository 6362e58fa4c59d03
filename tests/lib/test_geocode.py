"""The commune coder, one defect family at a time: what it codes, how, and when it abstains."""

import numpy as np
import pandas as pd
import pytest
import shapely

from assets.lib.geocode import (
    ALERT_ABROAD,
    ALERT_COM_POINT,
    ALERT_FUZZY,
    ALERT_HOMONYMS,
    ALERT_MULTIPLE,
    ALERT_ONLINE,
    ALERT_POSTAL_NAME,
    ALERT_POSTAL_OTHER,
    ALERT_SHARED_POLYGON,
    ALERT_SWAPPED,
    ALERT_XY_TEXT,
    METHODS,
    OUTPUT_COLUMNS,
    Geocoder,
    coding_summary,
)
from assets.lib.geocode_text import compact, name_key, without_article
from assets.lib.reference import load_communes, load_former_communes
from assets.lib.schema import load_schema


@pytest.fixture(scope="module")
def geocoder():
    return Geocoder.from_reference()


def code_one(geocoder, **fields) -> dict:
    return geocoder.code(pd.DataFrame([fields])).iloc[0].to_dict()


CASES = {
    # family: [(fields, commune, arrondissement, method)]
    "propre": [
        (dict(code_postal="35000", commune="Rennes"), "35238", "", "code_postal_commune"),
        (dict(code_postal="01400", commune="L'Abergement-Clémenciat"), "01001", "", "code_postal_commune"),
    ],
    "casse_accents_ligatures": [
        (dict(code_postal="42000", commune="SAINT-ETIENNE"), "42218", "", "code_postal_commune"),
        (dict(code_postal="02160", commune="Oeuilly"), "02565", "", "code_postal_commune"),
        (dict(code_postal="94240", commune="l'hay les roses"), "94038", "", "code_postal_commune"),
    ],
    "tirets_apostrophes": [
        (dict(code_postal="59650", commune="Villeneuve dAscq"), "59009", "", "code_postal_commune"),
        (dict(code_postal="59491", commune="Villeneuve d’Ascq"), "59009", "", "code_postal_commune"),
        (dict(code_postal="01000", commune="Bourg en Bresse"), "01053", "", "code_postal_commune"),
    ],
    "saint_abrege": [
        (dict(code_postal="42000", commune="St-Étienne"), "42218", "", "code_postal_commune"),
        (dict(code_postal="69110", commune="STE FOY LES LYON"), "69202", "", "code_postal_commune"),
        (dict(code_postal="94190", commune="Villeneuve St Georges"), "94078", "", "code_postal_commune"),
    ],
    "article_postpose": [
        (dict(code_postal="76600", commune="Havre (Le)"), "76351", "", "code_postal_commune"),
        (dict(code_postal="17000", commune="ROCHELLE (LA)"), "17300", "", "code_postal_commune"),
        (dict(code_postal="76600", commune="Havre"), "76351", "", "code_postal_commune"),
    ],
    "cedex": [
        (dict(code_postal="35065", commune="Rennes Cedex 9"), "35238", "", "code_postal_commune"),
        (dict(code_postal="35000 CEDEX", commune="RENNES CEDEX"), "35238", "", "code_postal_commune"),
        (dict(code_postal="75340", commune="Paris Cedex 07"), "75056", "", "code_postal_commune"),
    ],
    "arrondissement": [
        (dict(commune="Paris 11e"), "75056", "75111", "commune_seule"),
        (dict(commune="PARIS XIe"), "75056", "75111", "commune_seule"),
        (dict(commune="Paris 11ème arrondissement"), "75056", "75111", "commune_seule"),
        (dict(code_postal="75116", commune="Paris"), "75056", "75116", "code_postal_commune"),
        (dict(commune="Marseille 13008"), "13055", "13208", "code_postal_commune"),
        (dict(code_postal="69004", commune="LYON"), "69123", "69384", "code_postal_commune"),
        (dict(commune="Lyon 1er"), "69123", "69381", "commune_seule"),
    ],
    "faute_frappe": [
        (dict(code_postal="35000", commune="Renes"), "35238", "", "code_postal_commune"),
        (dict(code_postal="29000", commune="Quimpre"), "29232", "", "code_postal_commune"),
        (dict(commune="Montpelier (34)"), "34172", "", "code_postal_commune"),
    ],
    "ancienne_commune": [
        (dict(code_postal="74940", commune="Annecy-le-Vieux"), "74010", "", "ancienne_commune"),
        (dict(commune="Cherbourg-Octeville"), "50129", "", "ancienne_commune"),
        (dict(code_insee_source="50173"), "50129", "", "ancienne_commune"),  # Cherbourg-Octeville's code
    ],
    "code_insee_source": [
        (dict(code_insee_source="35238"), "35238", "", "code_insee_source"),
        (dict(code_insee_source="75111"), "75056", "75111", "code_insee_source"),
        (dict(code_insee_source="1053", commune="Bourg-en-Bresse"), "01053", "", "code_insee_source"),
        (dict(code_insee_source="20004"), "2A004", "", "ancienne_commune"),  # Corse before 1976
    ],
    "code_postal_seul": [
        (dict(code_postal="29200"), "29019", "", "code_postal_seul"),
        (dict(code_postal="75011"), "75056", "75111", "code_postal_seul"),
    ],
    "adresse_texte": [
        (dict(adresse="12 rue X, 35000 Rennes"), "35238", "", "adresse_texte"),
        (dict(adresse="CS 70001 - 8 place de la Mairie\n29200 BREST CEDEX 2"), "29019", "", "adresse_texte"),
        (dict(adresse="3 rue Nationale, Quimper"), "29232", "", "adresse_texte"),
    ],
    "commune_seule": [
        (dict(commune="Quimper"), "29232", "", "commune_seule"),
        (dict(commune="Saint-Denis (93)"), "93066", "", "code_postal_commune"),
    ],
    "corse_drom": [
        (dict(code_postal="20000", commune="Ajaccio"), "2A004", "", "code_postal_commune"),
        (dict(code_postal="20200", commune="BASTIA"), "2B033", "", "code_postal_commune"),
        (dict(code_postal="97400", commune="Saint-Denis"), "97411", "", "code_postal_commune"),
        (dict(code_postal="97300", commune="Cayenne"), "97302", "", "code_postal_commune"),
        (dict(latitude=-20.8789, longitude=55.4481), "97411", "", "coordonnees"),
    ],
    "collectivite_outre_mer": [
        (dict(code_postal="97133", commune="Saint-Barthélemy"), "97701", "", "code_postal_commune"),
        (dict(code_postal="97150", commune="SAINT MARTIN"), "97801", "", "code_postal_commune"),
        (dict(code_postal="97500", commune="Miquelon-Langlade"), "97501", "", "code_postal_commune"),
        (dict(code_insee_source="98735"), "98735", "", "code_insee_source"),
        (dict(code_postal="98600", commune="Uvea", code_pays="WF"), "98613", "", "code_postal_commune"),
    ],
    "article_apres_virgule": [
        (dict(code_postal="33670", commune="Sauve, La"), "33505", "", "code_postal_commune"),
        (dict(code_postal="78490", commune="Mesnuls, Les"), "78398", "", "code_postal_commune"),
        (dict(code_postal="33320", commune="Taillan-Médoc, Le"), "33519", "", "code_postal_commune"),
    ],
    "lieu_a_tirets": [
        (dict(adresse="2 Rue de Langoz - Loctudy"), "29135", "", "adresse_texte"),
        (dict(adresse="Salle des fêtes – Plouguerneau"), "29195", "", "adresse_texte"),
        (dict(adresse="Maison du peuple, 29120 - Combrit"), "29037", "", "adresse_texte"),
        (dict(commune="Médiathèque — Saint-Pol-de-Léon"), "29259", "", "commune_seule"),
    ],
    "tableur": [
        (dict(code_postal="75011 Paris"), "75056", "75111", "code_postal_commune"),
        (dict(code_postal="6000", commune="Nice"), "06088", "", "code_postal_commune"),
        (dict(latitude="48°06'54\"N", longitude="1°40'40\"O"), "35238", "", "coordonnees"),
        (dict(latitude="48,1173", longitude="-1,6778"), "35238", "", "coordonnees"),
    ],
    "coordonnees": [
        (dict(latitude=48.8566, longitude=2.3522), "75056", "75104", "coordonnees"),
        (dict(latitude="48,1173", longitude="-1,6778"), "35238", "", "coordonnees"),
        (
            dict(latitude=48.1173, longitude=-1.6778, code_postal="35000", commune="Rennes"),
            "35238",
            "",
            "coordonnees",
        ),
    ],
}
ABSTAIN = {
    # family: [(fields, alert fragment)]
    "homonyme": [(dict(commune="Saint-Denis"), "homonymes"), (dict(commune="Sainte-Colombe"), "homonymes")],
    "code_postal_partage": [(dict(code_postal="35190"), "code postal commun")],
    "conflit": [
        (dict(code_postal="35000", commune="Rennes", latitude=43.2965, longitude=5.3698), "conflit"),
        (dict(code_postal="44000", commune="Rennes"), "conflit"),
        (dict(code_insee_source="29232", code_postal="35000", commune="Rennes"), "conflit"),
        # 01310 is in the Ain only, though 01200 serves a commune of Haute-Savoie
        (dict(code_postal="01310", commune="Annecy"), "conflit"),
        (dict(code_postal="20214", commune="Ajaccio"), "conflit"),  # a code of Haute-Corse
    ],
    "en_ligne": [
        (dict(commune="En ligne"), ALERT_ONLINE),
        (dict(adresse="https://zoom.us/j/123"), ALERT_ONLINE),
        (dict(commune="Visioconférence"), ALERT_ONLINE),
    ],
    "etranger": [
        (dict(commune="Bruxelles"), ALERT_ABROAD),
        (dict(commune="Liège", adresse="B-4000 Liège"), ALERT_ABROAD),
        (dict(latitude=50.8467, longitude=4.3525), ALERT_ABROAD),
        (dict(latitude=43.7384, longitude=7.4246), ALERT_ABROAD),  # Monaco, within the snapping tolerance
        (dict(commune="Suisse", adresse="Rue du Rhône 1, 1204 Genève, Suisse"), ALERT_ABROAD),
        (dict(adresse="Avenue de Rhodanie 2, 1007 Lausanne, Suisse"), ALERT_ABROAD),
        (dict(code_postal="35000", commune="Rennes", code_pays="BE"), ALERT_ABROAD),
        (dict(commune="Lausanne (Suisse)"), ALERT_ABROAD),
        (dict(code_insee_source="99109"), ALERT_ABROAD),
    ],
    "illisible": [
        (dict(commune="???"), "illisible"),
        (dict(commune="N/A", code_postal="ABCDE"), "illisible"),
        (dict(), "lieu absent"),
        (dict(code_postal="00000"), ""),
    ],
    "territoire": [(dict(commune="France entière"), "lieux multiples")],
}


@pytest.mark.parametrize(
    ("fields", "commune", "arm", "method"),
    [
        pytest.param(*case, id=f"{family}-{i}")
        for family, cases in CASES.items()
        for i, case in enumerate(cases)
    ],
)
def test_each_defect_family_is_coded(geocoder, fields, commune, arm, method):
    out = code_one(geocoder, **fields)
    assert (out["code_commune_insee"], out["code_arrondissement_municipal"], out["geocodage_methode"]) == (
        commune,
        arm,
        method,
    ), out
    assert 0 < out["geocodage_score"] <= 1


@pytest.mark.parametrize(
    ("fields", "alert"),
    [
        pytest.param(*case, id=f"{family}-{i}")
        for family, cases in ABSTAIN.items()
        for i, case in enumerate(cases)
    ],
)
def test_the_coder_abstains_with_a_reason(geocoder, fields, alert):
    out = code_one(geocoder, **fields)
    assert out["code_commune_insee"] == "" and out["geocodage_methode"] == "aucun", out
    assert out["geocodage_score"] == 0
    assert out["geocodage_alerte"] and alert in out["geocodage_alerte"]


def test_departement_and_region_follow_the_current_cog(geocoder):
    out = code_one(geocoder, code_postal="35000", commune="Rennes")
    assert (out["code_departement"], out["departement"], out["code_region"], out["region"]) == (
        "35",
        "Ille-et-Vilaine",
        "53",
        "Bretagne",
    )
    corse = code_one(geocoder, code_postal="20000", commune="Ajaccio")
    assert (corse["code_departement"], corse["code_region"]) == ("2A", "94")


def test_typos_are_corrected_when_one_commune_is_nearest(geocoder):
    out = code_one(geocoder, code_postal="29000", commune="Quimpre")
    assert out["code_commune_insee"] == "29232"
    assert out["geocodage_alerte"] == ALERT_FUZZY and out["geocodage_score"] < 1
    # alone, a typo nearer one commune of France than any other is corrected, with the alert
    for typo, code in (("Quimpre", "29232"), ("Pertmis", "84089"), ("Uchapd", "30333"), ("Viparmes", "95652")):
        out = code_one(geocoder, commune=typo)
        assert (out["code_commune_insee"], out["geocodage_alerte"]) == (code, ALERT_FUZZY), typo
    # in brackets, the département is the scope: Berlise (02) and no other commune of the Aisne is one error away
    assert code_one(geocoder, commune="Berlies (02)")["code_commune_insee"] == "02069"


def test_a_typo_between_several_communes_or_of_a_homonym_abstains(geocoder):
    # "Montreiul" is one error from the five Montreuil: no guess
    assert code_one(geocoder, commune="Montreiul")["code_commune_insee"] == ""
    # a name of four letters names too many places
    assert code_one(geocoder, commune="Pais")["code_commune_insee"] == ""


@pytest.mark.parametrize(("fields", "code"), [
    (dict(commune="Saint-Ts"), ""),  # a word cut short, not a typo of Saintes
    (dict(commune="Val-d'An"), ""),  # not Vallan
    (dict(code_postal="01000", commune="Bourg-e-Bresse"), "01053"),  # a word may lose letters: Bourg-en-Bresse
    (dict(commune="Nanteuil-l-Forêt"), "51393"),
    (dict(code_postal="13008", commune="Marseilel 8e"), "13055"),  # a number is no word of the name
])
def test_a_typo_never_joins_two_words_into_one(geocoder, fields, code):
    assert code_one(geocoder, **fields)["code_commune_insee"] == code


def test_a_name_that_is_another_commune_is_a_conflict_not_a_typo(geocoder):
    # Voulx (Seine-et-Marne) with a postal code of the Alpes-de-Haute-Provence, where Volx is
    out = code_one(geocoder, code_postal="04220", commune="Voulx")
    assert out["code_commune_insee"] == ""


@pytest.mark.parametrize(
    ("postal", "said", "code"),
    [("13100", "Aix", "13001"), ("73100", "AIX", "73008"), ("63000", "Clermont", "63113"),
     ("92100", "Boulogne", "92012"), ("62200", "Boulogne", "62160"),
     ("64500", "Saint-Jean", "64483"), ("59650", "Villeneuve", "59009"), ("06270", "Villeneuve", "06161"),
     ("59890", "Quesnoy", "59482"), ("62530", "Hersin", "62443")],
)
def test_a_town_said_short_with_its_postal_code_is_the_one_of_that_code_whose_name_begins_so(geocoder, postal, said,
                                                                                             code):
    # Found by writing addresses as agendas do: each was a conflict (Aix, Clermont, Bourg… are also communes
    # elsewhere), a typo of another commune (Hersin -> Hermin) or a namesake of the département (Le Quesnoy).
    out = code_one(geocoder, code_postal=postal, commune=said)
    assert (out["code_commune_insee"], out["geocodage_alerte"]) == (code, ALERT_FUZZY)
    assert out["geocodage_score"] < 1


@pytest.mark.parametrize(
    ("postal", "said", "code"),
    [("51300", "Reims", ""),  # Reims under the postal code of Reims-la-Brûlée: a conflict, not Reims-la-Brûlée
     ("04220", "Voulx", ""), ("13100", "Provence", "")],
)
def test_a_short_name_is_not_taken_where_its_own_name_or_too_little_says_otherwise(geocoder, postal, said, code):
    assert code_one(geocoder, code_postal=postal, commune=said)["code_commune_insee"] == code


@pytest.mark.parametrize(
    ("said", "code"),
    [("Rennes (Ille-et-Vilaine)", "35238"), ("Rennes, Bretagne", "35238"), ("Rennes, Bretagne, France", "35238"),
     ("Bastia, Haute-Corse", "2B033"), ("Saint-Denis (Seine-Saint-Denis)", "93066"),
     ("Saint-Denis, La Réunion", "97411"),
     ("Saint-Denis - Réunion", "97411"),  # was coded to La Réunion, a commune of Lot-et-Garonne
     ("Le Lamentin (Guadeloupe)", "97115"), ("Le Lamentin, Martinique", "97213"), ("Lyon, France", "69123"),
     ("Villeneuve-sur-Lot", "47323"),
     ("La Réunion", ""),  # the island, not the village of Lot-et-Garonne: a territory, no commune said
     ("Rennes (Gironde)", ""),  # a territory that is not the commune's: no answer
     ("Saint-Laurnet-du-Var", "06123")],  # a typo, not « Saint-Laurnet-du » in the Var
)
def test_a_commune_field_ending_with_its_departement_or_region_by_name_is_coded_there(geocoder, said, code):
    # Found by writing commune fields as agendas do: each of these was « commune introuvable » or a wrong commune.
    assert code_one(geocoder, commune=said)["code_commune_insee"] == code


@pytest.mark.parametrize(
    ("fields", "code", "alert"),
    [({"adresse": "Quimper"}, "29232", ""),  # an address that is only a town's name
     ({"adresse": "Place de la Mairie"}, "", "commune introuvable"),
     ({"commune": "Brest - Quimper"}, "", "lieux multiples ou territoire entier"),  # was coded Quimper
     ({"commune": "Saint-Malo - Intra-muros"}, "35288", ""),  # the town before the dash, a quarter after
     ({"commune": "Salle des fêtes - Plouguerneau"}, "29195", ""),
     ({"commune": "Rennes - Gironde"}, "", None)],  # a territory after the dash that is not the town's
)
def test_places_written_around_a_dash_or_alone_in_the_address(geocoder, fields, code, alert):
    out = code_one(geocoder, **fields)
    assert out["code_commune_insee"] == code
    assert alert is None or out["geocodage_alerte"] == alert


@pytest.mark.parametrize(("fields", "code", "alert"), [
    ({"commune": "Rennes Métropole"}, "", "lieux multiples ou territoire entier"),
    ({"commune": "Métropole de Lyon"}, "", "lieux multiples ou territoire entier"),
    ({"commune": "Communauté de communes du Val d'Ille-Aubigné"}, "", "lieux multiples ou territoire entier"),
    ({"commune": "Agglo du Pays de Dreux"}, "", "lieux multiples ou territoire entier"),
    # initials, a Eurométropole, a PETR, a syndicat mixte or a pôle métropolitain: « commune introuvable » before
    ({"commune": "CA du Grand Angoulême"}, "", "lieux multiples ou territoire entier"),
    ({"commune": "CC de la Côte des Légendes"}, "", "lieux multiples ou territoire entier"),
    ({"commune": "CU d'Arras"}, "", "lieux multiples ou territoire entier"),
    ({"commune": "Eurométropole de Strasbourg"}, "", "lieux multiples ou territoire entier"),
    ({"commune": "PETR du Pays de Brocéliande"}, "", "lieux multiples ou territoire entier"),
    ({"commune": "Syndicat mixte du Pays de Redon"}, "", "lieux multiples ou territoire entier"),
    ({"commune": "Pôle métropolitain du Genevois français"}, "", "lieux multiples ou territoire entier"),
    ({"commune": "Cabanac"}, "65115", ""), ({"commune": "Cadours"}, "31098", ""),  # not initials
    ({"commune": "Rennes Métropole", "code_postal": "35000"}, "35238", "nom de commune non reconnu"),  # the code says
])
def test_an_intercommunality_is_a_territory_not_a_commune_the_coder_failed_to_find(geocoder, fields, code, alert):
    out = code_one(geocoder, **fields)
    assert (out["code_commune_insee"], out["geocodage_alerte"]) == (code, alert)


def test_a_long_name_alone_is_corrected_but_not_a_natural_region(geocoder):
    fixed = code_one(geocoder, commune="Plouguernaeu")
    assert fixed["code_commune_insee"] == "29195" and fixed["geocodage_alerte"] == ALERT_FUZZY
    for region in ("Cévennes", "Queyras", "Provence", "Gascogne", "Limousin", "Morvan", "Pays basque", "Mairie"):
        assert code_one(geocoder, commune=region)["code_commune_insee"] == "", region


@pytest.mark.parametrize(
    ("commune", "code", "alert"),
    [
        # One small commune bears the name, and it is also the short name of a town ten times as populous or more
        ("Evry", "", "ambigu : nom court de Évry-Courcouronnes"),  # Évry (89), 402 inhabitants
        ("Charleville", "", "ambigu : nom court de Charleville-Mézières"),  # Charleville (51), 262
        ("Boulogne", "", "ambigu : nom court de Boulogne-Billancourt"),  # a former commune of Essarts-en-Bocage
        # or bore it (communes_anciennes): Châlons (38), renamed Chalon in 2012, or Châlons-en-Champagne said short
        ("Chalons", "", "ambigu : nom court de Châlons-en-Champagne"),
        # The commune so named is the larger one, or none is much larger: its own name
        ("Tours", "37261", ""),  # Tours-sur-Marne is the small one
        ("Metz", "57463", ""),
        ("Saint-Malo", "35288", ""),  # Saint-Malo-de-Guersac: « saint » is no town's short name
        ("Le Mans", "72181", ""),
    ],
)
def test_a_name_alone_that_is_also_a_larger_towns_short_name_abstains(geocoder, commune, code, alert):
    out = code_one(geocoder, commune=commune)
    assert (out["code_commune_insee"], out["geocodage_alerte"]) == (code, alert)
    # With its postal code, the small commune is coded
    if commune == "Evry":
        assert code_one(geocoder, code_postal="89140", commune=commune)["code_commune_insee"] == "89162"


@pytest.mark.parametrize(
    ("commune", "code", "alert"),
    [
        # A name no commune bears that begins one town's name, or a town's ten times as populous as any other it begins
        ("Brive", "19031", ALERT_FUZZY),  # Brive-la-Gaillarde
        ("Cherbourg", "50129", ""),  # Cherbourg-en-Cotentin, whose code was Cherbourg's until 2000: a former name
        ("Illkirch", "67218", ALERT_FUZZY),  # Illkirch-Graffenstaden
        ("St-Dié", "88413", ""),  # Saint-Dié-des-Vosges, Saint-Dié until 1999: a former name
        ("Castelnau", "", ALERT_HOMONYMS.format(n=2)),  # Castelnau-de-Mandailles's and -de-Médoc's until 1954, 1957
        # One typing error from another commune's name, not ten times as small: nothing says which
        ("Loures", "", "ambigu : nom court de Loures-Barousse"),  # or Lourdes, a letter lost
        # A territory, a word ending on a link or cut short, a venue word: no town said short
        ("Gironde", "", "lieux multiples ou territoire entier"),  # not Gironde-sur-Dropt
        ("Hauts-de-France", "", "lieux multiples ou territoire entier"),  # not Hauts de Bienne
        # … a région two villages are named after: the région, not « 2 communes homonymes »
        ("Bretagne", "", "lieux multiples ou territoire entier"),  # not Bretagne (36) nor Bretagne (90)
        ("Saint-M.", "", "commune introuvable"),  # not Saint-M'Hervé
        ("Lac", "", "commune introuvable"),  # not Lac-des-Rouges-Truites
    ],
)
def test_a_towns_name_said_short_is_that_town(geocoder, commune, code, alert):
    out = code_one(geocoder, commune=commune)
    assert (out["code_commune_insee"], out["geocodage_alerte"]) == (code, alert)


@pytest.mark.parametrize(
    ("commune", "code", "alert"),
    [
        # A name no commune bears nor begins, that begins the names of one commune's déléguées or associées only
        ("Hellemmes", "59350", ALERT_FUZZY),  # Hellemmes-Lille, associée to Lille
        ("Les Eyzies-de-Tayac", "24172", ""),  # Les Eyzies' name until 1973: a former name now
        # Was corrected as a typo of another commune: Clinchamp (52)
        ("Clinchamps", "14349", ALERT_FUZZY),  # Clinchamps-sur-Orne, of Laize-Clinchamps, 10× Clinchamp's population
        ("Fontenai", "", "commune introuvable"),  # Fontenai-sur-Orne, Fontenai-les-Louvets: déléguées of two communes
    ],
)
def test_a_former_communes_name_said_short_is_its_commune(geocoder, commune, code, alert):
    out = code_one(geocoder, commune=commune)
    assert (out["code_commune_insee"], out["geocodage_alerte"]) == (code, alert)
    if code:
        assert out["geocodage_methode"] == "ancienne_commune"


@pytest.mark.parametrize("fields, code, method", [
    (dict(code_postal="44150", commune="Saint-Géréon"), "44003", "ancienne_commune"),  # in Ancenis-Saint-Géréon
    (dict(commune="Saint-Géréon"), "44003", "ancienne_commune"),  # alone: not Saint-Géron (43) corrected
    (dict(code_postal="44150", commune="ST GEREON"), "44003", "ancienne_commune"),
    (dict(commune="St-Géréon (44)"), "44003", "ancienne_commune"),
    (dict(adresse="12 rue de la Mairie, 44150 Saint-Géréon"), "44003", "adresse_texte"),
    (dict(code_postal="85340", commune="Olonne-sur-Mer"), "85194", "ancienne_commune"),  # Les Sables-d'Olonne
    (dict(commune="Saint-Eble"), "43132", "ancienne_commune"),  # Mazeyrat-d'Allier, not Saint-Escobille cut short
    (dict(code_postal="01200", commune="Vouvray"), "01033", "ancienne_commune"),  # the Vouvray of the Ain
    # Were read as a larger town's name said short (Évry-Courcouronnes) or as a typo (Romazières, 17): both were
    # communes, absorbed in 2019 and 1973
    (dict(code_postal="91000", commune="Évry"), "91228", "ancienne_commune"),
    (dict(commune="Roumazières"), "16192", "ancienne_commune"),  # Terres-de-Haute-Charente
    # A commune nouvelle that kept a commune's code and took another name (was: Anceins corrected, or ambiguous)
    (dict(commune="Ancenis"), "44003", "ancienne_commune"),  # Ancenis-Saint-Géréon since 2019
    (dict(code_postal="28290", commune="Arrou"), "28012", "ancienne_commune"),  # Vald'Yerre since 2017
])
def test_a_former_name_is_the_commune_of_today(geocoder, fields, code, method):
    # The communes COG 2026 knows only by code, named in data/reference/cog2026/communes_anciennes.parquet
    got = code_one(geocoder, **fields)
    assert (got["code_commune_insee"], got["geocodage_methode"], got["geocodage_alerte"]) == (code, method, "")


@pytest.mark.parametrize("fields, code, alert", [
    (dict(commune="Vouvray"), "37281", ""),  # alone, the current Vouvray (Indre-et-Loire) before the absorbed one
    (dict(commune="Rouquette"), "", ALERT_HOMONYMS.format(n=2)),  # La Rouquette (12) unsaid article, or Rouquette (24)
    (dict(commune="Metz Borny"), "57463", ""),  # a quarter after its town, though Borny was a commune until 1961
    # A territory's or a natural region's name, also a former commune's (Meuse, of Val-de-Meuse; Ubaye, of Le
    # Lauzet-Ubaye): not that commune
    (dict(commune="Meuse"), "", "lieux multiples ou territoire entier"),
    (dict(commune="Ubaye"), "", "ambigu : nom court de Ubaye-Serre-Ponçon"),
    # A former name that a current town's name begins: the town said short, or the former commune (Castel, absorbed
    # in Moreuil)
    (dict(commune="Castel"), "", "ambigu : nom court de Castel-Sarrazin"),
])
def test_a_former_name_gives_way_to_a_current_name_a_territory_or_a_town_said_short(geocoder, fields, code, alert):
    got = code_one(geocoder, **fields)
    assert (got["code_commune_insee"], got["geocodage_alerte"]) == (code, alert)


def test_every_former_name_is_its_commune_with_a_postal_code_and_alone_no_other_one(geocoder):
    former = load_former_communes()
    com = load_communes().query("type_commune == 'COM'").set_index("code_commune_insee")
    postal = com.loc[former["code_commune_insee"], "codes_postaux"].str.split("|").str[0].to_numpy()
    with_postal = geocoder.code(pd.DataFrame({"code_postal": postal, "commune": former["nom_commune_ancienne"]}))
    # all but a name a commune of that postal code bears now (« Les Hauts Talican », Beaumont-les-Nonains's until
    # 2019, Les Hauts-Talican's since)
    assert (with_postal["code_commune_insee"].to_numpy() == former["code_commune_insee"].to_numpy()).mean() > 0.99
    # « Néant » (Néant-sur-Yvel's name until 1951) is a placeholder word; « Beuvry-Nord » is corrected
    assert (with_postal["geocodage_alerte"] == "").mean() > 0.999
    alone = geocoder.code(former[["nom_commune_ancienne"]].rename(columns={"nom_commune_ancienne": "commune"}))
    got = alone["code_commune_insee"].fillna("").to_numpy()
    absorbed = got == former["code_commune_insee"].to_numpy()
    assert absorbed.sum() > 2500  # 2,575 of 3,643: the others are current names or homonyms (« Saint-Rémy »)
    # Otherwise a commune, déléguée or associée bearing that name now (« Vouvray », « Autheuil »), read without an
    # alert, or homonyms: never a third commune, a name corrected
    other = ~absorbed & (got != "")
    assert (alone.loc[other, "geocodage_alerte"] == "").all()
    keys = [name_key(name) for name in former.loc[other, "nom_commune_ancienne"]]
    assert all(compact(key) in geocoder.tables.national or compact(without_article(key)) in
               geocoder.tables.national_noart for key in keys)


@pytest.mark.parametrize(
    ("commune", "code", "alert"),
    [
        ("35000", "35238", ""),  # the columns shifted: the postal code of one commune in the commune field
        ("35 000", "35238", ""),
        ("97400", "97411", ""),
        ("98714", "98735", ""),  # Papeete: a coded collectivity
        ("00000", "", "lieu illisible"),  # no such postal code: a placeholder
        ("1000", "", "lieu illisible"),  # four digits: a number, not a postal code missing its zero
    ],
)
def test_a_postal_code_alone_in_the_commune_field_is_read_as_one(geocoder, commune, code, alert):
    out = code_one(geocoder, commune=commune)
    assert (out["code_commune_insee"], out["geocodage_alerte"]) == (code, alert)
    if code:
        assert out["geocodage_methode"] == "code_postal_seul"


@pytest.mark.parametrize(
    ("postal", "commune", "code", "alert"),
    [
        ("29200", "35000", "", "conflit entre code postal et commune"),  # Brest's or Rennes'? Nothing says
        ("29200", "35 000", "", "conflit entre code postal et commune"),
        ("35200", "35000", "35238", ""),  # two postal codes of Rennes
        ("35000", "35000", "35238", ""),
        ("27150", "27700", "27070", ""),  # each code serves several communes: the one both serve
    ],
)
def test_a_postal_code_in_the_commune_field_against_the_postal_code_column(geocoder, postal, commune, code, alert):
    out = code_one(geocoder, code_postal=postal, commune=commune)
    assert (out["code_commune_insee"], out["geocodage_alerte"]) == (code, alert)


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        # A town's public building named after it, in the address or the commune field
        (dict(adresse="Mairie de Rennes"), "35238"),
        (dict(adresse="Salle des fêtes du Mans"), "72181"),
        (dict(adresse="Médiathèque d'Angers"), "49007"),
        (dict(adresse="Mairie des Sables-d'Olonne"), "85194"),
        (dict(adresse="12 rue X, Mairie de Quimper"), "29232"),
        (dict(commune="Salle des fêtes de Plouguerneau"), "29195"),
        (dict(commune="Maison des associations de Lorient"), "56121"),
        # Two communes bear the name (La Rochelle in Charente-Maritime and in Haute-Saône): none
        (dict(adresse="Hôtel de Ville de La Rochelle"), ""),
        # Named after a town it is not in, or not a building at all
        (dict(adresse="Gare de Lyon"), ""),
        (dict(adresse="Rue de Paris"), ""),
        (dict(adresse="Centre social de Villejean"), ""),  # a neighbourhood
        # The postal code of another town: the building's name does not override it
        (dict(code_postal="35000", commune="Mairie de Brest"), "35238"),
    ],
)
def test_a_towns_public_building_named_after_it_gives_that_town(geocoder, fields, code):
    assert code_one(geocoder, **fields)["code_commune_insee"] == code


@pytest.mark.parametrize(
    ("fields", "code", "method"),
    [
        # A long name cut short, alone or with its postal code (checked against it as a name would be)
        (dict(commune="Clermont-Fd"), "63113", "commune_seule"),
        (dict(code_postal="63000", commune="Clermont-Fd"), "63113", "code_postal_commune"),
        (dict(commune="Charleville-Méz."), "08105", "commune_seule"),
        (dict(commune="Aix-en-Pce"), "13001", "commune_seule"),
        (dict(commune="Montigny-le-Bx"), "78423", "commune_seule"),
        (dict(adresse="12 rue Blatin, 63000 Clermont-Fd"), "63113", "adresse_texte"),
        # Cut where several names go on: none, not a typo corrected to some name (« Sainte-M. » was Sainte-Même)
        (dict(commune="Saint-Martin-d'H."), "", "aucun"),
        # unless one only is at the postal code written beside (91940 is also Les Ulis' and Gometz-le-Châtel's)
        (dict(commune="Saint-Jean-de-Be."), "", "aucun"),
        (dict(code_postal="91940", commune="Saint-Jean-de-Be."), "91560", "code_postal_commune"),
        (dict(commune="Sainte-M."), "", "aucun"),
        (dict(commune="Les Mart."), "11221", "commune_seule"),  # Les Martys, not Les Mars (one letter away)
        # « s/s » for « sous »: « Clichy s/s Bois » was coded Clichy (Hauts-de-Seine), « Fontenay s/s Bois » not found
        (dict(commune="Clichy s/s Bois"), "93014", "commune_seule"),
        (dict(code_postal="94120", commune="Fontenay-s/s-Bois"), "94033", "code_postal_commune"),
        (dict(adresse="3 allée Romain Rolland, 93390 Clichy s/s Bois"), "93014", "adresse_texte"),
        # « N.-D. » for « Notre-Dame » (fifty communes begin so): not found before
        (dict(commune="N.-D.-de-Monts"), "85164", "commune_seule"),
        (dict(commune="N-D de Bondeville"), "76474", "commune_seule"),
        (dict(code_postal="85690", commune="N.D. de Monts"), "85164", "code_postal_commune"),
    ],
)
def test_a_commune_name_cut_short_is_read_as_the_one_name_it_stands_for(geocoder, fields, code, method):
    out = code_one(geocoder, **fields)
    assert out["code_commune_insee"] == code
    if code:
        assert out["geocodage_methode"] == method


@pytest.mark.parametrize(
    ("commune", "code"),
    [
        # The régions merged in 2016, as the editions 2008–2015 name them
        ("Caen, Basse-Normandie", "14118"),
        ("Poitiers (Poitou-Charentes)", "86194"),
        ("Strasbourg, Alsace", "67482"),
        ("Toulouse - Midi-Pyrénées", "31555"),
        ("Rennes, Picardie", ""),  # not that région's: none
        # Corsica's code before 1976
        ("Ajaccio (20)", "2A004"),
        ("Bastia 20", "2B033"),
        ("Nice (20)", ""),
        # A département's code, then its région: both must agree
        ("Rennes (35) - Bretagne", "35238"),
        ("Ajaccio (20) - Corse", "2A004"),
        ("Rennes (35), Picardie", ""),
        # The code without brackets, between the town and its territory
        ("Saint-Denis 93 - Seine-Saint-Denis", "93066"),
        ("Saint-Denis 974 – La Réunion", "97411"),  # not La Réunion, a commune of Lot-et-Garonne
        ("Rennes 35, Bretagne", "35238"),
        ("Rennes 35, Picardie", ""),
        # A territory a commune is named after, after another département's code: that territory, not the commune
        ("Haudricourt (76), Vienne", ""),
        ("Vannes 56 - Creuse", ""),
        ("Avignon 84 – Vaucluse", "84007"),  # not Vaucluse, a commune of the Doubs
        # A collectivity whose communes are coded
        ("Nouméa, Nouvelle-Calédonie", "98818"),
        ("Papeete (Polynésie française)", "98735"),
    ],
)
def test_a_former_region_corsicas_old_code_or_a_collectivity_after_the_town(geocoder, commune, code):
    assert code_one(geocoder, commune=commune)["code_commune_insee"] == code


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        (dict(commune="Villeneuve/Lot"), "47323"),  # not Villeneuve in the Lot
        (dict(commune="Neuilly/Seine"), "92051"),
        (dict(code_postal="92200", commune="Neuilly/Seine"), "92051"),
        (dict(commune="Rennes/Saint-Malo"), ""),  # two towns
        # « sur » before a river named like a département where a commune bears the first name
        (dict(commune="Champigny/Marne"), "94017"),  # not Champigny in the Marne
        (dict(commune="Châteauneuf/Loire"), "45082"),  # not Châteauneuf in the Loire
        (dict(code_postal="94500", commune="Champigny/Marne"), "94017"),
        (dict(code_postal="51370", commune="Champigny/Marne"), "51118"),  # that postal code's Champigny
        (dict(code_postal="86700", commune="Vaux/Vienne"), "86082"),  # Vaux, a former commune of Valence-en-Poitou
        (dict(commune="Rennes/Ille-et-Vilaine"), "35238"),  # no Rennes-sur-Ille-et-Vilaine
    ],
)
def test_a_slash_between_two_words_reads_as_sur(geocoder, fields, code):
    assert code_one(geocoder, **fields)["code_commune_insee"] == code


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        (dict(adresse="Tiers-lieu La Cantine – Nantes (44)"), "44109"),
        (dict(adresse="Rennes, FR"), "35238"),
        (dict(adresse="Le Mans (Sarthe)"), "72181"),
        (dict(adresse="Médiathèque – Mairie de Cesson-Sévigné"), "35051"),
        (dict(adresse="En ligne"), ""),
        # A territory's name is never read inside a commune's: « Saint-Martin » ends La Chapelle-Saint-Martin
        (dict(code_postal="73170", commune="Chapelle-Saint-Martin"), "73078"),
    ],
)
def test_a_free_text_place_ending_with_its_territory_or_a_country_code(geocoder, fields, code):
    assert code_one(geocoder, **fields)["code_commune_insee"] == code


@pytest.mark.parametrize(
    ("fields", "code", "alert"),
    [
        # A hybrid event's town, in the commune field or the address
        (dict(commune="Rennes (et en ligne)"), "35238", ""),
        (dict(commune="Rennes ou en ligne"), "35238", ""),
        (dict(adresse="Rennes ou en ligne"), "35238", ""),
        (dict(adresse="Salle X, 35000 Rennes + en ligne"), "35238", ""),
        (dict(commune="En ligne"), "", "en ligne"),
        # The town centre, a district before the town, several towns
        (dict(commune="Rennes centre-ville"), "35238", ""),
        (dict(commune="Quartier Villejean, Rennes"), "35238", ""),
        (dict(commune="Rennes, Brest, Quimper"), "", "lieux multiples ou territoire entier"),
        # A whole address in the commune field
        (dict(commune="12 rue de Brest, Rennes"), "35238", ""),
        (dict(commune="12 rue de Brest 35000 Rennes"), "35238", ""),
        (dict(commune="12 rue de Brest, Rennes, Picardie"), "", "commune introuvable"),
    ],
)
def test_a_hybrid_place_a_town_centre_or_a_district_gives_the_town(geocoder, fields, code, alert):
    out = code_one(geocoder, **fields)
    assert (out["code_commune_insee"], out["geocodage_alerte"]) == (code, alert)


def test_a_point_in_a_neighbouring_commune_keeps_an_exact_text(geocoder):
    # Rennes named exactly, the point well inside Cesson-Sévigné (35051), its neighbour
    out = code_one(geocoder, code_postal="35000", commune="Rennes", latitude=48.1211, longitude=-1.6030)
    assert out["code_commune_insee"] == "35238"
    assert out["geocodage_alerte"] == "point dans une commune voisine, texte retenu"


def test_point_near_the_border_keeps_the_text_far_point_conflicts(geocoder):
    # 15 m west of Rennes' boundary with Saint-Jacques-de-la-Lande is still "Rennes" for the text
    near = code_one(geocoder, code_postal="35000", commune="Rennes", latitude=48.0905, longitude=-1.7175)
    assert near["code_commune_insee"] == "35238"
    far = code_one(geocoder, code_postal="35000", commune="Rennes", latitude=48.8566, longitude=2.3522)
    assert far["code_commune_insee"] == "" and far["geocodage_alerte"] == ALERT_XY_TEXT


def test_point_just_off_the_coast_is_snapped_within_the_tolerance(geocoder):
    # a few hundred metres off the beach of Saint-Malo
    out = code_one(geocoder, latitude=48.6535, longitude=-2.0230)
    assert out["code_commune_insee"] == "35288" and "plus proche" in out["geocodage_alerte"]
    assert code_one(geocoder, latitude=47.0, longitude=-4.0)["code_commune_insee"] == ""  # open sea


def test_swapped_latitude_and_longitude(geocoder):
    out = code_one(geocoder, latitude=-1.6778, longitude=48.1173)
    assert out["code_commune_insee"] == "35238" and out["geocodage_alerte"] == ALERT_SWAPPED


def test_polygon_shared_with_restored_communes(geocoder):
    # the polygon of 15141 still covers Celles (15031), restored in 2025 without a polygon of its own
    point = geocoder.com_geometry["15141"].representative_point()
    alone = code_one(geocoder, latitude=point.y, longitude=point.x)
    assert alone["code_commune_insee"] == "" and alone["geocodage_alerte"] == ALERT_SHARED_POLYGON
    named = code_one(geocoder, latitude=point.y, longitude=point.x, code_postal="15170", commune="Celles")
    assert named["code_commune_insee"] == "15031"


def test_coordinates_pick_among_homonyms(geocoder):
    # Saint-Denis alone is ambiguous; a point in Saint-Denis (93) settles it
    out = code_one(geocoder, commune="Saint-Denis", latitude=48.9362, longitude=2.3574)
    assert out["code_commune_insee"] == "93066" and out["geocodage_methode"] == "coordonnees"


@pytest.mark.parametrize(
    ("commune", "region", "expected"),
    [
        ("La Rochelle", "75", "17300"),  # the agenda of the CRESS Nouvelle-Aquitaine: not La Rochelle (70)
        ("La Rochelle", "27", "70450"),  # Bourgogne-Franche-Comté's
        ("Saint-Denis", "04", "97411"),  # La Réunion's agenda
        ("Saint-Denis", "11", "93066"),
        ("Valence", "84", "26362"),
        ("La Rochelle", "", ""),  # a national source: both stay possible
        ("Sainte-Colombe", "75", ""),  # several of that name in the région
        ("Villeneuve", "75", ""),  # the village of the Gironde, or Villeneuve-sur-Lot said short
        ("Saint-Denis", "53", ""),  # none in Bretagne: nothing to tell them apart
    ],
)
def test_the_region_of_a_regional_source_tells_homonyms_apart(geocoder, commune, region, expected):
    out = code_one(geocoder, commune=commune, code_region_source=region)
    assert out["code_commune_insee"] == expected
    assert out["geocodage_methode"] == ("commune_region_source" if expected else "aucun")
    if expected:
        assert out["geocodage_alerte"] == ""
    else:
        assert "homonymes" in out["geocodage_alerte"]


def test_postal_code_typed_as_insee_code_is_ignored(geocoder):
    out = code_one(geocoder, code_insee_source="35000", code_postal="35000", commune="Rennes")
    assert out["code_commune_insee"] == "35238"


def test_online_event_without_place(geocoder):
    frame = pd.DataFrame(
        {"commune": ["", "Rennes"], "code_postal": ["", "35000"], "modalite": ["en_ligne", "en_ligne"]}
    )
    out = geocoder.code(frame)
    assert out["geocodage_alerte"].tolist()[0] == ALERT_ONLINE
    assert out["code_commune_insee"].tolist() == ["", "35238"]


def test_rows_keep_their_index_order_and_duplicates_are_coded_alike(geocoder):
    frame = pd.DataFrame(
        {"code_postal": ["35000", "", "35000"] * 3, "commune": ["Rennes", "Quimper", "Rennes"] * 3},
        index=[10, 3, 7, 1, 2, 8, 9, 4, 5],
    )
    out = geocoder.code(frame)
    assert out.index.tolist() == frame.index.tolist()
    assert out["code_commune_insee"].tolist() == ["35238", "29232", "35238"] * 3
    assert out.columns.tolist() == OUTPUT_COLUMNS


def test_an_empty_frame_or_a_frame_without_place_columns(geocoder):
    assert geocoder.code(pd.DataFrame({"code_postal": []})).empty
    out = geocoder.code(pd.DataFrame({"titre": ["a", "b"]}))
    assert out["geocodage_alerte"].tolist() == ["lieu absent", "lieu absent"]


def test_methods_stay_within_the_schema_enum():
    enum = next(f for f in load_schema("evenements")["fields"] if f["name"] == "geocodage_methode")[
        "constraints"
    ]["enum"]
    assert set(METHODS) == set(enum)


def test_coding_summary_per_edition(geocoder):
    frame = pd.DataFrame(
        {
            "edition": [2019, 2019, 2019, 2020],
            "code_postal": ["35000", "", "", "29200"],
            "commune": ["Rennes", "???", "", ""],
            "modalite": ["presentiel", "presentiel", "en_ligne", "presentiel"],
        }
    )
    summary = coding_summary(frame["edition"], geocoder.code(frame), frame["modalite"]).set_index("edition")
    assert summary.loc[2019, "evenements"] == 3 and summary.loc[2019, "evenements_localises"] == 2
    assert summary.loc[2019, "part_localises_codes"] == 0.5
    assert np.isclose(summary.loc[2019, "part_inconnue"], 2 / 3, atol=1e-4)
    assert summary.loc[2020, "part_code_postal_seul"] == 1.0


def test_coding_summary_of_no_event(geocoder):
    empty = pd.DataFrame({"edition": pd.Series([], dtype="int64"), "commune": pd.Series([], dtype="string")})
    summary = coding_summary(empty["edition"], geocoder.code(empty))
    assert summary.empty and "part_localises_codes" in summary.columns


def test_a_point_just_over_the_border_picks_among_homonyms(geocoder):
    # "St-Sauveur" (11 communes); the point is in a neighbour of Saint-Sauveur (38), a few hundred metres out
    out = code_one(geocoder, commune="St-Sauveur", latitude=45.160064, longitude=5.337278)
    assert out["code_commune_insee"] == "38454"
    assert out["geocodage_alerte"] == "point dans une commune voisine, texte retenu"


def test_points_in_the_overseas_collectivities(geocoder):
    # an island that is one commune codes it: Saint-Barthélemy, Saint-Martin, Saint-Pierre, Wallis
    for lat, lon, code in ((17.8967, -62.85, "97701"), (18.0708, -63.0501, "97801"), (46.7811, -56.1764, "97502")):
        out = code_one(geocoder, latitude=lat, longitude=lon)
        assert (out["code_commune_insee"], out["geocodage_methode"]) == (code, "coordonnees"), code
    assert code_one(geocoder, latitude=-13.282, longitude=-176.175)["code_departement"] == "986"
    # Tahiti holds several communes: alone, the point is in French Polynesia, not abroad, and names none
    tahiti = dict(latitude=-17.539, longitude=-149.5686)
    alone = code_one(geocoder, **tahiti)
    assert alone["code_commune_insee"] == "" and alone["geocodage_alerte"] == ALERT_COM_POINT
    # it confirms a text of its collectivity and contradicts one elsewhere
    assert code_one(geocoder, code_postal="98714", commune="Papeete", **tahiti)["code_commune_insee"] == "98735"
    assert code_one(geocoder, code_postal="35000", commune="Rennes", **tahiti)["code_commune_insee"] == ""
    # the Dutch side of Saint-Martin island is abroad
    assert code_one(geocoder, latitude=18.03, longitude=-63.05)["code_commune_insee"] == ""


# The decision gathered as arrays (no frame of texts built and read back between its steps): the same codes as
# each row coded alone, the same columns and types, and the points built once reused for distances.
# Rows meant to take every branch of the decision: text alone, point alone, both agreeing or not, a point just over
# a border, swapped coordinates, a point abroad, online, an island of several communes, missing and odd values.
HOSTILE = pd.DataFrame({
    "code_postal": ["35000", "", "35000", "75011", None, "13008", "98714", "", "35000", "29200", "", "69003",
                    "35000", "1000"],
    "commune": ["Rennes", "", "Rennes", "Paris 11e", np.nan, "Marseille", "Papeete", "Visio", "Rennes", "Brest", "",
                "Lyon", "Quimper", "Bruxelles"],
    "adresse": ["", "", "", "", "12 rue X", "", "", "", "", "", "", "", "", ""],
    "code_insee_source": ["", "", "35238", "", "", "", "", "", "", "", "29019", "", "", ""],
    "latitude": ["48.1113", "48.1113", "47.2184", "48.8590", "", "43.26", "-17.54", "", "-1.6800", "48.39", "0",
                 "45.7597", "48.1113", "50.85"],
    "longitude": ["-1.68", "-1.68", "-1.5536", "2.3800", "", "5.38", "-149.57", "", "48.1113", "-4.49", "0", "4.85",
                  "-1.68", "4.35"],
    "modalite": ["presentiel", "presentiel", "presentiel", "presentiel", "presentiel", "presentiel", "presentiel",
                 "en_ligne", "presentiel", "presentiel", "presentiel", "presentiel", "presentiel", "presentiel"],
}, index=[f"r{i}" for i in range(14)])


def test_a_frame_is_coded_as_its_rows_coded_one_by_one(geocoder):
    whole = geocoder.code(HOSTILE)
    alone = pd.concat([geocoder.code(HOSTILE.iloc[[i]]) for i in range(len(HOSTILE))])
    pd.testing.assert_frame_equal(whole, alone)
    assert whole.index.tolist() == HOSTILE.index.tolist()
    assert whole.columns.tolist() == OUTPUT_COLUMNS
    assert whole["geocodage_score"].dtype == np.float64
    assert all(pd.api.types.is_string_dtype(whole[c]) for c in OUTPUT_COLUMNS if c != "geocodage_score")
    assert not whole.isna().any().any()
    assert whole.loc["r0", "code_commune_insee"] == "35238" and whole.loc["r8", "geocodage_alerte"] != ""
    assert (whole["geocodage_methode"] == "coordonnees").any() and (whole["geocodage_methode"] == "aucun").any()


def test_an_empty_frame_has_the_columns_and_types_of_a_full_one(geocoder):
    empty, full = geocoder.code(HOSTILE.iloc[0:0]), geocoder.code(HOSTILE)
    assert empty.columns.tolist() == OUTPUT_COLUMNS and empty.empty
    assert empty.dtypes.tolist() == full.dtypes.tolist()


def test_distances_from_points_already_built_equal_distances_from_coordinates(geocoder):
    lat = np.array([48.1113, 47.2184, 43.26, -17.54, 48.39, 48.8590, 51.0, 48.1113])
    lon = np.array([-1.68, -1.5536, 5.38, -149.57, -4.49, 2.3800, 2.0, -1.68])
    codes = np.array(["35238", "35238", "13055", "98735", "29019", "75056", "", "75111"], dtype=object)
    built = shapely.points(lon, lat)
    points = geocoder.points
    given, own = points.distance_to(lat, lon, codes, built), points.distance_to(lat, lon, codes)
    np.testing.assert_array_equal(given, own)
    assert given[0] == 0 and given[1] > 50_000 and np.isinf(given[6])


def test_located_arrays_are_the_located_frame_and_its_points(geocoder):
    lat = np.array([48.1113, -1.68, 50.85, 48.8590, 17.90])
    lon = np.array([-1.68, 48.1113, 4.35, 2.3800, -62.83])
    columns, built = geocoder.points.locate_arrays(lat, lon)
    pd.testing.assert_frame_equal(pd.DataFrame(columns), geocoder.locate(lat, lon))
    assert shapely.get_coordinates(built).tolist() == np.column_stack([lon, lat]).tolist()
    assert columns["how"].tolist()[:4] == ["dedans", "inverse", "", "dedans"] and columns["arm"][3] == "75111"


def test_rows_equal_in_their_decisive_inputs_are_coded_alike(geocoder):
    """decisive_inputs, the key under which events_geo keeps a record's codes: rows it makes equal (a renamed venue,
    a country code "FR" added, a blank around the modality) get the same codes and published point, and the
    differences the coder reads (a place name given or not, a foreign country code, online or not) stay apart."""
    from assets.geo import CODER_INPUTS
    from assets.lib.geocode import decisive_inputs
    from assets.lib.points import published_points
    from assets.lib.record_memo import row_keys

    nowhere = dict(adresse="", code_postal="", commune="", latitude=np.nan, longitude=np.nan, code_insee_source="",
                   code_pays="", code_region_source="", modalite="presentiel", lieu="")
    rennes = dict(nowhere, code_postal="35000", commune="Rennes", latitude=48.1106, longitude=-1.6779)
    rows = [
        dict(nowhere, lieu="Salle Ambroise-Croizat"), dict(nowhere, lieu=" Médiathèque "),  # 0, 1: a place named
        dict(nowhere, lieu=""), dict(nowhere, lieu=None), dict(nowhere, lieu="  "),  # 2-4: none
        dict(rennes, code_pays=""), dict(rennes, code_pays="FR"), dict(rennes, code_pays=" fr"),  # 5-7: France
        dict(rennes, code_pays="BE"), dict(rennes, code_pays="be "),  # 8, 9: abroad
        dict(rennes, modalite="en_ligne"), dict(rennes, modalite=" en_ligne "),  # 10, 11: online
        dict(rennes, modalite="hybride", lieu="Mairie"),  # 12: neither
        dict(nowhere, commune="La Rochelle"), dict(nowhere, commune="La Rochelle", code_region_source="75"),  # 13, 14
    ]
    frame = pd.DataFrame(rows)
    codes, located = geocoder.code_located(frame)
    points = published_points(geocoder, frame, codes["geocodage_alerte"], located)
    outputs = pd.Series(list(map(repr, pd.concat([codes.drop(columns="geocodage_alerte"), points], axis=1)
                                 .itertuples(index=False))))
    keys = row_keys(decisive_inputs(frame), CODER_INPUTS)

    for first in range(len(rows)):  # equal keys, equal outputs
        for second in range(first):
            assert keys[first] != keys[second] or outputs[first] == outputs[second], (first, second)
    groups = [[0, 1], [2, 3, 4], [5, 6, 7], [8, 9], [10, 11], [12], [13], [14]]
    assert [len(set(keys[group])) for group in groups] == [1] * len(groups)
    assert len({keys[group[0]] for group in groups}) == len(groups)
    # the distinctions kept are ones the coder makes (a homonym told apart by its source's région)
    assert outputs[0] != outputs[2] and outputs[5] != outputs[8] and outputs[5] != outputs[10]
    assert outputs[13] != outputs[14]


def test_a_lone_surrogate_is_read_as_an_unreadable_character_not_a_crash(geocoder):
    # A JSON « \ud800 » escape decodes to a lone surrogate, which no UTF-8 text (Arrow, the output) can hold.
    frame = pd.DataFrame([
        dict(code_postal="35000", commune="Ren\ud800nes"),
        dict(adresse="12 rue de Brest \udc80, 35000 Rennes"),
        dict(commune="\udc80", latitude="48.1\udc80", longitude="-1.68", modalite="en_lig\udc80ne"),
        dict(code_postal="29200", commune="Brest"),
    ], dtype=object)
    coded = geocoder.code(frame)
    assert coded["code_commune_insee"].tolist() == ["35238", "35238", "", "29019"]
    cells = [str(cell) for cell in coded.to_numpy().ravel()]
    assert not any("\ud800" <= character <= "\udfff" for cell in cells for character in cell)  # UTF-8 throughout
    # In the online mode only
    only_mode = pd.DataFrame([dict(code_postal="35000", commune="Rennes", modalite="pr\udc80sentiel")], dtype=object)
    assert geocoder.code(only_mode)["code_commune_insee"].tolist() == ["35238"]


@pytest.mark.parametrize(("postal", "written", "arrondissement"), [
    ("13008", "Marseilel 8e", "13208"),
    ("75011", "Pari", "75111"),
])
def test_a_typo_of_paris_marseille_or_lyon_keeps_the_postal_codes_arrondissement(geocoder, postal, written,
                                                                                 arrondissement):
    out = code_one(geocoder, code_postal=postal, commune=written)
    assert (out["code_arrondissement_municipal"], out["geocodage_alerte"]) == (arrondissement, "nom corrigé")


@pytest.mark.parametrize(("fields", "code"), [
    (dict(commune="Strasbourg-Neudorf"), "67482"),  # a quarter after its town
    (dict(code_postal="57070", commune="Metz Borny"), "57463"),
    (dict(commune="Château-Salins (Plage)"), "57132"),
    (dict(commune="Lyon La Duchère"), "69123"),
    (dict(commune="Rennes Z.A. des Landes"), "35238"),  # an acronym's points, and Landes is no second town here
    (dict(commune="Rue de la Gare"), ""),  # a street: Rue is a commune, not what is meant
    (dict(commune="Salle des fêtes"), ""),  # nor Sallèdes
    (dict(commune="Pont Saint Ezqrrt"), ""),  # a name damaged beyond a typo (Pont-Saint-Esprit?), not Pont
    (dict(commune="Rennes Gironde"), ""),  # a territory, not a quarter
    (dict(commune="Rennes et Brest"), ""),  # two towns
    (dict(code_postal="95000", commune="Cergy-Pontoise"), ""),  # the new town of two communes
    (dict(commune="Indre-et-Loire"), ""),  # nor Indre, the commune
    (dict(commune="Acquigny, Grand Est, France"), ""),  # another région: a conflict stays one
    # a quarter named as villages of other régions (Port, Ain; Lalande, Yonne) is a quarter; not a commune of the
    # town's région nor a town (Maurepas, Yvelines; Moulins, Aisne, is in Lille's région)
    (dict(commune="Lorient Port"), "56121"), (dict(commune="Toulouse Lalande"), "31555"),
    (dict(commune="Brest Port"), "29019"), (dict(commune="Rennes Maurepas"), ""), (dict(commune="Lille-Moulins"), ""),
    (dict(commune="Lyon Villeurbanne"), ""),
])
def test_a_quarter_after_its_town_is_that_town(geocoder, fields, code):
    assert code_one(geocoder, **fields)["code_commune_insee"] == code


@pytest.mark.parametrize(("fields", "code"), [
    # a quarter after a dash that reads only as a village of another région corrected (Losne, Côte-d'Or; Bellevue-la-
    # Montagne, Haute-Loire; Planaise, Savoie; La Drenne, Oise; Aniane, Hérault): the quarter of the town before it
    (dict(commune="Rennes - Blosne"), "35238"), (dict(commune="Nantes - Bellevue"), "44109"),
    (dict(commune="Besançon - Planoise"), "25056"), (dict(commune="Toulouse - Lardenne"), "31555"),
    (dict(commune="Nice - Ariane"), "06088"), (dict(commune="Le Mans – Bellevue"), "72181"),
    (dict(adresse="Maison de quartier, Rennes – Blosne"), "35238"),
    (dict(adresse="12 rue de l'Église, Montpellier - Celleneuve"), "34172"),
    # a typo of a neighbour, or of a town, after a town: two places
    (dict(commune="Rennes - Cesson-Sévignée"), ""), (dict(commune="Brest - Quimperr"), ""),
    (dict(commune="Lyon - Villeurbane"), ""),
    # no town before the dash: the venue's town is still corrected
    (dict(commune="Salle des fêtes – Plouguernau"), "29195"),
])
def test_a_quarter_after_a_dash_is_no_village_far_away_corrected(geocoder, fields, code):
    assert code_one(geocoder, **fields)["code_commune_insee"] == code


@pytest.mark.parametrize(("fields", "code"), [
    # a quarter after a dash that is also the name of villages of other régions (Recouvrance, Territoire de Belfort;
    # Monclar, Gers and Lot-et-Garonne; Grammont, Haute-Saône)
    (dict(commune="Brest - Recouvrance"), "29019"), (dict(commune="Avignon - Monclar"), "84007"),
    (dict(commune="Rouen – Grammont"), "76540"),
    # under the town's postal code, communes outside its département, neither a town of its région nor a city
    (dict(code_postal="35200", commune="Rennes - Maurepas"), "35238"),
    (dict(code_postal="59800", commune="Lille - Moulins"), "59350"),
    (dict(code_postal="33100", commune="Bordeaux - La Bastide"), "33063"),
    (dict(code_postal="38100", commune="Grenoble - Villeneuve"), "38185"),
    # two places: a town (Maurepas, Yvelines), a town of the région, a neighbour, a city
    (dict(commune="Rennes - Maurepas"), ""), (dict(commune="Rennes - Redon"), ""),
    (dict(code_postal="35000", commune="Rennes - Vannes"), ""),
    (dict(code_postal="59000", commune="Lille - Roubaix"), ""),
    (dict(code_postal="29200", commune="Brest - Quimper"), ""), (dict(code_postal="75011", commune="Paris - Lyon"), ""),
    (dict(code_postal="31000", commune="Toulouse - Montpellier"), ""),
])
def test_a_quarter_after_a_dash_named_as_communes_elsewhere_is_the_towns(geocoder, fields, code):
    assert code_one(geocoder, **fields)["code_commune_insee"] == code


@pytest.mark.parametrize(("fields", "code"), [
    # a venue's word without the article of a commune (La Salle, Vosges; Le Parc, Manche; La Chapelle, Allier), then
    # a territory or a département holding that commune: the venue, no commune
    (dict(commune="Salle Lorraine"), ""), (dict(adresse="Salle Lorraine"), ""), (dict(commune="Parc Normandie"), ""),
    (dict(commune="Chapelle Auvergne"), ""), (dict(commune="Salle (Vosges)"), ""), (dict(commune="Salle (88)"), ""),
    (dict(commune="Chapelle (03)"), ""), (dict(commune="Parc 50"), ""),
    # the commune with its article; a natural region's name said without its article (Le Cheylard, La Crau)
    (dict(commune="La Salle (Vosges)"), "88438"), (dict(commune="La Salle, Lorraine"), "88438"),
    (dict(commune="Le Parc (Manche)"), "50535"), (dict(commune="Cheylard (Ardèche)"), "07064"),
    (dict(commune="Crau (83)"), "83047"),
])
def test_a_venues_word_before_a_territory_is_no_commune_without_its_article(geocoder, fields, code):
    assert code_one(geocoder, **fields)["code_commune_insee"] == code


@pytest.mark.parametrize(("commune", "code"), [
    # the last word cut to its initial, a letter an article also is (« l' », « d' »)
    ("Bagnères-de-L.", "31042"), ("Lys-lez-L.", "59367"), ("Beaumont-de-L.", "82013"), ("Louvigné-du-D.", "35162"),
    ("Rion-des-L.", "40243"), ("Douvres-la-D.", "14228"),
    ("Bagnères-de-L", ""), ("Saint-Jean-de-L.", ""), ("Villefranche-de-L.", ""),  # the article; several names
])
def test_a_name_cut_to_an_initial_an_article_also_is_reads_as_that_word(geocoder, commune, code):
    assert code_one(geocoder, commune=commune)["code_commune_insee"] == code


@pytest.mark.parametrize(("postal", "commune", "code"), [
    # a short word cut to its initial, or a name that other communes' names could also be cut to: the one commune of
    # the postal code written beside it
    ("73100", "Aix-les-B.", "73008"), ("91700", "Ste-Geneviève-des-B.", "91549"), ("85000", "La Roche-sur-Y.", "85191"),
    ("78100", "St-Germain-en-L.", "78551"), ("13100", "Aix-en-P.", "13001"), ("54700", "Pont-à-M.", "54431"),
    ("69110", "Ste-Foy-lès-L.", "69202"),
    ("", "Aix-les-B.", ""), ("", "Aix-en-P.", ""), ("", "Pont-à-M.", ""),  # Aix-en-Pévèle, Pont-à-Marcq too
    ("73000", "Aix-les-B.", ""),  # Chambéry's code: not Aix-les-Bains's
])
def test_a_name_cut_short_beside_its_postal_code_is_that_codes_commune(geocoder, postal, commune, code):
    assert code_one(geocoder, code_postal=postal, commune=commune)["code_commune_insee"] == code


@pytest.mark.parametrize(("fields", "code"), [
    # under the postal code of one commune, another commune's name cut short (a neighbour's, a town's far away, one of
    # two names it may stand for): which is meant is unknown, not the postal code's commune
    (dict(code_postal="35000", commune="Cesson-Sév."), ""), (dict(code_postal="35000", commune="Clermont-Fd"), ""),
    (dict(code_postal="35000", commune="Saint-Jacques-de-la-L."), ""),
    (dict(code_postal="44000", commune="Saint-Sébastien-sur-L."), ""),
    (dict(code_postal="67000", commune="Illkirch-Graff."), ""),
    (dict(code_postal="06000", commune="St-Laurent-du-V."), ""),
    (dict(adresse="12 rue de la Poste, 35000 Cesson-Sév."), ""),
    # the name cut short of the postal code's commune, or a hamlet's name under it
    (dict(code_postal="35510", commune="Cesson-Sév."), "35051"),
    (dict(code_postal="44230", commune="Saint-Sébastien-sur-L."), "44190"),
    (dict(code_postal="29200", commune="Kerinou"), "29019"), (dict(code_postal="35200", commune="Le Blosne"), "35238"),
])
def test_a_one_commune_postal_code_with_another_communes_name_cut_short_is_a_conflict(geocoder, fields, code):
    assert code_one(geocoder, **fields)["code_commune_insee"] == code


@pytest.mark.parametrize(("fields", "code"), [
    # the first word cut to its head and a full stop, the rest whole: the one commune so named
    (dict(commune="V. d'Ascq"), "59009"), (dict(commune="C. Ferrand"), "63113"),
    (dict(commune="Charl. Mézières"), "08105"), (dict(code_postal="59650", commune="V. d'Ascq"), "59009"),
    (dict(adresse="Salle Dutoit, 12 rue X, V. d'Ascq"), "59009"),
    # a street cut short, a person's initial, several names, another commune's name under a one-commune postal code
    (dict(commune="Ch. des Bois"), ""), (dict(commune="Pl. de la Tour"), ""), (dict(commune="J. Jaurès"), ""),
    (dict(commune="L. sur Mer"), ""), (dict(code_postal="59000", commune="V. d'Ascq"), ""),
])
def test_a_name_whose_first_word_is_cut_short_is_that_commune(geocoder, fields, code):
    assert code_one(geocoder, **fields)["code_commune_insee"] == code


@pytest.mark.parametrize(("fields", "code"), [
    # a double-barrelled name cut by a line break after its hyphen: the commune, not what its last line is one letter
    # from (Averton, Mayenne; Vic-sur-Cère) nor a homonym of the last line
    (dict(commune="Saint-\nAvertin"), "37208"), (dict(commune="Mantes-\nla-Jolie"), "78361"),
    (dict(commune="Vic-\nle-Comte"), "63457"), (dict(commune="Villeneuve-\r\nd'Ascq"), "59009"),
    (dict(adresse="Salle des fêtes\n12 rue de la Gare\n37550 SAINT-\nAVERTIN"), "37208"),
    (dict(adresse="Salle X\nMantes-\nla-Jolie"), "78361"),
    (dict(commune="Saint-\nClément"), ""), (dict(adresse="Salle X\nSaint-\nLéonard"), ""),  # homonyms: no code
    (dict(commune="Saint-\nClément", code_region_source="27"), "89338"),  # the one of the source's région
])
def test_a_name_cut_by_a_line_break_after_its_hyphen_is_that_name(geocoder, fields, code):
    assert code_one(geocoder, **fields)["code_commune_insee"] == code


@pytest.mark.parametrize(("fields", "code"), [
    # a venue, then a town of homonyms: the one in the source's région, as for the town's name alone
    (dict(commune="Salle polyvalente - La Rochelle", code_region_source="75"), "17300"),
    (dict(commune="Maison de quartier – Valence", code_region_source="84"), "26362"),
    (dict(commune="Saint-Raphaël (quartier de la Gare)", code_region_source="93"), "83118"),
    (dict(commune="Espace culturel - Saint-Raphaël", code_region_source="75"), "24493"),
    (dict(commune="Salle polyvalente - Saint-Raphaël"), ""),  # no région: either
    (dict(commune="Salle polyvalente - Saint-Raphaël", code_region_source="53"), ""),  # none in the région
    # Valence (Charente) in the région of Valence-en-Poitou, forty times as populous: maybe that town said short
    (dict(commune="Salle polyvalente - Valence", code_region_source="75"), ""),
    (dict(commune="Valence", code_region_source="75"), ""),
])
def test_a_venue_then_a_towns_homonyms_is_the_one_of_the_sources_region(geocoder, fields, code):
    assert code_one(geocoder, **fields)["code_commune_insee"] == code


@pytest.mark.parametrize(("fields", "code"), [
    # a name alone that a commune of another région bears and a commune of the source's région bore before a merger
    # or a renaming: the latter (Chavagné, absorbed in La Crèche; Pont-l'Abbé-d'Arnoult, Pont-l'Abbé until renamed;
    # Ballon, in Ballon-Saint Mars)
    (dict(commune="Chavagné", code_region_source="75"), "79048"),
    (dict(commune="Pont-l'Abbé", code_region_source="75"), "17284"),
    (dict(commune="Ballon", code_region_source="52"), "72023"),
    # the current commune in its own région, or without région
    (dict(commune="Chavagne", code_region_source="53"), "35076"), (dict(commune="Chavagné"), "35076"),
    (dict(commune="Pont-l'Abbé", code_region_source="53"), "29220"), (dict(commune="Ballon"), "17032"),
    # a town of another région (Montauban, Tarn-et-Garonne) or Montauban-de-Bretagne's former name: either
    (dict(commune="Montauban", code_region_source="53"), ""), (dict(commune="Montauban"), "82121"),
])
def test_a_name_alone_borne_before_a_merger_in_the_sources_region_is_that_commune(geocoder, fields, code):
    assert code_one(geocoder, **fields)["code_commune_insee"] == code


@pytest.mark.parametrize(("commune", "code"), [
    # a commune absorbed long ago, then its département or région by name, as by its code
    ("Maroué, Côtes-d'Armor", "22093"), ("Maroué (22)", "22093"), ("Maroué, Bretagne", "22093"),
    ("Chavagné, Deux-Sèvres", "79048"), ("Ballon, Sarthe", "72023"), ("Belleville-sur-Bar, Ardennes", "08057"),
    ("La Celle-sur-Seine, Seine-et-Marne", "77494"), ("Saint-Génard, Deux-Sèvres", "79251"),
    ("Loutremange, Moselle", "57150"), ("Namps-au-Val - Somme", "80582"), ("Loutremange, Grand Est", "57150"),
    ("Civrac-de-Dordogne", "33127"),  # a former name that ends with a territory's is that name
    ("Maroué, Gironde", ""),  # not its territory
])
def test_a_former_communes_name_before_its_territory_is_that_commune(geocoder, commune, code):
    assert code_one(geocoder, commune=commune)["code_commune_insee"] == code


@pytest.mark.parametrize(("commune", "code", "arrondissement"), [
    # an arrondissement of Paris, Marseille or Lyon and another commune: two places, not the commune after it
    ("Paris 15e - Vanves", "", ""), ("Paris 15e - Issy-les-Moulineaux", "", ""), ("Lyon 7e - Villeurbanne", "", ""),
    ("Marseille 8e - Aubagne", "", ""), ("Paris 12e, Vincennes", "", ""), ("Vincennes / Paris 12e", "", ""),
    # its quarter after it, named as villages of other régions (La Chapelle, Saint-Martin) or no commune
    ("Paris 18e - La Chapelle", "75056", "75118"), ("Paris 10e - Saint-Martin", "75056", "75110"),
    ("Paris 12e, Bercy", "75056", "75112"),
])
def test_an_arrondissement_and_another_commune_are_two_places(geocoder, commune, code, arrondissement):
    out = code_one(geocoder, commune=commune)
    assert (out["code_commune_insee"], out["code_arrondissement_municipal"]) == (code, arrondissement)


@pytest.mark.parametrize(("commune", "code", "arrondissement"), [
    # an arrondissement, then its quarter in brackets, after a dash or a comma, or after a blank
    ("Paris 17ème (Batignolles)", "75056", "75117"), ("Paris 17e, Batignolles", "75056", "75117"),
    ("Paris 17 Batignolles", "75056", "75117"), ("Lyon 3e (Part-Dieu)", "69123", "69383"),
    ("Lyon 3e - Part-Dieu", "69123", "69383"), ("Marseille 13e (Château-Gombert)", "13055", "13213"),
    ("Marseille 13ème - Château Gombert", "13055", "13213"), ("Paris 20e (Belleville)", "75056", "75120"),
    ("Paris 18e (Montmartre)", "75056", "75118"),
    ("Paris 15e Vanves", "", ""), ("Lyon 7e (Villeurbanne)", "", ""),  # another commune: two places
])
def test_an_arrondissement_then_its_quarter_is_that_arrondissement(geocoder, commune, code, arrondissement):
    out = code_one(geocoder, commune=commune)
    assert (out["code_commune_insee"], out["code_arrondissement_municipal"]) == (code, arrondissement)


@pytest.mark.parametrize(("fields", "code"), [
    # « Le Bourg », a village's centre, beside the town's name: that town (not Le Bourg, Lot, nor two places)
    (dict(commune="Le Bourg, Plouguerneau"), "29195"), (dict(commune="Plouguerneau, Le Bourg"), "29195"),
    (dict(commune="Le Bourg, Plouguerneau (29)"), "29195"), (dict(commune="Le Bourg, Sarzeau"), "56240"),
    (dict(commune="Bourg, Pleyber-Christ"), "29163"), (dict(commune="Le Quartier, Riom"), "63300"),
    (dict(commune="Le Bourg, Rennes, Brest"), ""),  # two towns still
    (dict(commune="Le Bourg"), "46034"),  # the commune's name alone
])
def test_the_centre_of_a_village_beside_its_town_is_that_town(geocoder, fields, code):
    assert code_one(geocoder, **fields)["code_commune_insee"] == code


@pytest.mark.parametrize(("fields", "code"), [
    # the town named as a town, or its centre
    (dict(commune="Ville de Lorient"), "56121"), (dict(commune="Commune de Plouguerneau"), "29195"),
    (dict(commune="Centre-ville de Rennes"), "35238"), (dict(adresse="Ville de Rennes"), "35238"),
    (dict(commune="Ville de Paris"), "75056"),
    (dict(commune="Commune de Saint-Denis"), ""),  # homonyms
    (dict(commune="Ville nouvelle de Marne-la-Vallée"), ""),  # no commune
    # communes named « Ville du … », « Ville d'… »: themselves (not Le Bois, absorbed in Grand-Aigueblanche)
    (dict(commune="La Ville-du-Bois"), "91665"), (dict(commune="LA VILLE DU BOIS"), "91665"),
    (dict(adresse="Place de la Mairie, La Ville-du-Bois"), "91665"), (dict(commune="Ville-d'Avray"), "92077"),
])
def test_a_town_named_as_a_town_is_that_commune(geocoder, fields, code):
    assert code_one(geocoder, **fields)["code_commune_insee"] == code


@pytest.mark.parametrize(("fields", "code"), [
    # a postal code glued after the town, or after the street before the town
    (dict(commune="Rennes35000"), "35238"), (dict(commune="QUIMPER29000"), "29232"),
    (dict(commune="Lyon69003"), "69123"), (dict(adresse="12 rue de Brest35000 Rennes"), "35238"),
    (dict(adresse="Place de la Mairie44000Nantes"), "44109"),
    (dict(commune="Rennes29000"), ""),  # Quimper's code: a conflict
])
def test_a_postal_code_glued_to_the_word_before_it_is_read(geocoder, fields, code):
    assert code_one(geocoder, **fields)["code_commune_insee"] == code


@pytest.mark.parametrize(("commune", "code"), [
    ("Saint-Denis de la Réunion", "97411"),  # a town joined to its territory by a word
    ("Saint-Pierre de la Martinique", "97225"),
    ("Rennes en Bretagne", "35238"),
    ("Rennes en Gironde", ""),  # not that Rennes's territory
    ("Pont de l'Isère", "26250"),  # a commune's own name: Pont-de-l'Isère, not a Pont in the Isère
    ("Saint-Julien en Genevois", "74243"),
])
def test_a_town_joined_to_its_territory_by_a_word_is_that_commune(geocoder, commune, code):
    assert code_one(geocoder, commune=commune)["code_commune_insee"] == code


@pytest.mark.parametrize(("commune", "code", "alert"), [
    ("Athis-Mons (Hyper-centre)", "91027", ""),  # Mons within a French commune's name: not the Belgian city
    ("Gare, Athis-Mons", "91027", ""),
    ("Zone artisanale, Saint-Sébastien-sur-Loire", "44190", ""),
    ("Mons (Belgique)", "", "hors de France"),
    ("Athis-Mons, Bruxelles", "", "hors de France"),
])
def test_a_foreign_citys_name_within_a_french_communes_is_not_abroad(geocoder, commune, code, alert):
    out = code_one(geocoder, commune=commune)
    assert (out["code_commune_insee"], out["geocodage_alerte"]) == (code, alert)


@pytest.mark.parametrize(("postal", "said"), [
    ("44000", "Renne"), ("35000", "Nantess"), ("33000", "Merignak"), ("72000", "Anger"),  # a town one letter away
    ("75012", "Vincenne"), ("75020", "Bagnolé"),  # a neighbour of Paris, under a Paris postal code
    ("29000", "Plougastel"), ("67000", "Illkirch"), ("75015", "Issy"),  # another town said short
])
def test_a_one_commune_postal_code_with_a_name_meaning_another_town_is_a_conflict(geocoder, postal, said):
    """Under the postal code of one commune, a name no commune bears is read as a hamlet of it; not when the name is a
    town's one typing error away (of 20,000 inhabitants or more, or of the postal code's département) or another
    town's short name: the code of one and the name of the other, which is right is unsaid."""
    out = code_one(geocoder, code_postal=postal, commune=said)
    assert (out["code_commune_insee"], out["geocodage_alerte"]) == ("", ALERT_POSTAL_NAME), out


@pytest.mark.parametrize(("postal", "said"), [
    ("13008", "Aix-en-Provence"),  # Marseille 8e's postal code
    ("69001", "Villeurbanne"), ("33000", "Mérignac"), ("35000", "Saint-Malo"), ("44100", "Saint-Herblain"),
    ("31000", "Blagnac"), ("06000", "Cannes"), ("13100", "Marseille"), ("69100", "Lyon"),  # a PLM city's name too
    ("34000", "Lattes"), ("38000", "Échirolles"),
])
def test_the_postal_code_of_another_commune_of_the_departement_is_a_conflict(geocoder, postal, said):
    """A postal code that serves other communes beside the exact name of one it does not serve, in the same
    département: two places, which is right is unsaid (it was the named commune, with the alert « code postal d'une
    autre commune »), as across départements."""
    out = code_one(geocoder, code_postal=postal, commune=said)
    assert (out["code_commune_insee"], out["geocodage_alerte"]) == ("", ALERT_POSTAL_NAME), out


@pytest.mark.parametrize(("fields", "code"), [
    (dict(code_postal="13008", commune="Aix-en-Provence CEDEX"), "13001"),  # an office's CEDEX code
    (dict(code_postal="13008 CEDEX 08", commune="Aix-en-Provence"), "13001"),
    (dict(code_postal="13100", commune="Marseille Cedex 1"), "13055"),
])
def test_a_cedex_code_of_another_commune_leaves_the_name_to_decide(geocoder, fields, code):
    out = code_one(geocoder, **fields)
    assert (out["code_commune_insee"], out["geocodage_alerte"]) == (code, ALERT_POSTAL_OTHER), out


def test_a_point_picks_the_commune_of_a_postal_code_and_name_in_conflict(geocoder):
    # Cours Mirabeau, Aix-en-Provence, with the postal code of Marseille 8e
    out = code_one(geocoder, code_postal="13008", commune="Aix-en-Provence", latitude=43.5263, longitude=5.4474)
    assert (out["code_commune_insee"], out["geocodage_methode"]) == ("13001", "coordonnees"), out


@pytest.mark.parametrize(("postal", "said"), [
    ("75011", "Montreuil-sous-Bois"), ("75011", "Montreuil sous Bois"),  # Montreuil (93) by its usual long name
    ("35000", "Nantes Métropole"), ("29200", "Rennes Métropole"), ("44000", "Rennes Métropole"),  # another's métropole
    ("31000", "Bordeaux Métropole"), ("93100", "Métropole du Grand Paris"), ("69001", "Toulouse Métropole"),
    ("29200", "Grand Nantes"), ("29200", "Lannion-Trégor Communauté"),  # « Grand X », « X Communauté »
])
def test_a_one_commune_postal_code_with_a_name_that_begins_with_a_town_of_another_departement_is_a_conflict(
        geocoder, postal, said):
    """Under the postal code of one commune, a name no commune bears that begins with the whole name of a town of
    20,000 inhabitants or more in another département (or an intercommunality's name that holds one) is that town's,
    by a name the coder does not know, or its métropole's: not a hamlet of the postal code's commune."""
    out = code_one(geocoder, code_postal=postal, commune=said)
    assert (out["code_commune_insee"], out["geocodage_alerte"]) == ("", ALERT_POSTAL_NAME), out


@pytest.mark.parametrize(("postal", "said"), [
    ("35000", "Rennes Métropole"), ("44000", "Nantes Métropole"), ("33000", "Bordeaux Métropole"),
    ("31000", "Grand Toulouse"), ("59000", "Lille Métropole"), ("13200", "Pont-de-Crau"),  # Pont (21): a village
    ("69125", "Lyon Saint-Exupéry"),
])
def test_a_name_that_begins_with_a_town_of_the_postal_codes_departement_is_still_read_under_it(
        geocoder, postal, said):
    """The métropole of the postal code's own town, a hamlet or quarter named after a town of the same département or
    after a village stays coded by the postal code of one commune (alert `nom de commune non reconnu`)."""
    out = code_one(geocoder, code_postal=postal, commune=said)
    assert (out["geocodage_methode"], out["geocodage_alerte"]) == (
        "code_postal_seul", "nom de commune non reconnu"), out


@pytest.mark.parametrize(("postal", "said", "code"), [
    ("75018", "Montmartre", "75056"), ("75020", "Charonne", "75056"), ("75015", "Grenelle", "75056"),
    ("44000", "Chantenay", "44109"), ("25000", "Planoise", "25056"), ("35200", "Le Blosne", "35238"),
    ("67000", "Neudorf", "67482"),
])
def test_a_quarter_under_its_towns_postal_code_is_that_town(geocoder, postal, said, code):
    """A quarter's name one letter from a village far away (Charonne: Chavonne, Aisne) is no conflict."""
    out = code_one(geocoder, code_postal=postal, commune=said)
    assert (out["code_commune_insee"], out["geocodage_methode"]) == (code, "code_postal_seul"), out


@pytest.mark.parametrize("said", ["La Réunion", "Réunion", "Landes", "Allier", "Indre", "Corrèze", "Doubs"])
def test_a_territorys_name_alone_is_not_the_village_of_that_name(geocoder, said):
    """« La Réunion » alone is the island far more often than La Réunion (Lot-et-Garonne, 500 inhabitants)."""
    out = code_one(geocoder, commune=said)
    assert (out["code_commune_insee"], out["geocodage_alerte"]) == ("", "lieux multiples ou territoire entier"), out


def test_a_territorys_name_that_a_town_bears_and_the_village_with_its_postal_code_are_coded(geocoder):
    assert code_one(geocoder, commune="Vienne")["code_commune_insee"] == "38544"
    assert code_one(geocoder, code_postal="47700", commune="La Réunion")["code_commune_insee"] == "47222"


@pytest.mark.parametrize(("said", "town"), [
    ("Villefranche", "Villefranche-sur-Saône"), ("Tremblay", "Tremblay-en-France"),  # déléguées elsewhere
])
def test_a_village_name_that_a_towns_name_begins_is_that_towns_short_name_too(geocoder, said, town):
    out = code_one(geocoder, commune=said)
    assert (out["code_commune_insee"], out["geocodage_alerte"]) == ("", f"ambigu : nom court de {town}"), out


def test_a_former_communes_name_stays_its_own_when_the_town_it_begins_is_a_village(geocoder):
    """« Loché » alone is Loché, associated with Mâcon, not Loché-sur-Indrois (400 inhabitants): only a town of
    20,000 inhabitants or more takes a déléguée's or a former commune's name from it."""
    assert code_one(geocoder, commune="Loché")["code_commune_insee"] == "71270"


@pytest.mark.parametrize("said", ["Saint-Gilles-les-Bains"])
def test_two_errors_within_one_short_word_are_another_word_not_typos(geocoder, said):
    """« Saint-Gilles-les-Bains » (a resort of Saint-Paul, La Réunion) is not Saint-Gilles-les-Bois two errors away,
    two typos spread over a long name are."""
    assert code_one(geocoder, commune=said)["code_commune_insee"] == ""
    assert code_one(geocoder, commune="Boulogne-Bilancourrt")["code_commune_insee"] == "92012"


@pytest.mark.parametrize(("adresse", "code"), [
    ("Grenoble, Auvergne-Rhône-Alpes, France", "38185"),  # a town, its région and the country
    ("Ajaccio, Corse", "2A004"), ("Nouméa, Nouvelle-Calédonie", "98818"),
    ("Cherbourg-Octeville, France", "50129"), ("Annecy-le-Vieux", "74010"),  # a commune déléguée's name
    ("Toulouse, Parc des expositions", "31555"), ("Bordeaux - Hangar 14 - quai des Chartrons", "33063"),
    ("Place du Capitole, Toulouse, Occitanie, France", "31555"), ("Salle Vauban, Brest, Finistère", "29019"),
    ("La Ferme, Le Havre, Normandie, France", "76351"),  # a venue, then the town and its territory
    ("Rue de Lyon, Bretagne, France", ""), ("Maison des associations, Saint-Denis", ""),
    ("12 rue de Paris", ""), ("Rue de Lyon, France", ""), ("Gare de Lyon", ""), ("Saint-Denis, France", ""),
    ("Salle des fêtes, Bretagne", ""), ("La Rochelle, France", ""),
])
def test_an_address_that_is_the_only_place_written_is_read_as_a_commune_field_too(geocoder, adresse, code):
    """An iCalendar LOCATION or an address without postal code or city is read as the commune field would be when
    the address reading finds nothing, whole or from a comma on: a town with its territory, a former or delegated
    commune's name, a venue after the town. Streets and stations named after a town, homonyms, stay without code."""
    out = code_one(geocoder, adresse=adresse)
    assert out["code_commune_insee"] == code, out
    if code:
        assert out["geocodage_methode"] == "adresse_texte", out


@pytest.mark.parametrize(("fields", "code", "alert"), [
    ({"adresse": "Lieu, Genève"}, "", "hors de France"),  # not Renève (Côte-d'Or) one letter away
    ({"adresse": "Palais des Nations, Genève"}, "", "hors de France"),
    ({"adresse": "12 rue du Marché, Liège"}, "", "hors de France"),  # not Le Liège (Indre-et-Loire)
    ({"adresse": "Liège"}, "", "hors de France"), ({"commune": "Liège"}, "", "hors de France"),
    ({"commune": "Le Liège"}, "37127", ""),  # the French commune, with its article
    ({"adresse": "12 rue de Genève, 69003 Lyon"}, "69123", ""), ({"adresse": "Rue de Bruxelles, Lille"}, "59350", ""),
    ({"adresse": "Gare, Athis-Mons"}, "91027", ""),
])
def test_a_foreign_city_read_in_an_address_or_alone_is_abroad(geocoder, fields, code, alert):
    """The town an address ends with is tested for a foreign city as the commune field is; a foreign city's name that
    a French commune bears only with its article is the foreign city."""
    out = code_one(geocoder, **fields)
    assert (out["code_commune_insee"], out["geocodage_alerte"]) == (code, alert), out


@pytest.mark.parametrize("said", ["Lannion-Trégor Communauté", "Vitré Communauté", "Liffré-Cormier Communauté"])
def test_an_intercommunality_named_x_communaute_is_no_commune(geocoder, said):
    """« Lannion-Trégor Communauté » alone names the communes of an intercommunality, not Lannion and a quarter."""
    out = code_one(geocoder, commune=said)
    assert (out["code_commune_insee"], out["geocodage_alerte"]) == ("", "lieux multiples ou territoire entier"), out


@pytest.mark.parametrize(("commune", "code"), [
    ("Le Marché", ""),  # not La Marche (Nièvre): another article, another word
    ("Les Îles", ""),  # not Les Ilhes (Aude) one letter away: a place word
    ("La Baule", "44055"),  # not Baule (Loiret), which has no article: La Baule-Escoublac said short
    ("Havre", "76351"), ("Mureaux", "78440"),  # written without the article: still found
])
def test_a_name_written_with_an_article_is_not_a_commune_with_another(geocoder, commune, code):
    """A name is found without its article for names written without it (« Havre »), not for a name written with
    another article than the commune's."""
    assert code_one(geocoder, commune=commune)["code_commune_insee"] == code


@pytest.mark.parametrize(("fields", "code", "arm"), [
    (dict(adresse="Mairie du 10e, 72 rue du Faubourg Saint-Martin, Paris"), "75056", "75110"),
    (dict(commune="Paris", adresse="Mairie du 10e, 72 rue du Faubourg Saint-Martin"), "75056", "75110"),
    (dict(commune="Paris", adresse="Salle des fêtes de la mairie du XVIIIe, 1 place Jules Joffrin"), "75056", "75118"),
    (dict(commune="Paris", adresse="Bibliothèque, 12 rue X (10ème arrondissement)"), "75056", "75110"),
    (dict(commune="Paris, Xe arrondissement"), "75056", "75110"),
    (dict(adresse="Mairie du 3e arr., Lyon"), "69123", "69383"),
    (dict(commune="Lyon", adresse="Mairie du 1er arrondissement, 2 place Sathonay"), "69123", "69381"),
    (dict(commune="Marseille", adresse="Maison de quartier, 13e arrondissement"), "13055", "13213"),
    (dict(commune="Marseille", adresse="Mairie des 1er et 7e arrondissements"), "13055", ""),  # two: none
    (dict(commune="Marseille", adresse="Mairie du 4e secteur"), "13055", ""),  # a sector, not the 4th
    (dict(commune="Paris", adresse="10e étage, tour Montparnasse"), "75056", ""),  # an ordinal alone names none
    (dict(commune="Paris", adresse="Mairie du 11e, 12 place Léon Blum, 75010 Paris"), "75056", ""),  # 11th or 10th?
])
def test_an_arrondissement_named_by_its_ordinal_in_a_venue_or_address_is_read(geocoder, fields, code, arm):
    out = code_one(geocoder, **fields)
    assert (out["code_commune_insee"], out["code_arrondissement_municipal"]) == (code, arm), out


@pytest.mark.parametrize(("said", "code"), [
    ("Montpelier", "34172"),  # Montpellier with an « l » lost, not Montélier (Drôme) with a « p » added
    ("Montpelier, France", "34172"), ("Strasbour, France", "67482"),
    ("Limoge", "87085"), ("Villeurbane", "69266"), ("Argenteil", "95018"),
])
def test_a_city_name_with_a_letter_lost_is_that_city(geocoder, said, code):
    out = code_one(geocoder, commune=said)
    assert (out["code_commune_insee"], out["geocodage_alerte"]) == (code, ALERT_FUZZY), out


@pytest.mark.parametrize(("said", "city"), [
    ("Nante", "44109"),  # five letters: Nant, Nance, Cante are as near
    ("Montpelie", "34172"),  # two letters from Montpellier
    ("Mareille", "13055"),  # Marseille with its « s » lost, or Mareilles (52) with its own: not a doubled letter
    ("Limogs", "87085"),
])
def test_a_letter_lost_is_not_corrected_towards_a_city_when_too_short_or_too_far(geocoder, said, city):
    assert code_one(geocoder, commune=said)["code_commune_insee"] != city, said


@pytest.mark.parametrize(("fields", "code", "method"), [
    (dict(commune="Gustavia"), "97701", "commune_seule"),
    (dict(commune="GUSTAVIA"), "97701", "commune_seule"),
    (dict(commune="Marigot"), "97801", "commune_seule"),  # the seat of Saint-Martin, not Le Marigot (972)
    (dict(commune="Marigot (Saint-Martin)"), "97801", "code_postal_commune"),  # as « Rennes (Ille-et-Vilaine) »
    (dict(commune="Mata-Utu"), "98613", "commune_seule"),
    (dict(commune="Mata'utu"), "98613", "commune_seule"),
    (dict(commune="Matā'utu"), "98613", "commune_seule"),
    (dict(code_postal="97133", commune="Gustavia"), "97701", "code_postal_commune"),
    (dict(code_postal="98600", commune="Mata Utu"), "98613", "code_postal_commune"),
    (dict(adresse="Rue Jeanne d'Arc, Gustavia"), "97701", "adresse_texte"),
    (dict(commune="Le Marigot"), "97216", "commune_seule"),  # the Martinique's commune keeps its article
    (dict(code_postal="97225", commune="Marigot"), "97216", "code_postal_commune"),
])
def test_the_seat_of_an_overseas_collectivity_is_its_commune(geocoder, fields, code, method):
    """« Gustavia » and « Mata-Utu » alone were « commune introuvable », « Marigot » alone was Le Marigot
    (Martinique): the seats the COG does not name, of a collectivity that is one commune or of a circonscription."""
    out = code_one(geocoder, **fields)
    assert (out["code_commune_insee"], out["geocodage_methode"]) == (code, method), out


@pytest.mark.parametrize(("fields", "code", "departement", "region"), [
    (dict(code_postal="97150", commune="Marigot"), "97801", "978", "978"),  # chef-lieu; not Le Marigot (972)
    (dict(adresse="12 rue de la République, 97150 Marigot"), "97801", "978", "978"),
    (dict(code_postal="97150", commune="Grand-Case"), "97801", "978", "978"),
    (dict(code_postal="97133", commune="Gustavia"), "97701", "977", "977"),
    (dict(code_postal="97133", commune="Colombier"), "97701", "977", "977"),  # a quarter; also communes elsewhere
    (dict(code_postal="97133", commune="Saint-Jean"), "97701", "977", "977"),
    (dict(code_postal="97500", commune="Saint-Pierre"), "97502", "975", "975"),
    (dict(code_postal="97500", commune="Langlade"), "97501", "975", "975"),
    (dict(code_postal="97600", commune="Mamoudzou"), "97611", "976", "06"),  # Mayotte, a département
    (dict(code_postal="97133", commune="Lorient"), "", "", ""),  # a town of 20,000 elsewhere: still a conflict
    (dict(code_postal="97150", commune="Paris"), "", "", ""),
    (dict(code_postal="97200", commune="Marigot"), "", "", ""),  # Fort-de-France's code, Le Marigot's name
    # Communes of the Guadeloupe until 2007, still written so: they were conflicts
    (dict(commune="Saint-Martin (Guadeloupe)"), "97801", "978", "978"),
    (dict(commune="Saint-Barthélemy, Guadeloupe"), "97701", "977", "977"),
    (dict(commune="Saint-Martin (971)"), "97801", "978", "978"),
    (dict(commune="Saint-Louis (Guadeloupe)"), "97126", "971", "01"),  # Marie-Galante's, as before
    (dict(commune="Saint-Martin (Martinique)"), "", "", ""),  # never one
])
def test_a_locality_under_an_overseas_postal_code_is_not_a_village_of_another_territory(geocoder, fields, code,
                                                                                         departement, region):
    """A collectivity's code is published as both its département and its région (CONVENTIONS.md, section 5)."""
    out = code_one(geocoder, **fields)
    assert (out["code_commune_insee"], out["code_departement"], out["code_region"]) == (code, departement, region), out


@pytest.mark.parametrize("said", [
    "Paris et Île-de-France", "Paris et région parisienne", "Lyon et sa région", "Rennes et alentours",
    "Nantes et ses environs", "Rennes et Brest", "Région parisienne", "Banlieue de Lyon", "Agglomération rouennaise",
    "Grand Paris", "Grand Lyon", "Grand Nancy", "Grand Paris Sud", "Île-de-France", "Région Bretagne", "Mayotte",
    "Saint-Pierre-et-Miquelon", "Polynésie française", "France",
])
def test_a_wider_area_than_a_commune_is_said_so(geocoder, said):
    """A town and its surroundings, a métropole said « Grand X », a région, a département or a collectivity alone: no
    commune, and the alert says it is an area (« Grand Paris » was « conflit entre code postal et commune »: Grand, a
    commune of the Vosges, and Paris, a département)."""
    out = code_one(geocoder, commune=said)
    assert (out["code_commune_insee"], out["geocodage_alerte"]) == ("", ALERT_MULTIPLE), out


@pytest.mark.parametrize("said", [
    "Quimper Bretagne Occidentale", "Pau Béarn Pyrénées", "Caen la Mer", "Nice Côte d'Azur", "Paris Terres d'Envol",
    "Plaine Commune", "Est Ensemble", "Aix-Marseille-Provence", "CA Quimper Bretagne Occidentale",
])
def test_an_intercommunality_named_in_the_commune_field_is_an_area(geocoder, said):
    """An EPCI's or EPT's name (data/reference epci.parquet) is several communes: « Quimper Bretagne Occidentale »,
    « Caen la Mer », « Nice Côte d'Azur » and « Paris Terres d'Envol » (an EPT of Seine-Saint-Denis) were coded as the
    town they begin with, « Plaine Commune » was « commune introuvable »."""
    out = code_one(geocoder, commune=said)
    assert (out["code_commune_insee"], out["geocodage_alerte"]) == ("", ALERT_MULTIPLE), out


@pytest.mark.parametrize("said", ["Seine-Saint-Denis (93)", "Dordogne (24)", "Loire (42)", "Bretagne (35)",
                                  "Ain (01)", "Nord (59)"])
def test_a_territory_with_the_number_of_its_departement_is_an_area(geocoder, said):
    """A département or région followed by the number of a département it holds is that area, as without its number
    (it was « commune introuvable », or « conflit » where a commune elsewhere bears the name: Bretagne, Loire)."""
    out = code_one(geocoder, commune=said)
    assert (out["code_commune_insee"], out["geocodage_alerte"]) == ("", ALERT_MULTIPLE), out


@pytest.mark.parametrize(("said", "code"), [("Clermont (63)", "63113"), ("Aix (13)", "13001"), ("Aix (73)", "73008"),
                                            ("Vitry (94)", "94081"), ("Clermont (60)", "60157")])
def test_a_town_said_short_with_its_departement_is_that_town(geocoder, said, code):
    """« Clermont (63) » is Clermont-Ferrand, as « 63000 Clermont » is, though communes of other départements are named
    Clermont (it was « conflit entre code postal et commune »); « Clermont (60) » stays the commune of that name."""
    assert code_one(geocoder, commune=said)["code_commune_insee"] == code


@pytest.mark.parametrize(("said", "code"), [("Paris (75)", "75056"), ("Rennes (35)", "35238")])
def test_a_commune_named_like_its_territory_stays_the_commune(geocoder, said, code):
    assert code_one(geocoder, commune=said)["code_commune_insee"] == code


@pytest.mark.parametrize(("said", "code"), [
    ("Grand-Couronne", "76319"), ("Grand Quevilly", "76322"),  # communes named « Grand… »
    ("Paris, Île-de-France", "75056"), ("Saint-Martin-de-Ré", "17369"),
    ("Grand-Couronne, Haute-Normandie", "76319"), ("Bourg-et-Comin, Aisne", "02106"),  # « Grand », « et » in a name
    ("Bairon et ses Environs", "08116"),  # a commune of the Ardennes
    ("Mesigny-et-Vantoux", "21408"),  # Messigny-et-Vantoux mistyped, not Mésigny (74) and Vantoux (57)
])
def test_a_commune_whose_name_looks_like_an_area_is_coded(geocoder, said, code):
    assert code_one(geocoder, commune=said)["code_commune_insee"] == code


@pytest.mark.parametrize(("fields", "code", "alert"), [
    (dict(commune="Vitry"), "", "ambigu : nom court de 13 communes"),  # Vitry-sur-Seine, Vitry-le-François…
    (dict(adresse="12 rue Audigeois, Vitry"), "", "ambigu : nom court de 13 communes"),
    (dict(commune="Vitry (94)"), "94081", ALERT_FUZZY),  # the one of the Val-de-Marne
    (dict(commune="Vitry, Val-de-Marne"), "94081", ALERT_FUZZY),
    # … a département with several (Vitry-le-François, Vitry-la-Ville, Vitry-en-Perthois): ambiguous, not unknown
    (dict(commune="Vitry (51)"), "", "ambigu : nom court de 3 communes"),
    (dict(commune="Vitry, Marne"), "", "ambigu : nom court de 3 communes"),
    (dict(commune="Vitry (22)"), "", "commune introuvable"),  # none in the Côtes-d'Armor
    (dict(commune="Vitry", code_postal="94400"), "94081", ALERT_FUZZY),
    (dict(commune="Vitry", code_postal="94000"), "", ALERT_POSTAL_NAME),  # Créteil's code: was Créteil, a hamlet
    (dict(commune="Vitry", code_region_source="11"), "94081", ""),  # the CRESS Île-de-France's agenda
    (dict(commune="Vitry", latitude=48.7875, longitude=2.3928), "94081", ""),  # a point in Vitry-sur-Seine
])
def test_a_town_said_short_that_begins_several_communes_names_is_ambiguous_unless_told(geocoder, fields, code, alert):
    out = code_one(geocoder, **fields)
    assert (out["code_commune_insee"], out["geocodage_alerte"]) == (code, alert), out


@pytest.mark.parametrize(("fields", "code", "method"), [
    # Renamed before 2008 (INSEE history since 1943)
    (dict(commune="Châlons-sur-Marne"), "51108", "ancienne_commune"),  # Châlons-en-Champagne since 1998
    (dict(code_postal="51000", commune="Châlons-sur-Marne"), "51108", "ancienne_commune"),
    (dict(commune="Tremblay-lès-Gonesse"), "93073", "ancienne_commune"),  # Tremblay-en-France since 1989
    (dict(commune="Châtillon-sur-Sèvre"), "79079", "ancienne_commune"),  # Mauléon since 1965
    (dict(code_postal="01000", commune="Bourg"), "01053", "ancienne_commune"),  # Bourg-en-Bresse since 1955
    (dict(code_postal="08000", commune="charleville"), "08105", "ancienne_commune"),  # merged in 1966
    # Usual names, no commune's official name since 1943 (USUAL_NAMES, scripts/build_reference.py)
    (dict(commune="Montreuil-sous-Bois"), "93048", "ancienne_commune"),  # Montreuil
    (dict(commune="Montreuil sous Bois"), "93048", "ancienne_commune"),
    (dict(code_postal="93100", commune="Montreuil-sous-Bois"), "93048", "ancienne_commune"),
    (dict(adresse="12 rue de Paris, Montreuil-sous-Bois"), "93048", "adresse_texte"),
    (dict(commune="Boulogne-sur-Seine"), "92012", "ancienne_commune"),  # Boulogne-Billancourt since 1926
    (dict(code_postal="92100", commune="Boulogne-sur-Seine"), "92012", "ancienne_commune"),
    (dict(commune="Clichy-la-Garenne"), "92024", "ancienne_commune"),  # Clichy
    (dict(commune="Hyères-les-Palmiers"), "83069", "ancienne_commune"),  # Hyères
    # Regional-language names (REGIONAL_NAMES, scripts/build_reference.py): usual names too
    (dict(commune="Naoned"), "44109", "ancienne_commune"),  # Nantes, in Breton
    (dict(code_postal="44000", commune="Naoned"), "44109", "ancienne_commune"),
    (dict(commune="An Oriant"), "56121", "ancienne_commune"),  # Lorient
    (dict(commune="Sant Brieg"), "22278", "ancienne_commune"),  # Saint-Brieuc
    (dict(commune="Donibane-Lohizune"), "64483", "ancienne_commune"),  # Saint-Jean-de-Luz, in Basque
    (dict(commune="Aiacciu"), "2A004", "ancienne_commune"),  # Ajaccio, in Corsican
    (dict(code_postal="31000", commune="Tolosa"), "31555", "ancienne_commune"),  # Toulouse, in Occitan
    (dict(commune="Nissa"), "06088", "ancienne_commune"),  # Nice
    (dict(commune="Niça"), "06088", "ancienne_commune"),
    (dict(commune="Bordèu"), "33063", "ancienne_commune"),  # Bordeaux
    (dict(commune="Strossburi"), "67482", "ancienne_commune"),  # Strasbourg, in Alsatian
    (dict(commune="Strassburg"), "67482", "ancienne_commune"),  # and in German (« Straßburg »)
    (dict(commune="Rijsel"), "59350", "ancienne_commune"),  # Lille, in Flemish
    (dict(commune="Perpinyà"), "66136", "ancienne_commune"),  # Perpignan, in Catalan
    (dict(adresse="3 place de la Mairie, Perpinyà"), "66136", "adresse_texte"),
    (dict(adresse="12 rue de Strasbourg, 44000 Naoned"), "44109", "adresse_texte"),
    # Bilingual: the French name beside it, either side of a slash or a dash
    (dict(commune="Naoned / Nantes"), "44109", "commune_seule"),
    (dict(commune="Naoned/Nantes"), "44109", "commune_seule"),
    (dict(commune="Nantes / Naoned"), "44109", "commune_seule"),
    (dict(commune="Naoned - Nantes"), "44109", "commune_seule"),
    (dict(code_postal="44000", commune="Naoned / Nantes"), "44109", "code_postal_commune"),
    (dict(commune="Aiacciu / Ajaccio"), "2A004", "commune_seule"),
    (dict(commune="Kemper / Quimper"), "29232", "commune_seule"),  # Quimper
    (dict(commune="Châlons-sur-Marne / Châlons-en-Champagne"), "51108", "commune_seule"),  # a former name, the same
])
def test_an_old_or_usual_name_of_a_commune_is_that_commune(geocoder, fields, code, method):
    out = code_one(geocoder, **fields)
    assert (out["code_commune_insee"], out["geocodage_methode"], out["geocodage_alerte"]) == (code, method, ""), out


@pytest.mark.parametrize(("postal", "said"), [
    ("75011", "Boulogne-sur-Seine"), ("75011", "Montreuil-sous-Bois"), ("75011", "Châlons-sur-Marne"),
    ("93200", "Clichy-la-Garenne"),  # Saint-Denis's code
    ("29000", "Roazhon"),  # Quimper's code, Rennes in Breton
    ("75011", "Naoned"),
])
def test_an_old_or_usual_name_under_another_communes_postal_code_is_a_conflict(geocoder, postal, said):
    """« 75011 Boulogne-sur-Seine » was Paris 11e, the name read as a hamlet's: it names Boulogne-Billancourt."""
    out = code_one(geocoder, code_postal=postal, commune=said)
    assert (out["code_commune_insee"], out["geocodage_alerte"]) == ("", ALERT_POSTAL_NAME), out


@pytest.mark.parametrize("said", ["Rennes / Brest", "Roazhon / Brest", "Kemper / Kemperle", "Naoned / Nantes / Rezé"])
def test_two_towns_beside_a_slash_are_not_one(geocoder, said):
    """A slash takes the French name beside a regional one (« Naoned / Nantes ») only when both name one commune."""
    assert code_one(geocoder, commune=said)["code_commune_insee"] == ""


def test_a_name_cut_short_is_not_read_as_a_former_name(geocoder):
    # « Saint-Cast. » may be Saint-Castin (64) cut short as well as Saint-Cast-le-Guildo, called Saint-Cast until 1972
    assert code_one(geocoder, commune="Saint-Cast.")["code_commune_insee"] == ""
    assert code_one(geocoder, commune="Saint-Cast")["code_commune_insee"] == "22282"


@pytest.mark.parametrize(("venue", "commune"), [
    ("Maison de l'ESS, Poitiers", "86194"),
    ("Médiathèque de Poitiers", "86194"),
    ("Café associatif Le Local - Rennes", "35238"),
    ("Restaurant Chez Marcel, Lille", "59350"),
    ("Tiers-lieu La Cordée - Annecy", "74010"),
    ("Salle des fêtes, 29280 Plouzané", "29212"),
    # A venue's name alone, even a commune's (« Les Halles », Rhône), names no town; nor does « Café de Paris ».
    ("Les Halles", ""), ("Le Château", ""), ("Café de Paris", ""), ("Salle de la Mairie", ""),
    ("Parc de la Villette", ""), ("Maison de Quartier de Bellevue", ""), ("Salle de Beaulieu", ""),
])
def test_a_venue_alone_gives_the_town_it_names(geocoder, venue, commune):
    """A spreadsheet with one « Lieu » column (« Maison de l'ESS, Poitiers »), and nothing else placing the event, was
    « commune introuvable »: the venue was never read."""
    row = code_one(geocoder, lieu=venue)
    assert (row["code_commune_insee"] or "") == commune, row
    assert row["geocodage_methode"] == ("adresse_texte" if commune else "aucun")


def test_a_venue_beside_any_other_place_field_is_not_read(geocoder):
    """The venue is read only when nothing else places the event: a commune, a postal code, an address or a point
    decide as before."""
    assert code_one(geocoder, lieu="Maison de l'ESS, Poitiers", commune="Rennes")["code_commune_insee"] == "35238"
    assert code_one(geocoder, lieu="Maison de l'ESS, Poitiers", code_postal="35000")["code_commune_insee"] == "35238"
    assert code_one(geocoder, lieu="Maison de l'ESS, Poitiers", adresse="3 rue Jean Jaurès, 35000 Rennes")[
        "code_commune_insee"] == "35238"
    assert code_one(geocoder, lieu="Maison de l'ESS, Poitiers", latitude=48.1113, longitude=-1.6800)[
        "code_commune_insee"] == "35238"


def test_the_venue_read_as_the_address_is_part_of_what_is_kept_as_coded():
    """Two records alike but for their venue, nothing else placing them, are coded apart (the kept codes of one are
    not the other's); beside a commune the venue's name still does not matter."""
    from assets.lib.geocode import decisive_inputs

    frame = pd.DataFrame({"lieu": ["Maison de l'ESS, Poitiers", "Maison de l'ESS, Rennes", "Salle A", "Salle B"],
                          "commune": [None, None, "Rennes", "Rennes"], "adresse": [None] * 4})
    reduced = decisive_inputs(frame)
    assert reduced["adresse"].iloc[0] != reduced["adresse"].iloc[1]
    assert reduced.iloc[2].tolist() == reduced.iloc[3].tolist()


@pytest.mark.parametrize("field", ["adresse", "commune", "lieu"])
@pytest.mark.parametrize(("text", "commune"), [
    ("Salle polyvalente (Vannes)", "56260"), ("Ateliers du Vent (Rennes)", "35238"),
    ("Espace Culturel (Le Mans)", "72181"), ("Café (Ploermel)", "56165"),
    # Brackets that name no commune of their own, or several: nothing
    ("Salle A (Bâtiment Condorcet)", ""), ("Parc des expositions (Hall 3)", ""), ("Chez Paul (La Chapelle)", ""),
    ("Salle Jean Moulin (1er étage)", ""), ("Local (ancienne mairie)", ""), ("Le Bistrot (Saint-Martin)", ""),
])
def test_a_venue_with_its_town_in_brackets_gives_that_town(geocoder, field, text, commune):
    """« Salle polyvalente (Vannes) » was « commune introuvable » in every field: the brackets were read as a
    territory after a town (« Le Mans (Sarthe) »)."""
    assert (code_one(geocoder, **{field: text})["code_commune_insee"] or "") == commune


@pytest.mark.parametrize("said", [
    "Saint-Herblain / Nantes", "Brest ou Quimper", "Lorient & Vannes", "Toute la Bretagne", "Tout le Finistère",
    "Département du Nord", "Région Grand Est", "Dans toute l'Occitanie", "Tous les quartiers de Rennes",
])
def test_alternatives_and_whole_territories_are_several_places(geocoder, said):
    """These were « commune introuvable », as if the coder had failed to read one town; the abstention now says why."""
    row = code_one(geocoder, commune=said)
    assert not row["code_commune_insee"] and row["geocodage_alerte"] == "lieux multiples ou territoire entier", row


@pytest.mark.parametrize("said", [
    "Pays de Morlaix", "Pays Basque", "Pays de la Loire", "Île de Ré", "Ile d'Oléron", "Belle-Île-en-Mer",
    "Presqu'île de Crozon", "Iles de Lérins",
    # Villes nouvelles and technopoles, over several communes: « Sénart » was corrected to Senard (Meuse), a former
    # commune one letter away; « Saint-Quentin-en-Yvelines » was a conflict without a postal code
    "Sénart", "Marne-la-Vallée", "Saint-Quentin-en-Yvelines", "Cergy-Pontoise", "Sophia Antipolis",
    # A business district and an airport over several communes: « Paris La Défense » was coded Paris
    "La Défense", "Paris La Défense", "Paris-La Défense", "Roissy-CDG", "Roissy Charles de Gaulle",
])
def test_a_pays_an_island_or_a_peninsula_of_several_communes_is_a_territory(geocoder, said):
    """These were « commune introuvable » (or worse): no commune bears the name, which names a territory of several."""
    row = code_one(geocoder, commune=said)
    assert not row["code_commune_insee"] and row["geocodage_alerte"] == "lieux multiples ou territoire entier", row


@pytest.mark.parametrize(("said", "code"), [
    # An island that is one commune keeps its code, with or without its article and dashes
    ("Île d'Yeu", "85113"), ("Île-de-Bréhat", "22016"), ("Ile de Batz", "29082"), ("Île-aux-Moines", "56087"),
    ("Ile de Sein", "29083"), ("Le Palais", "56152"), ("Ilé", ""), ("Paysac", ""),
])
def test_an_island_that_is_one_commune_is_still_coded(geocoder, said, code):
    assert (code_one(geocoder, commune=said)["code_commune_insee"] or "") == code


@pytest.mark.parametrize(("fields", "code"), [
    # « Nord » after a town with a space alone: its north, as « Rennes Sud » is its south (these were conflicts:
    # Tours sought in the Nord)
    (dict(commune="Tours Nord"), "37261"), (dict(commune="Amiens Nord"), "80021"),
    (dict(commune="Marseille Nord"), "13055"), (dict(commune="Metz Nord"), "57463"),
    (dict(commune="Le Havre NORD"), "76351"), (dict(commune="Nantes Nord"), "44109"),
    (dict(adresse="Centre social, Caen Nord"), "14118"),
    # a town of the Nord stays the Nord's; written as a département, it still says the département
    (dict(commune="Cambrai Nord"), "59122"), (dict(commune="Lille Nord"), "59350"), (dict(commune="Tours (Nord)"), ""),
    (dict(commune="Tours, Nord"), ""), (dict(commune="Tours - Nord"), ""),
])
def test_nord_after_a_town_outside_the_nord_is_its_north(geocoder, fields, code):
    assert code_one(geocoder, **fields)["code_commune_insee"] == code


def test_a_ville_nouvelle_with_its_postal_code_is_the_commune_of_that_code(geocoder):
    assert code_one(geocoder, code_postal="77127", commune="Sénart")["code_commune_insee"] == "77251"
    assert code_one(geocoder, adresse="1 place de la Gare, 77420 Marne-la-Vallée")["code_commune_insee"] == "77083"


@pytest.mark.parametrize(("said", "code"), [
    ("Champigny/Marne", "94017"), ("Saint-Mard s/ le-Mont", "51500"), ("Rennes ou en ligne", "35238"),
    ("Tours", "37261"), ("Région", ""),
])
def test_a_slash_of_sur_a_hybrid_place_and_plain_names_are_read_as_before(geocoder, said, code):
    assert (code_one(geocoder, commune=said)["code_commune_insee"] or "") == code


@pytest.mark.parametrize(("address", "code"), [
    ("2 rue Jean Jaurès Vannes", "56260"), ("3 place de la Mairie Plouzané", "29212"),
    ("4 rue Victor Hugo St Brieuc", "22278"), ("Chemin du Moulin Le Faou", "29053"), ("2 rue de Brest Rennes", "35238"),
    # A street named after a town, or after someone whose name a commune bears elsewhere; a town of another région
    ("Rue de Brest", ""), ("Route de Quimper", ""), ("Rue Saint-Malo", ""), ("12 rue Paul Bert", ""),
    ("10 quai de la Fosse Nantes", ""), ("12 rue Nationale", ""),
])
def test_a_regional_sources_street_and_town_without_a_comma_give_the_town_of_its_region(geocoder, address, code):
    """« 2 rue Jean Jaurès Vannes », the only place a CRESS agenda wrote, was « commune introuvable »."""
    row = code_one(geocoder, adresse=address, code_region_source="53")
    assert (row["code_commune_insee"] or "") == code, row


def test_a_national_sources_street_and_town_without_a_comma_are_not_read(geocoder):
    """Without a région to keep to, the last words may be a street's (« Rue Paul Bert » is no Bert, Allier)."""
    assert not code_one(geocoder, adresse="2 rue Jean Jaurès Vannes")["code_commune_insee"]
