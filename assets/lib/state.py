"""State files kept beside the warehouse (what an asset computed or wrote last time, never published), small ones in
JSON, memos of Python objects in pickle: read leniently (missing or unreadable is no state), written under a
temporary name then os.replace'd."""

import json
import os
import pickle
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


def read_pickle(path: Path):
    """What `path` holds, or None: a missing, truncated or foreign file (classes that no longer load) is no memo."""
    try:
        with path.open("rb") as stored:
            return pickle.load(stored)
    except Exception:  # noqa: BLE001 - any file that does not load is rebuilt by its caller
        return None


def write_pickle(path: Path, value) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with staging.open("wb") as out:
        pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(staging, path)
