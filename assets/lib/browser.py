"""Headless Chromium (Debian package `chromium`) driven by subprocess: the DOM after load, and screenshots.
Used to check the report as a reader's browser renders it; never a dependency of the pipeline itself."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

DEBIAN_CHROMIUM = "/usr/bin/chromium"
# No sandbox (CI runs as root), no GPU, and nothing that would reach the network on its own.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--disable-default-apps",
    "--disable-extensions",
    "--mute-audio",
    "--run-all-compositor-stages-before-draw",
    "--virtual-time-budget=5000",
]


class BrowserError(RuntimeError):
    """Chromium is missing or failed to render the page."""


def chromium_path() -> str | None:
    """The Chromium executable: /usr/bin/chromium when installed, else `chromium` on the PATH."""
    if Path(DEBIAN_CHROMIUM).exists():
        return DEBIAN_CHROMIUM
    return shutil.which("chromium")


def _run(arguments: list[str], timeout_s: float) -> subprocess.CompletedProcess:
    executable = chromium_path()
    if executable is None:
        raise BrowserError("chromium is not installed (Debian: apt-get install chromium chromium-driver)")
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        result = subprocess.run(
            [executable, *FLAGS, f"--user-data-dir={profile}", *arguments],
            capture_output=True,
            text=True,
            timeout=timeout_s,
            check=False,
        )
    if result.returncode != 0:
        raise BrowserError(f"chromium exited with {result.returncode}: {result.stderr[-2000:]}")
    return result


def dump_dom(page: Path, timeout_s: float = 120) -> str:
    """The serialised DOM of a local page once loaded (scripts run)."""
    return _run(["--dump-dom", page.resolve().as_uri()], timeout_s).stdout


def screenshot(
    page: Path, target: Path, width: int = 1280, height: int = 2400, timeout_s: float = 120
) -> Path:
    """A PNG screenshot of a local page at the given window size."""
    target.parent.mkdir(parents=True, exist_ok=True)
    _run(
        [f"--screenshot={target.resolve()}", f"--window-size={width},{height}", page.resolve().as_uri()],
        timeout_s,
    )
    if not target.exists() or target.stat().st_size == 0:
        raise BrowserError(f"chromium wrote no screenshot at {target}")
    return target
