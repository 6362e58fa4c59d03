"""Records as received from every declared source, one table row per record and edition.

One generic path for every kind (sources/__init__.py): fetch a new snapshot when a live URL is configured,
then read the newest snapshot that verifies against its manifest, reads, and holds at least half the records of
the one before it; a newer broken or doubtful snapshot is set aside with its reason and the source reported stale,
so a bad feed day never costs published data.
"""

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import dagster as dg
import pandas as pd
import pyarrow as pa
from dagster_duckdb import DuckDBResource

from assets.lib.collector import fewer_collections
from assets.lib.config import SourceConfig, sources
from assets.lib.fingerprint import code_digest, combine, library_versions
from assets.lib.http_client import FeedError
from assets.lib.parallel import map_pieces, worker_count
from assets.lib.read_memo import KeptRead, ReadMemo, kept_rows, pair_name, snapshots_key
from assets.lib.records import FileProblem, is_layout_reason, payload_json, utf8_text
from assets.lib.reference_tables import DEPARTEMENTS_TABLE, require_tables
from assets.lib.schema import field_names
from assets.lib.snapshots import SnapshotStore, read_manifest
from assets.lib.sources.base import NO_TERRITORIES, ReadResult, Territories
from assets.lib.warehouse import cache_dir, columns_of, replace_editions, replacing_editions
from assets.partitions import editions, partition_years
from pipelines.resources import CressFeeds, PlatformFeed

CHECK_FRESH = "sources_fresh"


@dataclass
class Ingested:
    """What one source gave for the run's editions."""

    # (edition, snapshot, synthetic, RawRecord or typed row); ingest_all gives them encoded (_encoded), their
    # payloads apart, in `payloads`
    records: list = field(default_factory=list)
    payloads: list[pa.Array] = field(default_factory=list)  # the records' payload texts, in order, in Arrow chunks
    problems: list[dict] = field(default_factory=list)
    snapshots: list[dict] = field(default_factory=list)  # one row of raw_snapshots per edition read
    errors: list[str] = field(default_factory=list)
    drift: list[dict] = field(default_factory=list)
    key: str = ""  # of the snapshots read, when the read may be kept (assets.lib.read_memo); "" otherwise


def _fetch(source: SourceConfig, year: int, store: SnapshotStore, feed, log, out: Ingested) -> str:
    """Fetch a new snapshot when the source has a live URL; the failure reason ("" when none)."""
    url = feed.url_for(source.name, year)
    if not url:
        return ""
    try:
        with feed.client() as client:
            fetched = source.source_kind.fetch(client, url, year, store, feed.policy(log.warning), source.options,
                                               feed.access())
    except FeedError as error:
        out.errors.append(f"{source.name} {year} : {error}")
        log.error(f"{error} ; le dernier instantané valide est utilisé")
        return str(error)
    cut = read_manifest(fetched).get("pagination_coupee")
    if cut:
        out.errors.append(f"{source.name} {year} : {cut} ; les pages reçues avant sont gardées")
        log.warning(f"{source.name} {year} : {cut} ; les pages reçues avant sont gardées")
    log.info(f"{source.name} {year} : instantané {fetched.name}")
    return ""


def _read(source: SourceConfig, year: int, store: SnapshotStore, snapshot: Path, territories: Territories
          ) -> ReadResult:
    kind = source.source_kind
    try:
        store.verify(snapshot)
        if kind.reads_territories:
            return kind.read(snapshot, year, source.name, source.options, territories=territories)
        return kind.read(snapshot, year, source.name, source.options)
    except FeedError as error:
        return ReadResult([], [FileProblem(source.name, year, snapshot.name, None, str(error))])
    except Exception as error:  # a bug on one snapshot (its manifest, its reader) is that snapshot's problem
        reason = f"lecture impossible ({type(error).__name__} : {error})"[:500]
        return ReadResult([], [FileProblem(source.name, year, snapshot.name, None, reason)])


# A readable snapshot is set aside like a broken one when it holds fewer than this share of the records of the
# readable snapshot before it (an empty feed, the first page only, a filter changed upstream), or when it has more
# unreadable files than that one and fewer records (a page cut short): a bad feed day must not unpublish a source's
# events. A real drop is accepted by writing `"baisse_verifiee": true` in the snapshot's manifest.json.
MIN_SHARE_OF_PREVIOUS = 0.5
CHECKED_DROP = "baisse_verifiee"


def _unreadable_files(result: ReadResult) -> list[str]:
    """The files of a snapshot that could not be read at all (a problem without a record position)."""
    return sorted({problem.file for problem in result.problems if problem.position is None})


def _doubtful(newer: Path, result: ReadResult, before: Path, before_result: ReadResult) -> str:
    """Why a readable snapshot is set aside for the readable one `before` it ("" when it is not)."""
    count, previous = len(result.records), len(before_result.records)
    if read_manifest(newer).get(CHECKED_DROP) is True:
        return ""
    compared = f"{count} enregistrements contre {previous} dans l'instantané {before.name}"
    if count < MIN_SHARE_OF_PREVIOUS * previous:
        return (f"{compared} : baisse de plus de moitié, à vérifier (si elle est réelle, écrire "
                f'"{CHECKED_DROP}": true dans son manifest.json)')
    unreadable = _unreadable_files(result)
    if count < previous and len(unreadable) > len(_unreadable_files(before_result)):
        return f"instantané incomplet, fichier(s) illisible(s) {', '.join(unreadable)[:200]} ; {compared}"
    return ""


def _read_good(source: SourceConfig, year: int, store: SnapshotStore, log, out: Ingested, territories: Territories
               ) -> tuple[Path, ReadResult, list[tuple[str, str]]] | None:
    """The newest snapshot that verifies, reads and is not doubtful (see _doubtful) against the readable snapshot
    before it, its result, and the (snapshot, reason) of each newer one set aside (the problems of those that did
    not read, or read incompletely, are quarantined). When no snapshot reads, the newest one is used as it is (its
    problems quarantined). None when the edition has no snapshot."""
    found = list(reversed(store.snapshots(year, source.source_kind.patterns)))
    if not found:
        return None
    set_aside: list[tuple[Path, str, list]] = []  # (snapshot, reason, problems to quarantine)
    unread: list[tuple[Path, ReadResult]] = []  # the snapshots met since the chosen one (or the newest) not reading
    chosen: tuple[Path, ReadResult] | None = None
    for snapshot in found:
        result = _read(source, year, store, snapshot, territories)
        if result.broken:
            unread.append((snapshot, result))
            continue
        if chosen is not None:
            doubt = _doubtful(*chosen, snapshot, result)
            if not doubt:
                break  # the snapshots between the two, older than the chosen one, are not its concern
            set_aside.append((chosen[0], doubt, chosen[1].problems if _unreadable_files(chosen[1]) else []))
        set_aside += [(bad, _reasons(bad_result), bad_result.problems) for bad, bad_result in unread]
        chosen, unread = (snapshot, result), []
    if chosen is None:
        return found[0], unread[0][1], []
    snapshot, result = chosen
    rejected = []
    for bad, reason, problems in set_aside:
        rejected.append((bad.name, reason))
        out.errors.append(f"{source.name} {year} : instantané {bad.name} écarté, {snapshot.name} utilisé : {reason}")
        log.error(f"{source.name} {year} : instantané {bad.name} écarté, {snapshot.name} utilisé : {reason}")
        out.problems += _set_aside_rows(source.name, year, bad.name, problems)
    return snapshot, result, rejected


def _set_aside_rows(source: str, year: int, snapshot: str, problems: list) -> list[dict]:
    """One quarantine row per file of a snapshot set aside, with its reasons and how many of its rows were
    unreadable: its rows are no records of the edition (the kept snapshot's stand in), and counting each as one read
    would inflate what the edition read."""
    by_file: dict[str, list] = {}
    for problem in problems:
        if not is_layout_reason(problem.reason):  # a total or a repeated header is no row the snapshot lost
            by_file.setdefault(problem.file, []).append(problem)
    rows = []
    for found in by_file.values():
        reasons = "; ".join(sorted({problem.reason for problem in found}))[:300]
        rows_named = sum(problem.position is not None for problem in found)
        rows.append({**found[0].to_row(), "source": source, "edition": year, "position": None,
                     "reason": f"instantané {snapshot} écarté : {reasons}"
                               + (f" ({rows_named} lignes)" if rows_named > 1 else "")})
    return rows


def _reasons(result: ReadResult) -> str:
    return "; ".join(sorted({p.reason for p in result.problems if not is_layout_reason(p.reason)}))[:300]


def ingest_source(source: SourceConfig, years: list[int], feed, log,
                  territories: Territories = NO_TERRITORIES) -> Ingested:
    """Fetch (when a URL is configured) then read `source` for `years`; never raises on a bad feed. `territories`:
    what the kinds that read them are given (SourceKind.reads_territories)."""
    store = SnapshotStore(Path(feed.raw_dir), source.location)
    out = Ingested()
    for year in (y for y in years if source.covers(y)):
        fetch_error = _fetch(source, year, store, feed, log, out)
        found = _read_good(source, year, store, log, out, territories)
        if found is None:
            continue
        snapshot, result, rejected = found
        if result.broken:  # no snapshot of this edition reads: its problems are all there is
            # The file is named unless the reason already names it (a missing column's does)
            reasons = " ; ".join(sorted({p.reason if p.file in p.reason else f"{p.file} : {p.reason}"
                                         for p in result.problems})[:3])
            out.errors.append(f"{source.name} {year} : instantané {snapshot.name} illisible, mis en quarantaine : "
                              f"{reasons}")
            log.error(f"{source.name} {year} : instantané {snapshot.name} illisible, mis en quarantaine : {reasons}")
        manifest = read_manifest(snapshot)
        out.records += [(year, snapshot.name, bool(manifest.get("synthetique")), r) for r in result.records]
        out.problems += [{**p.to_row(), "source": source.name, "edition": year} for p in result.problems]
        for report in result.reports:
            for line in report.warnings():
                log.warning(f"{year}: {line}")
            if report.vanished or report.appeared:
                out.drift.append({"source": source.name, "edition": year, "file": report.file,
                                  "vanished": list(report.vanished), "appeared": list(report.appeared)})
        for line in result.notes:
            log.warning(f"{year}: {line}")
        stale_reason = "; ".join(f"{name} : {why}" for name, why in rejected) or fetch_error
        out.snapshots.append({
            "edition": year, "source": source.name, "snapshot": snapshot.name,
            "fetched_at": manifest.get("fetched_at") or "", "records": len(result.records),
            "problems": len(result.problems), "stale_reason": stale_reason,
            "pagination_cut": manifest.get("pagination_coupee") or "",
        })
    return out


# Below this many bytes of newest snapshots the editions are read in this process: a fork would cost more than
# the half of the reading it saves (the test fixtures stay under it, the sample is 20 MB).
PARALLEL_MIN_BYTES = 2_000_000


class _RecordedLog:
    """A stand-in for the Dagster log in a worker process: the lines are kept, then written by the parent."""

    def __init__(self):
        self.lines: list[tuple[str, str]] = []

    def __getattr__(self, level: str):
        if level not in ("debug", "info", "warning", "error"):
            raise AttributeError(level)
        return lambda message: self.lines.append((level, message))


def _newest_files(source: SourceConfig, year: int, feed) -> list[Path]:
    """The files of the newest snapshot of `source` for `year`: what reading the edition asks of this source."""
    found = SnapshotStore(Path(feed.raw_dir), source.location).snapshots(year, source.source_kind.patterns)
    return [f for f in found[-1].iterdir() if f.is_file()] if found else []


def _encoded(record: tuple) -> tuple:
    """(edition, snapshot, synthetic, RawRecord) as (edition, snapshot, synthetic, source_record_id, position,
    file)."""
    year, snapshot, synthetic, raw = record
    return year, snapshot, synthetic, raw.source_record_id, raw.position, raw.file


def _encode(got: Ingested) -> None:
    """`got`'s records encoded (_encoded), their payloads as JSON texts in one Arrow chunk: the texts are made UTF-8
    once, where they were read (in the worker for its share), and cross the pipe as one buffer, not as 30,000 Python
    strings that this process would then encode for the table."""
    texts = [payload_json(raw.payload) for _, _, _, raw in got.records]
    try:
        got.payloads = [pa.array(texts, type=pa.string())]
    except UnicodeEncodeError:  # a lone surrogate a JSON feed escaped: escaped again, UTF-8 cannot hold it
        got.payloads = [pa.array([utf8_text(text) for text in texts], type=pa.string())]
    got.records = [_encoded(record) for record in got.records]


# The share of the reading the parent hands over to the worker on top of an even split: after the worker's records
# come back, the parent alone builds the table and writes it (about a tenth of the reading's time on the sample).
PARENT_HANDOVER = 0.08


def _split(weights: dict, setups: dict | None = None, handover: float = PARENT_HANDOVER) -> list[list]:
    """The keys of `weights` in two groups, the first lighter by about `handover` of the total weight (what this
    process does after the join). `setups` gives, for a key whose reading pays a setup once per process (a library
    imported, SourceKind.setup_cost), (setup name, its weight). Two greedy spreads (each block, heaviest first, to
    the group it leaves lighter, a setup counted once per group), the lighter heaviest group kept (the first on a
    tie): one of every key alone, one where the keys of each setup stay together, so that one process pays it. Ties
    by key, so the split is deterministic; without setups it is the plain greedy split."""
    setups = setups or {}
    start = handover * sum(weights.values())

    def spread(blocks: list[list]) -> tuple[float, list[list]]:
        groups: list[list] = [[], []]
        totals, paid = [start, 0.0], [set(), set()]

        def added(group: int, keys: list) -> float:
            needed = {setups[key] for key in keys if key in setups}
            return sum(weights[key] for key in keys) + sum(cost for name, cost in needed if name not in paid[group])

        for keys in sorted(blocks, key=lambda block: (-sum(weights[key] for key in block), block)):
            chosen = min((0, 1), key=lambda group: totals[group] + added(group, keys))
            totals[chosen] += added(chosen, keys)
            groups[chosen] += keys
            paid[chosen] |= {setups[key][0] for key in keys if key in setups}
        return max(totals), [sorted(group) for group in groups if group]

    by_setup: dict = {}
    for key in weights:
        by_setup.setdefault(setups[key][0] if key in setups else None, []).append(key)
    together = [keys for name, keys in by_setup.items() if name is not None] + [[key] for key in by_setup.get(None, [])]
    return min(spread([[key] for key in weights]), spread(together), key=lambda spread_: spread_[0])[1]


def ingest_all(configured: list[SourceConfig], years: list[int], feeds: dict, log,
               records_done: Callable[[list[tuple[SourceConfig, Ingested]]], None] | None = None,
               kept: dict[tuple[str, int], tuple[Ingested, list[tuple[str, str]]]] | None = None,
               key_of: Callable[[SourceConfig, int], str] | None = None,
               pair_done: Callable[[SourceConfig, int, Ingested, list[tuple[str, str]]], None] | None = None,
               territories: Territories = NO_TERRITORIES) -> dict[str, Ingested]:
    """ingest_source() of every source in `configured` for `years`, by source name, each record encoded (_encode:
    the payloads apart, in Arrow). The (source, edition) pairs are independent: on a big enough run, about half of
    them (by reading cost) are fetched and read by a forked worker (assets.lib.parallel); every line is logged here,
    in the order one process would log them, the lines of one level in one message (one line each).
    `records_done`, when given, is called with each share of (source, what it gave for one edition) as soon as it is
    here: this process's own share while the worker still reads the other (each pair once, in no stated order).
    `kept` gives, by (source name, edition), what a pair gave last time and its log lines: those pairs are not read
    (their records are not in what is returned). `key_of(source, edition)`, when given, is the key of each pair read
    (Ingested.key), taken where it is read; `pair_done` is called with every pair, kept or read, in order.
    `territories`: what the kinds that read them are given."""
    kept = kept or {}
    covered = [(source, year) for source in configured for year in years if source.covers(year)]
    to_read = [(source, year) for source, year in covered if (source.name, year) not in kept]

    def ingest_pairs(piece: list[tuple[str, int]]) -> dict:
        out = {}
        wanted = set(piece)
        for source, year in ((s, y) for s, y in to_read if (s.name, y) in wanted):
            recorded = _RecordedLog()
            key = key_of(source, year) if key_of is not None else ""  # before reading: what is read is that
            got = ingest_source(source, [year], feeds[source.source_kind.feed], recorded, territories)
            got.key = key
            # Encoded where they were read: the worker's share of the JSON encoding is done in the worker, and
            # text comes back through the pipe instead of pickled payload dicts.
            _encode(got)
            out[(source.name, year)] = (got, recorded.lines)
        return out

    pieces = [[(source.name, year) for source, year in to_read]]
    if worker_count() >= 2:  # the snapshots are sized only when a second process may take half of them
        size, weights, setups = 0, {}, {}
        files = {}  # (source name, edition) -> files to read
        for source, year in to_read:
            found = files[(source.name, year)] = _newest_files(source, year, feeds[source.source_kind.feed])
            size += sum(f.stat().st_size for f in found)
            weights[(source.name, year)] = sum(source.source_kind.cost_of(f) for f in found)
            kind = source.source_kind
            if any(kind.needs_setup(f) for f in found):
                setups[(source.name, year)] = (kind.name, kind.setup_cost)
        if size >= PARALLEL_MIN_BYTES:
            # The lighter share is read here, the other by the worker: this process then builds and writes the
            # table. The records are put back in the order of `covered` whoever read them.
            pieces = _split(weights, setups)
            kind_of = {source.name: source.source_kind for source, _ in to_read}
            for kind in {kind.name: kind for kind in kind_of.values() if kind.prepare}.values():
                kind.prepare([[f for key in piece if kind_of[key[0]] is kind for f in files[key]]
                              for piece in pieces])
    source_named = {source.name: source for source in configured}

    def hand_over(part: dict) -> None:
        if records_done is not None:
            records_done([(source_named[name], got) for (name, _), (got, _) in part.items()])

    # Each share is handed over as soon as it is here, the worker's before its exit is awaited.
    parts = map_pieces(ingest_pairs, pieces, done=hand_over) if to_read else []
    by_pair = dict(kept)
    for part in parts:
        by_pair |= part
    ingested = {source.name: Ingested() for source in configured}
    by_level: dict[str, list[str]] = {}  # level -> lines, in the order one process would log them
    for source, year in covered:
        got, lines = by_pair[(source.name, year)]
        if pair_done is not None:
            pair_done(source, year, got, lines)
        for level, message in lines:
            by_level.setdefault(level, []).append(message)
        total = ingested[source.name]
        total.records += got.records
        total.payloads += got.payloads
        total.problems += got.problems
        total.snapshots += got.snapshots
        total.errors += got.errors
        total.drift += got.drift
    # One message per level, a line each: every message logged is an event Dagster writes and commits to the run's
    # event log (10 to 60 ms each), and a full rebuild has about 30 lines of schema drift alone.
    for level, lines in by_level.items():
        getattr(log, level)("\n".join(lines))
    return ingested


RAW_COLUMNS = ("edition", "source", "source_kind", "source_record_id", "position", "file", "snapshot", "synthetique",
               "payload")
# The raw_events columns as Arrow builds them from the encoded records: DuckDB inserts them as they are, where a
# pandas frame would first turn each text cell into a pandas string and back (30,000 payloads on the sample).
RAW_SCHEMA = pa.schema([("edition", pa.int32()), ("source", pa.string()), ("source_kind", pa.string()),
                        ("source_record_id", pa.string()), ("position", pa.int32()), ("file", pa.string()),
                        ("snapshot", pa.string()), ("synthetique", pa.bool_()), ("payload", pa.string())])


def _add_records(columns: dict[str, list], source: SourceConfig, records: list, payloads: list[pa.Array]) -> None:
    """The encoded records (ingest_all) of one source and their payloads appended to the raw_events columns (the
    payloads as Arrow chunks)."""
    columns["payload"] += payloads
    if not records:
        return
    years, snapshots, synthetic, ids, positions, files = zip(*records, strict=True)
    columns["edition"] += years
    columns["source"] += [source.name] * len(records)
    columns["source_kind"] += [source.kind] * len(records)
    columns["source_record_id"] += ids
    columns["position"] += positions
    columns["file"] += files
    columns["snapshot"] += snapshots
    columns["synthetique"] += synthetic


# Per source and edition read: what the read gave besides its records, keyed by its snapshots (assets.lib.read_memo).
READS_STATE_FILE = "raw-reads.json"
REPO_ROOT = Path(__file__).resolve().parents[1]
# The libraries the readers parse with: another version may read the same bytes otherwise.
READER_LIBRARIES = ("icalendar", "openpyxl", "python-calamine", "markdown-it-py", "pyarrow")


def _reader_version() -> str:
    return combine(code_digest(REPO_ROOT), sys.version, *library_versions(READER_LIBRARIES))


class _Reads:
    """The (source, edition) reads of a raw_events run that were kept from the last one (a source without a live URL
    whose snapshots, declaration and code are the same, and whose rows are still those written), their rows taken
    from the table before it is replaced; and what the other reads gave, recorded once the rows are written."""

    def __init__(self, con, configured: list[SourceConfig], years: list[int], feeds: dict, path: Path,
                 territories: Territories):
        self.con, self.feeds = con, feeds
        self.raw_dir = {name: Path(feed.raw_dir) for name, feed in feeds.items()}
        # A read depends on the reference too: a département renamed may name a sheet read or not.
        self.memo = ReadMemo(path, combine(_reader_version(), territories.key))
        self.declarations = {source.name: repr(source) for source in configured}
        recorded = {(source.name, year) for source in configured for year in years if source.covers(year)
                    and pair_name(source.name, year) in self.memo.state}  # keys are only worked out for these
        by_name = {source.name: source for source in configured}
        self.candidates: dict[tuple[str, int], str] = {}
        candidates = {pair: key for pair in sorted(recorded) if (key := self.key_of(by_name[pair[0]], pair[1]))}
        self.candidates = candidates  # a pair not kept is read: its key is not worked out again
        self.kept = self.memo.kept(con, candidates)
        self.keys = {pair: candidates[pair] for pair in self.kept}
        self.rows = kept_rows(con, self.kept)
        self.done_reads: dict[tuple[str, int], tuple[str, KeptRead]] = {}

    def key_of(self, source: SourceConfig, year: int) -> str:
        """The key of reading `source` for `year`; "" for a source fetched live (a new snapshot each run)."""
        feed = self.feeds[source.source_kind.feed]
        if feed.url_for(source.name, year):
            return ""
        if (source.name, year) in self.candidates:
            return self.candidates[(source.name, year)]
        folder = SnapshotStore(self.raw_dir[source.source_kind.feed], source.location).edition_dir(year)
        return snapshots_key(self.memo.version, self.declarations[source.name], folder, year)

    def kept_reads(self) -> dict[tuple[str, int], tuple[Ingested, list[tuple[str, str]]]]:
        """What ingest_all takes for the kept pairs: what each gave, without its records, and its log lines."""
        return {pair: (Ingested(problems=[dict(row) for row in read.problems], snapshots=[dict(read.snapshot)],
                                errors=list(read.errors), drift=[dict(entry) for entry in read.drift]),
                       [(level, message) for level, message in read.lines])
                for pair, read in self.kept.items()}

    def done(self, source: SourceConfig, year: int, got: Ingested, lines: list[tuple[str, str]]) -> None:
        pair = (source.name, year)
        if pair in self.kept:
            self.done_reads[pair] = (self.keys[pair], self.kept[pair])
        elif got.key and len(got.snapshots) == 1:
            self.done_reads[pair] = (got.key, KeptRead(
                problems=got.problems, snapshot=got.snapshots[0], errors=got.errors, drift=got.drift,
                lines=[[level, message] for level, message in lines], rows=len(got.records)))

    def remember(self, years: list[int]) -> None:
        """Record the run's reads, once their rows are committed."""
        self.memo.remember(self.con, years, self.done_reads)


def _territories(con) -> Territories:
    """The départements' codes and names, from the reference table the reference stage materialised."""
    require_tables(con, (DEPARTEMENTS_TABLE,))
    rows = con.execute(f"SELECT code_departement, nom_departement FROM {DEPARTEMENTS_TABLE}").fetchall()
    return Territories.of_departements(value for row in rows for value in row)


def declared(table: str) -> list[SourceConfig]:
    """The declared sources whose kind writes to `table`."""
    return [s for s in sources().values() if s.source_kind.table == table]


def _stale_check(snapshots: pd.DataFrame) -> dg.AssetCheckResult:
    stale = snapshots[snapshots["stale_reason"] != ""]
    lines = [f"{r.source} {r.edition} : dernière version bonne {r.snapshot} ({r.fetched_at or 'déposée'}) ; "
             f"{r.stale_reason}" for r in stale.itertuples()]
    return dg.AssetCheckResult(check_name=CHECK_FRESH, passed=stale.empty, severity=dg.AssetCheckSeverity.WARN,
                               metadata={"stale_sources": dg.MetadataValue.json(lines)})


@dg.asset(
    partitions_def=editions,
    backfill_policy=dg.BackfillPolicy.single_run(),
    group_name="ingest",
    kinds={"duckdb"},
    deps=[DEPARTEMENTS_TABLE],  # the départements' names, which may name a spreadsheet's sheets (Territories)
    check_specs=[dg.AssetCheckSpec(CHECK_FRESH, asset="raw_events", description=(
        "Chaque source est lue dans son dernier instantané ; sinon (flux en échec, instantané plus récent "
        "illisible) elle est signalée périmée, avec la date de la dernière version bonne (avertissement)."))],
)
def raw_events(
    context: dg.AssetExecutionContext, duckdb: DuckDBResource, platform_feed: PlatformFeed, cress_feeds: CressFeeds
) -> dg.MaterializeResult:
    """Event records of every declared source as received, one row per record and edition; key (edition,
    source, position). Also writes `raw_problems` (what could not be read) and `raw_snapshots` (which
    snapshot each source was read from, and whether it is stale). The run's editions are replaced whole,
    so the rows of a source removed from config/sources.yaml leave with them."""
    years = partition_years(context)
    feeds = {"platform_feed": platform_feed, "cress_feeds": cress_feeds}
    configured = declared("raw_events")
    problems, snapshots, errors, drift = [], [], [], []
    written = 0
    with fewer_collections(), duckdb.get_connection() as con:
        territories = _territories(con)
        reads = _Reads(con, configured, years, feeds, cache_dir(duckdb.database) / READS_STATE_FILE, territories)
        # One transaction for the three tables. Rows are read back in a stated order (edition, source, position), so
        # each share of the records is written as soon as it is here: this process's own while the worker still
        # reads; the rows of the sources kept are taken from the table before the transaction deletes them.
        with replacing_editions(con, ["raw_events", "raw_problems", "raw_snapshots"], years) as insert:

            def write(share: list[tuple[SourceConfig, Ingested]]) -> None:
                nonlocal written
                records: dict[str, list] = {name: [] for name in RAW_COLUMNS}  # raw_events, column by column
                for source, got in share:
                    _add_records(records, source, got.records, got.payloads)
                records["payload"] = pa.chunked_array(records["payload"], type=pa.string())
                insert("raw_events", pa.table(records, schema=RAW_SCHEMA))
                written += len(records["edition"])

            ingested = ingest_all(configured, years, feeds, context.log, records_done=write, kept=reads.kept_reads(),
                                  key_of=reads.key_of, pair_done=reads.done, territories=territories)
            if reads.rows is not None:
                insert("raw_events", reads.rows)
                written += reads.rows.num_rows
            for source in configured:
                got = ingested[source.name]
                problems += got.problems
                snapshots += got.snapshots
                errors += got.errors
                drift += got.drift
            frames = {table: pd.DataFrame(rows, columns=columns_of(con, table))
                      for table, rows in (("raw_problems", problems), ("raw_snapshots", snapshots))}
            for table, frame in frames.items():
                insert(table, frame)
        reads.remember(years)
    summary = frames["raw_snapshots"]
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": written,
            "unreadable_entries": len(problems),
            "by_source": dg.MetadataValue.json(
                {f"{r['source']}/{r['edition']}": {k: r[k] for k in ("snapshot", "records", "problems")}
                 for r in snapshots}),
            "schema_drift": dg.MetadataValue.json(drift),
            "errors": dg.MetadataValue.json(errors),
            "kept_reads": dg.MetadataValue.json(sorted(pair_name(*pair) for pair in reads.kept)),
        },
        check_results=[_stale_check(summary)],
    )


@dg.asset(partitions_def=editions, backfill_policy=dg.BackfillPolicy.single_run(), group_name="ingest",
          kinds={"duckdb"})
def laureats(
    context: dg.AssetExecutionContext, duckdb: DuckDBResource, cress_feeds: CressFeeds
) -> dg.MaterializeResult:
    """Prix de l'ESS laureates, one row per prize and edition; key identifiant (schemas/laureats.schema.json).
    Fetched, verified and read through the same path as the event sources."""
    years = partition_years(context)
    rows, problems, snapshots, rejected = [], [], {}, 0
    for source in declared("laureats"):
        with fewer_collections():
            got = ingest_source(source, years, cress_feeds, context.log)
        rows += [laureate.to_row() for _, _, _, laureate in got.records]
        problems += got.errors + [f"{p['file']}: {p['reason']}" for p in got.problems]
        snapshots.update({f"{s['source']}/{s['edition']}": s["snapshot"] for s in got.snapshots})
        rejected += sum(1 for p in got.problems if pd.notna(p["position"]))
        for problem in got.problems:
            context.log.warning(f"{source.name} {problem['edition']} : {problem['file']} : {problem['reason']}")
    listed = pd.DataFrame(rows, columns=field_names("laureats"))
    # The same prize listed twice (same edition, level, région, category and initiative) is published once.
    frame = listed.drop_duplicates("identifiant").sort_values(["edition", "identifiant"], kind="stable")
    for identifier in listed.loc[listed.duplicated("identifiant"), "identifiant"]:
        context.log.warning(f"laureats : lauréat listé plusieurs fois, fusionné : {identifier}")
    with duckdb.get_connection() as con:
        replace_editions(con, "laureats", frame, years)
    return dg.MaterializeResult(metadata={
        "dagster/row_count": len(frame),
        # rows read = published + merged + rejected (each rejected row is named in `problems`)
        "rows_read": len(listed) + rejected,
        "merged": len(listed) - len(frame),
        "rejected": rejected,
        "by_edition": dg.MetadataValue.json({str(k): int(v) for k, v in frame["edition"].value_counts().sort_index()
                                             .items()}),
        "problems": dg.MetadataValue.json(problems[:50]),
        "snapshots": dg.MetadataValue.json(snapshots),
    })

