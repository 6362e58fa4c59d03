"""The lead's blind-set runner (lib.py beside it) extended as the pipeline runs the merge: records their source
called off (quarantined with CALLED_OFF_MOTIFS) are revived and passed as `called_off`; a live record merged away as
a copy of one (empty `identifiant`, motif naming it) counts as paired with it. Pairwise precision/recall as lib.run."""
import itertools, sys, tempfile
sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parent.as_posix())
from lib import *  # noqa
from assets.lib.normalize import CALLED_OFF_MOTIFS, revived_records


def run(feeds):
    index = CommuneIndex.from_reference(); use_territories(index)
    root = Path(tempfile.mkdtemp())
    rows, options = [], {}
    for source, (folder, raw_options) in feeds.write(root).items():
        kind = KINDS[KIND[source]]
        options[source] = parse_options(kind.options, raw_options)
        read = kind.read(folder, T.EDITION, source, options[source])
        assert not read.problems, read.problems
        rows += [{"edition": r.edition, "source": r.source, "source_kind": KIND[source], "source_record_id": r.source_record_id,
                  "position": r.position, "file": r.file, "payload": payload_json(r.payload)} for r in read.records]
    raw = pd.DataFrame(rows)
    norm = normalize_records(raw, options)
    q = norm.quarantine
    assert q[~q.motif.isin(CALLED_OFF_MOTIFS)].empty, q.to_dict("records")
    off_keys = set(zip(q.source, q.source_identifiant, q.position))
    off_raw = raw[[k in off_keys for k in zip(raw.source, raw.source_record_id, raw.position)]]
    called_off = revived_records(off_raw, options) if len(off_raw) else None
    events = norm.events
    def real(source, ident, start):
        e = feeds.truth[source, ident.split("#")[0] if source == CALENDAR else ident]
        return e[start[:10]] if isinstance(e, dict) else e
    allrows = events if called_off is None else pd.concat([events, called_off])
    truth = {(r.source, r.source_identifiant): real(r.source, r.source_identifiant, str(r.date_debut)) for r in allrows.itertuples()}
    off = set() if called_off is None else {(r.source, r.source_identifiant) for r in called_off.itertuples()}
    result = deduplicate(events, index, called_off)
    parent = {k: k for k in truth}
    def find(k):
        while parent[k] != k: k = parent[k]
        return k
    def union(a, b): parent[find(a)] = find(b)
    for r in result.events.itertuples():
        for k in filter(None, r.sources_fusionnees.split("|")):
            union((r.source, r.source_identifiant), tuple(k.split(":", 1)))
    hidden = []
    for m in result.merges.itertuples():
        if not m.identifiant and "annulé" in str(getattr(m, "motif", "")):
            named = str(m.motif).split("source : ", 1)[-1].strip()
            hidden.append(((m.source, m.source_identifiant), named))
            for name in named.split(" | "):
                other = next((k for k in off if f"{k[0]}:{k[1]}" == name.strip()), None)
                if other: union((m.source, m.source_identifiant), other)
    groups = {}
    for k in truth: groups.setdefault(find(k), []).append(k)
    groups = list(groups.values())
    keys = list(truth)
    true_pairs = {frozenset(p) for p in itertools.combinations(keys, 2) if truth[p[0]] == truth[p[1]]
                  and not (p[0] in off and p[1] in off)}  # two called-off copies: nothing published tells
    pred = {frozenset(p) for g in groups for p in itertools.combinations(g, 2) if not (p[0] in off and p[1] in off)}
    ok = true_pairs & pred
    print(f"listings {len(keys)} (called off {len(off)}) real events {len(set(truth.values()))} published {len(result.events)}; "
          f"true pairs {len(true_pairs)} predicted {len(pred)} correct {len(ok)}: precision {len(ok)/max(1,len(pred)):.4f} "
          f"recall {len(ok)/max(1,len(true_pairs)):.4f}")
    for h in hidden: print("  HIDDEN as copy of a called-off record:", h, truth.get(h[0]))
    for p in sorted(pred - true_pairs, key=str): print("  WRONG", sorted(p), [truth[k] for k in p])
    for p in sorted(true_pairs - pred, key=str): print("  MISSED", sorted(p), truth[next(iter(p))])
    return events, groups
