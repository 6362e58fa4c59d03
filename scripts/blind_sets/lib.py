"""Blind hand-written set (lead, 7 Dec 2026): one edition of four Grand Est sources together, through the connectors.
Pairwise precision/recall of the merge against the real events."""
import itertools, sys, tempfile
from pathlib import Path
from tests.lib.test_dedup_through_connectors import Feeds, at, ONLINE, PLATFORM, AGENDA, CALENDAR, SHEET, KIND
from tests.lib import test_dedup_through_connectors as T
from assets.lib.dedup import CommuneIndex, deduplicate, use_territories
from assets.lib.normalize import normalize_records
from assets.lib.records import payload_json
from assets.lib.sources import KINDS
from assets.lib.sources.base import parse_options
import pandas as pd

def P(name, address, cp, city, **more): return {"name": name, "address": address, "postal_code": cp, "city": city, **more}
def A(name, address, cp, city, **more): return {"name": name, "address": f"{address}, {cp} {city}", "postalCode": cp, "city": city, **more}
def row(i, org, title, date, hours="", lieu="", adresse="", cp="", ville="", fmt="Présentiel"):
    return {"N° inscription": i, "Nom de la structure": org, "Titre de l'événement": title, "Date": date, "Horaires": hours,
            "Lieu": lieu, "Adresse": adresse, "Code postal": cp, "Ville": ville, "Format": fmt}

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
    norm = normalize_records(pd.DataFrame(rows), options)
    assert norm.quarantine.empty, norm.quarantine.to_dict("records")
    events = norm.events
    def real(source, ident, start):
        e = feeds.truth[source, ident.split("#")[0] if source == CALENDAR else ident]
        return e[start[:10]] if isinstance(e, dict) else e
    truth = {(r.source, r.source_identifiant): real(r.source, r.source_identifiant, str(r.date_debut)) for r in events.itertuples()}
    result = deduplicate(events, index)
    groups = []
    for r in result.events.itertuples():
        groups.append([(r.source, r.source_identifiant)] + [tuple(k.split(":", 1)) for k in filter(None, r.sources_fusionnees.split("|"))])
    keys = list(truth)
    true_pairs = {frozenset(p) for p in itertools.combinations(keys, 2) if truth[p[0]] == truth[p[1]]}
    pred = {frozenset(p) for g in groups for p in itertools.combinations(g, 2)}
    ok = true_pairs & pred
    print(f"listings {len(keys)} real events {len(set(truth.values()))} published {len(groups)}; true pairs {len(true_pairs)} "
          f"predicted {len(pred)} correct {len(ok)}: precision {len(ok)/max(1,len(pred)):.4f} recall {len(ok)/max(1,len(true_pairs)):.4f}")
    for p in sorted(pred - true_pairs, key=str): print("  WRONG", sorted(p), [truth[k] for k in p])
    for p in sorted(true_pairs - pred, key=str): print("  MISSED", sorted(p), truth[next(iter(p))])
    return events, groups

