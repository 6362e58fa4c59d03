"""Plain-text hygiene for published fields: HTML stripped, personal contacts masked, formulas defused."""

import html
import re
import unicodedata
from html.parser import HTMLParser

from markdown_it import MarkdownIt

CONTACT_MASK = "[contact masqué]"
# CommonMark with raw HTML passed through (then stripped) and line breaks inside a paragraph kept.
_MARKDOWN = MarkdownIt("commonmark", {"html": True, "breaks": True})
# Every link target is accepted as a link, so that only its text is kept: a refused one ("javascript:")
# would otherwise stay as raw "[text](target)" in the description.
_MARKDOWN.validateLink = lambda url: True

# Tags whose content is code or styling, never text a reader should see.
_INVISIBLE_TAGS = {"script", "style", "template", "noscript", "iframe", "object", "svg", "head"}
# Tags that end a paragraph (a blank line in the text) and tags that only end a line.
_PARAGRAPH_TAGS = {"p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "blockquote",
                   "pre", "article", "header", "footer", "dl"}
_LINE_TAGS = {"br", "li", "tr", "dt", "dd", "hr"}
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
# What a browser or a checker would still read as a tag once the known tags are gone ("<Demain>").
_TAG_LIKE = re.compile(r"<(\s*/?\s*[a-zA-Z!][^>]*)>")
_DOUBLE_BRACKETS = re.compile(r"<<([^<>]*)>>")

EMAIL = re.compile(r"(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
# French numbers (0X XX XX XX XX, +33 X XX…, 0033…, and the overseas codes +262, +269, +508, +590, +594,
# +596, +681, +687, +689) with spaces, dots or dashes; not 5-digit postal codes.
PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)(?:33|262|269|508|590|594|596|681|687|689)[\s.\-]?\(?0?\)?[\s.\-]?[1-9]|0[1-9])"
    r"(?:[\s.\-]?\d{2}){4}(?!\d)"
)
# A spreadsheet treats a cell starting with these as a formula (OWASP CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_PARAGRAPH = "\n\n"


class _TextExtractor(HTMLParser):
    """Visible text of HTML: white space collapsed as a browser does, paragraphs and lines from the tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden_depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in _INVISIBLE_TAGS:
            self._hidden_depth += 1
        elif tag in _PARAGRAPH_TAGS:
            self.parts.append(_PARAGRAPH)
        elif tag in _LINE_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in _PARAGRAPH_TAGS or tag in _LINE_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _INVISIBLE_TAGS:
            self._hidden_depth = max(0, self._hidden_depth - 1)
        elif tag in _PARAGRAPH_TAGS:
            self.parts.append(_PARAGRAPH)

    def handle_data(self, data):
        if not self._hidden_depth:
            self.parts.append(re.sub(r"\s+", " ", data))


def _drop_tags(text: str) -> str:
    """Known HTML tags and comments removed; other "<" and ">" kept as typed ("< 5 €", "a > b", "<18 ans").
    Only brackets that would still read as a tag are changed: "<<Demain>>" (typed guillemets) becomes
    "«Demain»", a lone "<Demain>" becomes "‹Demain›", so no consumer can take them for markup."""
    def replace(match: re.Match) -> str:
        name = match.group(1)
        return " " if name is None or name.lower() in _HTML_TAGS else match.group(0)

    text = _DOUBLE_BRACKETS.sub(r"«\1»", _TAG.sub(replace, text))
    for _ in range(len(text)):
        text, changed = _TAG_LIKE.subn(r"‹\1›", text)
        if not changed:
            break
    return text


def _escape_non_tags(text: str) -> str:
    """Every "<" that does not open a known tag or a comment escaped, so the parser reads it as text."""
    parts, position = [], 0
    for match in _TAG.finditer(text):
        if match.group(1) is None or match.group(1).lower() in _HTML_TAGS:
            parts += [text[position:match.start()].replace("<", "&lt;"), match.group(0)]
            position = match.end()
    parts.append(text[position:].replace("<", "&lt;"))
    return "".join(parts)


def _is_html(text: str) -> bool:
    return any(m.group(1) is None or m.group(1).lower() in _HTML_TAGS for m in _TAG.finditer(text))


def html_to_text(value: str | None) -> str:
    """Plain text of a source text, HTML or not: invisible elements dropped, entities decoded, paragraph
    breaks kept as one blank line and line breaks as newlines. HTML white space is collapsed as a browser
    does; in plain text only blank-line runs and line-edge spaces are. Brackets that are not HTML tags
    ("< 5 €", "a > b") stay as typed (see _drop_tags)."""
    if not value:
        return ""
    if not _is_html(value) and _is_html(html.unescape(value)):
        value = html.unescape(value)  # escaped markup is still markup
    html_source = _is_html(value)
    if html_source:
        parser = _TextExtractor()
        parser.feed(_escape_non_tags(value))
        parser.close()
        text = "".join(parser.parts)
    else:
        text = html.unescape(value)
    # Feeds often escape twice (a CMS escaping an already escaped field): "&amp;amp;" means "&" and
    # "&lt;p&gt;" is markup, so entities are decoded a second time and the tags that appear dropped.
    text = _drop_tags(html.unescape(text).replace("\xa0", " "))
    lines = []
    for line in text.splitlines():
        line = re.sub(r"[ \t\f\v]+", " ", line) if html_source else line.replace("\t", " ")
        lines.append(line.strip())
    return re.sub(r"\n{3,}", _PARAGRAPH, "\n".join(lines)).strip()


def markdown_to_text(value: str | None) -> str:
    """Plain text of Markdown (OpenAgenda's long descriptions): rendered by a CommonMark parser, then read
    as HTML, so emphasis marks, heading hashes and escapes disappear, a link keeps its text, and paragraph
    breaks stay as blank lines. Raw HTML inside the Markdown is stripped like any HTML."""
    if not value:
        return ""
    return html_to_text(_MARKDOWN.render(str(value)))


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
