"""Charts of the report as inline SVG written directly (no plotting library): byte-identical from one run to the
next, text kept as text at 12 px, drawn at the size they are shown (a wide version, and a narrow one for phones),
with French number formatting."""

from __future__ import annotations

import math
from html import escape

import pandas as pd

INK, MUTED, ACCENT, ACCENT_2, HIGHLIGHT = "#1d2b36", "#56626b", "#1f7a4d", "#e0a526", "#c0392b"
NBSP = "\u202f"  # narrow no-break space: French thousands separator and before %
FONT_PX = 12
# Chart sizes in CSS px: wide screens, and phones (shown without shrinking in a 345 px column).
WIDE, NARROW = (790, 330), (340, 360)


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


def nice_ticks(top: float, count: int = 5) -> list[float]:
    """Round tick values from 0 to at least `top` (steps of 1, 2 or 5 times a power of ten)."""
    if not top or top <= 0 or math.isnan(top):
        return [0.0, 1.0]
    raw = top / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    if step < 1 and top >= 1:
        step = 1.0
    return [i * step for i in range(int(math.ceil(top / step - 1e-9)) + 1)]


def _clean(values) -> list[float]:
    return [0.0 if v is None or pd.isna(v) else float(v) for v in values]


def _bar_chart(
    editions: list[int],
    series: dict[str, list[float]],
    colors: list[str],
    stacked: bool,
    highlight: int | None,
    label_id: str | None,
    narrow: bool,
) -> str:
    width, height = NARROW if narrow else WIDE
    rotate = narrow or len(editions) > 12
    left, right, top, bottom = 52, 8, 34, (46 if rotate else 24)
    plot_w, plot_h = width - left - right, height - top - bottom
    clean = {k: _clean(v) for k, v in series.items()}
    if stacked:
        ticks, unit = [0.0, 20.0, 40.0, 60.0, 80.0, 100.0], NBSP + "%"
    else:
        ticks, unit = nice_ticks(max([max(v, default=0) for v in clean.values()], default=0)), ""
    ymax = ticks[-1] or 1

    def y(v: float) -> float:
        return top + plot_h * (1 - v / ymax)

    role = f' role="img" aria-labelledby="{label_id}"' if label_id else ""
    out = [
        f'<svg class="graphique" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}"{role} font-family="DejaVu Sans, Arial, sans-serif" '
        f'font-size="{FONT_PX}">'
    ]
    out.append('<g stroke="#e3e6e3" stroke-width="1">')
    out += [f'<line x1="{left}" x2="{width - right}" y1="{y(t):.1f}" y2="{y(t):.1f}"/>' for t in ticks]
    out.append("</g>")
    out.append(f'<g fill="{MUTED}" text-anchor="end">')
    out += [
        f'<text x="{left - 6}" y="{y(t) + 4:.1f}">{escape(french_number(t, 0 if t == int(t) else 1) + unit)}</text>'
        for t in ticks
    ]
    out.append("</g>")
    slot = plot_w / max(len(editions), 1)
    group = slot * (0.72 if stacked else 0.8)
    bar = group if stacked else group / max(len(clean), 1)
    bars = []
    for j, edition in enumerate(editions):
        x0 = left + j * slot + (slot - group) / 2
        base = 0.0
        for i, values in enumerate(clean.values()):
            value = values[j]
            x = x0 if stacked else x0 + i * bar
            low, high = (base, base + value) if stacked else (0.0, value)
            base = high if stacked else base
            outline = (f' stroke="{HIGHLIGHT}" stroke-width="1.5"' if edition == highlight and not stacked else "")
            if high > low:
                bars.append(
                    f'<rect x="{x:.1f}" y="{y(high):.1f}" width="{bar:.1f}" height="{y(low) - y(high):.1f}" '
                    f'fill="{colors[i % len(colors)]}"{outline}/>'
                )
    out += bars
    out.append(f'<g fill="{MUTED}">')
    for j, edition in enumerate(editions):
        cx = left + (j + 0.5) * slot
        ink = f' fill="{HIGHLIGHT}" font-weight="bold"' if edition == highlight else ""
        if rotate:
            out.append(f'<text x="{cx + 4:.1f}" y="{top + plot_h + 6}" text-anchor="end" '
                       f'transform="rotate(-90 {cx + 4:.1f} {top + plot_h + 6})"{ink}>{edition}</text>')
        else:
            out.append(f'<text x="{cx:.1f}" y="{top + plot_h + 16}" text-anchor="middle"{ink}>{edition}</text>')
    out.append("</g>")
    x = left
    for i, label in enumerate(clean):
        out.append(f'<rect x="{x}" y="8" width="12" height="12" fill="{colors[i % len(colors)]}"/>')
        out.append(f'<text x="{x + 16}" y="18" fill="{INK}">{escape(label)}</text>')
        x += 16 + int(len(label) * FONT_PX * 0.62) + 14
    out.append("</svg>")
    return "".join(out) + "\n"


def editions_chart(
    editions: list[int],
    series: dict[str, list[float]],
    highlight: int | None = None,
    label_id: str | None = None,
    narrow: bool = False,
) -> str:
    """Grouped bars per edition (e.g. events and organisers), the `highlight` edition outlined and its label
    in red; `label_id` names the chart by the page element of that id."""
    return _bar_chart(editions, series, [ACCENT, ACCENT_2, MUTED], False, highlight, label_id, narrow)


def shares_chart(
    editions: list[int],
    shares: dict[str, list[float]],
    highlight: int | None = None,
    label_id: str | None = None,
    narrow: bool = False,
) -> str:
    """Stacked 100 % bars per edition (e.g. in person / online / hybrid), the `highlight` edition's label in red."""
    return _bar_chart(editions, shares, ["#9fc9ae", ACCENT_2, HIGHLIGHT, MUTED], True, highlight, label_id, narrow)
