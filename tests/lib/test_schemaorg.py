"""Pages and documents describing their events in schema.org JSON-LD: fetched from a server on 127.0.0.1, read,
mapped and normalised."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest

from assets.lib.http_client import FeedError, RetryPolicy
from assets.lib.normalize import normalize_records
from assets.lib.records import payload_json
from assets.lib.snapshots import SnapshotStore
from assets.lib.sources import KINDS
from assets.lib.sources.schemaorg import fetch_page, map_schemaorg_event, read_schemaorg_snapshot
from tests.http_helpers import QuietHandler, serving
from tests.snapshots import dropped_snapshot

FIXTURES = Path(__file__).parents[1] / "fixtures" / "schemaorg"
# The agenda page of a WordPress site with The Events Calendar: Yoast's graph (no event), the plugin's list of
# events (HTML-escaped descriptions, a Person as organiser, a Zoom meeting, a cancelled event), a broken block.
AGENDA = "agenda-the-events-calendar.html"
# A JSON-LD document: an ItemList of a hybrid workshop and a festival with a screening as sub-event.
ITEM_LIST = "itemlist.jsonld"
NOW = datetime(2019, 12, 1, 6, 0, tzinfo=UTC)


def dropped(tmp_path: Path, *names: str) -> Path:
    return dropped_snapshot(tmp_path, FIXTURES, *names)


def test_the_events_of_a_page_are_read_and_a_broken_block_is_a_problem_naming_it(tmp_path):
    records, problems = read_schemaorg_snapshot(dropped(tmp_path, AGENDA), source="cress-bretagne-web", edition=2019)
    assert [r.source_record_id for r in records] == [
        "https://www.cress-bretagne.example/agenda/forum-emploi-ess/",
        "https://www.cress-bretagne.example/agenda/webinaire-financer/",
        "https://www.cress-bretagne.example/agenda/repair-cafe/",
    ]
    assert [(p.file, p.reason.split(" (")[0]) for p in problems] == [(AGENDA, "bloc JSON-LD 3 illisible")]


def test_lists_graphs_and_sub_events_are_read(tmp_path):
    records, problems = read_schemaorg_snapshot(dropped(tmp_path, ITEM_LIST), source="x", edition=2019)
    assert problems == []
    assert [r.source_record_id for r in records] == [
        "https://agenda.example/events/atelier-cooperative", "Festival des solidarités|2019-11-15",
        "https://agenda.example/events/demain"]


def test_a_page_without_events_is_one_problem(tmp_path):
    folder = dropped(tmp_path)
    (folder / "accueil.html").write_text("<html><head><script type='application/ld+json'>"
                                         '{"@type": "WebSite", "name": "CRESS"}</script></head></html>')
    records, problems = read_schemaorg_snapshot(folder, source="x", edition=2019)
    assert records == [] and [p.reason for p in problems] == ["aucun événement schema.org dans ce fichier"]


def test_events_map_to_the_candidate_fields(tmp_path):
    records, _ = read_schemaorg_snapshot(dropped(tmp_path, AGENDA, ITEM_LIST), source="x", edition=2019)
    forum, webinar, cancelled, workshop, festival, screening = (map_schemaorg_event(r.payload) for r in records)
    assert {key: forum[key] for key in ("titre", "date_debut", "date_fin", "modalite", "lieu", "adresse", "code_postal",
                                         "commune", "latitude", "longitude", "code_pays", "statut", "organisateur",
                                         "co_organisateurs", "nombre_seances")} == {
        "titre": "Forum de l&rsquo;emploi dans l&rsquo;ESS",  # as written: the normaliser decodes it
        "date_debut": "2019-11-14T09:00:00+01:00", "date_fin": "2019-11-14T17:00:00+01:00", "modalite": "Présentiel",
        "lieu": "Maison des associations", "adresse": "6 cours des Alliés", "code_postal": "35000",
        "commune": "Rennes", "latitude": 48.1064, "longitude": -1.6747, "code_pays": "FR", "statut": "programme",
        "organisateur": None,  # a Person: personal data, not mapped
        "co_organisateurs": None, "nombre_seances": None,  # what a page does not say stays unknown
    }
    assert (webinar["modalite"], webinar["organisateur"], webinar["lien_reunion"]) == (
        "En ligne", "France Active Bretagne", "https://us02web.zoom.us/j/81234567890?pwd=abc")
    assert cancelled["statut"] == "annule" and "Annulé" in cancelled["categories"]
    assert (workshop["modalite"], workshop["adresse"], workshop["organisateur"], workshop["categories"]) == (
        "Hybride", "20 bis rue Léon Durocher, 44200 Nantes", "Coopérer pour entreprendre",
        ["coopérative", "création d'entreprise"])
    assert (festival["adresse"], festival["organisateur"], festival["date_fin"]) == (
        "Nantes", "Collectif Festisol", "2019-12-01")
    assert (screening["lieu"], screening["commune"], screening["code_pays"]) == ("Cinéma Katorza", "Nantes", "FR")


def test_normalised_rows_carry_no_contact_nor_meeting_link(tmp_path):
    records, _ = read_schemaorg_snapshot(dropped(tmp_path, AGENDA, ITEM_LIST), source="cress-web", edition=2019)
    raw = pd.DataFrame([{"edition": r.edition, "source": r.source, "source_kind": "schemaorg",
                         "source_record_id": r.source_record_id, "position": r.position, "file": r.file,
                         "payload": payload_json(r.payload)} for r in records])
    result = normalize_records(raw)
    events = result.events.set_index("source_identifiant")
    forum = events.loc["https://www.cress-bretagne.example/agenda/forum-emploi-ess/"]
    assert forum["titre"] == "Forum de l’emploi dans l’ESS"
    assert forum["description"] == "Rencontrez les employeurs de l’ESS. Contact : [contact masqué]"
    published = events.drop(columns="lien_reunion").to_string()
    for secret in ("Jean Dupont", "jean.dupont", "06 12 34 56 78", "zoom.us", "meet.jit.si"):
        assert secret not in published
    assert set(result.quarantine["motif"]) == {"événement annulé dans la source"}
    assert events.loc["https://agenda.example/events/atelier-cooperative", "date_heure_debut"] == (
        "2019-11-21T18:00:00+01:00")  # a time without offset is a Paris time


class _Pages(QuietHandler):
    """The fixtures by name; `/liste/N`: page N of a listing of two, each with its `<link rel="next">` (the second's
    pointing back to the first when the server is told to loop)."""

    def do_GET(self) -> None:
        with self.server.lock:
            queue = self.server.faults.get(self.path, [])
            fault = queue.pop(0) if queue else None
        if fault is not None:
            return self.reply(200, fault, "text/html; charset=utf-8")
        if self.path.startswith("/liste/"):
            number = int(self.path.rsplit("/", 1)[1])
            following = 2 if number == 1 else 1 if self.server.loop else None
            link = f'<link rel="next" href="/liste/{following}">' if following else ""
            event = {"@context": "https://schema.org", "@type": "Event", "name": f"Atelier {number}",
                     "url": f"https://cress.example/evenement/{number}", "startDate": f"2019-11-{number + 10}"}
            body = (f"<html><head>{link}<script type='application/ld+json'>{json.dumps(event)}</script></head>"
                    "<body></body></html>")
            return self.reply(200, body.encode(), "text/html; charset=utf-8")
        self.reply(200, (FIXTURES / self.path.lstrip("/")).read_bytes(), "text/html; charset=utf-8")


@pytest.fixture
def site():
    import http.server

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    server.faults, server.lock, server.loop = {}, threading.Lock(), False
    with serving(server):
        yield server


def test_a_page_is_fetched_into_a_snapshot_and_a_page_without_events_is_retried(site, client, tmp_path):
    store = SnapshotStore(tmp_path / "raw", "cress-bretagne-web")
    site.faults[f"/{AGENDA}"] = [b"<html><body>Maintenance</body></html>"]
    url = f"http://127.0.0.1:{site.server_port}/{AGENDA}"
    path = fetch_page(client, url, 2019, store=store, now=NOW, policy=RetryPolicy(sleep=lambda s: None))
    assert (path / "page-0001.html").read_bytes() == (FIXTURES / AGENDA).read_bytes()
    assert json.loads((path / "manifest.json").read_text())["pages"][0]["records"] == 3
    assert len(KINDS["schemaorg"].read(path, 2019, "cress-bretagne-web", KINDS["schemaorg"].options()).records) == 3
    site.faults[f"/{AGENDA}"] = [b"<html>Erreur</html>"] * 3
    with pytest.raises(FeedError, match="aucun Event schema.org"):
        fetch_page(client, url, 2020, store=store, now=NOW, policy=RetryPolicy(retries=2, sleep=lambda s: None))
    assert store.latest_snapshot(2020, ["*.html"]) is None


@pytest.mark.parametrize("loop", [False, True])
def test_a_listing_is_followed_page_after_page_and_a_link_back_stops_it(site, client, tmp_path, loop):
    site.loop = loop
    store = SnapshotStore(tmp_path / "raw", "cress-bretagne-web")
    path = fetch_page(client, f"http://127.0.0.1:{site.server_port}/liste/1", 2019, store=store, now=NOW)
    manifest = json.loads((path / "manifest.json").read_text())
    assert [page["file"] for page in manifest["pages"]] == ["page-0001.html", "page-0002.html"]
    assert ("pagination_coupee" in manifest) is loop
    records = KINDS["schemaorg"].read(path, 2019, "x", KINDS["schemaorg"].options()).records
    assert [r.payload["name"] for r in records] == ["Atelier 1", "Atelier 2"]


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("deep.json", "[" * 100_000 + "]" * 100_000, "JSON illisible"),
    ("deep.html", '<script type="application/ld+json">' + '{"a":' * 50_000 + "1" + "}" * 50_000 + "</script>",
     "bloc JSON-LD 1 illisible"),
    ("binary.html", bytes(range(256)) * 64, "aucun événement schema.org dans ce fichier"),
    ("other-types.json", '{"@type": 5, "name": [1, 2], "startDate": {"x": 1}}',
     "aucun événement schema.org dans ce fichier"),
])
def test_a_hostile_file_is_one_problem_naming_it_and_its_neighbours_are_read(tmp_path, name, content, reason):
    folder = dropped(tmp_path, ITEM_LIST)
    (folder / name).write_bytes(content if isinstance(content, bytes) else content.encode())
    records, problems = read_schemaorg_snapshot(folder, source="x", edition=2019)
    assert len(records) == 3
    assert [(p.file, p.reason.split(" (")[0].split(" : ")[0]) for p in problems] == [(name, reason)]


# ------------------------------------------------------------------- what real pages write around and inside JSON-LD

EVENT = {"@context": "https://schema.org", "@type": "Event", "name": "Atelier vélo", "startDate": "2019-11-16T14:00",
         "location": {"@type": "Place", "name": "Maison des associations",
                      "address": {"@type": "PostalAddress", "streetAddress": "6 cours des Alliés",
                                  "postalCode": "35000", "addressLocality": "Rennes"}}}


def page_folder(tmp_path: Path, *blocks: str) -> Path:
    """A snapshot folder holding a page whose JSON-LD scripts are `blocks`."""
    folder = tmp_path / "raw" / "site" / "2019" / "export"
    folder.mkdir(parents=True)
    (folder / "agenda.html").write_text("<html><head>" + "".join(
        f'<script type="application/ld+json">{block}</script>' for block in blocks) + "</head><body></body></html>")
    return folder


def page_events(tmp_path: Path, *blocks: str) -> tuple[list[dict], list[str]]:
    """(the normalised events of a page holding `blocks` as JSON-LD scripts, the read's problems)."""
    records, problems = read_schemaorg_snapshot(page_folder(tmp_path, *blocks), source="site", edition=2019)
    raw = pd.DataFrame([{**record.to_row(), "source_kind": "schemaorg"} for record in records])
    events = normalize_records(raw, {"site": {}}).events if len(raw) else pd.DataFrame()
    return events.to_dict("records"), [problem.reason for problem in problems]


@pytest.mark.parametrize("wrapped", [
    "/*<![CDATA[*/{}/*]]>*/", "//<![CDATA[\n{}\n//]]>", "<![CDATA[{}]]>", "<!--{}-->",
    "\n  /* <![CDATA[ */ {} /* ]]> */\n",
])
def test_json_ld_behind_a_cdata_section_or_a_comment_is_read(tmp_path, wrapped):
    """Drupal and XHTML themes wrap their JSON-LD in a CDATA section behind JavaScript comments: the block was
    « illisible » and its events lost."""
    events, problems = page_events(tmp_path, wrapped.replace("{}", json.dumps(EVENT)))
    assert problems == []
    assert [(event["titre"], event["commune"]) for event in events] == [("Atelier vélo", "Rennes")]


def test_commas_before_closing_brackets_are_forgiven_outside_strings_only(tmp_path):
    """Hand-written JSON-LD often ends a list or an object with a comma, which search engines read."""
    block = ('{"@context": "https://schema.org", "@type": "Event", "name": "Forum « ESS ,} et ,] »",'
             ' "startDate": "2019-11-14", "keywords": ["emploi", "ESS",], }')
    events, problems = page_events(tmp_path, block, "{not json at all,}")
    assert [(event["titre"], str(event["date_debut"])[:10]) for event in events] == [
        ("Forum « ESS ,} et ,] »", "2019-11-14")]
    assert len(problems) == 1 and problems[0].startswith("bloc JSON-LD 2 illisible (Expecting property name")


@pytest.mark.parametrize(("location", "expected"), [
    # schema.org allows a place as one line of Text, as agenda plugins write it
    ("Salle des fêtes, 12 rue de la Mairie, 29120 Combrit",
     ("Salle des fêtes", "12 rue de la Mairie, 29120 Combrit", "29120", "Combrit")),
    ("Maison des associations, 35000 Rennes", ("Maison des associations", "35000 Rennes", "35000", "Rennes")),
    ({"@type": "Place", "name": "Le Jardin", "address": "4 rue du Port, 56100 Lorient"},
     ("Le Jardin", "4 rue du Port, 56100 Lorient", "56100", "Lorient")),
    # On several lines (a venue above its address, a street above its town): the lines are its pieces.
    ("Salle des fêtes\n12 rue de la Mairie\n29120 Combrit",
     ("Salle des fêtes", "12 rue de la Mairie, 29120 Combrit", "29120", "Combrit")),
    ({"@type": "Place", "name": "Le Jardin", "address": "4 rue du Port\n56100 Lorient"},
     ("Le Jardin", "4 rue du Port, 56100 Lorient", "56100", "Lorient")),
])
def test_a_place_or_an_address_given_as_text_gives_its_venue_postal_code_and_town(tmp_path, location, expected):
    """Before: the whole text in `adresse`, no venue, no postal code, no town in the published row."""
    events, problems = page_events(tmp_path, json.dumps({**EVENT, "location": location}))
    assert problems == []
    (event,) = events
    assert (event["lieu"], event["adresse"], event["code_postal"], event["commune"]) == expected


# An agenda page describing its events in microdata only, as older CMS themes write them (Drupal 7, Joomla): nested
# Place, PostalAddress and Organization items, dates in <meta content> and <time datetime>, the url in an <a href>,
# a paragraph left open.
MICRODATA_AGENDA = """<html><body><h1>Agenda du Mois de l'ESS</h1>
<div class="event" itemscope itemtype="https://schema.org/Event">
  <h2><a itemprop="url" href="https://www.cress-example.fr/agenda/repair-cafe">
    <span itemprop="name">Repair café   solidaire</span></a></h2>
  <meta itemprop="startDate" content="2019-11-16T14:00:00+01:00">
  <p>Jusqu'à <time itemprop="endDate" datetime="2019-11-16T17:30:00+01:00">17 h 30</time>
  <div itemprop="location" itemscope itemtype="https://schema.org/Place">
    <span itemprop="name">Maison des associations</span>,
    <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
      <span itemprop="streetAddress">6 cours des Alliés</span>
      <span itemprop="postalCode">35000</span> <span itemprop="addressLocality">Rennes</span>
    </div>
  </div>
  <div itemprop="organizer" itemscope itemtype="https://schema.org/Organization">
    Organisé par <span itemprop="name">Répar'Tout</span></div>
  <p itemprop="description">Venez <b>réparer</b> vos objets.</p>
</div>
<article itemscope itemtype="http://schema.org/EducationEvent" itemid="https://www.cress-example.fr/agenda/formation">
  <h2 itemprop="name">Formation : créer une Scic</h2>
  <time itemprop="startDate" datetime="2019-11-21">jeudi 21 novembre</time>
  <span itemprop="location" itemscope itemtype="http://schema.org/Place"><span itemprop="address">12 rue de Brest,
  29000 Quimper</span></span>
</article>
<div itemscope itemtype="https://schema.org/Organization"><span itemprop="name">CRESS</span></div>
</body></html>"""


def test_an_agenda_in_microdata_only_is_read_as_its_json_ld_would_be(tmp_path):
    """Before: « aucun événement schema.org dans ce fichier »."""
    folder = tmp_path / "raw" / "site" / "2019" / "export"
    folder.mkdir(parents=True)
    (folder / "agenda.html").write_text(MICRODATA_AGENDA, encoding="utf-8")
    records, problems = read_schemaorg_snapshot(folder, source="site", edition=2019)
    assert problems == []
    assert [record.source_record_id for record in records] == [
        "https://www.cress-example.fr/agenda/repair-cafe", "https://www.cress-example.fr/agenda/formation"]
    raw = pd.DataFrame([{**record.to_row(), "source_kind": "schemaorg"} for record in records])
    events = normalize_records(raw, {"site": {}}).events.set_index("titre")
    assert events.loc["Repair café solidaire", ["lieu", "adresse", "code_postal", "commune", "organisateur",
                                                "description"]].tolist() == [
        "Maison des associations", "6 cours des Alliés", "35000", "Rennes", "Répar'Tout", "Venez réparer vos objets."]
    assert events.loc["Repair café solidaire", "date_heure_fin"] == "2019-11-16T17:30:00+01:00"
    assert events.loc["Formation : créer une Scic", ["code_postal", "commune"]].tolist() == ["29000", "Quimper"]
    assert str(events.loc["Formation : créer une Scic", "date_debut"]).startswith("2019-11-21")


def test_a_page_giving_json_ld_and_microdata_is_read_once_from_its_json_ld(tmp_path):
    folder = tmp_path / "raw" / "site" / "2019" / "export"
    folder.mkdir(parents=True)
    json_ld = {"@context": "https://schema.org", "@type": "Event", "name": "Repair café solidaire",
               "url": "https://www.cress-example.fr/agenda/repair-cafe", "startDate": "2019-11-16T14:00:00+01:00"}
    (folder / "agenda.html").write_text(MICRODATA_AGENDA.replace(
        "<body>", f'<body><script type="application/ld+json">{json.dumps(json_ld)}</script>'), encoding="utf-8")
    records, problems = read_schemaorg_snapshot(folder, source="site", edition=2019)
    assert problems == []
    assert [record.payload for record in records] == [json_ld]


def test_an_agenda_in_rdfa_lite_is_read_as_its_json_ld_would_be(tmp_path):
    """Drupal's schema.org mapping writes RDFa Lite (`vocab`, `typeof`, `property`, `content`): read as microdata is.
    Before: « aucun événement schema.org dans ce fichier »."""
    folder = tmp_path / "raw" / "site" / "2019" / "export"
    folder.mkdir(parents=True)
    (folder / "agenda.html").write_text("""<html><head><meta property="og:title" content="Agenda"></head>
<body vocab="http://schema.org/"><div typeof="Event" resource="https://www.cress-example.fr/node/12">
  <h2 property="name">Forum de l'emploi solidaire</h2>
  <span property="startDate" content="2019-11-14T09:00:00+01:00">jeudi 14 novembre, 9 h</span>
  <div property="location" typeof="Place"><span property="name">Halle Martenot</span>,
    <div property="address" typeof="PostalAddress"><span property="streetAddress">Place des Lices</span>
      <span property="postalCode">35000</span> <span property="addressLocality">Rennes</span></div></div>
</div>
<div typeof="schema:Event"><span property="schema:name">Atelier vélo</span>
  <time property="schema:startDate" datetime="2019-11-20">20/11</time></div></body></html>""", encoding="utf-8")
    records, problems = read_schemaorg_snapshot(folder, source="site", edition=2019)
    assert problems == []
    assert [record.source_record_id for record in records] == ["https://www.cress-example.fr/node/12",
                                                               "Atelier vélo|2019-11-20"]
    raw = pd.DataFrame([{**record.to_row(), "source_kind": "schemaorg"} for record in records])
    events = normalize_records(raw, {"site": {}}).events.set_index("titre")
    assert events.loc["Forum de l'emploi solidaire", ["date_heure_debut", "lieu", "adresse", "code_postal",
                                                      "commune"]].tolist() == [
        "2019-11-14T09:00:00+01:00", "Halle Martenot", "Place des Lices", "35000", "Rennes"]
    assert str(events.loc["Atelier vélo", "date_debut"]).startswith("2019-11-20")


# Yoast SEO's graph on a WordPress event page: the event names its place and organiser by their @id, both described
# once as nodes of the graph (beside the page, the site and the publisher).
YOAST_GRAPH = {"@context": "https://schema.org", "@graph": [
    {"@type": "WebPage", "@id": "https://cress.example/evenement/forum/", "name": "Forum ESS",
     "isPartOf": {"@id": "https://cress.example/#website"}},
    {"@type": "WebSite", "@id": "https://cress.example/#website", "publisher": {"@id": "https://cress.example/#org"}},
    {"@type": "Event", "@id": "https://cress.example/evenement/forum/#event", "name": "Forum de l'ESS",
     "startDate": "2019-11-21T09:00:00+01:00", "endDate": "2019-11-21T17:00:00+01:00",
     "location": {"@id": "https://cress.example/lieu/cite/#place"},
     "organizer": {"@type": "Organization", "@id": "https://cress.example/#org"},
     "mainEntityOfPage": {"@id": "https://cress.example/evenement/forum/"}},
    {"@type": "Place", "@id": "https://cress.example/lieu/cite/#place", "name": "Cité des Congrès",
     "address": {"@id": "https://cress.example/lieu/cite/#address"}},
    {"@type": "PostalAddress", "@id": "https://cress.example/lieu/cite/#address", "streetAddress": "5 rue de Valmy",
     "postalCode": "44000", "addressLocality": "Nantes", "addressCountry": "FR"},
    {"@type": "Organization", "@id": "https://cress.example/#org", "name": "CRESS Pays de la Loire"},
]}
# A plain list of nodes, as other generators write them: the place after the events naming it, a place naming the
# event back (a cycle), an event naming a place the page does not describe.
NODE_LIST = [
    {"@context": "https://schema.org", "@type": "Event", "@id": "#atelier", "name": "Atelier compost",
     "startDate": "2019-11-16T10:00:00+01:00", "location": {"@id": "#jardin"}},
    {"@context": "https://schema.org", "@type": "Event", "@id": "#visite", "name": "Visite",
     "startDate": "2019-11-17T10:00:00+01:00", "location": {"@id": "https://ailleurs.example/#lieu"}},
    {"@type": "Place", "@id": "#jardin", "name": "Jardin partagé", "event": {"@id": "#atelier"},
     "address": {"@type": "PostalAddress", "streetAddress": "2 rue des Lilas", "postalCode": "29200",
                 "addressLocality": "Brest"}},
]


def test_a_place_and_an_organiser_named_by_their_id_are_read_from_their_nodes(tmp_path):
    """Before: the event's place, address, town and organiser were empty (the references were read as nodes)."""
    events, problems = page_events(tmp_path, json.dumps(YOAST_GRAPH), json.dumps(NODE_LIST))
    assert problems == []
    by_title = {event["titre"]: event for event in events}
    assert set(by_title) == {"Forum de l'ESS", "Atelier compost", "Visite"}
    forum, atelier, visite = by_title["Forum de l'ESS"], by_title["Atelier compost"], by_title["Visite"]
    assert (forum["lieu"], forum["adresse"], forum["code_postal"], forum["commune"], forum["organisateur"]) == (
        "Cité des Congrès", "5 rue de Valmy", "44000", "Nantes", "CRESS Pays de la Loire")
    assert (atelier["lieu"], atelier["adresse"], atelier["commune"]) == ("Jardin partagé", "2 rue des Lilas", "Brest")
    # A place the page does not describe stays unknown.
    assert (visite["lieu"], visite["adresse"], visite["commune"]) == ("", "", "")


@pytest.mark.parametrize("form", [
    lambda term: f"https://schema.org/{term}", lambda term: f"http://schema.org/{term}", lambda term: term,
    lambda term: f"schema:{term}",
    # As JSON-LD tools compact it (rdflib, pyld): a node naming the value by its @id, alone or in a list.
    lambda term: {"@id": f"https://schema.org/{term}"}, lambda term: {"@id": f"schema:{term}"},
    lambda term: [{"@id": f"http://schema.org/{term}"}],
])
def test_a_status_and_an_attendance_mode_are_read_in_every_form_a_page_writes_them(tmp_path, form):
    """Before: the forms naming the value by its @id were not read: a cancelled event was published, its modality
    unknown."""
    blocks = [json.dumps({**EVENT, "name": name, "eventStatus": form(status), "eventAttendanceMode": form(mode),
                          "url": f"https://site.example/{number}"})
              for number, (name, status, mode) in enumerate([
                  ("Atelier annulé", "EventCancelled", "OfflineEventAttendanceMode"),
                  ("Webinaire", "EventMovedOnline", "OnlineEventAttendanceMode"),
                  ("Forum", "EventScheduled", "MixedEventAttendanceMode")])]
    records, problems = read_schemaorg_snapshot(page_folder(tmp_path, *blocks), source="site", edition=2019)
    assert problems == []
    mapped = {r.payload["name"]: map_schemaorg_event(r.payload) for r in records}
    assert {name: (event["statut"], event["modalite"]) for name, event in mapped.items()} == {
        "Atelier annulé": ("annule", "Présentiel"), "Webinaire": ("deplace_en_ligne", "En ligne"),
        "Forum": ("programme", "Hybride")}


@pytest.mark.parametrize(("country", "postal_code", "town", "code", "published"), [
    # As The Events Calendar writes addressCountry: the name picked in its list, in the site's language.
    ("Belgique", "1000", "Bruxelles", "BE", ""), ("Belgium", "4000", "Liège", "BE", ""),
    ("Suisse", "1204", "Genève", "CH", ""),
    ({"@type": "Country", "name": "Luxembourg"}, "2960", "Luxembourg", "LU", ""),
    ("Côte d'Ivoire", "", "Abidjan", "CI", ""), ("France", "9000", "Foix", "FR", "09000"),
    (" fr ", "35000", "Rennes", "FR", "35000"), ("Atlantide", "35000", "Rennes", None, "35000"),
])
def test_a_country_named_in_the_address_is_known_and_its_postal_code_not_read_as_french(tmp_path, country, postal_code,
                                                                                         town, code, published):
    """Before: a country given by its name was unknown, and « 1000 » Bruxelles was published as « 01000 »."""
    address = {"@type": "PostalAddress", "streetAddress": "1 rue Haute", "postalCode": postal_code,
               "addressLocality": town, "addressCountry": country}
    block = json.dumps({**EVENT, "location": {"@type": "Place", "name": "Salle", "address": address}})
    (record,), _ = read_schemaorg_snapshot(page_folder(tmp_path, block), source="site", edition=2019)
    assert map_schemaorg_event(record.payload)["code_pays"] == code
    events, _ = page_events(tmp_path / "normalised", block)
    assert (events[0]["code_postal"], events[0]["commune"]) == (published, town)


@pytest.mark.parametrize(("organizer", "expected"), [
    # Several organisations, as a page co-organised by a network and its members names them.
    ([{"@type": "Organization", "name": "CRESS Bretagne"}, {"@type": "Organization", "name": "France Active"},
      {"@type": "NGO", "name": "Répar'Tout"}], ("CRESS Bretagne", "France Active|Répar'Tout", True)),
    # A person among them is personal data: neither organiser nor co-organiser.
    ([{"@type": "Person", "name": "Jeanne Martin"}, {"@type": "Organization", "name": "CRESS Bretagne"},
      {"@type": "Organization", "name": "Coopérer pour entreprendre"}],
     ("CRESS Bretagne", "Coopérer pour entreprendre", True)),
    # One organisation does not say there is no other: unknown.
    ({"@type": "Organization", "name": "CRESS Bretagne"}, ("CRESS Bretagne", "", None)),
    ([{"@type": "Organization", "name": "CRESS Bretagne"}, {"@type": "Person", "name": "Jeanne Martin"}],
     ("CRESS Bretagne", "", None)),
])
def test_the_organisations_a_page_names_after_the_first_are_its_co_organisers(tmp_path, organizer, expected):
    """Before: only the first organisation was read; the others were lost and the event not counted as
    co-organised."""
    events, problems = page_events(tmp_path, json.dumps({**EVENT, "organizer": organizer}))
    assert problems == []
    (event,) = events
    assert (event["organisateur"], event["co_organisateurs"], _flag(event["co_organise"])) == expected


def _flag(value):
    return None if value is None or pd.isna(value) else bool(value)


@pytest.mark.parametrize(("address", "expected"), [
    # The town written with its postal code, as some agenda plugins fill addressLocality
    ({"streetAddress": "6 cours des Alliés", "addressLocality": "35000 Rennes"}, ("35000", "Rennes")),
    ({"streetAddress": "6 cours des Alliés", "addressLocality": "Rennes 35000"}, ("35000", "Rennes")),
    # The whole address in the street line: its tail gives what the other fields do not
    ({"streetAddress": "6 cours des Alliés, 35000 Rennes"}, ("35000", "Rennes")),
    ({"streetAddress": "6 cours des Alliés, 35000 Rennes", "addressLocality": "Rennes"}, ("35000", "Rennes")),
    # The fields the address gives win over its street line
    ({"streetAddress": "ZA du Bois, 35510 Cesson-Sévigné", "addressLocality": "Cesson-Sévigné",
      "postalCode": "35510"}, ("35510", "Cesson-Sévigné")),
    ({"streetAddress": "6 cours des Alliés", "addressLocality": "RENNES CEDEX", "postalCode": "35043"},
     ("35043", "RENNES CEDEX")),
    ({"streetAddress": "6 cours des Alliés", "addressLocality": "Rennes"}, ("", "Rennes")),
])
def test_a_postal_code_and_a_town_written_in_another_field_of_the_address_are_read(tmp_path, address, expected):
    """Before: « 35000 Rennes » in addressLocality was published as the town, and a street line giving the postal code
    and the town gave neither."""
    block = json.dumps({**EVENT, "location": {"@type": "Place", "name": "Maison des associations",
                                              "address": {"@type": "PostalAddress", **address}}})
    (event,), problems = page_events(tmp_path, block)
    assert problems == []
    assert (event["code_postal"], event["commune"]) == expected
