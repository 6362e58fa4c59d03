"""Place text as sources write it, reduced to what the commune coder compares: name keys, postal codes,
arrondissement numbers, département hints, and the markers of online, foreign or unreadable places.

Nothing here knows the COG: these functions only read strings, so they are cheap to test one by one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from assets.lib.text import BARE_MEETING_LINK, MEETING_MASK, PASSCODE_MASK, fold_all
from assets.lib.text import fold as _fold_text

# The same few thousand place strings are folded by several rules each: fold each once.
fold = functools.lru_cache(maxsize=262_144)(_fold_text)

# "St"/"Ste" and friends as written on envelopes and in spreadsheets.
_ABBREVIATIONS = {
    "st": "saint",
    "ste": "sainte",
    "sts": "saints",
    "stes": "saintes",
    "s": "sur",  # "Neuilly s/ Seine" folds to "neuilly s seine"
    "ss": "sous",
    "mt": "mont",
    "chx": "chateaux",
    "nd": "notre dame",  # « ND de Bondeville »; « N.-D.-de-Monts » folds to « n d de monts » (_expanded)
}
_ARTICLES = ("le", "la", "les", "l")
# What name_keys leaves to name_key: the article rules below need a bracket or a comma, the slash a slash.
_NOT_PLAIN_NAME = re.compile(r"[(\[,/]")
# Words that join a town to its territory (« Saint-Denis de la Réunion », « Rennes en Bretagne », « Brest dans le
# Finistère »).
_TERRITORY_LINKS = frozenset({"de", "en", "a", "au", "dans", "la", "le", "l", "du"})
# « Clichy s/s Bois », « Fontenay-s/s-Bois »: « sous » as envelopes abbreviate it (« s/ » alone is « sur »).
_SLASH_FOR_SOUS = re.compile(r"(?<![^\W\d_])s/s(?![^\W\d_])", re.IGNORECASE)
# « Villeneuve/Lot », « Neuilly/Seine »: the slash of « sur » between two words.
_SLASH_FOR_SUR = re.compile(r"(?<=[^\W\d_]{2})/(?=[^\W\d_])")
_ABBREVIATION_WORD = re.compile(rf"\b(?:{'|'.join(_ABBREVIATIONS)}|n d)\b")
# "Havre (Le)", "Abergement-Clémenciat (L')", "ROCHELLE (LA)": the INSEE "article postposé" form.
_TRAILING_ARTICLE = re.compile(r"^(?P<name>.+?)\s*[(\[]\s*(?P<art>l['’`]?|le|la|les)\s*[)\]]\s*$", re.IGNORECASE)
# "Sauve, La", "Mesnuls, Les", "Abergement-Clémenciat, L'": the article after a comma.
_COMMA_ARTICLE = re.compile(r"^(?P<name>[^,]+?)\s*,\s*(?P<art>l['’`]?|le|la|les)\s*$", re.IGNORECASE)
# A free-text place split by a dash: "2 Rue de Langoz - Loctudy", "Salle des fêtes – Plouguerneau".
# A hyphen only separates with spaces around it (commune names hold bare hyphens); an en or em dash
# always does.
_DASH_SEPARATOR = re.compile(r"\s+-+\s+|\s*[–—]+\s*")
_CEDEX = re.compile(r"(?:\bcedex|\s?c\s?edex|\bcdx)\b(?:\s*\d{1,3})?", re.IGNORECASE)  # also "BrestC EDEX"
_PARENTHESIS_DEPARTEMENT = re.compile(r"[(\[]\s*(\d{2}|2[ab]|97[1-6])\s*[)\]]", re.IGNORECASE)
# A département's code after the name without brackets (« Nice 06 », « Bayonne - 64 », « Saint-Denis, 974 »): no
# commune name holds a digit. Read after the arrondissements (« Marseille 13 » is the 13th). « 20 » is Corsica's
# code before 1976, still written (see CORSICA).
_DEPARTEMENT_CODE = r"(0[1-9]|[1-8]\d|9[0-5]|2[ab]|97[1-6])"
_TRAILING_DEPARTEMENT = re.compile(rf"(?<=[^\W\d_])[\s,;–—-]+{_DEPARTEMENT_CODE}\s*$", re.IGNORECASE)
# The same code between the name and a territory (« Saint-Denis 93 - Seine-Saint-Denis », « Rennes 35, Bretagne »):
# read as « Saint-Denis (93) - Seine-Saint-Denis », the territory then checked against it.
_MIDDLE_DEPARTEMENT = re.compile(
    rf"(?<=[^\W\d_])[\s,;–—-]+{_DEPARTEMENT_CODE}\s*[,;–—-]\s*(?=[^\W\d_][^\d]*$)", re.IGNORECASE
)
# Also glued to a word before it (« Rennes35000 », « rue X35000 Rennes »: fields joined without a blank), not to a
# code of one or two letters (« B12345 »).
_POSTAL_IN_TEXT = re.compile(r"(?:(?<![\w-])|(?<=[^\W\d_]{3}))(?:f\s*-\s*)?(\d{2})\s?(\d{3})(?![\d])",
                             re.IGNORECASE)
# Five-digit numbers that are not postal codes: CEDEX sorting codes, post-office boxes.
_NOT_POSTAL_PREFIX = re.compile(r"\b(?:cs|bp|tsa|cidex|case postale|sp)\s*\.?\s*$", re.IGNORECASE)
_PLM = {"paris": 20, "marseille": 16, "lyon": 9}
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}
_ARRONDISSEMENT = re.compile(
    r"^(?P<city>paris|marseille|lyon)\s*"
    r"(?:(?P<postal>(?:75|13|69)0\d\d|75116)|(?P<num>\d{1,2})|(?P<roman>[ivxl]{1,6})(?=\s*(?:e|er|eme|ieme|em|ere|arr|$)))"
    r"\s*(?:e|er|ere|eme|ieme|em|me)?\s*(?:arr(?:t|dt|ondissement)?s?)?$"
)
_ARRONDISSEMENT_FIRST = re.compile(
    r"^(?P<num>\d{1,2})\s*(?:e|er|ere|eme|ieme)?\s*arr(?:t|dt|ondissement)?\s*(?:de\s+)?(?P<city>paris|marseille|lyon)$"
)

# Wordings that can only mean an online meeting (folded text, whole words): the common ones, a meeting service's name,
# a meeting by telephone, a virtual class or meeting, the link sent on registration (« Le lien vous sera envoyé par
# mail »). A meeting's join link written without its scheme is a URL (_URL).
_SURELY_ONLINE_WORDINGS = (
    r"en ligne|online|visio\w*|web ?conf\w*|webinai?re?s?|zoom|teams|google meet|jitsi|distanciel|a distance"
    r"|skype|livestorm|webex|whereby|gotomeeting|gotowebinar|bigbluebutton|webikeo|tixeo|crowdcast|framatalk"
    r"|tele ?reunion\w*|tele ?conf\w*|audio ?conf\w*|(?:classe|reunion)s? virtuelles?"
    r"|lien(?: de (?:connexion|visio\w*|participation))?(?: (?:vous|vous sera|sera|est|sera alors))?"
    r" (?:(?:envoye|communique|transmis|donne)(?: par (?:e? ?mail|courriel))?|par e? ?mail"
    r"|(?:a l|sur|apres) inscription)"
)
# Online places: those wordings, and words that also name venues and broadcasts.
_ONLINE = re.compile(
    rf"\b({_SURELY_ONLINE_WORDINGS}|internet|live facebook|facebook live|youtube|twitch|discord|virtuel)\b"
)
# A URL, or a meeting's join link written without its scheme (« meet.google.com/abc-defg-hij »: text.MEETING_LINK).
_URL = re.compile(rf"https?://|www\.|{BARE_MEETING_LINK.pattern}", re.IGNORECASE)
_WHOLE_URL = re.compile(rf"(?:https?://|www\.)\S+|{BARE_MEETING_LINK.pattern}", re.IGNORECASE)
# Countries, and foreign cities that sources put in the town or last address field. Several cities
# are also French commune names (Mons, Liège via Le Liège): they only explain an abstention.
_FOREIGN_COUNTRY = re.compile(
    r"\b(belgique|belgium|suisse|switzerland|schweiz|luxembourg|allemagne|germany|deutschland|espagne|spain|"
    r"espana|italie|italy|italia|royaume uni|united kingdom|angleterre|england|portugal|pays bas|netherlands|"
    r"maroc|morocco|algerie|tunisie|senegal|mali|burkina faso|cote d ivoire|cameroun|canada|quebec|"
    r"etats unis|usa|monaco|andorre|autriche|irlande|pologne|grece|roumanie|ukraine|bresil|chine|japon|liban|"
    r"haiti|madagascar|congo|gabon|benin|togo|niger|guinee|mauritanie|tchad|vietnam|argentine|"
    r"mexique|chili|colombie|perou|danemark|suede|norvege|finlande|hongrie|tchequie|croatie|slovenie)\b"
)
_FOREIGN_CITY = re.compile(
    r"\b(bruxelles|brussel|liege|namur|charleroi|mons|tournai|mouscron|geneve|lausanne|montreal|dakar|tunis|"
    r"alger|casablanca|rabat|abidjan|bamako|ouagadougou|berlin|madrid|barcelone|barcelona|londres|london|rome|"
    r"milan|lisbonne|amsterdam|zurich|lugano|rotterdam|la haye|francfort|munich|hambourg|stuttgart|"
    r"sarrebruck|turin|vintimille|saint sebastien|bilbao|dublin|esch sur alzette)\b"
)
# Foreign postal codes written with a country prefix ("B-1000", "CH-1201", "L-1234", "D-10115").
_FOREIGN_POSTAL = re.compile(r"(?<![\w-])(?:b|ch|l|d|e|i|p|nl|mc)\s*-\s*\d{4,5}\b", re.IGNORECASE)
# Whole-field values that say "no place".
_PLACEHOLDERS = {
    "",
    "na",
    "n a",
    "nc",
    "nd",
    "ns",
    "none",
    "null",
    "nan",
    "inconnu",
    "inconnue",
    "non communique",
    "non renseigne",
    "a definir",
    "a preciser",
    "a venir",
    "a confirmer",
    "tbd",
    "tbc",
    "todo",
    "test",
    "xxx",
    "xx",
    "x",
    "aucun",
    "aucune",
    "neant",
    "divers",
    "sans",
    "autre",
    "lieu",
    "ville",
    "commune",
    "adresse",
    "voir description",
    "voir site",
    "cf description",
    "nous contacter",
    "sur inscription",
}
# The words of venues, some a commune's name with its article (« Salle » alone is not La Salle, Vosges).
VENUE_WORDS = frozenset(
    """
    abbaye auberge bibliotheque camping campus centre chapelle chateau cinema clinique college domaine
    eglise ecole ferme foyer gare gymnase halle hopital hotel jardin ludotheque lycee mairie maison manoir
    mediatheque moulin musee parc piscine plage prefecture prieure salle stade theatre universite
    """.split()
)
# Places that are not communes and that a source may write alone in the commune field: natural regions,
# historical "pays", massifs and valleys of France, and the words of venues. A name alone is corrected to
# the nearest commune only when it is not one of these: "Cévennes" is one letter from Chevennes, "Queyras"
# from Queyrac, "Mairie" from Mairé. Compiled for this project (no openly licensed gazetteer of French
# natural regions is published in the package registries this project may use); a name of this list
# that is also exactly a commune's name ("Beauce", "Verdon") stays that commune.
NOT_COMMUNE_PLACES = VENUE_WORDS | frozenset(
    """
    alpes alpilles alsace anjou aquitaine aravis ardenne argonne armagnac armor argoat artense artois aspe
    aubrac aunis auvergne auge avranchin barousse baronnies baretous basque beauce beaufortain beaujolais
    bearn belledonne berry bessin bigorre bocage boulonnais bourbonnais bourgogne bray brenne bresse
    bretagne brie briere bugey capcir camargue cantal caux causses cerdagne cevennes cezallier chablais
    chalosse champagne charolais chartreuse cheylard comminges conflent corbieres cornouaille cotentin
    couserans crau dauphine devoluy diois dombes esterel faucigny flandre flandres forez gascogne gatinais
    genevois gevaudan goelo hainaut hiemois houlme hurepoix jura labourd landes languedoc
    laonnois larzac lauragais lavedan leon lieuvin limagne limousin livradois lomagne lorraine lozere
    luberon mauges maine marais marche margeride matheysine maures maurienne medoc mercantour millevaches
    minervois morvan navarre nivernais normandie oisans ossau ouche penthievre perche perigord picardie
    pilat poitou ponthieu porhoet provence puisaye pyrenees queyras quercy roumois roussillon rouergue
    saintonge santerre segala sologne soissonnais soule sundgau tardenois tarentaise thierache touraine
    tregor trieves tricastin valois vallespir vannetais velay vendee vercors verdon vexin vimeu vivarais
    vosges xaintrie
    pays val vallee massif plateau plaine haut haute hautes bas basse monts montagne montagnes cote foret
    gorges causse naturel regional national ile iles
    """.split()
) | frozenset(NEW_TOWNS := (  # villes nouvelles, technopoles, a business district and an airport spread over
    # several communes none of which bears their name (« Sénart » is one letter from Senard, a former commune of the
    # Meuse; « Paris La Défense » is in Puteaux, Courbevoie, Nanterre and La Garenne-Colombes); compacted keys
    "senart", "melunsenart", "marnelavallee", "saintquentinenyvelines", "cergypontoise", "sophiaantipolis",
    "ladefense", "parisladefense", "roissycdg", "roissycharlesdegaulle"))


def names_a_non_commune(key: str) -> bool:
    """A name key (name_key) that is, or whose words are all, natural regions, pays or venue words."""
    words = [w for w in key.replace("-", " ").split() if w not in ("le", "la", "les", "l", "de", "du", "des")]
    return compact(key) in NOT_COMMUNE_PLACES or bool(words) and all(w in NOT_COMMUNE_PLACES for w in words)


_MULTIPLE = re.compile(
    r"\b(france entiere|toute la france|partout en france|plusieurs (?:lieux|villes|communes|sites)|"
    r"lieux multiples|divers lieux|toute la region|tout le departement|itinerant\w*)\b"
    # a whole région or département named (« Toute la Bretagne », « Tout le Finistère », « Département du Nord »,
    # « Région Grand Est »)
    r"|^(?:sur |dans |en )?(?:(?:tout|toute|tous|toutes) (?:la|le|l|les)|(?:le |la )?(?:departement|region)"
    r" (?:du|de la|de l|des|de|d)?) ?\w"
    # a town and what is around it (« Rennes et alentours », « Lyon et sa région »), or a town's wider area
    # (« Région parisienne », « Agglomération rouennaise », « Banlieue de Lyon »)
    r"|\bet (?:ses |les |son |sa |leurs? )?(?:environs|alentours|region|agglo(?:meration)?|metropole|banlieue|"
    r"peripherie|couronne|departement|territoire|communes? (?:voisines?|alentours|environnantes?))\b"
    r"|^(?:la |l )?(?:region|agglomeration|banlieue|peripherie|couronne) (?:parisienne|lyonnaise|marseillaise|"
    r"lilloise|toulousaine|bordelaise|nantaise|rennaise|grenobloise|strasbourgeoise|rouennaise|nicoise|de |d |du |des )"
)


@dataclass(frozen=True)
class PlaceName:
    """A commune field taken apart: the comparison key and what else the source wrote in it."""

    key: str  # folded, abbreviations expanded, article fronted: "saint denis", "le havre"
    postal_code: str = ""  # a postal code written in the name ("Marseille 13008", "35000 Rennes")
    departement: str = ""  # a département written in brackets ("Saint-Denis (93)")
    plm_city: str = ""  # "paris", "marseille" or "lyon" when an arrondissement is named
    arrondissement: int = 0  # its number (0 when not named)
    cedex: bool = False
    # A word cut short and marked by a full stop (« Charleville-Méz. »), not a usual abbreviation (« St. »): what
    # is missing was left out, not mistyped (no typo correction). Not a word without vowel (« Brst » is a typo too).
    cut: bool = False


def compact(key: str) -> str:
    """The key without spaces, so "villeneuve d ascq", "villeneuve dascq" and "villeneuvedascq" meet."""
    return key.replace(" ", "")


def without_article(key: str) -> str:
    """The key without a leading article: "le havre" -> "havre", "l ile saint denis" -> "ile saint denis"."""
    head, _, rest = key.partition(" ")
    return rest if head in _ARTICLES and rest else key


def leading_article(key: str) -> str:
    """The article a key begins with ("le havre": "le"), "" when none (the article without_article takes off)."""
    head, _, rest = key.partition(" ")
    return head if head in _ARTICLES and rest else ""


@functools.lru_cache(maxsize=200_000)
def name_key(text: str | None) -> str:
    """Comparison key of a commune name: case, accents, ligatures, hyphens and apostrophes folded,
    St/Ste expanded, a postposed article ("Havre (Le)") put in front. Empty for empty input."""
    if not text:
        return ""
    text = str(text).strip()
    match = _TRAILING_ARTICLE.match(text) or _COMMA_ARTICLE.match(text)
    if match:
        text = f"{match['art']} {match['name']}"
    if "/" in text:
        text = _SLASH_FOR_SOUS.sub(" sous ", text).replace("/", " / ")
    return _expanded(fold(text))


def _expanded(folded: str) -> str:
    """A folded name with its abbreviations written out."""
    tokens = folded.split()
    out = []
    for index, token in enumerate(tokens):
        expanded = _ABBREVIATIONS.get(token)
        # "s" and "ss" only between words ("Neuilly s/ Seine"), never as a name of their own; « N.-D. » (« n d »)
        # before other words is « Notre-Dame ».
        if token == "n" and index + 2 < len(tokens) and tokens[index + 1] == "d":
            token, tokens[index + 1] = "notre", "dame"
        elif expanded and (token not in ("s", "ss") or 0 < index < len(tokens) - 1):
            token = expanded
        out.append(token)
    return " ".join(out)


def name_keys(texts: list) -> list[str]:
    """[name_key(text) for text in texts] (the official names of the reference: tens of thousands), all the texts
    folded at once (fold_all). A text that the article rules or the slash may change (a bracket, a comma or a
    slash in it), or that is not a non-empty text, goes through name_key itself."""
    plain = [type(text) is str and text != "" and not _NOT_PLAIN_NAME.search(text) for text in texts]
    folded = iter(fold_all([text for text, alone in zip(texts, plain, strict=True) if alone]))
    return [(_expanded(key) if _ABBREVIATION_WORD.search(key) else key) if alone else name_key(text)
            for text, alone, key in zip(texts, plain, (next(folded) if alone else "" for alone in plain),
                                        strict=True)]


# Articles and linking words: never a commune's name left alone before a territory (geocode's _without_territory).
LINKING_WORDS = frozenset({"le", "la", "les", "l", "de", "du", "des", "d", "en", "sur"})
# Words of a commune's name an abbreviation keeps whole (« Aix-en-Pce », « Bourg-en-Bse »): only the others are cut.
_LINK_WORDS = LINKING_WORDS | {"sous", "aux", "au", "et"}


ABBREVIATION_LETTERS = 4  # letters of a word cut short, at most
_VOWELS = frozenset("aeiouy")
_CUT_HEAD = re.compile(r"([^\W\d_]+)\.")  # « Méz. », « V. »: a word's head, its cut marked by a full stop


def abbreviates(short: str, word: str, marked: bool = False) -> bool:
    """Whether the folded word `short` is `word` cut as long commune names are written (La Poste's 32-character
    lines, agendas, spreadsheets): its consonants, first and last letters kept (« Fd » for Ferrand, « Pce » for
    Provence, « Bse » for Bresse, « Hlt » for Hérault), or, when `marked` (a full stop follows it), its head (« Méz. »
    for Mézières, « Ch. » for Champagne)."""
    # A few letters kept of a longer word: « Martre » is not cut from « Martyre », nor « Denis » from « Deniscourt »;
    # two letters left out at least after a full stop (« Lauz. » for Lauzon), three otherwise.
    if len(short) > ABBREVIATION_LETTERS or not _may_stand_for(short, word, marked):
        return False
    if marked and word.startswith(short):
        # the head of a short word (« Fe. » / « Ferté ») says too little
        return len(word) >= 6 and len(word) - len(short) >= 2
    return len(word) - len(short) >= 3 and not _VOWELS.intersection(short[1:-1])


def _may_stand_for(short: str, word: str, marked: bool) -> bool:
    """Whether a word cut short could be `word` at all, whatever their lengths: its head (when `marked`), or its first
    letter, letters of it in order and its last. What abbreviates asks more of, and what makes a rival."""
    if short[0] != word[0] or not short.isalpha():
        return False
    if marked and word.startswith(short):
        return True
    inner = iter(word[1:-1])
    return len(short) >= 2 and short[-1] == word[-1] and all(letter in inner for letter in short[1:-1])


def _abbreviation_head(words: list[str]) -> tuple[str, str]:
    """(first word, initials of its words) of a name's words: the shape a name and its abbreviations share."""
    return words[0], "".join(word[0] for word in words)


def abbreviation_heads(keys: list[str]) -> dict[tuple[str, str], list[str]]:
    """{(first word, initials of its words): the name keys of `keys` of that shape}: what expand_abbreviation looks in.
    A word cut short keeps its first letter (see _may_stand_for), so a name abbreviated has its initials."""
    heads: dict[tuple[str, str], list[str]] = {}
    for key in dict.fromkeys(keys):
        words = key.split()
        if len(words) >= 2:
            heads.setdefault(_abbreviation_head(words), []).append(key)
    return heads


def expand_abbreviation(text: str, heads: dict[tuple[str, str], list[str]],
                        within: Callable[[str], bool] | None = None) -> str:
    """The one name key among `heads` (abbreviation_heads) that the commune name `text` abbreviates: the first word
    whole, the link words whole, each other word whole or cut (see abbreviates), one word cut at least
    (« Clermont-Fd » -> « clermont ferrand », « Charleville-Méz. » -> « charleville mezieres »). Empty when none or
    several are (« Saint-Martin-d'H. »: Hères, Heuille, Hardinghem…). `within(name key)`, when given, tells the names
    that can be meant at all (those of the postal code written beside: « 38400 Saint-Martin-d'H. » is Hères), and
    then a word may be cut however short it is (« 73100 Aix-les-B. »)."""
    # Every name it could stand for is a rival (« Saint-Nab. »: Nabord, and Nabor that is too short to be cut so).
    # Among the names of a postal code, the one it can stand for is meant, however short the word cut (« 73100
    # Aix-les-B. »: Aix-les-Bains)
    found = [name for name in abbreviation_readings(text, heads) if within is None or within(name)]
    return found[0] if len(found) == 1 and (within is not None or _reads_cut(text, found[0], abbreviates)) else ""


def abbreviation_readings(text: str, heads: dict[tuple[str, str], list[str]]) -> list[str]:
    """Every name key among `heads` (abbreviation_heads) that the commune name `text` may stand for cut short, however
    short the words cut (see _may_stand_for): « Saint-Laurent-du-V. » -> Saint-Laurent-du-Var and -du-Verdon. Empty for
    a name of one word."""
    words = name_key(text).split()
    if len(words) < 2:
        return []
    return [name for name in heads.get(_abbreviation_head(words), ()) if _reads_cut(text, name, _may_stand_for)]


def _reads_cut(text: str, name: str, cut: Callable[[str, str, bool], bool]) -> bool:
    """Whether the commune name `text` is the name key `name` (as many words) with words cut short as `cut` allows, the
    first word and the link words whole, `text` being no name key itself."""
    key = name_key(text)
    marked = _cut_heads(text)
    # a letter and its full stop is a word cut short, not an article (« Bagnères-de-L. » is Luchon)
    return name != key and all(
        short == word or word not in _LINK_WORDS and (short not in _LINK_WORDS or short in marked)
        and cut(short, word, short in marked)
        for short, word in zip(key.split()[1:], name.split()[1:], strict=True)
    )


@functools.lru_cache(maxsize=4096)
def _cut_heads(text: str) -> frozenset[str]:
    """The folded words of `text` followed by a full stop (« Méz. », « L. »)."""
    return frozenset(_fold_text(head) for head in _CUT_HEAD.findall(text))


def name_tails(keys: Iterable[str]) -> dict[str, list[str]]:
    """{the words of a name but its first: the name keys of `keys` that end so}: what expand_first_word looks in."""
    tails: dict[str, list[str]] = {}
    for key in dict.fromkeys(keys):
        head, _, tail = key.partition(" ")
        if tail:
            tails.setdefault(tail, []).append(key)
    return tails


_FIRST_WORD_CUT = re.compile(r"^\s*([^\W\d_]+)\.")
# A street's kind cut short (« Ch. des Bois » is a lane, not Chapelle-des-Bois; « Pl. de la Tour », « R. le Bois »).
_STREET_CUTS = frozenset("av ave bd bld bvd pl ch che chem r rte rt imp all fg fbg sq qu q crs pass res lot za zi zac "
                         "sent pte prom esp vla cit gal".split())


def expand_first_word(text: str, tails: dict[str, list[str]], within: Callable[[str], bool] | None = None) -> str:
    """The one name key among `tails` (name_tails) whose first word the commune name `text` cuts short, its full stop
    after it, the other words written whole (« V. d'Ascq » -> « villeneuve d ascq », « C. Ferrand »): the first
    word's head, two letters left out at least, and four letters or more written after it. Empty when none or several
    are (« L. sur Mer »), for an article, « St. » or a street's kind first (« Ch. des Bois »). `within(name key)` as
    for expand_abbreviation."""
    cut = _FIRST_WORD_CUT.match(text)
    words = name_key(text).split()
    if cut is None or len(words) < 2 or _fold_text(cut[1]) != words[0] or words[0] in _LINK_WORDS \
            or words[0] in _ABBREVIATIONS or words[0] in _STREET_CUTS or len("".join(words[1:])) < 4:
        return ""
    found = [name for name in tails.get(" ".join(words[1:]), ())
             if name.startswith(words[0]) and len(name.split()[0]) - len(words[0]) >= 2
             and (within is None or within(name))]
    return found[0] if len(found) == 1 else ""


# An arrondissement named by its ordinal inside a venue or an address (folded text): « Mairie du 10e », « 10ème
# arrondissement », « Xe arrondissement », « 3e arr. », « mairie des 1er et 7e arrondissements » (two: none read). An
# ordinal alone is not one (« 10e étage », « 3e salon »): « arrondissement » follows it, or « mairie du » precedes it;
# nor is a sector of Marseille (« mairie du 4e secteur »: the 6th and 8th).
_ORDINAL = r"(?P<num>\d{1,2}|x{0,2}(?:ix|iv|v?i{1,3}|v)|xx?)\s*(?:e|er|ere|eme|ieme|em|me)(?!\s+secteur)"
_ARRONDISSEMENT_MENTION = re.compile(
    rf"\b{_ORDINAL}\s+arr(?:t|dt|ondissement)?s?\b"
    rf"|\bmairies?\s+(?:annexe\s+|d\s+arrondissement\s+)?(?:du|de\s+la|des|d)\s+{_ORDINAL.replace('num', 'mairie')}\b"
    rf"|\bmairies?\s+des\s+{_ORDINAL.replace('num', 'first')}\s+et\s+{_ORDINAL.replace('num', 'second')}\b"
)


def arrondissements_mentioned(text: str | None, city: str) -> set[int]:
    """The arrondissements of `city` ("paris", "marseille", "lyon") that a venue or address text names by their
    ordinal (see _ARRONDISSEMENT_MENTION); numbers outside the city's range are left out."""
    numbers = set()
    for match in _ARRONDISSEMENT_MENTION.finditer(fold(text) if text else ""):
        for value in filter(None, match.groupdict().values()):
            number = int(value) if value.isdigit() else roman_value(value)
            if 1 <= number <= _PLM[city]:
                numbers.add(number)
    return numbers


def roman_value(text: str) -> int:
    """The value of a roman numeral in lower case letters i, v, x, l (« xviii »: 18)."""
    total, previous = 0, 0
    for ch in reversed(text):
        value = _ROMAN[ch]
        total = total - value if value < previous else total + value
        previous = max(previous, value)
    return total


def parse_arrondissement(key: str) -> tuple[str, int, str]:
    """(city, number, postal code) of "paris 11e", "paris xie", "paris 11eme arrondissement",
    "marseille 13008", "lyon 4e", "11e arrondissement de paris"; ("", 0, "") otherwise.
    A number outside the city's range gives the city with number 0."""
    match = _ARRONDISSEMENT.match(key) or _ARRONDISSEMENT_FIRST.match(key)
    if not match:
        return "", 0, ""
    city = match["city"]
    groups = match.groupdict()
    postal = groups.get("postal") or ""
    if postal:
        number = 16 if postal == "75116" else int(postal[3:])
    elif groups.get("roman"):
        number = roman_value(groups["roman"])
    else:
        number = int(groups["num"])
    if not 1 <= number <= _PLM[city]:
        return city, 0, postal
    return city, number, postal


@functools.lru_cache(maxsize=200_000)
def parse_place_name(text: str | None) -> PlaceName:
    """A commune field taken apart; see PlaceName. CEDEX and its number, a postal code and a
    bracketed département are removed from the key and returned beside it."""
    if not text:
        return PlaceName("")
    raw = str(text)
    cedex = bool(_CEDEX.search(raw))
    raw, mistyped = _strip_mistyped_cedex(_CEDEX.sub(" ", raw).rstrip())
    cedex = cedex or mistyped
    departement = ""
    dep_match = _PARENTHESIS_DEPARTEMENT.search(raw)
    if dep_match:
        departement = dep_match.group(1).upper()
        raw = raw[: dep_match.start()] + " " + raw[dep_match.end() :]
    postal = ""
    key_full = name_key(raw)
    city, number, arr_postal = parse_arrondissement(key_full)
    if city:
        return PlaceName(city, arr_postal, departement, city, number, cedex)
    postal_match = _POSTAL_IN_TEXT.search(raw)
    if postal_match:
        postal = postal_match.group(1) + postal_match.group(2)
        raw = raw[: postal_match.start()] + " " + raw[postal_match.end() :]
    key = name_key(raw.strip(" ,;-"))
    city, number, arr_postal = parse_arrondissement(key)
    if city:
        return PlaceName(city, postal or arr_postal, departement, city, number, cedex)
    middle = _MIDDLE_DEPARTEMENT.search(raw) if not departement else None
    if middle:
        departement = middle.group(1).upper()
        raw = raw[: middle.start()] + " - " + raw[middle.end():]
        key = name_key(raw.strip(" ,;-"))
    trailing = _TRAILING_DEPARTEMENT.search(raw.rstrip(" ,;-")) if not departement else None
    if trailing:
        departement = trailing.group(1).upper()
        key = name_key(raw.rstrip(" ,;-")[: trailing.start()].strip(" ,;-"))
    cut = any(_fold_text(head) not in _ABBREVIATIONS for head in _CUT_HEAD.findall(raw))
    return PlaceName(key, postal, departement, "", 0, cedex, cut)


def _strip_mistyped_cedex(raw: str) -> tuple[str, bool]:
    """`raw` without a last word one typing error away from CEDEX ("ECDEX", "CEDX"), and whether
    there was one; its number goes with it."""
    from rapidfuzz.distance import OSA

    match = re.search(r"\s([^\W\d_]{4,6})(?:\s*\d{1,3})?\s*$", raw)
    if match and match.group(1).lower() != "cedex" and OSA.distance(match.group(1).lower(), "cedex") <= 1:
        return raw[: match.start()], True
    return raw, False


_COUNTRY_PREFIX = re.compile(r"^\s*f\s*-\s*", re.IGNORECASE)
_SPREADSHEET_DECIMALS = re.compile(r"\.0+$")
_BLANKS = re.compile(r"\s+")
_FIVE_DIGITS = re.compile(r"\d{5}")
_FOUR_DIGITS = re.compile(r"\d{4}")
_TWO_LETTERS = re.compile(r"[a-z]{2}")


def clean_postal_code(value) -> tuple[str, bool]:
    """(five-digit postal code or "", True when it was repaired from four digits) of a source value:
    spaces, "F-", a trailing ".0" from a spreadsheet and "CEDEX" are tolerated."""
    if value is None:
        return "", False
    return _clean_postal_text(value if type(value) is str else str(value))


# Postal code cells repeat across the distinct places of a file: each distinct text is cleaned once.
@functools.lru_cache(maxsize=1 << 16)
def _clean_postal_text(text: str) -> tuple[str, bool]:
    text = text.strip()
    if not text or text.lower() == "nan":
        return "", False
    text = _CEDEX.sub("", text)
    text = _COUNTRY_PREFIX.sub("", text)
    text = _SPREADSHEET_DECIMALS.sub("", text.strip())
    digits = _BLANKS.sub("", text)
    if _FIVE_DIGITS.fullmatch(digits):
        return digits, False
    if _FOUR_DIGITS.fullmatch(digits):
        return "0" + digits, True  # spreadsheets drop the leading zero of 01000-09999
    return "", False


@dataclass(frozen=True)
class ParsedAddress:
    """What a one-line address gives: its postal code and the town written after (or before) it."""

    postal_code: str
    town: str
    cedex: bool


_HYPHEN_AT_LINE_END = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n\s*")


def parse_address(text: str | None) -> ParsedAddress:
    """Postal code and town of a free-text address such as "12 rue X, 35000 Rennes",
    "Mairie - 35000 RENNES CEDEX", "Place de la Gare, Rennes". The last five-digit number not
    preceded by CS/BP/TSA is the postal code; the town is what follows it up to a comma, else
    the last comma-separated part."""
    if not text:
        return ParsedAddress("", "", False)
    # a line ending on a hyphen goes on with the next (« 37550 Saint-\nAvertin »: a name cut by a line break)
    raw = " ".join(_HYPHEN_AT_LINE_END.sub("-", str(text)).replace("\n", ", ").split())
    cedex = bool(_CEDEX.search(raw))
    raw = _CEDEX.sub(" ", raw)
    raw = without_country(raw)
    found = None
    for match in _POSTAL_IN_TEXT.finditer(raw):
        if _NOT_POSTAL_PREFIX.search(raw[: match.start()]):
            continue
        found = match
    if found is not None:
        postal = found.group(1) + found.group(2)
        after = re.split(r"[,;\n]", raw[found.end() :])[0].strip(" -–—")
        if re.search(r"[^\W\d_]", after):
            return ParsedAddress(postal, without_online(after) or after, cedex)  # « 35000 Rennes + en ligne »
        before = [part.strip() for part in re.split(r"[,;]", raw[: found.start()]) if part.strip()]
        town = before[-1] if before and not re.match(r"^\d", before[-1]) else ""
        return ParsedAddress(postal, town, cedex)
    parts = [part.strip(" -–—") for part in re.split(r"[,;]", raw) if part.strip(" -–—")]
    if len(parts) >= 2 and (not re.search(r"\d", _without_departement(parts[-1]))
                            or parse_arrondissement(name_key(parts[-1]))[1]):  # « …, Paris 4e »
        return ParsedAddress("", venue_town(parts[-1]) or parts[-1], cedex)
    tails = dash_tails(parts[-1]) if parts else []
    if tails:  # "2 Rue de Langoz - Loctudy", "Salle des fêtes – Plouguerneau", "… – Mairie de Cesson-Sévigné"
        return ParsedAddress("", venue_town(tails[0]) or tails[0], cedex)
    if len(parts) == 1 and (town := venue_town(parts[0]) or _town_with_territory(parts[0])):
        return ParsedAddress("", town, cedex)  # « Mairie de Rennes », « Le Mans (Sarthe) », « Nantes 44 »
    return ParsedAddress("", "", cedex)


# A town's own public building named after it (« Mairie de Rennes », « Salle des fêtes du Mans », « Médiathèque
# d'Angers »): the town follows. Not a station, a street or a museum (« Gare de Lyon » is in Paris, « Rue de Paris »
# in Brest).
_MUNICIPAL_VENUE = re.compile(
    r"^(?:(?:la|le|l) )?(?:mairie(?: annexe)?|hotel de ville|salle des fetes|salle (?:municipale|polyvalente|communale)"
    r"|mediatheque(?: municipale)?|bibliotheque municipale|maison des associations|maison pour tous|centre social"
    r"|centre culturel|espace culturel|foyer (?:rural|communal|municipal)|office de tourisme|ccas"
    r"|centre ville|centre bourg"
    # « Ville de Lorient », « Commune de Plouguerneau »: not « du » nor « d' » (Ville-d'Avray, La Ville-du-Bois)
    r"|(?:ville|commune)(?= (?:de la|de l|des|de) ))"
    r" (?P<link>de la|de l|du|des|de|d) (?P<town>[^\d]+)$"
)
_LINK_ARTICLE = {"de la": "la ", "de l": "l ", "du": "le ", "des": "les ", "de": "", "d": ""}


def venue_town(text: str | None) -> str:
    """The town a town's public building is named after (« Mairie de Rennes » -> « rennes », « Salle des fêtes du
    Mans » -> « le mans »), as a name key; "" for any other text."""
    match = _MUNICIPAL_VENUE.match(name_key(text)) if text else None
    return _LINK_ARTICLE[match["link"]] + match["town"] if match else ""


# The country after a town: « France » after a comma or a semicolon, a spaced dash, a space (not after « de » or « en »:
# « Roissy en France » typed without its hyphens) or in brackets; never the end of a name (« Fort-de-France »,
# « Tremblay-en-France »); « FR » after a comma or in brackets.
COUNTRY_AFTER = re.compile(
    r"(?:^|[,;]\s*|\s+[-–—]\s*|(?<!\bde)(?<!\ben)\s+)france\s*$|\s*\(\s*france\s*\)\s*$|(?:,\s*|\s*\()fr\)?\s*$",
    re.IGNORECASE,
)


def without_country(text: str) -> str:
    """`text` without « France » or « FR » at its end (« Rennes, France », « Rennes, FR », « Rennes (FR) »)."""
    return COUNTRY_AFTER.sub("", text).strip(" ,;-")


def _town_with_territory(text: str) -> str:
    """`text` when it is a town followed by its département's code or by a territory in brackets (« Nantes 44 »,
    « Le Mans (Sarthe) »), with no other digit; "" otherwise."""
    rest = _without_departement(text)
    marked = rest != text.strip() or re.search(r"\([^()\d]+\)\s*$", text)
    return text if marked and rest and not re.search(r"\d", rest) and not is_online(text) else ""


def _without_departement(text: str) -> str:
    """`text` without a département's code in brackets or after the name (« Nantes (44) », « Nantes 44 »)."""
    return _TRAILING_DEPARTEMENT.sub("", _PARENTHESIS_DEPARTEMENT.sub("", text).rstrip())


# Words that join the online part of a hybrid event's place to the other (« Rennes et en ligne », « Rennes + Zoom »)
_HYBRID_LINKS = re.compile(r"^(?:(?:et|ou|and|or|sur|via|hybride|aussi|egalement|en direct|direct)\b\s*)+|"
                           r"(?:\s*\b(?:et|ou|and|or|sur|via|hybride|aussi|egalement|en direct|direct))+$")


def without_online(text: str | None) -> str:
    """What a hybrid event's place says besides its online part (« Rennes (et en ligne) », « Rennes ou en ligne »,
    « En ligne / Rennes » -> « rennes »), folded; "" when nothing else is said or the text is not online."""
    folded = fold(text) if text else ""
    if not folded or _URL.search(str(text)) or not _ONLINE.search(folded):
        return ""
    rest = " ".join(_ONLINE.sub(" ", folded).split())
    rest = _HYBRID_LINKS.sub("", rest).strip()
    return rest if re.search(r"[a-z]{2}", rest) else ""


# What a venue or address field says when the place is not known yet or not told (« Lieu à confirmer », « Adresse
# communiquée à l'inscription », « À définir », « Lieu non communiqué », « Voir description », « NC »): no place.
_PLACE_NOT_GIVEN = re.compile(
    r"^(?:(?:lieu|adresse|salle|endroit)s? )?(?:exact )?"
    r"(?:(?:a|en cours de) (?:confirmer|definir|preciser|determiner|venir)"
    r"|(?:non )?(?:communique|precise|defini|confirme|indique)e?s?(?: (?:a l inscription|apres inscription|aux inscrits"
    r"|ulterieurement|plus tard|prochainement|lors de l inscription|sur inscription))?"
    r"|nc|n c|tbd|tba|inconnue?|voir (?:description|descriptif|site|ci dessous|programme))$"
)


def place_not_given(text: str | None) -> bool:
    """A venue or address field that says the place is not known yet or not told: no place (« Lieu à confirmer »)."""
    return bool(text) and _PLACE_NOT_GIVEN.match(fold(text)) is not None


def is_online(text: str | None) -> bool:
    """A place field that names an online venue (visio, webinaire, Zoom, a URL…)."""
    if not text:
        return False
    return bool(_URL.search(str(text)) or _ONLINE.search(fold(text)))


# What the place fields say of the modality when the source has no modality field (an iCalendar LOCATION
# « En ligne » or a Teams link, a spreadsheet address « Visio ») or leaves it empty: place_modality.
# Wordings that can only mean an online meeting (not « internet », « YouTube », « virtuel », which also name venues
# and broadcasts): with a place beside them, the event is hybrid.
# The masks text.clean_text leaves where a meeting's link or code was, as they read once folded.
_MASKED_LINK, _MASKED_CODE = (re.escape(_fold_text(mask)) for mask in (MEETING_MASK, PASSCODE_MASK))
_SURELY_ONLINE = re.compile(rf"\b({_SURELY_ONLINE_WORDINGS}|{_MASKED_LINK})\b")
_ONLINE_WORDS = re.compile(rf"{_ONLINE.pattern}|\b{_MASKED_LINK}\b|\b{_MASKED_CODE}\b")
_HYBRID = re.compile(r"\b(hybrides?|mixte|presentiel et (?:en )?(?:distanciel|ligne|visio\w*))\b")
# Words that, beside an online wording, name no place: « Réunion Microsoft Teams », « Lien envoyé après
# l'inscription », « Webinaire sur Zoom, ID de réunion ».
_NO_PLACE_WORDS = frozenset(
    "sur via par avec pour le la les l de du des d a au aux un une en et ou lien liens link reunion reunions "
    "meeting microsoft google plateforme outil application appli rejoindre connexion connecter inscription "
    "inscrits inscrites communique communiquee envoye envoyee transmis transmise donne apres lors avant evenement "
    "format 100 numerique digital direct session sessions conference accessible uniquement seulement only "
    "participation participer ici cliquez cliquer id code secret masque public publique gratuit gratuite".split()
)


def place_modality(lieu: str, adresse: str) -> str:
    """The modality the venue and address of an event say (as published, cleaned text): `en_ligne` when they hold
    nothing but an online wording or a (masked) meeting link, `hybride` when they say so or give a place beside a
    wording that can only mean an online meeting, else "" (unknown: a venue alone does not say the event is not
    also streamed). The commune and postal code are not read: platforms ask one of every event, online ones give
    their organiser's."""
    # Most venues and addresses say nothing of it: each distinct text is looked at once (7,482 texts in the sample's
    # 21,517 pairs), the pair only when one of its texts has a hint.
    if not any(_modality_hint(text) for text in (lieu, adresse) if text):
        return ""
    return _place_modality(lieu, adresse)


@functools.lru_cache(maxsize=1 << 14)
def _modality_hint(text: str) -> bool:
    """Whether a venue or address holds what place_modality reads: a hybrid or online wording, or a link."""
    folded = fold(text)
    return bool(_HYBRID.search(folded) or _ONLINE_WORDS.search(folded) or _URL.search(text))


@functools.lru_cache(maxsize=1 << 14)
def _place_modality(lieu: str, adresse: str) -> str:
    given = [text for text in (lieu, adresse) if text]
    texts = [fold(text) for text in given]
    if any(_HYBRID.search(text) for text in texts):
        return "hybride"
    if not any(_ONLINE_WORDS.search(text) or _URL.search(raw) for text, raw in zip(texts, given, strict=True)):
        return ""
    left = [word for raw in given for word in _ONLINE_WORDS.sub(" ", fold(_WHOLE_URL.sub(" ", raw))).split()
            if word not in _NO_PLACE_WORDS]
    if not left:
        return "en_ligne"
    return "hybride" if any(_SURELY_ONLINE.search(text) for text in texts) else ""


def is_foreign(text: str | None, cities: bool = True) -> bool:
    """A place field that names a foreign country (or, with `cities`, a foreign city), or holds a
    foreign postal code with its country prefix."""
    if not text:
        return False
    folded = fold(text)
    return bool(
        _FOREIGN_POSTAL.search(str(text))
        or _FOREIGN_COUNTRY.search(folded)
        or (cities and _FOREIGN_CITY.search(folded))
    )


def is_placeholder(text: str | None) -> bool:
    """A place field that holds no place: blank, "N/A", "à définir", only digits or punctuation."""
    folded = fold(text)
    if folded in _PLACEHOLDERS:
        return True
    return not _TWO_LETTERS.search(folded)


# Intercommunalities: « Rennes Métropole », « Métropole de Lyon », « Communauté de communes du Val d'Ille-Aubigné »,
# « Agglo du Pays de Dreux », « Lannion-Trégor Communauté ». No commune's name, current or former, holds these words.
_INTERCOMMUNAL = re.compile(
    r"\b(metropole|eurometropole|communaute|agglo(?:meration)?|intercommunalite|epci|petr|syndicat mixte"
    r"|pole (?:metropolitain|d equilibre))\b"
    # « CA du Grand Angoulême », « CC de la Côte des Légendes », « CU d'Arras »: a communauté said by its initials
    r"|^c[acu] (?:du|de|des|d)\b"
)


# A pays, an island or a peninsula named as such (« Pays de Morlaix », « Pays Basque », « Île de Ré »,
# « Belle-Île-en-Mer », « Presqu'île de Crozon »): when no commune bears the name, a territory of several communes
# (folded).
_TERRITORY_NAMED = re.compile(r"^(?:le |les |l )?(?:(?:pays|iles?|archipel|presqu ile) \w|belle ile\b)")


def names_a_territory(text: str | None) -> bool:
    """A commune field that names a territory, no commune, when no commune bears it (see _TERRITORY_NAMED), or a
    ville nouvelle (NEW_TOWNS: « Marne-la-Vallée », « Saint-Quentin-en-Yvelines »)."""
    folded = " ".join(fold(text or "").replace("-", " ").replace("'", " ").split())
    return bool(folded) and (bool(_TERRITORY_NAMED.search(folded)) or folded.replace(" ", "") in NEW_TOWNS)


def is_cedex(text: str | None) -> bool:
    """A postal code cell or place text that says CEDEX (« 35065 CEDEX 9 », « Rennes Cedex »)."""
    return bool(text) and bool(_CEDEX.search(str(text)))


def is_intercommunal(text: str | None) -> bool:
    """A commune field that names an intercommunality (a métropole, a communauté de communes…), not a commune."""
    return bool(text) and bool(_INTERCOMMUNAL.search(fold(text)))


def is_multiple(text: str | None) -> bool:
    """A place field that names several places or a whole territory ("France entière", "itinérant")."""
    return bool(text) and bool(_MULTIPLE.search(fold(text)))


# ISO 3166 codes that are France: the country itself, the DROM and the overseas collectivities.
FRENCH_COUNTRY_CODES = frozenset({"FR", "FX", "GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF", "WF", "PF", "NC", "TF"})


def is_foreign_country_code(value: str | None) -> bool:
    """A two-letter country code (OpenAgenda `countryCode`, any case) that is not France or one of its
    overseas territories; blank or malformed values say nothing."""
    code = str(value or "").strip().upper()
    return len(code) == 2 and code.isalpha() and code not in FRENCH_COUNTRY_CODES


def names_foreign_country(text: str | None) -> bool:
    """One of the parts of `text` (split on commas, semicolons, dashes, brackets and line breaks) is
    only a foreign country's name: "…, 1204 Genève, Suisse", "Lausanne (Suisse)". A country inside a
    street or venue name ("rue de Belgique") does not count."""
    if not text:
        return False
    for part in re.split(r"[,;()\[\]\n/]|\s+-+\s+|[–—]", str(text)):
        folded = fold(part)
        if folded and _FOREIGN_COUNTRY.fullmatch(folded):
            return True
    return bool(_FOREIGN_POSTAL.search(str(text)))


def dash_parts(text: str | None) -> list[str]:
    """The parts of a free-text place between its dash separators ("Brest - Quimper" -> ["Brest", "Quimper"])."""
    return [p.strip(" ,;") for p in _DASH_SEPARATOR.split(str(text or "")) if p.strip(" ,;")]


def territory_splits(words: list[str], territories: dict[str, frozenset[str]]) -> Iterator[tuple[str, frozenset[str]]]:
    """(the name before it, what `territories` gives for it) for each territory's name key that ends the name key's
    `words` (six words at most, the longest first: « seine saint denis »), the words joining the town to it left out
    (« saint denis de la reunion », « rennes en bretagne »)."""
    for size in range(min(len(words) - 1, 6), 0, -1):
        covered = territories.get(" ".join(words[-size:]))
        if covered is not None:
            head = words[:-size]
            while len(head) > 1 and head[-1] in _TERRITORY_LINKS:
                head = head[:-1]
            yield " ".join(head), covered


def slash_as_sur(text: str) -> str:
    """`text` with the slash of « sur » between two words read as « sur » (« Champigny/Marne »: « Champigny sur
    Marne »); "" when it has none."""
    return _SLASH_FOR_SUR.sub(" sur ", text) if _SLASH_FOR_SUR.search(text) else ""


def dash_tails(text: str | None) -> list[str]:
    """What follows each dash separator of a free-text place, longest first: "Salle des fêtes –
    Saint-Malo" -> ["Saint-Malo"]; "Mairie - Saint - Malo" -> ["Saint-Malo", "Malo"] (spaced hyphens
    inside a name are joined back). Empty when there is no separator."""
    if not text:
        return []
    parts = [p.strip(" ,;") for p in _DASH_SEPARATOR.split(str(text))]
    if len(parts) < 2:
        return []
    tails = []
    for start in range(1, len(parts)):
        tail = "-".join(p for p in parts[start:] if p)
        if tail and not re.search(r"\d", _without_departement(tail)):  # « … – Nantes (44) »
            tails.append(tail)
    return tails


_POSTAL_THEN_TOWN = re.compile(r"^\s*(?:f\s*-\s*)?(\d{2}\s?\d{3}|\d{4})\s*[,;-]?\s*(?P<town>[^\d].*)$", re.IGNORECASE)


def split_postal_cell(value) -> tuple[str, str]:
    """(postal code cell, town) of a `code_postal` cell that also holds the town, as spreadsheets
    make of "75011 Paris" or "6000 - Nice"; (value, "") for any other cell."""
    text = "" if value is None else str(value)
    match = _POSTAL_THEN_TOWN.match(text)
    if not match or not re.search(r"[^\W\d_]{2}", match["town"]) or not _CEDEX.sub("", match["town"]).strip():
        return text, ""
    return match.group(1).replace(" ", ""), match["town"].strip()
