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
