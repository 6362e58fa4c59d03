"""lib.py's run, as `mois-ess run` treats records called off by their title or status: quarantined,
revived (normalize.revived_records) and passed to deduplicate as `called_off`. Pairs are counted over the live
records of events that take place; the copies of a called-off event must not be published, nor any live event lost."""
import itertools, shutil, sys, tempfile
from pathlib import Path
sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parent.as_posix())
from lib import *  # noqa
from lib import T, KINDS, KIND, CALENDAR, CommuneIndex, use_territories, deduplicate, normalize_records, payload_json, parse_options, pd
from assets.lib.normalize import CALLED_OFF_MOTIFS, revived_records


def run(feeds, cancelled=()):
    index = CommuneIndex.from_reference(); use_territories(index)
    root = Path(tempfile.mkdtemp())
    try:
        rows, options = [], {}
        for source, (folder, raw_options) in feeds.write(root).items():
            kind = KINDS[KIND[source]]
            options[source] = parse_options(kind.options, raw_options)
            read = kind.read(folder, T.EDITION, source, options[source])
            assert not read.problems, read.problems
            rows += [{"edition": r.edition, "source": r.source, "source_kind": KIND[source], "source_record_id": r.source_record_id,
                      "position": r.position, "file": r.file, "payload": payload_json(r.payload)} for r in read.records]
    finally:
        shutil.rmtree(root)
    raw = pd.DataFrame(rows)
    norm = normalize_records(raw, options)
    q = norm.quarantine
    other = q[~q["motif"].isin(CALLED_OFF_MOTIFS)]
    assert other.empty, other.to_dict("records")
    off_keys = set(zip(q["source"], q["source_identifiant"]))
    off_raw = raw[[(s, i) in off_keys for s, i in zip(raw["source"], raw["source_record_id"])]]
    called_off = revived_records(off_raw, options) if len(off_raw) else None
    events = norm.events
    def real(source, ident, start):
        e = feeds.truth[source, ident.split("#")[0] if source == CALENDAR else ident]
        return e[start[:10]] if isinstance(e, dict) else e
    truth = {(r.source, r.source_identifiant): real(r.source, r.source_identifiant, str(r.date_debut)) for r in events.itertuples()}
    result = deduplicate(events, index, called_off)
    groups = []
    for r in result.events.itertuples():
        groups.append([(r.source, r.source_identifiant)] + [tuple(k.split(":", 1)) for k in filter(None, r.sources_fusionnees.split("|"))])
    published = {k for g in groups for k in g}
    for k in truth:
        if truth[k] in cancelled and k in published: print("  CALLED-OFF EVENT PUBLISHED", k, truth[k])
        if truth[k] not in cancelled and k not in published: print("  LIVE RECORD LOST", k, truth[k])
    keys = [k for k in truth if truth[k] not in cancelled]
    true_pairs = {frozenset(p) for p in itertools.combinations(keys, 2) if truth[p[0]] == truth[p[1]]}
    pred = {frozenset(p) for g in groups for p in itertools.combinations(g, 2)}
    ok = true_pairs & pred
    print(f"listings {len(truth)} (called off {len(off_keys)}) real events {len(set(truth.values()))} published {len(groups)}; "
          f"true pairs {len(true_pairs)} predicted {len(pred)} correct {len(ok)}: precision {len(ok)/max(1,len(pred)):.4f} "
          f"recall {len(ok)/max(1,len(true_pairs)):.4f}")
    for p in sorted(pred - true_pairs, key=str): print("  WRONG", sorted(p), [truth[k] for k in p])
    for p in sorted(true_pairs - pred, key=str): print("  MISSED", sorted(p), truth[next(iter(p))])
    return events, groups
