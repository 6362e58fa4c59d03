"""Plain-text hygiene for published fields: HTML stripped, personal contacts masked, formulas defused."""

import html
import re
import unicodedata
from html.parser import HTMLParser

CONTACT_MASK = "[contact masqué]"

# Tags whose content is code or styling, never text a reader should see.
_INVISIBLE_TAGS = {"script", "style", "template", "noscript", "iframe", "object", "svg", "head"}
_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section"}
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

EMAIL = re.compile(r"(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
# French numbers (0X XX XX XX XX, +33 X XX…, 0033…, and the overseas codes +262, +269, +508, +590, +594,
# +596, +681, +687, +689) with spaces, dots or dashes; not 5-digit postal codes.
PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)(?:33|262|269|508|590|594|596|681|687|689)[\s.\-]?\(?0?\)?[\s.\-]?[1-9]|0[1-9])"
    r"(?:[\s.\-]?\d{2}){4}(?!\d)"
)
# A spreadsheet treats a cell starting with these as a formula (OWASP CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden_depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in _INVISIBLE_TAGS:
            self._hidden_depth += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _INVISIBLE_TAGS:
            self._hidden_depth = max(0, self._hidden_depth - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._hidden_depth:
            self.parts.append(data)


def _drop_tags(text: str) -> str:
    """Known HTML tags and comments removed; any other "<" or ">" kept as text, as guillemet-like signs
    that no consumer can take for markup ("<<Demain>>", "< 5 €")."""
    def replace(match: re.Match) -> str:
        name = match.group(1)
        return " " if name is None or name.lower() in _HTML_TAGS else match.group(0)

    return _TAG.sub(replace, text).replace("<", "‹").replace(">", "›")


def _escape_non_tags(text: str) -> str:
    """Every "<" that does not open a known tag or a comment escaped, so the parser reads it as text."""
    parts, position = [], 0
    for match in _TAG.finditer(text):
        if match.group(1) is None or match.group(1).lower() in _HTML_TAGS:
            parts += [text[position:match.start()].replace("<", "&lt;"), match.group(0)]
            position = match.end()
    parts.append(text[position:].replace("<", "&lt;"))
    return "".join(parts)


def html_to_text(value: str | None) -> str:
    """Plain text of an HTML fragment: invisible elements dropped, entities decoded, blank runs collapsed;
    brackets that are not HTML tags ("<<Demain>>", "< 5 €") stay as text."""
    if not value:
        return ""
    parser = _TextExtractor()
    parser.feed(_escape_non_tags(value))
    parser.close()
    # Feeds often escape twice (a CMS escaping an already escaped field): "&amp;amp;" means "&" and
    # "&lt;p&gt;" is markup, so entities are decoded a second time and the tags that appear dropped.
    text = _drop_tags(html.unescape("".join(parser.parts)).replace("\xa0", " "))
    lines = [re.sub(r"[ \t\f\v]+", " ", line).strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def mask_contacts(text: str) -> tuple[str, int]:
    """Text with e-mail addresses and phone numbers replaced by a mask, and how many were masked."""
    text, emails = EMAIL.subn(CONTACT_MASK, text)
    text, phones = PHONE.subn(CONTACT_MASK, text)
    return text, emails + phones


def has_contact(text: str) -> bool:
    return bool(EMAIL.search(text) or PHONE.search(text))


def defuse_formula(text: str) -> str:
    """A cell a spreadsheet would evaluate gets a leading apostrophe, as OWASP recommends."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def clean_text(value, *, multiline: bool = False) -> tuple[str, int]:
    """Publishable plain text of a source value, and the number of contacts masked in it."""
    if value is None:
        return "", 0
    text = html_to_text(str(value))
    if not multiline:
        text = " ".join(text.split())
    text, masked = mask_contacts(text)
    return defuse_formula(text.strip()), masked


def fold(label: str | None) -> str:
    """Comparison key of a label: lower case, no accents, ligatures split, punctuation as spaces."""
    if not label:
        return ""
    text = str(label).lower().replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())
