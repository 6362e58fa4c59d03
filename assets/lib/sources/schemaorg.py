"""Web pages describing their events in schema.org JSON-LD (`<script type="application/ld+json">`), as agenda plugins
(WordPress' The Events Calendar, Drupal, OpenAgenda's embeds) and CRESS sites publish them: fetch a page or a JSON-LD
document into a snapshot, read it, map events.

Fetch: `GET {url}` (an agenda page, an event page or a JSON-LD document), stored as received (`page-0001.html` or
`page-0001.jsonld`), retried while the body holds no JSON-LD event; an agenda listing's next pages are followed by
their `<link rel="next">`; the request is conditional on the last snapshot's validators.

Read: every `.html`/`.htm` file (its JSON-LD blocks; a page whose JSON-LD gives no event, its microdata or RDFa Lite
items read as the JSON-LD nodes they stand for) and `.json`/`.jsonld` file of a snapshot; in them, every node
whose `@type` is Event or one of its subtypes (`EducationEvent`, `Festival`…), at the top, in a list, in `@graph`, in
an `ItemList`'s items, or as an event's `subEvent`. A block wrapped in a comment or a CDATA section is read, and one
that is JSON but for commas before closing brackets; any other block that is not JSON is a FileProblem naming the file
and the block; the other blocks are still read. A node an event names by its `@id` alone (its place, address or
organiser in Yoast's graph) is read from the node of the same document that describes it. One RawRecord per event,
id = `@id`, else `url`, else the name and start joined (what a page gives to tell its events apart); payload: the node
with those references resolved.

Map (see CONVENTIONS, schema.org Event): `name`, `description` (HTML to text by the normaliser), `startDate`,
`endDate`, `eventStatus` (Cancelled: `annule`, Postponed: `reporte`, Rescheduled: `reprogramme`, MovedOnline:
`deplace_en_ligne`), `eventAttendanceMode` (Offline, Online, Mixed), `location` (a Place's name, PostalAddress and geo,
a place or an address as one line of text read as iCalendar's LOCATION;
a VirtualLocation makes the event online, its URL kept as the meeting link, never published), `organizer` (an
Organization's name, the next ones its co-organisers; a Person's name is personal data: not mapped), `keywords`, `url`,
`dateModified`. What a page does not say (co-organisers when it names one organiser, the organiser's family, the
number of sessions) stays unknown.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import httpx
from pydantic.dataclasses import dataclass

from assets.lib.decoding import decode_lines, json_text
from assets.lib.http_client import DEFAULT_POLICY, RetryPolicy, conditional_headers, fetch_checked
from assets.lib.records import FileProblem, RawRecord
from assets.lib.snapshots import SnapshotStore, read_snapshot_files
from assets.lib.sources.base import NO_ACCESS, OPTIONS_CONFIG, FeedAccess, ReadResult, SourceKind
from assets.lib.sources.ical import location_lines, split_location, split_venue
from assets.lib.text import fold, source_text

KIND = "schemaorg"
PATTERNS = ("*.html", "*.htm", "*.json", "*.jsonld")
_HTML_SUFFIXES = (".html", ".htm")

# schema.org's Event and its subtypes (https://schema.org/Event, « More specific Types »).
EVENT_TYPES = frozenset(
    "Event BusinessEvent ChildrensEvent ComedyEvent CourseInstance DanceEvent DeliveryEvent EducationEvent "
    "EventSeries ExhibitionEvent Festival FoodEvent Hackathon LiteraryEvent MusicEvent PublicationEvent "
    "SaleEvent ScreeningEvent SocialEvent SportsEvent TheaterEvent VisualArtsEvent".split()
)
ATTENDANCE_MODES = {"OfflineEventAttendanceMode": "Présentiel", "OnlineEventAttendanceMode": "En ligne",
                    "MixedEventAttendanceMode": "Hybride"}
STATUSES = {"EventCancelled": "annule", "EventPostponed": "reporte", "EventRescheduled": "reprogramme",
            "EventMovedOnline": "deplace_en_ligne", "EventScheduled": "programme"}
CANCELLED_LABEL = "Annulé"


@dataclass(config=OPTIONS_CONFIG)
class SchemaOrgOptions:
    """A page's JSON-LD has no reading option: schema.org fixes its vocabulary."""


# ---------------------------------------------------------------------------------------------- fetch


def _check_page(body: bytes) -> int:
    """The number of events a fetched body describes; ValueError (the fetch retries) when it holds none."""
    count = sum(1 for _ in _events_in(body, html=body.lstrip()[:1] == b"<")[0])
    if not count:
        raise ValueError("no schema.org Event in the page")
    return count


MAX_PAGES = 100  # pages of one agenda listing followed by their « next » link


class _NextLink(HTMLParser):
    """The `href` of a page's `<link rel="next">` (or `<a rel="next">`): the agenda listing's next page."""

    def __init__(self) -> None:
        super().__init__()
        self.href: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if self.href is None and tag in ("link", "a") and "next" in (values.get("rel") or "").lower().split():
            self.href = values.get("href") or None


def _next_page(body: bytes, url: str) -> str | None:
    parser = _NextLink()
    parser.feed(decode_lines(body)[0])
    parser.close()
    return urljoin(url, parser.href) if parser.href else None


def fetch_page(client: httpx.Client, url: str, edition: int, *, store: SnapshotStore, now: datetime,
               policy: RetryPolicy = DEFAULT_POLICY) -> Path:
    """Fetch a page or JSON-LD document into a new snapshot (`page-0001.html`… or `page-0001.jsonld` + manifest),
    following an HTML listing's `<link rel="next">` up to MAX_PAGES pages (a link back to a page already fetched
    stops it, noted in the manifest); return its folder. A 304 on the first page returns the last snapshot; nothing
    is written on failure."""
    previous = store.latest_fetched(edition)
    first, count = fetch_checked(client, url, source=store.source, policy=policy,
                                 headers=conditional_headers(store.validators(edition)), parse=_check_page,
                                 parse_error="aucun Event schema.org")
    if first.unchanged and previous is not None:
        return previous
    html = first.content.lstrip()[:1] == b"<"
    pages, seen, notes = [(first.url, first.content, count)], {first.url, url}, {"validators": first.validators()}
    following = _next_page(first.content, first.url) if html else None
    while following is not None:
        if following in seen or len(pages) >= MAX_PAGES:
            notes["pagination_coupee"] = (f"lien « suivant » vers une page déjà lue : {following}" if following in seen
                                          else f"plus de {MAX_PAGES} pages")
            break
        seen.add(following)
        page, count = fetch_checked(client, following, source=store.source, policy=policy, parse=_check_page,
                                    parse_error="aucun Event schema.org")
        pages.append((page.url, page.content, count))
        following = _next_page(page.content, page.url)
    suffix = "html" if html else "jsonld"
    files = [(f"page-{number:04d}.{suffix}", page_url, content, count)
             for number, (page_url, content, count) in enumerate(pages, start=1)]
    return store.write_files(edition, files, base_url=url, fetched_at=now, notes=notes)


def fetch(client: httpx.Client, url: str, edition: int, store: SnapshotStore, policy: RetryPolicy,
          options: SchemaOrgOptions, access: FeedAccess = NO_ACCESS) -> Path:
    return fetch_page(client, url, edition, store=store, now=datetime.now(UTC), policy=policy)


# ---------------------------------------------------------------------------------------------- read


class _JsonLdBlocks(HTMLParser):
    """The text of every `<script type="application/ld+json">` of a page, in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)  # a script's text is raw: no entity is decoded in it
        self.blocks: list[str] = []
        self._inside = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        kind = (dict(attrs).get("type") or "").split(";")[0].strip().lower()
        self._inside = tag == "script" and kind == "application/ld+json"
        if self._inside:
            self.blocks.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._inside = False

    def handle_data(self, data: str) -> None:
        if self._inside:
            self.blocks[-1] += data


# HTML elements without an end tag, and the attribute that holds a microdata property's value in the others (WHATWG
# HTML, « Microdata », the property value of an element).
_VOID_ELEMENTS = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_VALUE_ATTRIBUTES = {"meta": "content", "a": "href", "area": "href", "link": "href", "audio": "src", "embed": "src",
                     "iframe": "src", "img": "src", "source": "src", "track": "src", "video": "src", "object": "data",
                     "data": "value", "meter": "value", "time": "datetime"}


# RDFa Lite's names of schema.org terms: « schema:name », « http://schema.org/name », or bare under vocab.
_SCHEMA_TERM = re.compile(r"^(?:schema:|https?://schema\.org/)")


def _as_microdata(attributes: dict[str, str]) -> dict[str, str]:
    """An element's attributes with RDFa Lite's (`typeof`, `property`, `resource`, `content`: Drupal's schema.org
    mapping) written as the microdata ones they stand for; microdata's as they are."""
    if "typeof" not in attributes and "property" not in attributes:
        return attributes
    written = dict(attributes)
    if "typeof" in attributes and "itemscope" not in attributes:
        written["itemscope"], written["itemtype"] = "", attributes["typeof"]
        if attributes.get("resource") or attributes.get("about"):
            written["itemid"] = attributes.get("resource") or attributes["about"]
    if "property" in attributes and "itemprop" not in attributes:
        written["itemprop"] = " ".join(_SCHEMA_TERM.sub("", term) for term in attributes["property"].split())
        if "content" in attributes and "typeof" not in attributes:
            written["_rdfa_content"] = attributes["content"]
    return written


class _Microdata(HTMLParser):
    """The top-level microdata items of a page (`itemscope`, `itemtype`, `itemprop`; RDFa Lite's `typeof`,
    `property`, `content` read as them), each as the JSON-LD node it stands for: `@type` from its itemtype, each
    property a list of its values (a nested item's node, an attribute's value, or the element's text)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.items: list[dict] = []
        self._open: list[tuple[str, dict | None, list[str] | None, list[str], dict | None]] = []
        self._items: list[dict] = []  # the items open, innermost last
        self._texts: list[list[str]] = []  # the text of each property read from an element's text, open

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = _as_microdata({name: value or "" for name, value in attrs})
        names = attributes.get("itemprop", "").split()
        parent = self._items[-1] if self._items else None
        item = None
        if "itemscope" in attributes:
            item = {}
            if types := attributes.get("itemtype", "").split():
                item["@type"] = types[0] if len(types) == 1 else types
            if attributes.get("itemid"):
                item["@id"] = attributes["itemid"]
            if names and parent is not None:
                for name in names:
                    parent.setdefault(name, []).append(item)
            else:
                self.items.append(item)
            self._items.append(item)
        text = None
        if item is None and names and parent is not None:
            attribute = "_rdfa_content" if "_rdfa_content" in attributes else _VALUE_ATTRIBUTES.get(tag)
            if attribute and (attribute in attributes or tag != "time"):
                for name in names:
                    parent.setdefault(name, []).append(attributes.get(attribute, ""))
            else:
                text = []
                self._texts.append(text)
        if tag in _VOID_ELEMENTS:
            self._close(tag, item, text, names, parent)
        else:
            self._open.append((tag, item, text, names, parent))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_ELEMENTS and self._open and self._open[-1][0] == tag:
            self._close(*self._open.pop())

    def handle_endtag(self, tag: str) -> None:
        if not any(entry[0] == tag for entry in self._open):
            return  # a stray end tag closes nothing
        while self._open:
            entry = self._open.pop()
            self._close(*entry)
            if entry[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        for text in self._texts:
            text.append(data)

    def close(self) -> None:
        super().close()
        while self._open:
            self._close(*self._open.pop())

    def _close(self, tag: str, item: dict | None, text: list[str] | None, names: list[str],
               parent: dict | None) -> None:
        if item is not None and self._items and self._items[-1] is item:
            self._items.pop()
        if text is not None:
            del self._texts[next(i for i, open_text in enumerate(self._texts) if open_text is text)]  # not by value
            for name in names:
                parent.setdefault(name, []).append(" ".join("".join(text).split()))


def _types(node: Mapping) -> set[str]:
    found = node.get("@type")
    names = found if isinstance(found, list) else [found]
    return {str(name).rsplit("/", 1)[-1].rsplit(":", 1)[-1] for name in names if isinstance(name, str)}


def _event_nodes(content: Any, depth: int = 0) -> Iterator[dict]:
    """The Event nodes of a JSON-LD document: top level, lists, `@graph`, ItemList items, sub-events."""
    if depth > 20:  # a document nested deeper holds no agenda
        return
    if isinstance(content, list):
        for item in content:
            yield from _event_nodes(item, depth + 1)
        return
    if not isinstance(content, dict):
        return
    if _types(content) & EVENT_TYPES:
        yield content
        yield from _event_nodes(content.get("subEvent"), depth + 1)
        return
    for key in ("@graph", "itemListElement", "item", "mainEntity", "about"):
        if key in content:
            yield from _event_nodes(content[key], depth + 1)


def _identified(content: Any, found: dict[str, dict] | None = None, depth: int = 0) -> dict[str, dict]:
    """{@id: node} of the nodes of a JSON-LD document that describe something (more than an `@id` and a `@type`),
    the first one of each @id."""
    found = {} if found is None else found
    if depth > 20:
        return found
    if isinstance(content, list):
        for item in content:
            _identified(item, found, depth + 1)
    elif isinstance(content, dict):
        key = content.get("@id")
        if isinstance(key, str) and not _reference(content):
            found.setdefault(key, content)
        for value in content.values():
            if isinstance(value, (dict, list)):
                _identified(value, found, depth + 1)
    return found


def _reference(value: Any) -> bool:
    """A node that only names another by its @id (« "location": {"@id": "…#place"} »)."""
    return isinstance(value, dict) and isinstance(value.get("@id"), str) and set(value) <= {"@id", "@type"}


def _resolved(value: Any, nodes: Mapping[str, dict], path: frozenset[str] = frozenset(), depth: int = 0) -> Any:
    """`value` with each reference to a node of its document replaced by that node: Yoast's graph and other
    generators describe an event's place and organiser once, as nodes of their own, and name them in the event by
    their @id. A reference to a node being resolved (a cycle) or to no node of the document stays as written."""
    if depth > 20:
        return value
    if _reference(value) and value["@id"] in nodes and value["@id"] not in path:
        return _resolved(nodes[value["@id"]], nodes, path | {value["@id"]}, depth + 1)
    if isinstance(value, list):
        return [_resolved(item, nodes, path, depth + 1) for item in value]
    if isinstance(value, dict):
        return {key: _resolved(item, nodes, path, depth + 1) for key, item in value.items()}
    return value


# What a page wraps its JSON-LD in for old parsers: an HTML comment, a CDATA section behind a JavaScript comment
# (« /*<![CDATA[*/ … /*]]>*/ », « //<![CDATA[ … //]]> », as Drupal and XHTML themes write), blanks.
_JSON_WRAPPER = re.compile(r"^\s*(?:<!--|(?:/\*\s*)?(?://\s*)?<!\[CDATA\[(?:\s*\*/)?)?\s*"
                           r"|\s*(?:-->|(?:/\*\s*)?(?://\s*)?\]\]>(?:\s*\*/)?)?\s*$")
# A comma before a closing bracket, outside any string: what hand-written JSON-LD often holds and JSON refuses
# (search engines read it).
_TRAILING_COMMA = re.compile(r'("(?:[^"\\]|\\.)*")|,(\s*[}\]])')


def _json_ld(block: str | bytes):
    """The JSON value of a JSON-LD block; one that fails only for commas before closing brackets is read without
    them. ValueError otherwise (json's message)."""
    try:
        return json.loads(block)
    except ValueError:
        if isinstance(block, bytes) or "," not in block:
            raise
        lenient = _TRAILING_COMMA.sub(lambda match: match.group(1) or match.group(2), block)
        if lenient == block:
            raise
        try:
            return json.loads(lenient)
        except ValueError:
            pass
        raise


def _events_in(raw: bytes, html: bool) -> tuple[Iterator[dict], list[str]]:
    """(the events of a file, the reasons its unreadable blocks were skipped)."""
    if html:
        parser = _JsonLdBlocks()
        parser.feed(decode_lines(raw)[0])
        parser.close()
        blocks: list[str | bytes] = [_JSON_WRAPPER.sub("", block) for block in parser.blocks]
    else:
        blocks = [json_text(raw)[0]]  # UTF-8, or UTF-16 bytes json.loads reads
    documents, problems = [], []
    for number, block in enumerate(blocks, start=1):
        try:
            documents.append(_json_ld(block))
        except (ValueError, RecursionError) as exc:  # RecursionError: nested deeper than any agenda
            problems.append(f"bloc JSON-LD {number} illisible ({exc})" if html else f"JSON illisible : {exc}")
    events = [_resolved(node, nodes, frozenset(filter(None, [node.get("@id")])))
              for document in documents for nodes in [_identified(document)] for node in _event_nodes(document)]
    if html and not events:
        # A page describing its events in microdata only (no JSON-LD event: a page giving both describes the same
        # events twice).
        microdata = _Microdata()
        microdata.feed(decode_lines(raw)[0])
        microdata.close()
        events = [node for item in microdata.items for node in _event_nodes(item)]
    return iter(events), problems


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((item for item in value if _text(item)), None)
    if isinstance(value, dict):
        value = value.get("@value", value.get("name"))
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    text = source_text(value).strip()  # NaN, Infinity: no text
    return text or None


def _record_id(event: Mapping) -> str | None:
    for key in ("@id", "url", "identifier"):
        found = _text(event.get(key))
        if found:
            return found
    name, start = _text(event.get("name")), _text(event.get("startDate"))
    return f"{name}|{start}" if name and start else None


def read_schemaorg_snapshot(snapshot_dir: Path, *, source: str, edition: int
                            ) -> tuple[list[RawRecord], list[FileProblem]]:
    """Every Event of a snapshot's pages and JSON-LD documents as RawRecords (payload: the node as written), plus a
    FileProblem for each unreadable block or file and each file without an event."""
    contents, problems = read_snapshot_files(Path(snapshot_dir), PATTERNS, source=source, edition=edition)
    records: list[RawRecord] = []
    for name, raw in contents:
        events, unreadable = _events_in(raw, html=name.lower().endswith(_HTML_SUFFIXES))
        problems += [FileProblem(source, edition, name, None, reason) for reason in unreadable]
        found = 0
        for event in events:
            records.append(RawRecord(source, edition, _record_id(event), len(records), name, event))
            found += 1
        if not found and not unreadable:
            problems.append(FileProblem(source, edition, name, None, "aucun événement schema.org dans ce fichier"))
    return records, problems


def read(snapshot: Path, edition: int, source: str, options: SchemaOrgOptions) -> ReadResult:
    return ReadResult(*read_schemaorg_snapshot(snapshot, source=source, edition=edition))


# ----------------------------------------------------------------------------------------------- map


def _nodes(value: Any) -> list[dict]:
    return [item for item in (value if isinstance(value, list) else [value]) if isinstance(item, dict)]


def _term(value: Any) -> str:
    """The last segment of a schema.org enumeration value (`https://schema.org/EventCancelled` -> EventCancelled), given
    as text or, as JSON-LD tools compact it (rdflib, pyld), as a node naming it by its @id (`{"@id":
    "schema:EventCancelled"}`)."""
    if isinstance(value, list):
        value = next((item for item in value if _term(item)), None)
    if isinstance(value, dict) and isinstance(value.get("@id"), str) and "@value" not in value:
        value = value["@id"]
    text = _text(value) or ""
    return re.split(r"[/:#]", text)[-1]


def _number(value: Any) -> float | None:
    try:
        return float(str(value).replace(",", ".")) if value is not None and not isinstance(value, bool) else None
    except ValueError:
        return None


def _keywords(value: Any) -> list[str]:
    if isinstance(value, list):
        return [word for item in value for word in _keywords(item)]
    text = _text(value)
    return [word.strip() for word in re.split(r"[,;]", text) if word.strip()] if text else []


def map_schemaorg_event(event: dict, options: SchemaOrgOptions | None = None, edition: int | None = None) -> dict:
    """Candidate fields of one schema.org Event node (see the module docstring)."""
    places = [node for node in _nodes(event.get("location")) if "VirtualLocation" not in _types(node)]
    virtual = [node for node in _nodes(event.get("location")) if "VirtualLocation" in _types(node)]
    text_place = location_lines(_text(event.get("location"))) if isinstance(event.get("location"), str) else None
    place = places[0] if places else {}
    address = next(iter(_nodes(place.get("address"))), {})
    street = location_lines(
        _text(address.get("streetAddress")) or (_text(place.get("address")) if not address else None))
    # A place or an address given as one line of text (schema.org allows Text): read as iCalendar's LOCATION is,
    # its venue and its « 35000 Rennes » tail (« Salle des fêtes, 12 rue … , 35000 Rennes »).
    venue, line = split_venue(text_place) if text_place else (None, None)
    # The « 35000 Rennes » tail of a place's text or of its street line, and of a town written with its postal code
    # (« addressLocality »: « 35000 Rennes »): what the address's own fields do not give.
    postal_code, town = split_location(text_place or street)
    locality = _text(address.get("addressLocality"))
    if locality and re.search(r"\d{5}", locality):
        town_first = _TOWN_THEN_CODE.fullmatch(locality)  # « Rennes 35000 »
        located_code, located_town = (town_first.group(2), town_first.group(1)) if town_first else \
            split_location(locality)
        postal_code, locality = located_code or postal_code, located_town or locality
    geo = next(iter(_nodes(place.get("geo"))), {})
    country = address.get("addressCountry")
    organisers = [node for node in _nodes(event.get("organizer")) if "Person" not in _types(node)]
    organiser_names = [name for node in organisers if (name := _text(node.get("name")))]
    mode = ATTENDANCE_MODES.get(_term(event.get("eventAttendanceMode")))
    if mode is None and virtual:
        mode = "Hybride" if places or text_place else "En ligne"
    status = STATUSES.get(_term(event.get("eventStatus")))
    categories = _keywords(event.get("keywords"))
    if status == "annule":
        categories.append(CANCELLED_LABEL)
    return {
        "source_identifiant": _record_id(event),
        "titre": _text(event.get("name")),
        "description": _text(event.get("description")),
        "date_debut": _text(event.get("startDate")),
        "date_fin": _text(event.get("endDate")),
        "categories": categories,
        "type_evenement": None,
        "thematiques": [],
        "publics": [],
        "modalite": mode,
        "lien_reunion": _text(virtual[0].get("url")) if virtual else None,  # never published
        "organisateur": organiser_names[0] if organiser_names else _text(
            event.get("organizer") if isinstance(event.get("organizer"), str) else None),
        "organisateur_famille": None,
        # Several organisations: the first is the organiser, the others its co-organisers. One alone does not say the
        # event has none (unknown).
        "co_organisateurs": organiser_names[1:] if len(organiser_names) > 1 else None,
        "lieu": _text(place.get("name")) or venue,
        "adresse": street or line,
        "code_postal": _text(address.get("postalCode")) or postal_code,
        "commune": locality or town,
        "latitude": _number(geo.get("latitude")),
        "longitude": _number(geo.get("longitude")),
        "url": _text(event.get("url")),
        "date_mise_a_jour": _text(event.get("dateModified")),
        "code_insee": None,
        "region_source": _text(address.get("addressRegion")),
        "statut": status,
        "nombre_seances": None,
        "code_pays": _country(country),
    }


# Country names as agenda plugins write addressCountry (The Events Calendar: the name picked in a list, in the site's
# language), folded, with their ISO 3166 alpha-2 code: France's and its neighbours', and those of the countries whose
# networks take part in the Mois de l'ESS from abroad.
_COUNTRY_NAMES = {
    fold(name): code for code, names in {
        "FR": ("France", "France métropolitaine"), "BE": ("Belgique", "Belgium", "België", "Belgien"),
        "CH": ("Suisse", "Switzerland", "Schweiz", "Svizzera"), "LU": ("Luxembourg", "Luxemburg"),
        "DE": ("Allemagne", "Germany", "Deutschland"), "ES": ("Espagne", "Spain", "España"),
        "IT": ("Italie", "Italy", "Italia"), "MC": ("Monaco",), "AD": ("Andorre", "Andorra"),
        "GB": ("Royaume-Uni", "United Kingdom", "UK", "Angleterre", "England"), "PT": ("Portugal",),
        "NL": ("Pays-Bas", "Netherlands", "Nederland"), "AT": ("Autriche", "Austria", "Österreich"),
        "CA": ("Canada", "Québec", "Quebec"), "US": ("États-Unis", "United States", "USA"),
        "MA": ("Maroc", "Morocco"), "DZ": ("Algérie", "Algeria"), "TN": ("Tunisie", "Tunisia"),
        "SN": ("Sénégal", "Senegal"), "CI": ("Côte d'Ivoire", "Ivory Coast"), "CM": ("Cameroun", "Cameroon"),
    }.items() for name in names
}


_TOWN_THEN_CODE = re.compile(r"\s*([^\d,;()]*[^\d\s,;()])[\s,]+(\d{5})\s*")


def _country(value: Any) -> str | None:
    """ISO 3166 alpha-2 code of addressCountry: a code, or a Country node or name (_COUNTRY_NAMES: « Belgique » is BE,
    so that a Belgian postal code is not read as a French one); None for a name it does not know."""
    text = _text(value)
    if not text:
        return None
    if re.fullmatch(r"[A-Za-z]{2}", text.strip()):
        return text.strip().upper()
    return _COUNTRY_NAMES.get(fold(text))


SOURCE_KIND = SourceKind(name=KIND, patterns=PATTERNS, options=SchemaOrgOptions, fetch=fetch, read=read,
                         map_event=map_schemaorg_event, read_cost=4.0)
