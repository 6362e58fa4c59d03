"""Plain-text hygiene for published fields: HTML stripped, unsafe Unicode removed, links restricted to
http/https, personal contacts (plain or obfuscated) masked, formulas defused, lengths bounded."""

import functools
import html
import math
import re
import threading
import unicodedata
from html.parser import HTMLParser
from urllib.parse import unquote

from markdown_it import MarkdownIt

CONTACT_MASK = "[contact masqué]"
MEETING_MASK = "[lien de réunion masqué]"
# CommonMark with raw HTML passed through (then stripped) and line breaks inside a paragraph kept.
_MARKDOWN = MarkdownIt("commonmark", {"html": True, "breaks": True}).enable("strikethrough")  # ~~struck~~
# Every link target is accepted as a link, so that only its text is kept: a refused one ("javascript:")
# would otherwise stay as raw "[text](target)" in the description.
_MARKDOWN.validateLink = lambda url: True

# Tags whose content is code or styling, never text a reader should see.
_INVISIBLE_TAGS = {"script", "style", "template", "noscript", "iframe", "object", "svg", "head"}
# Tags that end a paragraph (a blank line in the text) and tags that only end a line.
_PARAGRAPH_TAGS = {"p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "blockquote",
                   "pre", "article", "header", "footer", "dl"}
_LINE_TAGS = {"br", "li", "tr", "dt", "dd", "hr"}
# Tags of text struck through: deleted (del) or no longer accurate (s, strike), as an organiser corrects a time or a
# place (« <s>14h</s> 15h »). Their text is not read when other text is: plain text cannot show it struck.
_STRUCK_TAGS = {"del", "s", "strike"}
# Element names taken for markup; anything else between brackets is text.
_HTML_TAGS = frozenset(
    "a abbr address article aside audio b base bdi bdo big blockquote body br button canvas caption center cite "
    "code col colgroup dd del details dfn dialog div dl dt em embed fieldset figcaption figure font footer form "
    "frame frameset h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins kbd label legend li link main "
    "map mark meta nav noscript object ol optgroup option p param picture pre q s samp script section select "
    "small source span strike strong style sub summary sup svg table tbody td template textarea tfoot th thead "
    "time title tr track tt u ul var video wbr".split()
)
_TAG = re.compile(r"<!--.*?-->|<\s*/?\s*([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>", re.DOTALL)
# What a browser or a checker would still read as a tag once the known tags are gone ("<Demain>", a processing
# instruction "<?php … ?>").
_TAG_LIKE = re.compile(r"<(\s*/?\s*[a-zA-Z!?][^>]*)>")
_DOUBLE_BRACKETS = re.compile(r"<<([^<>]*)>>")
# A known tag left open (« <img src=x onerror=alert(1) »: the field cut before its ">"): a page pasting the text
# would read what follows as the tag's attributes. Its "<" becomes "‹", as an unknown tag's does.
OPEN_TAG = re.compile(r"<(\s*/?\s*([a-zA-Z][a-zA-Z0-9]*)(?![a-zA-Z0-9])[^<>]*)(?=<|$)")

# An address, or one at a webmail without its ending (« marie@gmail », a typo that still reaches her); its name may be
# quoted (« "jean dupont"@free.fr », RFC 5322).
EMAIL = re.compile(r"(?:mailto:)?(?:[\w.+-]+|\"[^\"@\n]{1,64}\")@(?:[\w-]+(?:\.[\w-]+)+"
                   r"|(?:gmail|hotmail|yahoo|outlook|live|orange|wanadoo|free|laposte|sfr|neuf|icloud|proton(?:mail)?|gmx)"
                   r"\b(?!\.\w|\s*\.\s*(?:fr|com|net|org|eu|me)\b))",
                   re.IGNORECASE)
# E-mails written to dodge harvesters: "prenom.nom (at) domaine.fr", "[at]", "{at}", " arobase ",
# "nom @ domaine . fr", with dots as "(dot)", "[point]", " dot ". A bracketed "at"/"arobase"/"chez" or a
# spaced "@" is enough; a bare " at " or " chez " only with a usual top-level domain, to spare prose.
_OPEN, _CLOSE = r"[\[\(\{<]", r"[\]\)\}>]"
_AT_MARK = rf"\s*{_OPEN}\s*(?:at|arobase|chez|@|a)\s*{_CLOSE}\s*|\s+arobase\s+|@|%40"  # %40: "@" percent-encoded
_DOT_MARK = rf"\s*{_OPEN}\s*(?:dot|point|\.)\s*{_CLOSE}\s*|\s+(?:dot|point)\s+|\s*\.\s*"
# A spaced "@" is also prose ("Fête de quartier @ Mais. de la Vie"): after it, a dot closing a word and followed by
# a blank ("Mais. de") is an abbreviation's unless a top-level domain that is no French word follows ("nom @ free.
# fr"); other dots are the address's ("nom @ domaine . fr", "nom @ domaine.fr").
_SPACED_AT = r"\s+@\s*|\s*@\s+"
_ADDRESS_DOT = (rf"\s*{_OPEN}\s*(?:dot|point|\.)\s*{_CLOSE}\s*|\s+(?:dot|point)\s+|\.(?!\s)|\s+\.\s*"
                r"|\.\s+(?=(?:fr|com|org|coop|gouv|bzh)\b)")
_TLD = (r"(?:fr|com|org|net|eu|be|ch|lu|re|info|bzh|paris|coop|asso|gouv|io|ca|de|es|it|uk|me|tv|at|xyz|ovh|co|pro"
        r"|email)")
# After a bracketed or spelled-out mark (« (at) », « [at] », « arobase »), which prose does not write, any domain
# ending of letters is an address's (« jean(at)proton.me », « x(at)asso.xyz »).
_ANY_TLD = r"[a-z]{2,24}"
# The name before the mark, its dots written out too ("prenom point nom", "prenom[dot]nom").
_LOCAL = rf"(?:[\w+-]+(?:\s+(?:dot|point)\s+|\s*{_OPEN}\s*(?:dot|point)\s*{_CLOSE}\s*))*[\w.+-]*\w"
EMAIL_OBFUSCATED = re.compile(
    rf"(?<![\w.+-]){_LOCAL}(?:{_AT_MARK})[\w-]+(?:(?:{_DOT_MARK})[\w-]+)*(?:{_DOT_MARK}){_TLD}\b"
    rf"|(?<![\w.+-]){_LOCAL}(?:\s*{_OPEN}\s*(?:at|arobase)\s*{_CLOSE}\s*|\s+arobase\s+)[\w-]+"
    rf"(?:(?:{_DOT_MARK})[\w-]+)*(?:{_DOT_MARK}){_ANY_TLD}\b"
    rf"|(?<![\w.+-]){_LOCAL}(?:{_SPACED_AT})[\w-]+(?:(?:{_ADDRESS_DOT})[\w-]+)*(?:{_ADDRESS_DOT}){_TLD}\b"
    rf"|(?<![\w.+-]){_LOCAL}\s+(?:at|chez)\s+[\w-]+(?:(?:{_DOT_MARK})[\w-]+)*(?:{_DOT_MARK}){_TLD}\b",
    re.IGNORECASE,
)
# Contacts are looked for in the text as a reader sees it: without the characters that show nothing (format
# characters: zero-width space and joiners, soft hyphen, word joiner…) and with the compatibility forms of "@",
# "+", "." and the digits read as those (fullwidth "＠", small "﹫", fullwidth digits): "jean@\u200basso.fr" and
# "０６ １２ ３４ ５６ ７８" read as a contact and are one.
_READ_AS = {ord("\ufe6b"): "@", ord("\uff20"): "@", ord("\ufe62"): "+", ord("\uff0b"): "+", ord("\ufe52"): ".",
            ord("\uff0e"): ".", **{0xFF10 + d: str(d) for d in range(10)}}
_UNSEEN_OR_ALIKE = re.compile("[" + "".join(re.escape(chr(c)) for c in _READ_AS) + "\u00ad\u061c\u180e"
                              "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]")


def as_read(text: str) -> str:
    """`text` as a reader sees it (see _READ_AS): format characters dropped, look-alikes of "@", "+", "." and the
    digits read as those; `text` itself when it holds none."""
    if _UNSEEN_OR_ALIKE.search(text) is None:
        return text
    return "".join(c for c in text if unicodedata.category(c) != "Cf").translate(_READ_AS)


# French numbers (0X XX XX XX XX, +33 X XX…, 0033…, and the overseas codes +262, +269, +508, +590, +594,
# +596, +681, +687, +689), and those of nearby countries in international form, with spaces, dots or dashes; not
# 5-digit postal codes.
# Besides pairs split by blanks, dots or hyphens: one separator repeated between the pairs, dashes, slashes, « . »
# and « - » between blanks included (« 06–12–34–56–78 » as a word processor types it, « 06/12/34/56/78 »,
# « 06 - 12 - 34 - 56 - 78 »), groups of three (« 06 123 456 78 », « +33 612 345 678 »), and a number written
# against its label (« Tél06 12… », « tel0612345678 »; not after other letters: « l27024e0272415257 » is an id).
# Pairs split by mixed separators are not followed by a decimal part: « 09.00-12.00 14.00-18.00 » are hours and
# « 02.50 03.50 04.50 » prices.
_PHONE_SEPARATOR = r"[ \t\u00a0\u202f]*[.\-\u2010-\u2015\u2212/_\u00b7][ \t\u00a0\u202f]*|[ \t\u00a0\u202f]+"
PHONE = re.compile(
    # Every match starts with "+" or an ASCII digit: testing that first spares the other positions the assertions
    # below (the regex engine tries them at each position of a text; 3.5 times faster on the sample's texts).
    r"(?=[+0-9])"
    r"(?:(?<![\w+])|(?<=[Tt][EeÉé][Ll])|(?<=[Tt][EeÉé][Ll][.:]))"
    # Not a date and its hour: « 06.11.2019 18h » has a phone's ten digits.
    r"(?!(?:0[1-9]|[12]\d|3[01])([./-])(?:0[1-9]|1[0-2])\1(?:19|20)\d{2}(?!\d))"
    r"(?:(?:(?:\+|00)(?:33|262|269|590|594|596)[\s.\-]?\(?0?\)?[\s.\-]?[1-9]|0[1-9])"
    rf"(?:(?:[\s.\-]?\d{{2}}){{4}}(?![.,]\d)|(?P<separator>{_PHONE_SEPARATOR})\d{{2}}(?:(?P=separator)\d{{2}}){{3}}"
    r"|\s?\d{2}\s\d{3}\s\d{3}|\s\d{3}\s\d{3}\s\d{2})"
    # Saint-Pierre-et-Miquelon, Wallis-et-Futuna and Nouvelle-Calédonie number with six digits, Polynésie with eight.
    r"|(?:\+|00)(?:508|681|687)[\s.\-]?\d{2}(?:[\s.\-]?\d{2}){2}"
    r"|(?:\+|00)689[\s.\-]?\d{2}(?:[\s.\-]?\d{2}){3}"
    # A neighbouring or often-written country (Belgium, Switzerland, Luxembourg, Monaco, Andorra, Germany, Spain,
    # Italy, United Kingdom, Maghreb) with eight digits at least; not an amount (« +41 250 000 000 € »).
    r"|(?:\+|00)(?:32|41|352|377|376|49|34|39|44|212|213|216)[\s.\-]?(?:\(0\)[\s.\-]?)?[1-9](?:[\s.\-/]?\d){7,10}"
    r"(?!\d|\s*(?:[€%$]|euros?\b|eur\b))"
    # North America (Québec): area code, exchange and line, 3-3-4, neither beginning with 0 or 1 (« +1 514 555 1234 »,
    # « +1 (418) 555-0199 »); not an amount (« +1 500 000 visiteurs »).
    r"|(?:\+|00)1[\s.\-]?\(?[2-9]\d{2}\)?[\s.\-]?[2-9]\d{2}[\s.\-]?\d{4}(?!\d|[.,]\d|\s*(?:[€%$]|euros?\b|eur\b))"
    # A WhatsApp link writes the number without its « + » (« wa.me/33612345678 », « send?phone=33612345678 »).
    r"|(?<=[Ww][Aa]\.[Mm][Ee]/)\+?[1-9]\d{7,14}|(?<=[Pp][Hh][Oo][Nn][Ee]=)\+?[1-9]\d{7,14})(?!\d)"
)
# The join link of a private meeting (Zoom, Teams, Meet, Jitsi, Webex, BigBlueButton, Renater…) is an access key,
# often with its passcode in the query (« ?pwd= »), like OpenAgenda's onlineAccessLink that is never published: masked
# wherever a source writes it (an ICS LOCATION, an Outlook invitation pasted as description). So is an Outlook
# « safe link », which wraps one and the recipient's e-mail address. Public streams (YouTube, Facebook) and
# registration pages stay.
_LINK_PATH = r"[^\s<>\"'`‹›«»]*[^\s<>\"'`‹›«»).,;:!?\]]"  # a link's end: no closing bracket or punctuation
_SCHEMED_LINK = re.compile(
    r"(?:https?://|(?<![\w.@/-])www\.)(?:[\w-]+\.)*(?:"
    r"zoom\.(?:us|com)|zoomgov\.com|teams\.microsoft\.com|teams\.live\.com|meet\.google\.com|meet\.jit\.si"
    r"|jitsi\.[\w-]+(?:\.[\w-]+)*|webex\.com|whereby\.com|gotomeet(?:ing)?\.(?:me|com)|meet\.goto\.com"
    r"|bbb\.[\w-]+(?:\.[\w-]+)*|[\w-]*bigbluebutton[\w-]*(?:\.[\w-]+)+|rendez-vous\.renater\.fr"
    r"|(?:visio|webconf|webconference|jitsi|bbb)\.[\w-]+(?:\.[\w-]+)+|discord\.(?:gg|com/invite)"
    r"|safelinks\.protection\.outlook\.com)"
    rf"(?![\w-])(?::\d+)?(?:[/?#](?:{_LINK_PATH})?)?",
    re.IGNORECASE,
)
# Written without a scheme: the hosts that serve nothing but meetings, with the meeting's path.
BARE_MEETING_LINK = re.compile(
    r"(?<![\w.@/-])(?:[\w-]+\.)*(?:zoom\.us|teams\.microsoft\.com|teams\.live\.com|meet\.google\.com"
    rf"|meet\.jit\.si|whereby\.com)/{_LINK_PATH}",
    re.IGNORECASE,
)
MEETING_LINK = re.compile(f"{_SCHEMED_LINK.pattern}|{BARE_MEETING_LINK.pattern}", re.IGNORECASE)
# The passcode of a meeting given beside its link or ID (« Code secret : Xy7abc », « Mot de passe : 123456 »).
MEETING_PASSCODE = re.compile(
    r"\b((?:code secret|code d['’]acc[eè]s|mot de passe|passcode|password|pwd)(?: de la r[ée]union)?\s*:\s*)"
    r"(?!\[)\S+",
    re.IGNORECASE,
)
PASSCODE_MASK = "[code masqué]"
# The ID of such a meeting (« ID de réunion : 812 3456 7890 », « Meeting ID: 345 678 901 234 »): with it alone, one can
# ask to join.
MEETING_ID = re.compile(
    r"\b((?:(?:id|identifiant|num[ée]ro|n°)\s+(?:de\s+(?:la\s+)?)?(?:r[ée]union|conf[ée]rence|webinaire)|meeting\s+id"
    r"|webinar\s+id|conference\s+id)\s*:?\s*)\d{3}[\d \u00a0.-]{5,16}\d",
    re.IGNORECASE,
)


# IGNORECASE equates an ASCII letter with these characters too (« ſ » with s, the Kelvin sign with k, « İ » and « ı »
# with i), which lower() does not turn into that letter: a text holding one is sent to the patterns whatever it holds.
_ODD_CASES = ("\u017f", "\u212a", "\u0130", "\u0131")


def _odd_cases(text: str) -> bool:
    return not text.isascii() and any(character in text for character in _ODD_CASES)


# Every MEETING_LINK match names its host, which holds one of these words: an address naming none of them (most links:
# an agenda's, an organiser's site) is spared the host alternatives, tried at each label of the address (0.2 s on the
# sample's 21,444 event links).
_MEETING_HOST_WORDS = ("zoom", "team", "meet", "jitsi", "webex", "whereby", "bbb", "bigbluebutton", "renater", "visio",
                       "webconf", "discord", "safelinks")


def _may_name_meeting_host(text: str, lowered: str) -> bool:
    """False when no MEETING_LINK match can be in `text` (`lowered`: text.lower()) for want of its host's word."""
    return any(word in lowered for word in _MEETING_HOST_WORDS) or _odd_cases(text)


# Every MEETING_ID match names the meeting (« réunion », « conférence », « webinaire », « meeting », « webinar »):
# « id » alone is in most French texts (« idée », « solidaire »).
_MEETING_ID_WORDS = ("union", "rence", "webina", "meeting")


def _link_rules(text: str) -> tuple[re.Pattern, ...]:
    """The link patterns `text` may match, by plain substring tests: most texts hold no link, and the patterns
    would look at each of their words. A join link has a path: no slash, no link."""
    if "/" not in text:
        return ()
    lowered = text.lower()
    schemed = ("://" in lowered or "www." in lowered) and _may_name_meeting_host(text, lowered)
    bare = "zoom.us/" in lowered or "teams." in lowered or "meet." in lowered or "whereby.com/" in lowered
    return (_SCHEMED_LINK, BARE_MEETING_LINK) if schemed and bare else (_SCHEMED_LINK,) if schemed else (
        (BARE_MEETING_LINK,) if bare else ())


def find_meeting_link(text: str) -> str:
    """The first meeting join link (MEETING_LINK) of `text`, else ""."""
    for rule in _link_rules(text):
        found = rule.search(text)
        if found:
            return found.group(0)
    return ""


def mask_meetings(text: str) -> tuple[str, int]:
    """Text with meeting join links (MEETING_LINK), passcodes (MEETING_PASSCODE) and IDs (MEETING_ID) masked, and how
    many were."""
    masked = 0
    for rule in _link_rules(text):
        text, count = rule.subn(MEETING_MASK, text)
        masked += count
    lowered = text.lower()
    if ":" in text and ("code" in lowered or "pass" in lowered or "pwd" in lowered):
        text, count = MEETING_PASSCODE.subn(lambda match: match.group(1) + PASSCODE_MASK, text)
        masked += count
    if ("id" in lowered or "num" in lowered or "n°" in lowered) and (
            any(word in lowered for word in _MEETING_ID_WORDS) or _odd_cases(text)):
        text, count = MEETING_ID.subn(lambda match: match.group(1) + PASSCODE_MASK, text)
        masked += count
    return text, masked


def has_meeting_link(text: str) -> bool:
    """A meeting's join link in `text` as read (as_read)."""
    return bool(find_meeting_link(as_read(text)))


# A spreadsheet treats a cell starting with these as a formula (OWASP CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20", "\ufe66", "\ufe62", "\ufe63",
                  "\u2212")
# Characters that show nothing or a blank (zero-width, soft hyphen, fillers, Braille blank): a cell starting with
# them before a formula's sign is still taken for a formula by some spreadsheets.
BLANK_LOOKING = "\u00ad\u034f\u115f\u1160\u180e\u200b-\u200f\u2060-\u2064\u2800\u3164\ufeff\uffa0"
_HIDDEN_LEAD = re.compile(f"[\\s{BLANK_LOOKING}]+")


def formula_like(text: str) -> bool:
    """Whether a spreadsheet may evaluate `text`: it starts with a formula's sign (or its look-alike), maybe after
    blanks or characters that show nothing."""
    if text.startswith(_FORMULA_START):
        return True
    lead = _HIDDEN_LEAD.match(text)
    return lead is not None and text[lead.end():].startswith(_FORMULA_START)


_PARAGRAPH = "\n\n"
_HORIZONTAL_BLANKS = re.compile(r"[ \t\f\v]+")
_WHITE_SPACE = re.compile(r"\s+")
_BLANK_LINES = re.compile(r"\n{3,}")


class _TextExtractor(HTMLParser):
    """Visible text of HTML: white space collapsed as a browser does, paragraphs and lines from the tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden_depth = 0
        # The text since the outermost invisible element opened: dropped when it closes. A description cut, or
        # written to attack, can leave it open (« <svg/onload=…> Inscription… »): what follows is then the
        # organiser's text, kept, not lost with the element.
        self._hidden: list[str] = []
        self._struck: list[tuple[list[str], int]] = []  # (list written to, its length) when each struck element opened

    def text_of(self, markup: str) -> str:
        """The visible text of one document; the parser is reset first, so one parser reads document after
        document (building one costs about a third of reading a short description)."""
        self.reset()
        self.parts, self._hidden_depth, self._hidden, self._struck = [], 0, [], []
        self.feed(markup)
        self.close()
        if self.cdata_elem:  # a <script> or <style> left open: the parser keeps the rest unread
            self._hidden.append(collapse_white_space(self.rawdata))
        parts = self.parts + self._hidden
        if any(type(part) is _StruckText for part in parts):
            kept = [part for part in parts if type(part) is not _StruckText]
            parts = kept if "".join(kept).strip() else parts  # all struck: read whole
        return "".join(parts)

    @property
    def _out(self) -> list[str]:
        return self._hidden if self._hidden_depth else self.parts

    def handle_starttag(self, tag, attrs):
        if tag in _INVISIBLE_TAGS:
            self._hidden_depth += 1
        elif tag in _STRUCK_TAGS:
            self._struck.append((self._out, len(self._out)))
        elif tag in _PARAGRAPH_TAGS:
            self._out.append(_PARAGRAPH)
        elif tag in _LINE_TAGS:
            self._out.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in _PARAGRAPH_TAGS or tag in _LINE_TAGS:
            self._out.append("\n")

    def handle_endtag(self, tag):
        if tag in _INVISIBLE_TAGS:
            self._hidden_depth = max(0, self._hidden_depth - 1)
            if not self._hidden_depth:
                self._hidden = []
        elif tag in _STRUCK_TAGS:
            # Only an element closed is struck: a stray « <S> » (« tailles <S> <M> <L> ») strikes nothing.
            if self._struck:
                out, start = self._struck.pop()
                out[start:] = map(_StruckText, out[start:])
        elif tag in _PARAGRAPH_TAGS:
            self._out.append(_PARAGRAPH)

    def handle_data(self, data):
        self._out.append(collapse_white_space(data))


class _StruckText(str):
    """Text of an element struck through (_STRUCK_TAGS)."""


def collapse_white_space(text: str) -> str:
    """`text` with each run of white space (str.isspace) made one space, as HTML shows it."""
    if "  " not in text and text.isprintable():
        # A printable text holds no white space but the plain space (every other one is a control or a separator):
        # with no two in a row, there is no run to collapse.
        return text
    return _WHITE_SPACE.sub(" ", text)


_EXTRACTORS = threading.local()  # one parser per thread: a parser reads one document at a time


def _extractor() -> _TextExtractor:
    if not hasattr(_EXTRACTORS, "parser"):
        _EXTRACTORS.parser = _TextExtractor()
    return _EXTRACTORS.parser


def _drop_tags(text: str) -> str:
    """Known HTML tags and comments removed; other "<" and ">" kept as typed ("< 5 €", "a > b", "<18 ans").
    Only brackets that would still read as a tag are changed: "<<Demain>>" (typed guillemets) becomes
    "«Demain»", a lone "<Demain>" becomes "‹Demain›", so no consumer can take them for markup."""
    if "<" not in text:  # every pattern below starts with "<"
        return text

    def replace(match: re.Match) -> str:
        name = match.group(1)
        return " " if name is None or name.lower() in _HTML_TAGS else match.group(0)

    text = _DOUBLE_BRACKETS.sub(r"«\1»", _TAG.sub(replace, text))
    for _ in range(len(text)):
        text, changed = _TAG_LIKE.subn(r"‹\1›", text)
        if not changed:
            break
    return OPEN_TAG.sub(_open_tag, text) if "<" in text else text


def has_open_tag(text: str) -> bool:
    """Whether `text` holds a known tag left open (see OPEN_TAG)."""
    return "<" in text and any(_open_tag(match) != match.group(0) for match in OPEN_TAG.finditer(text))


def _open_tag(match: re.Match) -> str:
    return "‹" + match.group(1) if match.group(2).lower() in _HTML_TAGS else match.group(0)


def _escaped_markup(text: str) -> str | None:
    """`text` with every "<" that does not open a known tag or a comment escaped, so the parser reads it as text;
    None when it holds no known tag and no comment (no HTML)."""
    parts, position = [], 0
    for match in _TAG.finditer(text):
        if match.group(1) is None or match.group(1).lower() in _HTML_TAGS:
            parts += [text[position:match.start()].replace("<", "&lt;"), match.group(0)]
            position = match.end()
    if not parts:
        return None
    parts.append(text[position:].replace("<", "&lt;"))
    return "".join(parts)


def _unescaped(text: str) -> str:
    """`text` with its entities decoded, again while decoding changes it (« &amp;amp;amp; » is « & »)."""
    for _ in range(8):
        if "&" not in text:
            break
        decoded = html.unescape(text)
        if decoded == text:
            break
        text = decoded
    return text


# The markup most feeds write (the platform's descriptions): paragraphs, line breaks, emphasis and links, each tag
# without attributes but a link's double-quoted target. Every such tag is one _escaped_markup keeps, and what the
# parser makes of it is known: a paragraph's or a line's break (_TextExtractor), or nothing.
_PLAIN_TAG = re.compile(r'(<(?:/?(?:p|strong|em|b|i|u|span|a)|br|br/|br /)>|<a href="[^"<>]*">)')
_PLAIN_TAG_TEXT = {"<p>": _PARAGRAPH, "</p>": _PARAGRAPH, "<br>": "\n", "<br/>": "\n", "<br />": "\n"}


def _plain_markup_text(markup: str) -> str | None:
    """What _TextExtractor.text_of reads in `markup` when its only tags are _PLAIN_TAG's and it holds no other "<";
    else None. Between two tags the parser decodes the entities of the text (convert_charrefs) and collapses its
    white space, as done here; about ten times faster than the parser on the platform's descriptions."""
    parts = _PLAIN_TAG.split(markup)
    texts = parts[::2]
    if any("<" in text for text in texts):
        return None
    tags = [_PLAIN_TAG_TEXT.get(tag, "") for tag in parts[1::2]] + [""]
    return "".join(collapse_white_space(html.unescape(text)) + tag for text, tag in zip(texts, tags, strict=True))


def html_to_text(value: str | None) -> str:
    """Plain text of a source text, HTML or not: invisible elements dropped, entities decoded, paragraph
    breaks kept as one blank line and line breaks as newlines. HTML white space is collapsed as a browser
    does; in plain text only blank-line runs and line-edge spaces are. Brackets that are not HTML tags
    ("< 5 €", "a > b") stay as typed (see _drop_tags)."""
    if not value:
        return ""
    if "<" not in value and "&" not in value:
        if value.isprintable():  # one line without tab or no-break space: only its edges can change
            return value.strip()
        # No tag and no entity: nothing below would change but tabs, no-break spaces and blank-line runs.
        lines = [line.replace("\t", " ").strip() for line in value.replace("\xa0", " ").splitlines()]
        return _BLANK_LINES.sub(_PARAGRAPH, "\n".join(lines)).strip()
    text = _plain_markup_text(value) if "<" in value else None
    html_source = text is not None
    if text is None:
        markup = _escaped_markup(value)
        if markup is None:
            value = html.unescape(value)
            markup = _escaped_markup(value)  # escaped markup is still markup
        html_source = markup is not None
        text = _extractor().text_of(markup) if html_source else value
    # Feeds often escape twice (a CMS escaping an already escaped field): "&amp;amp;" means "&" and
    # "&lt;p&gt;" is markup, so entities are decoded a second time and the tags that appear dropped.
    text = _drop_tags(_unescaped(text).replace("\xa0", " "))
    if not html_source:
        text = text.replace("\t", " ")
    elif "\f" not in text and "\v" not in text:
        # Blank runs then never cross a line break (form feed and vertical tab are both): one pass for all lines;
        # none at all without a tab or two spaces in a row.
        if "\t" in text or "  " in text:
            text = _HORIZONTAL_BLANKS.sub(" ", text)
    else:
        text = "\n".join(_HORIZONTAL_BLANKS.sub(" ", line) for line in text.splitlines())
    text = "\n".join([line.strip() for line in text.splitlines()])
    return (_BLANK_LINES.sub(_PARAGRAPH, text) if "\n\n\n" in text else text).strip()


def markdown_to_text(value: str | None) -> str:
    """Plain text of Markdown (OpenAgenda's long descriptions): rendered by a CommonMark parser, then read
    as HTML, so emphasis marks, heading hashes and escapes disappear, a link keeps its text, and paragraph
    breaks stay as blank lines. Raw HTML inside the Markdown is stripped like any HTML."""
    if not value:
        return ""
    return _markdown_text(str(value))


@functools.lru_cache(maxsize=1 << 12)  # agendas repeat a description from event to event
def _markdown_text(text: str) -> str:
    return html_to_text(_MARKDOWN.render(text))


# Every match of EMAIL_OBFUSCATED holds "@" or one of its words standing alone ("at", "arobase", "chez",
# bracketed or between blanks). The e-mail patterns are tried at every position of a text, which costs
# far more than these tests: a text without the mark or the word is spared them (same result).
_OBFUSCATION_WORD = re.compile(r"@|\b(?:at|arobase|chez)\b", re.IGNORECASE)
_BRACKETED_A = re.compile(r"[\[\(\{<]\s*a\s*[\]\)\}>]", re.IGNORECASE)  # "prenom.nom(a)domaine.fr"


def may_hide_email(text: str) -> bool:
    """False when neither EMAIL nor EMAIL_OBFUSCATED can match `text` (True does not mean one does)."""
    if "@" in text or "%40" in text:
        return True
    # casefold() maps every character that IGNORECASE equates with a letter of these words to that letter
    # ("ſ" to "s"), so a text failing the substring tests cannot hold the words.
    folded = text.casefold()
    return ("at" in folded or "chez" in folded or "arobase" in folded) and bool(_OBFUSCATION_WORD.search(text)) \
        or _BRACKETED_A.search(text) is not None


def mask_contacts(text: str) -> tuple[str, int]:
    """Text with e-mail addresses (plain or obfuscated) and phone numbers replaced by a mask, and how many
    were masked. When the text as read (as_read) differs and holds a contact, it is that text that is masked and
    returned (its unseen characters dropped, its look-alikes read): a soft hyphen inside an address would otherwise
    leave the part before it unmasked."""
    read = as_read(text)
    if read is not text:
        masked_read, count_read = _mask_contacts(read)
        if count_read:
            return masked_read, count_read
    return _mask_contacts(text)


def _mask_contacts(text: str) -> tuple[str, int]:
    emails = hidden = phones = 0
    if "@" in text:  # EMAIL needs one
        text, emails = EMAIL.subn(CONTACT_MASK, text)
    if may_hide_email(text):
        text, hidden = EMAIL_OBFUSCATED.subn(CONTACT_MASK, text)
    if "0" in text or "+" in text or "=" in text or "/" in text:  # a PHONE match starts with "+" or "0", or after
        # « phone= » or « wa.me/ »
        text, phones = PHONE.subn(CONTACT_MASK, text)
    return text, emails + hidden + phones


# A masked contact inside a name, with its label (« contact : », « Tél. ») and the brackets or dash around it; a
# parenthesis holding one is an aside about contacts, taken out whole (« (réservation : …, mail …) »).
_MASK_IN_NAME = re.compile(
    r"[\s,;:/|–—-]*(?:\b(?:contact|t[ée]l(?:[ée]phone)?|e-?mail|m[ée]l|courriel|r[ée]servations?|inscriptions?"
    r"|renseignements?|infos?)\b\.?\s*:?\s*)?[(\[]?\s*" + re.escape(CONTACT_MASK) + r"\s*[)\]]?",
    re.IGNORECASE,
)
_ASIDE_WITH_MASK = re.compile(r"\s*\([^()]*" + re.escape(CONTACT_MASK) + r"[^()]*\)")


def without_contacts(name: str) -> str:
    """A name or place field with its masked contacts taken out (« Répar'Tout – [contact masqué] » -> « Répar'Tout »):
    a contact is no part of a name, and a field that held nothing but contacts (an ORGANIZER's CN written as its
    e-mail address) named no one: unknown, ''. In a title or a description the mask stays, in its sentence."""
    if CONTACT_MASK not in name:
        return name
    kept = " ".join(_MASK_IN_NAME.sub(" ", _ASIDE_WITH_MASK.sub(" ", name)).split()).strip(" ,;:/|–—-")
    return defuse_formula(kept) if any(character.isalnum() for character in kept) else ""


def has_email(text: str) -> bool:
    """Whether `text`, as read (as_read), holds an e-mail address, plain or obfuscated."""
    return _has_email_as_read(as_read(text))


def _has_email_as_read(read: str) -> bool:
    """has_email of a text already as read (as_read)."""
    return ("@" in read and EMAIL.search(read) is not None) or (
        may_hide_email(read) and EMAIL_OBFUSCATED.search(read) is not None)


def has_contact(text: str) -> bool:
    return has_email(text) or PHONE.search(as_read(text)) is not None


# ------------------------------------------------------------------------------------ Unicode policy

# Removed from every published text: C0 controls (newline and tab survive where a field is multi-line),
# DEL and C1 controls, bidirectional embeddings/overrides/isolates and marks (the "Trojan Source"
# characters), the BOM / zero-width no-break space, the line and paragraph separators (which break
# JSON-in-JS and many CSV readers), the replacement character left by a failed decode, lone surrogates
# (they cannot be written as UTF-8) and the noncharacters U+FFFE/U+FFFF.
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
# The zero-width space and the word joiner (U+200B, U+2060) show nothing and join nothing in French text: they only
# hide what a field holds (« \u200b=1+1 »). The joiners of emoji and scripts (U+200C, U+200D) are kept.
UNSAFE_CHARACTERS = re.compile(
    f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_BIDI}\u200b\u2060\ufeff\ufffd\ufffe\uffff\ud800-\udfff]"
)
_UNSAFE_SINGLE_LINE = re.compile(UNSAFE_CHARACTERS.pattern[:-1] + "\\t\\n\\r]")
_SEPARATORS = re.compile("[\u2028\u2029\r]")


def strip_unsafe_unicode(text: str, *, multiline: bool = False) -> str:
    """`text` under the Unicode policy: unsafe characters removed; U+2028/U+2029 (and CR) become a
    newline in a multi-line field, a space elsewhere; tab and newline kept only in a multi-line field."""
    if text.isprintable() and "\ufffd" not in text:
        # Every character the policy removes or replaces is a control, format, separator, surrogate or
        # unassigned code point (not printable), but U+FFFD: such a text is already safe.
        return text
    text = _SEPARATORS.sub("\n" if multiline else " ", text.replace("\r\n", "\n"))
    if multiline:
        return UNSAFE_CHARACTERS.sub("", text)
    return _UNSAFE_SINGLE_LINE.sub(lambda m: " " if m.group(0) in "\t\n" else "", text)


def unsafe_characters(text: str, *, multiline: bool = False) -> list[str]:
    """Code points ("U+202E") in `text` that the Unicode policy forbids, in order of appearance."""
    if text.isprintable() and "\ufffd" not in text:
        return []  # see strip_unsafe_unicode
    pattern = UNSAFE_CHARACTERS if multiline else _UNSAFE_SINGLE_LINE
    found = [f"U+{ord(ch):04X}" for ch in pattern.findall(text)]
    found += [f"U+{ord(ch):04X}" for ch in _SEPARATORS.findall(text) if ch != "\r" or not multiline]
    return list(dict.fromkeys(found))


# ---------------------------------------------------------------------------------------------- links

SAFE_URL = re.compile(r"https?://[^\s<>\"'`\\]+", re.IGNORECASE)
# Link targets in Markdown ([label](target), ![alt](target)) and autolinks (<scheme:...>).
_MARKDOWN_LINK = re.compile(
    r"(!?)\[([^\[\]]*)\]\(\s*<?([^()\s<>]*(?:\([^()\s]*\)[^()\s<>]*)*)>?(?:\s+\"[^\"]*\")?\s*\)"
)
_AUTOLINK = re.compile(r"<([a-zA-Z][a-zA-Z0-9+.\-]{1,31}:[^<>\s]*)>")
# Schemes a browser or a mail/phone client would act on, other than http(s). "java script:" written
# with blanks or controls between letters is still executed by browsers: the letters may be spaced.
_ACTIVE_SCHEMES = (
    "javascript", "vbscript", "livescript", "data", "file", "blob", "filesystem", "about", "view-source",
    "jar", "ftp", "ftps", "sftp", "smb", "ssh", "telnet", "ldap", "gopher", "ms-[a-z-]+", "intent",
    "chrome", "res", "tel", "sms", "callto", "skype", "facetime", "whatsapp", "tg",
)  # mailto: is left to the e-mail mask, which replaces the whole address
# A match starts with its scheme's first letter: testing that first spares the other positions the look-behind and
# the schemes' alternatives (as for PHONE; 40 % faster on the sample's texts with a colon before a non-blank).
_SCHEME_FIRST_LETTERS = "".join(sorted({scheme[0] for scheme in _ACTIVE_SCHEMES}))
UNSAFE_LINK = re.compile(
    f"(?=[{_SCHEME_FIRST_LETTERS}])"
    r"(?<![a-z0-9+.\-])(?:"
    + "|".join(r"[\s\x00-\x1f]*".join(scheme) if "[" not in scheme else scheme for scheme in _ACTIVE_SCHEMES)
    + r")\s*:(?=\S)[^\s<>\"'\]‹›]*",
    re.IGNORECASE,
)


# What every UNSAFE_LINK match holds (a colon before a non-blank): French prose (" : ") is spared the scan.
_COLON_BEFORE_TEXT = re.compile(r":\S")


def safe_url(value) -> str:
    """`value` when it is one http(s) URL carrying no e-mail address and no unsafe character, and no meeting's join
    link (MEETING_LINK), else ""."""
    text = str(value or "").strip()
    if (not SAFE_URL.fullmatch(text) or unsafe_characters(text)
            or _may_name_meeting_host(text, text.lower()) and MEETING_LINK.match(text) or contact_in_url(text)):
        return ""
    return text


# Query parameters a phone number is given in (« ?tel=0612345678 »).
_PHONE_PARAMETER = re.compile(r"[?&;](?:tel|t[eé]l[eé]phone|phone|mobile|portable|gsm|fixe|num[eé]ro|contact|sms"
                              r"|whatsapp)[^=&;#]*=([^&;#]*)",
                              re.IGNORECASE)


def contact_in_url(url: str) -> bool:
    """Whether a link carries an e-mail address, plain, obfuscated or percent-encoded (« ?email=jean%40free.fr »,
    « /jean.dupont(at)gmail.com »), or a phone number: in a parameter named for one, or anywhere written as only a
    number is (« /06-12-34-56-78 », « ?contact=+33%206… », a WhatsApp link « wa.me/33612345678 »). Ten digits in a
    row elsewhere are taken for an identifier (« /event/0612345678 »)."""
    decoded = unquote(url) if "%" in url else url
    # Read once (has_email would read it again): every event link of a build and of the release audit comes here.
    read = as_read(decoded)
    if _has_email_as_read(read) or any(PHONE.search(value) for value in _PHONE_PARAMETER.findall(read)):
        return True
    return any(not (number.isdigit() and len(number) == 10) for number in map(re.Match.group, PHONE.finditer(read)))


def drop_unsafe_links(text: str) -> tuple[str, int]:
    """`text` with every link target that is not http(s) removed (a Markdown link keeps its label, a
    bare "javascript:…" disappears), and how many were removed."""
    if ":" not in text:
        return text, 0  # every pattern below needs a scheme's colon
    removed = 0

    def markdown(match: re.Match) -> str:
        nonlocal removed
        target = match.group(3).strip()
        if SAFE_URL.fullmatch(target) or not re.match(r"[a-zA-Z][a-zA-Z0-9+.\-]*\s*:", target):
            return match.group(0)  # a web link or a relative path
        removed += 1
        return match.group(2)

    def bare(match: re.Match) -> str:
        nonlocal removed
        removed += 1
        return ""

    if "](" in text:  # a Markdown link's label closes right before its target opens
        text = _MARKDOWN_LINK.sub(markdown, text)
    if "<" in text:
        text = _AUTOLINK.sub(lambda m: m.group(0) if SAFE_URL.fullmatch(m.group(1)) else bare(m), text)
    if _COLON_BEFORE_TEXT.search(text):  # the scheme's colon of an UNSAFE_LINK match is followed by a non-blank
        text = UNSAFE_LINK.sub(bare, text)
    return text, removed


def unsafe_links(text: str) -> list[str]:
    """Link targets in `text` that are not http(s) (Markdown links, autolinks, bare active schemes)."""
    found = [m.group(3) for m in _MARKDOWN_LINK.finditer(text)
             if re.match(r"[a-zA-Z][a-zA-Z0-9+.\-]*\s*:", m.group(3).strip())
             and not SAFE_URL.fullmatch(m.group(3).strip())]
    found += [m.group(1) for m in _AUTOLINK.finditer(text) if not SAFE_URL.fullmatch(m.group(1))]
    found += [m.group(0) for m in UNSAFE_LINK.finditer(text)]
    return found


# --------------------------------------------------------------------------------------------- lengths

# A raw value longer than this many times its field's maximum is cut before cleaning (markup may shrink it).
RAW_LENGTH_FACTOR = 20
# Ends a text cut to its schema's maximum length: readers and re-users see that it is not whole.
TRUNCATION_MARK = "… [texte tronqué]"


def truncate_words(text: str, limit: int) -> tuple[str, bool]:
    """`text` cut to at most `limit` characters on a word boundary and ending with TRUNCATION_MARK, and
    whether it was cut. A first word longer than half the limit is cut inside the word."""
    if len(text) <= limit:
        return text, False
    room = limit - len(TRUNCATION_MARK)
    head = text[:room + 1]
    boundary = max(head.rfind(" "), head.rfind("\n"))
    cut = head[:boundary] if boundary > room // 2 else head[:room]
    return cut.rstrip(" \n\t.,;:!?-–—") + TRUNCATION_MARK, True


def defuse_formula(text: str) -> str:
    """A cell a spreadsheet would evaluate gets a leading apostrophe, as OWASP recommends."""
    return "'" + text if formula_like(text) else text


def clean_text(value, *, multiline: bool = False, max_length: int | None = None) -> tuple[str, int]:
    """Publishable plain text of a source value, and the number of contacts masked in it: HTML to text,
    Unicode policy, non-http(s) links dropped, contacts masked, formula defused; with `max_length`, cut
    on a word boundary and marked (truncate_words)."""
    text = value if type(value) is str else source_text(value)
    return _clean_text(text, multiline, max_length) if text else ("", 0)


def source_text(value) -> str:
    """A source's value as the text it gives: a string as it is, a number as written (35000.0 from a spreadsheet
    round trip is 35000), the texts of a list one per line; "" for what gives none — None, a boolean, NaN or
    Infinity (a missing value as pandas and JavaScript write it: « nan » and « inf » were published as titles),
    an object (a multilingual text is picked by its source's mapper: what is left names no text)."""
    if value is None or isinstance(value, (bool, dict)):
        return ""
    if isinstance(value, float):
        return "" if not math.isfinite(value) else str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, (list, tuple)):
        return "\n".join(text for text in map(source_text, value) if text)
    return str(value)


# Names, places and addresses repeat across records and sources: each distinct value is cleaned once.
@functools.lru_cache(maxsize=1 << 16)
def _clean_text(text: str, multiline: bool, max_length: int | None) -> tuple[str, int]:
    if max_length is not None and len(text) > RAW_LENGTH_FACTOR * max_length:
        # A multi-megabyte field is cut before the costly passes, at a blank so that no e-mail or link
        # is split (a half address would escape the masks); the final cut below keeps far less.
        head = text[:RAW_LENGTH_FACTOR * max_length]
        text = head[:max(head.rfind(" "), head.rfind("\n"), 0)]
    text, _ = drop_unsafe_links(strip_unsafe_unicode(text, multiline=True))
    text = strip_unsafe_unicode(html_to_text(text), multiline=multiline)
    text, _ = drop_unsafe_links(text)  # entities decoded by html_to_text may have formed a new one
    if not multiline:
        text = " ".join(text.split())
    # Meetings first: a Teams link holds an « …@thread.v2 » the e-mail mask would cut it at.
    text, meetings = mask_meetings(text)
    text, masked = mask_contacts(text)
    masked += meetings
    text = defuse_formula(text.strip())
    if max_length is not None:
        text, _ = truncate_words(text, max_length)  # after the apostrophe, which counts
    return text, masked


def fold(label: str | None) -> str:
    """Comparison key of a label: lower case, no accents, ligatures split, punctuation as spaces."""
    if not label:
        return ""
    return _fold_text(str(label))


class _CombiningMarks(dict):
    """str.translate table deleting combining marks; each code point is tested once, then looked up in C."""

    def __missing__(self, code: int) -> int | None:
        self[code] = None if unicodedata.combining(chr(code)) else code
        return self[code]


_WITHOUT_COMBINING = _CombiningMarks()
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


@functools.lru_cache(maxsize=1 << 16)  # column headers and vocabulary labels are folded once per record
def _fold_text(label: str) -> str:
    text = label.lower()
    if not text.isascii():
        text = text.replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
        text = unicodedata.normalize("NFKD", text).translate(_WITHOUT_COMBINING)
    return " ".join(_NOT_ALNUM.sub(" ", text).split())


_SEPARATOR = "\x00"
_NOT_ALNUM_NOR_SEPARATOR = re.compile(r"[^a-z0-9\x00]+")


def fold_all(labels: list[str]) -> list[str]:
    """[fold(label) for label in labels] (texts), each step of fold run once over the labels joined by a NUL:
    no step changes a NUL, canonical reordering never crosses it (a starter), and for lower()'s final-sigma
    rule it ends a word as a text's end does. Labels that hold a NUL are folded one by one."""
    joined = _SEPARATOR.join(labels)
    if not labels or joined.count(_SEPARATOR) != len(labels) - 1:
        return [fold(label) for label in labels]
    text = joined.lower()
    if not text.isascii():
        text = text.replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
        text = unicodedata.normalize("NFKD", text).translate(_WITHOUT_COMBINING)
    # Inside a label, runs of other characters are already single spaces: strip() is split() and join().
    return [part.strip(" ") for part in _NOT_ALNUM_NOR_SEPARATOR.sub(" ", text).split(_SEPARATOR)]
