"""Small JSON state files kept beside the warehouse (what an asset computed or wrote last time, never published):
read leniently (missing or unreadable is no state), written under a temporary name then os.replace'd."""

import json
import os
from pathlib import Path


def read_state(path: Path) -> dict:
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def write_state(path: Path, state: dict, sort_keys: bool = True) -> None:
    """`sort_keys=False` keeps the dict's insertion order (a memo that drops its oldest entries relies on it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    staging.write_text(json.dumps(state, indent=1, sort_keys=sort_keys, ensure_ascii=False), encoding="utf-8")
    os.replace(staging, path)


def unchanged_editions(state: dict, inputs: dict[int, str], outputs: dict[int, str]) -> dict[int, dict]:
    """{edition: its recorded result} for the editions of `inputs` that `state` ({edition: {"entrees", "sorties",
    "resultat"}}, see record_editions) recorded with the same inputs and whose outputs are still those it wrote then
    (`outputs`: a table changed since, by hand or by another version, is built again)."""
    kept = {}
    for edition, digest in inputs.items():
        recorded = state.get(str(edition))
        if isinstance(recorded, dict) and recorded.get("entrees") == digest and \
                recorded.get("sorties") == outputs.get(edition) and isinstance(recorded.get("resultat"), dict):
            kept[edition] = recorded["resultat"]
    return kept


def record_editions(state: dict, inputs: dict[int, str], outputs: dict[int, str], results: dict[int, dict]) -> dict:
    """`state` with the editions of `results` recorded: the inputs they were built from, the outputs written, the
    result; the other editions' records kept."""
    return state | {str(edition): {"entrees": inputs[edition], "sorties": outputs[edition], "resultat": result}
                    for edition, result in results.items()}
