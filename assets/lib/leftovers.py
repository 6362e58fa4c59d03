"""Removal of the staging files a killed process left beside a publication."""

import os
import re
import shutil
from pathlib import Path


def process_running(pid: int) -> bool:
    """Whether process `pid` exists (one of another user counts: it may still be writing)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_dead_leftovers(folder: Path, pattern: str) -> list[Path]:
    """Remove the entries of `folder` whose whole name matches `pattern` (its first group: a process id) when that
    process no longer runs; the removed paths. A `kill -9` skips the `finally` that removes them, and only the
    process that made them knows their name: without this they stay forever. A live process' are left alone."""
    removed = []
    for path in sorted(Path(folder).iterdir()) if Path(folder).is_dir() else []:
        found = re.fullmatch(pattern, path.name)
        if found is None or int(found.group(1)) in (0, os.getpid()) or process_running(int(found.group(1))):
            continue
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        removed.append(path)
    return removed
