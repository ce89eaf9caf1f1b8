"""The report's charts, drawn with matplotlib's object API into SVG and embedded as data URIs.

`Figure` objects are used directly (no pyplot): no global state, no GUI backend, safe in worker
threads, and the SVG renderer writes glyphs as paths, so a page views the same on any machine
without fonts or network.
"""
from __future__ import annotations

import base64
import io
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

CATEGORY_COLORS = {"military": "#b2182b", "economic": "#2166ac", "energy": "#e08214",
                   "diplomatic": "#5aae61", "humanitarian": "#8073ac"}
PATRON_COLORS = ["#1b7837", "#5aae61", "#a6dba0", "#01665e", "#80cdc1", "#35978f"]
PRESSURE_COLORS = ["#d6604d", "#f4a582", "#b2182b", "#fddbc7"]
INTENSITY_UNIT = "Σ |Goldstein| × w"


@dataclass(frozen=True)
class Chart:
    """An embedded image: the data URI of an SVG, its alternative text and its caption."""
    uri: str
    alt: str
    caption: str


def _to_uri(fig: Figure) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _style(ax: Axes) -> None:
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _nan(value: float | None) -> float:
    return float("nan") if value is None else value


def patron_chart(patron: str, client: str, index: list[tuple[date, float | None, float | None]],
                 monthly: list[tuple[date, str, float]], alerts: list[tuple[date, date]],
                 span: tuple[date, date]) -> Chart:
    """Support index (top) and monthly intensity by category (bottom) of one patron toward a client.

    span is the date range of every patron's chart, so the charts of one report line up."""
    fig = Figure(figsize=(11, 4.6))
    top, bottom = fig.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": [1, 1.1], "hspace": 0.12})
    days = [d for d, _, _ in index]
    top.plot(days, [_nan(v) for _, v, _ in index], color="#9bb0c4", linewidth=0.7, label="daily")
    top.plot(days, [_nan(m) for _, _, m in index], color="#1f3b57", linewidth=1.8, label="90-day mean")
    top.axhline(50, color="#888888", linestyle="--", linewidth=0.8, label="50 = at baseline")
    for number, (first, last) in enumerate(alerts):
        top.axvspan(first, last, color="#d73027", alpha=0.18, linewidth=0,
                    label="shift alert (S30 ≤ ½ baseline)" if number == 0 else None)
    top.set_ylim(0, 100)
    top.set_ylabel("support index\n(0–100)")
    top.set_title(f"{patron} → {client}: 30-day support index and monthly support intensity", loc="left",
                  fontsize=11)
    top.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False)
    _stacked_months(bottom, monthly)
    bottom.set_ylabel(f"intensity per month\n({INTENSITY_UNIT})")
    bottom.set_xlabel("date (UTC)")
    bottom.set_xlim(span[0], span[1])
    for ax in (top, bottom):
        _style(ax)
    uri = _to_uri(fig)
    return Chart(uri, f"{patron} to {client}: support index and monthly intensity by category",
                 f"{patron} → {client}. Top: support index, 100 × S30 ÷ (S30 + B), daily (light) and its "
                 "90-day mean (dark); 50 means support at its baseline; shaded days are shift alerts. Bottom: "
                 "support intensity per month, stacked by category (GDELT and text events).")


def _stacked_months(ax: Axes, monthly: list[tuple[date, str, float]]) -> None:
    by_category: dict[str, dict[date, float]] = defaultdict(dict)
    for month, category, intensity in monthly:
        by_category[category][month] = intensity
    months = sorted({m for m, _, _ in monthly})
    base = [0.0] * len(months)
    for category, color in CATEGORY_COLORS.items():
        if category not in by_category:
            continue
        heights = [by_category[category].get(m, 0.0) for m in months]
        ax.bar(months, heights, width=25, bottom=base, color=color, label=category, align="edge")
        base = [b + h for b, h in zip(base, heights, strict=True)]
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False, title="category",
              title_fontsize=8)


def pressure_chart(client: str, rows: list[tuple[int, str, str, float]]) -> Chart:
    """Per year: patron support (stacked by patron) beside pressure (stacked by pressure state)."""
    fig = Figure(figsize=(11, 3.6))
    ax = fig.subplots()
    years = sorted({year for year, _, _, _ in rows})
    position = {year: i for i, year in enumerate(years)}
    for offset, direction, palette in ((-0.2, "support", PATRON_COLORS), (0.2, "pressure", PRESSURE_COLORS)):
        states = sorted({s for _, s, d, _ in rows if d == direction})
        base = [0.0] * len(years)
        for number, state in enumerate(states):
            heights = [0.0] * len(years)
            for year, s, d, intensity in rows:
                if s == state and d == direction:
                    heights[position[year]] = intensity
            label = f"{state} support" if direction == "support" else f"{state} pressure"
            ax.bar([i + offset for i in range(len(years))], heights, width=0.38, bottom=base,
                   color=palette[number % len(palette)], label=label, edgecolor="white", linewidth=0.4)
            base = [b + h for b, h in zip(base, heights, strict=True)]
    ax.set_xticks(range(len(years)), [str(y) for y in years])
    ax.set_xlabel("year (left bar: support from tracked patrons; right bar: pressure from pressure states)")
    ax.set_ylabel(f"intensity per year\n({INTENSITY_UNIT})")
    ax.set_title(f"Pressure on {client} beside its patrons' support", loc="left", fontsize=11)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False)
    _style(ax)
    return Chart(_to_uri(fig), f"Yearly patron support and pressure on {client}",
                 f"Support for {client} from each tracked patron (green, left) beside pressure on {client} "
                 "from each pressure state (red, right), intensity per year.")


def appeals_chart(client: str, rows: list[tuple[int, int, int]]) -> Chart:
    """Per year: the client's appeals, split into fulfilled and not fulfilled within 90 days."""
    fig = Figure(figsize=(11, 3.0))
    ax = fig.subplots()
    years = [str(year) for year, _, _ in rows]
    fulfilled = [done for _, _, done in rows]
    open_ = [total - done for _, total, done in rows]
    ax.bar(years, fulfilled, color="#1a9850", label="followed by material support within 90 days")
    ax.bar(years, open_, bottom=fulfilled, color="#bdbdbd", label="not followed")
    for i, (_, total, done) in enumerate(rows):
        ax.annotate(f"{done}/{total}", (i, total), textcoords="offset points", xytext=(0, 3), ha="center",
                    fontsize=8)
    ax.set_ylim(0, max((t for _, t, _ in rows), default=1) * 1.25)
    ax.set_xlabel("year of the appeal")
    ax.set_ylabel("appeals (count)")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_title(f"Appeals by {client} and their fulfilment", loc="left", fontsize=11)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False)
    _style(ax)
    return Chart(_to_uri(fig), f"Appeals by {client} per year and how many were fulfilled",
                 f"Appeals {client} made to other states per year; green: followed by material (quad class 2) "
                 "support from the same state within 90 days.")
