"""Plain-text hygiene for published fields: HTML stripped, personal contacts masked, formulas defused."""

import html
import re
import unicodedata
from html.parser import HTMLParser

CONTACT_MASK = "[contact masqué]"

# Tags whose content is code or styling, never text a reader should see.
_INVISIBLE_TAGS = {"script", "style", "template", "noscript", "iframe", "object", "svg", "head"}
_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section"}

EMAIL = re.compile(r"(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
# French numbers (0X XX XX XX XX, +33 X XX…, 0033…) with spaces, dots or dashes; not 5-digit postal codes.
PHONE = re.compile(r"(?<![\w+])(?:(?:\+|00)33[\s.\-]?\(?0?\)?[\s.\-]?[1-9]|0[1-9])(?:[\s.\-]?\d{2}){4}(?!\d)")
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


def html_to_text(value: str | None) -> str:
    """Plain text of an HTML fragment: invisible elements dropped, entities decoded, blank runs collapsed."""
    if not value:
        return ""
    parser = _TextExtractor()
    parser.feed(value)
    parser.close()
    text = html.unescape("".join(parser.parts)).replace("\xa0", " ")
    # A stray "<" left by broken markup would still look like a tag to a careless consumer.
    text = re.sub(r"<[^>]{0,200}>", " ", text).replace("<", "‹").replace(">", "›")
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
