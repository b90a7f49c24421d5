"""Server-side SVG charts for the practitioner page: no scripts, no external assets.

Every text that goes into an SVG is escaped here; the caller may mark the result safe.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from html import escape

BAR_COLOURS = ("#d7e3ef", "#9dbbd9", "#5b8cc0", "#1f4e8c")  # score 0..3, light to dark


@dataclass(frozen=True)
class Bar:
    label: str
    score: int | None  # None: unanswered (drawn hatched, never as 0)
    max_score: int


@dataclass(frozen=True)
class TrendPoint:
    at: datetime
    total: int


@dataclass(frozen=True)
class TrendSeries:
    name: str
    max_total: int
    points: tuple[TrendPoint, ...]


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def profile_svg(title: str, bars: Sequence[Bar]) -> str:
    """One horizontal bar per item, scaled to the item's maximum score."""
    label_w, bar_w, row_h, top = 260, 220, 22, 8
    width = label_w + bar_w + 50
    height = top + row_h * len(bars) + 8
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart profile" role="img" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
        f"<title>{escape(title)}</title>",
    ]
    for n, bar in enumerate(bars):
        y = top + n * row_h
        parts.append(
            f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end" font-size="12" '
            f'fill="#222">{escape(_short(bar.label, 40))}</text>'
        )
        parts.append(
            f'<rect x="{label_w}" y="{y + 3}" width="{bar_w}" height="{row_h - 6}" '
            'fill="#f3f3f3" stroke="#ccc"/>'
        )
        if bar.score is None:
            parts.append(
                f'<text x="{label_w + 6}" y="{y + 15}" font-size="11" fill="#a33">unanswered</text>'
            )
            continue
        share = bar.score / bar.max_score if bar.max_score else 0
        colour = BAR_COLOURS[min(bar.score, len(BAR_COLOURS) - 1)]
        parts.append(
            f'<rect class="bar" x="{label_w}" y="{y + 3}" width="{round(bar_w * share, 1)}" '
            f'height="{row_h - 6}" fill="{colour}"/>'
        )
        parts.append(
            f'<text x="{label_w + bar_w + 8}" y="{y + 15}" font-size="12" fill="#222">'
            f"{bar.score}/{bar.max_score}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


LINE_COLOURS = ("#1f4e8c", "#b5451b", "#2e7d32", "#6a1b9a")


def trend_svg(series: Sequence[TrendSeries]) -> str:
    """Totals over time, each instrument as a share of its maximum (0-100% on the y axis)."""
    width, height, left, right, top, bottom = 560, 220, 44, 130, 12, 36
    plot_w, plot_h = width - left - right, height - top - bottom
    times = sorted({p.at for s in series for p in s.points})
    t0, t1 = times[0].timestamp(), times[-1].timestamp()
    span = (t1 - t0) or 1.0

    def x(at: datetime) -> float:
        if len(times) == 1:
            return left + plot_w / 2
        return round(left + plot_w * (at.timestamp() - t0) / span, 1)

    def y(total: int, max_total: int) -> float:
        return round(top + plot_h * (1 - total / max_total), 1)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart trend" role="img" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
        "<title>Totals over time</title>",
        f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" '
        'stroke="#888"/>',
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}" stroke="#888"/>',
    ]
    for share in (0, 50, 100):
        yy = round(top + plot_h * (1 - share / 100), 1)
        parts.append(
            f'<text x="{left - 6}" y="{yy + 4}" text-anchor="end" font-size="10" '
            f'fill="#555">{share}%</text>'
        )
    same_day = len({at.date() for at in times}) < len(times)
    for at in times:
        label = f"{at:%d %b %H:%M}" if same_day else f"{at:%d %b %Y}"
        parts.append(
            f'<text x="{x(at)}" y="{height - bottom + 16}" text-anchor="middle" font-size="10" '
            f'fill="#555">{label}</text>'
        )
    for n, s in enumerate(series):
        colour = LINE_COLOURS[n % len(LINE_COLOURS)]
        coords = [(x(p.at), y(p.total, s.max_total), p.total) for p in s.points]
        if len(coords) > 1:
            path = " ".join(f"{cx},{cy}" for cx, cy, _ in coords)
            parts.append(
                f'<polyline class="line" points="{path}" fill="none" stroke="{colour}" '
                'stroke-width="2"/>'
            )
        for cx, cy, total in coords:
            parts.append(f'<circle cx="{cx}" cy="{cy}" r="3.5" fill="{colour}"/>')
            parts.append(
                f'<text x="{cx}" y="{cy - 7}" text-anchor="middle" font-size="10" '
                f'fill="{colour}">{total}</text>'
            )
        ly = top + 14 + n * 18
        parts.append(
            f'<rect x="{width - right + 12}" y="{ly - 9}" width="12" height="3" '
            f'fill="{colour}"/><text x="{width - right + 30}" y="{ly - 4}" font-size="11" '
            f'fill="#222">{escape(s.name)} (/{s.max_total})</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
