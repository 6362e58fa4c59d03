"""How a venue is written, read as the place it names (cases of the dense blind sets, scripts/blind_sets/dense_*): a
meeting point in front of a building is the building (« RDV mairie », « Parvis de l'Hôtel de Ville »); « Ciné » begins
a cinema's name (not a compound like « ciné-club »); a quarter the other record's title names is no other venue; a
venue field ending with its town's name (an ICS LOCATION « Marché de Wattrelos », « Emmaüs Saint-Egrève ») gives that
town when the edition names it, its venue the words before; a venue named after a commune other than its postal
address's (« Campus de Jacob-Bellecombette », at its university's address in Chambéry) may be given by that commune.
Each merge has its look-alike that stays apart."""

import random

import pytest

from assets.lib.dedup import deduplicate
from tests.lib.test_dedup import frame, merged_keys, placed_2022

START, END = "2022-11-13T14:00:00+01:00", "2022-11-13T16:30:00+01:00"


def _at(source: str, identifier: str, titre: str, organisateur: str, lieu: str, adresse: str, code_postal: str,
        commune: str, start: str = START, end: str = END) -> dict:
    return placed_2022(source, identifier, titre, start, end, organisateur, lieu, adresse, code_postal, commune)


def _one(index, *rows: dict) -> bool:
    keys = {f"{r['source']}:{r['source_identifiant']}" for r in rows}
    return keys in merged_keys(deduplicate(frame(*rows), index))


TOWN_HALL = _at("plateforme", "43", "Balade découverte des tiers-lieux de Villeneuve-d'Ascq", "Cap Tiers-Lieux",
                "Parvis de l'Hôtel de Ville", "Place Salvador Allende", "59650", "Villeneuve-d'Ascq")
CINEMA = _at("plateforme", "106", "Ciné-débat « La part des autres »", "Les Amis du Monde diplomatique",
             "Cinéma Orson Welles - Maison de la Culture", "2 place Léon Gontier", "80000", "Amiens",
             "2022-11-08T20:00:00+01:00", "2022-11-08T22:30:00+01:00")
MARKET = _at("plateforme", "42", "Disco soupe au marché", "Les Jardins du Sartel", "Place du Marché",
             "Place Delvainquière", "59150", "Wattrelos", "2022-11-19T10:00:00+01:00", "2022-11-19T13:00:00+01:00")
FORUM = _at("plateforme", "45", "Forum de l'emploi et de l'insertion à Hautepierre", "Réseau des SIAE d'Alsace",
            "Salle polyvalente", "Boulevard Balzac", "67200", "Strasbourg")
CAMPUS = _at("plateforme", "61", "L'ESS en montagne : conférence", "Université Savoie Mont Blanc",
             "Campus de Jacob-Bellecombette", "27 rue Marcoz", "73000", "Chambéry")


@pytest.mark.parametrize(("listed", "other", "one"), [
    pytest.param(TOWN_HALL, _at("cress-hdf-tableur", "HDF-22-025", "Balade tiers-lieux", "CAP TL", "RDV mairie", "",
                                "", "Villeneuve-d'Ascq"), True, id="RDV mairie, the town hall's forecourt"),
    pytest.param(TOWN_HALL, _at("cress-hdf-tableur", "HDF-22-026", "Balade tiers-lieux", "CAP TL",
                                "RDV devant la médiathèque", "", "", "Villeneuve-d'Ascq"), False,
                 id="a walk starting from the library"),
    pytest.param(CINEMA, _at("reseau-picardie-ical", "cine@picardie", "La part des autres : projection-débat", "", "",
                             "Ciné Orson Welles", "", "", "2022-11-08T19:00:00Z", "2022-11-08T21:30:00Z"), True,
                 id="Ciné, the cinema"),
    pytest.param(_at("plateforme", "14", "Ciné-débat « Demain »", "Ciné Lumière", "Cinéma Ciné Lumière",
                     "Rue de Saint-Paul", "97420", "Le Port", "2022-11-17T18:30:00+04:00", "2022-11-17T21:00:00+04:00"),
                 _at("cress-reunion-tableur", "RE-06", "Ciné débat Demain", "Ciné Lumière", "Ciné Lumière", "", "97420",
                     "Le Port", "2022-11-17", ""), True, id="a cinema named « Ciné … »"),
    pytest.param(CINEMA, _at("reseau-picardie-ical", "cine2@picardie", "La part des autres : projection-débat", "", "",
                             "Ciné Saint-Leu", "", "", "2022-11-08T19:00:00Z", "2022-11-08T21:30:00Z"), False,
                 id="another cinema"),
    pytest.param(MARKET, _at("reseau-mel-ical", "disco@mel", "Disco Soupe Wattrelos", "", "", "Marché de Wattrelos",
                             "", "", "2022-11-19T09:00:00Z", "2022-11-19T12:00:00Z"), True,
                 id="the market of the town the LOCATION ends with"),
    pytest.param(_at("plateforme", "44", "Disco soupe au marché", "Les Jardins du Sartel", "Place du Marché",
                     "Place de la Liberté", "59100", "Roubaix", "2022-11-19T10:00:00+01:00",
                     "2022-11-19T13:00:00+01:00"),
                 _at("reseau-mel-ical", "disco@mel", "Disco soupe au marché", "", "", "Marché de Wattrelos", "", "",
                     "2022-11-19T09:00:00Z", "2022-11-19T12:00:00Z"), False,
                 id="the market of another town"),
    pytest.param(_at("plateforme", "692", "Ciné-rencontre « La Filature »", "Fédération des centres sociaux du Nord",
                     "Moulin de Wattrelos", "11 allée de Wazemmes", "59000", "Lille"),
                 _at("reseau-lille-ical", "cine@lille", "Ciné-rencontre « La Filature »", "", "", "Moulin de Wattrelos",
                     "", ""), True,
                 id="a venue named after the next town, which the edition gives in its own town"),
    pytest.param(CAMPUS, _at("reseau-savoie-ical", "usmb@savoie", "L'ESS en montagne : conférence USMB", "", "",
                             "Jacob-Bellecombette", "", ""), True, id="a campus named after its commune"),
    pytest.param(FORUM, _at("reseau-alsace-ical", "forum@alsace", "Forum insertion Hautepierre", "", "", "Hautepierre",
                            "", "", "2022-11-13T13:00:00Z", "2022-11-13T15:30:00Z"), True,
                 id="the quarter the other's title names"),
    pytest.param({**FORUM, "titre": "Forum de l'emploi et de l'insertion"},
                 _at("reseau-alsace-ical", "forum@alsace", "Forum insertion", "", "", "Neudorf", "", "",
                     "2022-11-13T13:00:00Z", "2022-11-13T15:30:00Z"), False,
                 id="a quarter the other's title does not name"),
    pytest.param(CAMPUS, _at("reseau-savoie-ical", "usmb@savoie", "L'ESS en montagne : conférence USMB", "", "",
                             "Annecy", "", ""), False, id="the same title in another town"),
])
def test_a_venue_read_as_the_place_it_names(listed, other, one, index):
    assert _one(index, listed, other) is one


@pytest.mark.parametrize("venue", [
    pytest.param("Ferme de Quincampoix", id="a farm named after a place that is a commune elsewhere"),
    pytest.param("Espace Anne de Bretagne", id="a person's name ending with a commune's"),
])
def test_a_venue_ending_with_a_commune_no_record_of_the_edition_gives_is_no_town(venue, index):
    listed = _at("plateforme", "7", "Marché des producteurs locaux", "Breizh Coop", venue, "115 quai Alphonse Guérin",
                 "35000", "Rennes")
    calendar = _at("reseau-rennes-ical", "marche@rennes", "Marché des producteurs locaux", "", "", venue, "", "")
    assert _one(index, listed, calendar)


def test_a_venue_with_a_dash_between_its_parts_is_read(index):
    # « Capitole - Salle des Illustres »: a word of punctuation alone between the venue's parts.
    rows = [_at("plateforme", "8", "Conférence : l'ESS à Toulouse", "Toulouse Métropole",
                "Capitole - Salle des Illustres", "Place du Capitole", "31000", "Toulouse"),
            _at("cress-occitanie-openagenda", "6008", "L'ESS à Toulouse : conférence", "Toulouse Métropole",
                "Capitole de Toulouse", "Place du Capitole, 31000 Toulouse", "31000", "Toulouse"),
            _at("reseau-toulouse-ical", "conf@toulouse", "Conférence ESS", "", "", "Théâtre + Cinéma - Narbonne", "",
                "")]
    groups = merged_keys(deduplicate(frame(*rows), index))
    assert any({"plateforme:8", "cress-occitanie-openagenda:6008"} <= group for group in groups)


# Words a venue or an address may be made of, the hostile ones among them: punctuation alone, articles, elisions,
# prefixes the venue rules read (« campus », « RDV », « parvis », « ciné »), communes' names, formulas.
_PIECES = ["-", "–", "|", ",", "(", ")", "'", "’", "de", "du", "d'", "l'", "la", "à", "campus", "RDV", "Rendez-vous",
           "devant", "parvis", "Ciné", "club", "Saint-Egrève", "Wattrelos", "Ville", "Hôtel", "Mairie", "quartier",
           "Saint-Cyprien", "Gare", "Rue", "12", "°", "M°", "\u200b", "", "Bretagne", ".", "…", "=SUM(A1)", "<b>", "Y"]


def test_hostile_venue_texts_are_read_and_every_record_published_or_merged(index):
    rng = random.Random(7)

    def text() -> str:
        return " ".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 6)))

    # Words of punctuation alone, in a place with its commune and in one without.
    fixed = [_at("plateforme", f"p{k}", "Repair café", "", venue, "", "59100", "Roubaix")
             for k, venue in enumerate(["- °", ". ,", "' –", "( )"])]
    fixed += [_at("reseau-ical", f"i{k}", "Repair café", "", "", venue, "", "")
              for k, venue in enumerate(["- °", "| …"])]
    sources = ["plateforme", "cress-openagenda", "reseau-ical", "cress-tableur"]
    trials = [fixed] + [
        [_at(rng.choice(sources), f"{trial}-{k}", rng.choice(["Repair café", "Forum ESS", text()]),
             rng.choice(["", text()]), text(), text(), rng.choice(["", "59100", "x"]),
             rng.choice(["", "Roubaix", text()]))
         for k in range(rng.randint(2, 5))]
        for trial in range(60)]
    for rows in trials:
        result = deduplicate(frame(*rows), index)
        published = {key for group in merged_keys(result) for key in group}
        assert published == {f"{r['source']}:{r['source_identifiant']}" for r in rows}, rows
