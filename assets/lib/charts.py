"""Charts of the report as inline SVG, byte-identical from one run to the next (fixed hash salt, no date,
bundled DejaVu Sans metrics, text kept as text), with French number formatting."""

from __future__ import annotations

import base64
import contextlib
import io
import math
import re

import matplotlib

# Only the Figure API is used (no pyplot): no GUI backend, no global figure state.
matplotlib.use("Agg", force=False)

import matplotlib as mpl  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import FuncFormatter, MaxNLocator  # noqa: E402

INK, MUTED, ACCENT, ACCENT_2, HIGHLIGHT = "#1d2b36", "#6b7780", "#1f7a4d", "#e0a526", "#c0392b"
RC = {
    "svg.hashsalt": "mois-ess-rapport",
    "svg.fonttype": "none",  # text stays text: searchable, and no embedded glyphs
    "svg.id": None,
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "axes.edgecolor": "#cccccc",
    "axes.labelcolor": INK,
    "axes.titlesize": 10,
    "xtick.color": MUTED,
    "ytick.color": MUTED,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "figure.dpi": 100,
    "path.simplify": True,
}
NBSP = "\u202f"  # narrow no-break space: French thousands separator and before %


def french_number(value: float | int | None, decimals: int = 0) -> str:
    """12345.6 -> '12 345,6' (narrow no-break space, decimal comma); '–' for a missing value."""
    if value is None or pd.isna(value):
        return "–"
    text = f"{float(value):,.{decimals}f}"
    return text.replace(",", NBSP).replace(".", ",")


def french_percent(value, decimals: int = 1, signed: bool = False) -> str:
    text = french_number(value, decimals)
    if text == "–":
        return text
    if signed and float(value) > 0:
        text = "+" + text
    return text.replace("-", "−") + NBSP + "%"


@contextlib.contextmanager
def style():
    available = {k: v for k, v in RC.items() if k in mpl.rcParams}
    with mpl.rc_context(available):
        yield


_XML_PROLOGUE = re.compile(r"^<\?xml[^>]*>\s*(<!DOCTYPE[^>]*>\s*)?", re.DOTALL)


def figure_svg(figure: Figure) -> str:
    """The figure as an inline <svg> element (no XML prologue, no date, scalable to its container)."""
    buffer = io.StringIO()
    with style():
        figure.savefig(
            buffer,
            format="svg",
            metadata={"Date": None, "Creator": None},
            bbox_inches="tight",
            pad_inches=0.05,
        )
    svg = _XML_PROLOGUE.sub("", buffer.getvalue())
    svg = re.sub(
        r'<svg ([^>]*?)width="([\d.]+)pt" height="([\d.]+)pt"',
        r'<svg class="graphique" \1width="\2pt" height="\3pt"',
        svg,
        count=1,
    )
    return svg.strip() + "\n"


def figure_png(figure: Figure, dpi: int = 120) -> str:
    """The figure as a base64 PNG data URI (for maps, whose SVG would be heavy); no metadata, so the same
    figure gives the same bytes."""
    buffer = io.BytesIO()
    with style():
        figure.savefig(
            buffer, format="png", dpi=dpi, metadata={"Software": None}, bbox_inches="tight", pad_inches=0.05
        )
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _integer_axis(axis) -> None:
    axis.set_major_locator(MaxNLocator(integer=True, nbins=6))
    axis.set_major_formatter(FuncFormatter(lambda v, _: french_number(v)))


def editions_chart(editions: list[int], series: dict[str, list[float]], highlight: int | None = None) -> str:
    """Grouped bars per edition (e.g. events and organisers), the `highlight` edition outlined."""
    with style():
        figure = Figure(figsize=(8.2, 3.4))
        ax = figure.add_subplot()
        width = 0.8 / max(len(series), 1)
        colors = [ACCENT, ACCENT_2, MUTED]
        for i, (label, values) in enumerate(series.items()):
            xs = [e + (i - (len(series) - 1) / 2) * width for e in editions]
            bars = ax.bar(
                xs,
                [0 if v is None or (isinstance(v, float) and math.isnan(v)) else v for v in values],
                width=width,
                color=colors[i % len(colors)],
                label=label,
            )
            if highlight in editions:
                bars[editions.index(highlight)].set_edgecolor(HIGHLIGHT)
                bars[editions.index(highlight)].set_linewidth(1.5)
        ax.set_xticks(editions, [str(e) for e in editions], rotation=45 if len(editions) > 8 else 0)
        _integer_axis(ax.yaxis)
        ax.grid(axis="y", color="#eeeeee", linewidth=0.6)
        ax.set_axisbelow(True)
        ax.legend(frameon=False, loc="lower left", bbox_to_anchor=(0.0, 1.0), ncol=len(series))
        return figure_svg(figure)


def shares_chart(editions: list[int], shares: dict[str, list[float]], highlight: int | None = None) -> str:
    """Stacked 100 % bars per edition (e.g. in person / online / hybrid)."""
    with style():
        figure = Figure(figsize=(8.2, 3.2))
        ax = figure.add_subplot()
        bottom = [0.0] * len(editions)
        colors = ["#b9d7c4", ACCENT_2, HIGHLIGHT, MUTED]
        for i, (label, values) in enumerate(shares.items()):
            clean = [
                0.0 if v is None or (isinstance(v, float) and math.isnan(v)) else float(v) for v in values
            ]
            ax.bar(editions, clean, bottom=bottom, color=colors[i % len(colors)], label=label, width=0.7)
            bottom = [b + v for b, v in zip(bottom, clean, strict=True)]
        if highlight in editions:
            ax.annotate(
                str(highlight), xy=(highlight, 101), ha="center", va="bottom", color=HIGHLIGHT, fontsize=8
            )
        ax.set_ylim(0, 108)
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: french_number(v) + NBSP + "%"))
        ax.set_xticks(editions, [str(e) for e in editions], rotation=45 if len(editions) > 8 else 0)
        ax.legend(frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        return figure_svg(figure)


def category_chart(labels: list[str], values: list[float], value_label: str = "événements") -> str:
    """Horizontal bars, largest first as given, each bar labelled with its value."""
    with style():
        height = 0.32 * max(len(labels), 1) + 0.6
        figure = Figure(figsize=(6.4, height))
        ax = figure.add_subplot()
        positions = list(range(len(labels)))[::-1]
        ax.barh(positions, values, color=ACCENT, height=0.65)
        ax.set_yticks(positions, labels)
        top = max(values) if values else 0
        for y, v in zip(positions, values, strict=True):
            ax.text(v + top * 0.01, y, french_number(v), va="center", fontsize=8, color=INK)
        ax.set_xlim(0, top * 1.15 if top else 1)
        ax.xaxis.set_visible(False)
        ax.spines["bottom"].set_visible(False)
        ax.set_xlabel(value_label)
        ax.tick_params(axis="y", length=0)
        return figure_svg(figure)
