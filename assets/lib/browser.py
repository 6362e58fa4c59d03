"""Headless Chromium (Debian packages `chromium` and `chromium-driver`) driven over WebDriver: what a reader's
browser shows of the report (measures, accessibility audit, screenshots); never a dependency of the pipeline."""

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


# What a reader sees once the page has loaded, as an async WebDriver script: the width the page needs against
# the window's, the rendered size of every visible piece of text (SVG text scaled by its transform to screen
# pixels), tables wider than their box, heading levels, and axe-core's violations (axe must be on the page).
AUDIT_SCRIPT = r"""
var done = arguments[arguments.length - 1];
var out = {innerWidth: window.innerWidth, scrollWidth: document.documentElement.scrollWidth, texts: [],
           boxes: [], headings: [], wide: [], lang: document.documentElement.lang,
           images: Array.from(document.images).filter(function (i) { return !i.complete || !i.naturalWidth; }).length};
var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT), node;
while ((node = walker.nextNode())) {
  var text = node.nodeValue.trim(), element = node.parentElement;
  if (!text || !element || element.closest("script, style")) continue;
  var range = document.createRange(); range.selectNodeContents(node);
  if (!range.getClientRects().length) continue;  // not rendered (closed <details>, display: none)
  var size = parseFloat(getComputedStyle(element).fontSize), chart = !!element.closest("svg");
  if (chart) { var m = element.getScreenCTM(); size = size * Math.hypot(m.a, m.b); }
  out.texts.push({size: Math.round(size * 100) / 100, text: text.slice(0, 60), chart: chart});
}
document.querySelectorAll(".defile").forEach(function (box) {
  if (box.getClientRects().length)
    out.boxes.push({name: box.getAttribute("aria-labelledby") || box.getAttribute("aria-label"),
                    scrollWidth: box.scrollWidth, clientWidth: box.clientWidth});
});
document.querySelectorAll("h1, h2, h3, h4, h5, h6").forEach(function (h) { out.headings.push(Number(h.tagName[1])); });
document.querySelectorAll("body *").forEach(function (e) {
  var r = e.getBoundingClientRect();
  if (r.width && r.right > window.innerWidth + 0.5 && !e.closest(".defile")) out.wide.push(e.outerHTML.slice(0, 80));
});
out.wide = out.wide.slice(0, 10);
axe.run(document, {resultTypes: ["violations"]}).then(function (result) {
  out.violations = result.violations.map(function (v) {
    return {id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.slice(0, 5).map(function (n) { return n.target.join(" ") + " : " + n.failureSummary; })};
  });
  done(out);
}, function (error) {
  out.violations = [{id: "axe-error", impact: "critical", help: String(error), nodes: []}];
  done(out);
});
"""


class WebDriver:
    """Debian's chromedriver driving headless Chromium over the W3C WebDriver protocol (plain HTTP on
    127.0.0.1), with Chrome DevTools commands for the window metrics (a phone's 390 px, below the 500 px a
    headless window allows) and full-page screenshots. Use as a context manager."""

    def __init__(self, driver: str | None = None, timeout_s: float = 120):
        self.driver = driver or shutil.which("chromedriver") or "/usr/bin/chromedriver"
        self.timeout_s = timeout_s
        self.process = None
        self.session = None

    def __enter__(self) -> WebDriver:
        import socket
        import time

        if chromium_path() is None or not Path(self.driver).exists():
            raise BrowserError("chromium or chromedriver is not installed (Debian: apt-get install chromium "
                               "chromium-driver)")
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        self.base = f"http://127.0.0.1:{port}"
        self.process = subprocess.Popen([self.driver, f"--port={port}"], stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL)
        self.profile = tempfile.TemporaryDirectory(prefix="chromium-profile-")
        deadline = time.monotonic() + 30
        while True:
            try:
                if self._call("GET", "/status")["ready"]:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                self.__exit__(None, None, None)
                raise BrowserError("chromedriver did not start")
            time.sleep(0.1)
        # Without the one-shot flags (--virtual-time-budget would end the browser once the budget is spent).
        flags = [f for f in FLAGS if not f.startswith(("--virtual-time-budget", "--run-all-compositor"))]
        options = {"binary": chromium_path(), "args": [*flags, f"--user-data-dir={self.profile.name}"]}
        capabilities = {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": options}}
        self.session = self._call("POST", "/session", {"capabilities": capabilities})["sessionId"]
        return self

    def __exit__(self, *exc) -> None:
        if self.session:
            try:
                self._call("DELETE", f"/session/{self.session}")
            except OSError:
                pass
        if self.process:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:  # seen on a loaded machine: the driver waits on its browser
                self.process.kill()
                self.process.wait()
        self.profile.cleanup()

    def _call(self, method: str, path: str, body: dict | None = None):
        import json
        import urllib.error
        import urllib.request

        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout_s) as response:
                return json.loads(response.read())["value"]
        except urllib.error.HTTPError as error:
            raise BrowserError(f"webdriver {method} {path}: {error.read()[:2000]!r}") from error

    def cdp(self, command: str, params: dict | None = None):
        return self._call("POST", f"/session/{self.session}/goog/cdp/execute", {"cmd": command, "params": params or {}})

    def open(self, page: Path, width: int, height: int) -> None:
        """Load a local page in a `width` x `height` viewport (a phone's when narrower than 600 px)."""
        self.cdp("Emulation.setDeviceMetricsOverride",
                 {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
        self._call("POST", f"/session/{self.session}/url", {"url": page.resolve().as_uri()})

    def run(self, script: str, *args, asynchronous: bool = False):
        kind = "async" if asynchronous else "sync"
        return self._call("POST", f"/session/{self.session}/execute/{kind}", {"script": script, "args": list(args)})

    def screenshot(self, target: Path) -> Path:
        """A PNG of the whole page (beyond the viewport), at the current viewport width."""
        import base64

        metrics = self.cdp("Page.getLayoutMetrics")["cssContentSize"]
        width = self.run("return window.innerWidth;")
        shot = self.cdp("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": metrics["height"], "scale": 1},
        })
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(base64.b64decode(shot["data"]))
        return target


def audit(driver: WebDriver, page: Path, width: int, axe_script: str, height: int = 900) -> dict:
    """What a reader sees of `page` at `width` px (see AUDIT_SCRIPT), with axe-core's violations."""
    driver.open(page, width, height)
    driver.run(axe_script)
    driver._call("POST", f"/session/{driver.session}/timeouts", {"script": 120_000})
    return driver.run(AUDIT_SCRIPT, asynchronous=True)
