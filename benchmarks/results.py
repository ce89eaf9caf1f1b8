"""Scenario results: the console table and benchmarks/RESULTS.md (one section per scenario).

RESULTS.md is rewritten on every run: sections of the scenarios that ran are replaced, sections of
scenarios that did not run are kept as they were (each section says when and how it was measured).
Every figure in it comes from a run: `## ` sections without a scenario marker are not kept; the file
ends with PROFILE_SECTION, which says how to profile and quotes no figure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

SCENARIO_ORDER = ("gdelt_day", "backfill_1m", "incremental", "text_coding", "coder_quality", "marts",
                  "orchestration", "lake_postgres")
_MARKER = re.compile(r"^<!-- scenario: (\w+) -->$")
PROFILE_SECTION = """## Where the time and memory go

Not measured by `python -m benchmarks`. To see each step of a GDELT load (the flow's task functions
without Prefect), with seconds, calls and, with --memory, peak RSS per step:
`python -m benchmarks.profile_gdelt --files 96 --rows 3000 --scope all --memory`, and for one new file
into a grown warehouse `python -m benchmarks.profile_gdelt --files 34 --grow 5000000`; `--cprofile` adds
cProfile's top functions.
"""


@dataclass
class Figure:
    label: str
    seconds: float | None = None
    rows: int | None = None
    note: str = ""

    @property
    def rows_per_second(self) -> float | None:
        if not self.seconds or self.rows is None:
            return None
        return self.rows / self.seconds


@dataclass
class Ratio:
    label: str
    value: float | None
    target: str = ""  # e.g. ">= 0.5"; empty when the ratio is informative only

    @property
    def verdict(self) -> str:
        if self.value is None or not self.target:
            return ""
        op, bound = self.target.split()
        ok = self.value >= float(bound) if op == ">=" else self.value <= float(bound)
        return "met" if ok else "MISSED"


@dataclass
class Table:
    """A table of a scenario's own shape (quality measures rather than seconds and rows)."""
    header: list[str]
    rows: list[list[str]]
    caption: str = ""


@dataclass
class ScenarioResult:
    name: str
    title: str
    figures: list[Figure] = field(default_factory=list)
    ratios: list[Ratio] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    verbatim: list[str] = field(default_factory=list)  # tool output quoted as it was printed


class ScenarioSkipped(Exception):
    """A scenario that cannot run here (an input folder not given); its earlier section is kept."""


def _num(value: float | None, digits: int = 2) -> str:
    if value is None:
        return ""
    return f"{value:,.{digits}f}"


def _rows(value: int | None) -> str:
    return "" if value is None else f"{value:,}"


def figure_lines(result: ScenarioResult) -> list[list[str]]:
    return [[f.label, _num(f.seconds, 4 if f.seconds is not None and f.seconds < 0.1 else 2), _rows(f.rows),
             _num(f.rows_per_second, 0), f.note] for f in result.figures]


def ratio_lines(result: ScenarioResult) -> list[list[str]]:
    return [[r.label, _num(r.value), r.target, r.verdict] for r in result.ratios]


def _text_table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(x)) for x in column) for column in zip(header, *rows, strict=False)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in rows]
    return "\n".join(lines)


def console_report(results: list[ScenarioResult]) -> str:
    parts = []
    for result in results:
        parts.append(f"\n== {result.name}: {result.title}")
        if result.figures:
            parts.append(_text_table(["what", "seconds", "rows", "rows/s", "note"], figure_lines(result)))
        if result.ratios:
            parts.append("")
            parts.append(_text_table(["ratio", "value", "target", "verdict"], ratio_lines(result)))
        for table in result.tables:
            parts += ["", *([table.caption] if table.caption else []), _text_table(table.header, table.rows)]
        if result.verbatim:
            parts += ["", *result.verbatim]
    return "\n".join(parts)


def _md_table(header: list[str], rows: list[list[str]]) -> list[str]:
    def cell(text: str) -> str:
        return text.replace("|", "\\|")

    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return lines


def markdown_section(result: ScenarioResult, run: dict[str, str]) -> str:
    """The section of one scenario: heading, marker, how it was measured, then blocks separated by a blank line."""
    blocks = [[f"## {result.name}: {result.title}", f"<!-- scenario: {result.name} -->"],
              [f"Measured {run['date']} with `{run['command']}` ({run['mode']}; machine: {run['machine']})."]]
    if result.figures:
        blocks.append(_md_table(["what", "seconds", "rows", "rows/s", "note"], figure_lines(result)))
    if result.ratios:
        blocks.append(_md_table(["ratio", "value", "target", "verdict"], ratio_lines(result)))
    for table in result.tables:
        if table.caption:
            blocks.append([table.caption])
        blocks.append(_md_table(table.header, table.rows))
    if result.verbatim:
        blocks.append(["```text", *result.verbatim, "```"])
    if result.notes:
        blocks.append([f"- {note}" for note in result.notes])
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


def _earlier_sections(path: Path) -> tuple[dict[str, str], list[str]]:
    """Scenario sections of an existing RESULTS.md by name, and the other `## ` sections in order
    (a section runs to the next `## `; a scenario section has the marker on its second line)."""
    if not path.exists():
        return {}, []
    bodies: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            bodies.append([line])
        elif bodies:
            bodies[-1].append(line)
    scenarios, others = {}, []
    for body in bodies:
        match = _MARKER.match(body[1]) if len(body) > 1 else None
        text = "\n".join(body).rstrip() + "\n"
        if match:
            scenarios[match.group(1)] = text
        else:
            others.append(text)
    return scenarios, others


def write_results(path: Path, results: list[ScenarioResult], run: dict[str, str], header: list[str]) -> None:
    """Rewrite RESULTS.md: the run header, then every scenario in a fixed order, fresh or kept."""
    earlier, _ = _earlier_sections(path)  # hand-written sections are dropped: no figure a run did not make
    fresh = {r.name: markdown_section(r, run) for r in results}
    ran = [name for name in SCENARIO_ORDER if name in fresh]
    kept = [name for name in SCENARIO_ORDER if name not in fresh and name in earlier]
    missing = [name for name in SCENARIO_ORDER if name not in fresh and name not in earlier]
    lines = ["# Benchmark results", "", *header, "",
             f"Latest run: {run['date']}, `{run['command']}` ({run['mode']}).",
             f"Scenarios measured in the latest run: {', '.join(ran) or 'none'}."]
    if kept:
        lines.append(f"Kept from earlier runs (not run this time): {', '.join(kept)}.")
    if missing:
        lines.append(f"Never measured yet: {', '.join(missing)}.")
    lines.append("")
    body = [fresh.get(name) or earlier[name] for name in SCENARIO_ORDER if name in fresh or name in earlier]
    body.append(PROFILE_SECTION)
    path.write_text("\n".join(lines) + "\n" + "\n".join(body), encoding="utf-8")


def write_section(path: Path, result: ScenarioResult, run: dict[str, str]) -> None:
    """Replace (or add) one scenario's section, leaving the header and every other section as they are;
    for a scenario run on its own, outside `python -m benchmarks`."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    head = text.split("\n## ", 1)[0].rstrip() + "\n"
    earlier, _ = _earlier_sections(path)
    earlier[result.name] = markdown_section(result, run)
    body = [earlier[name] for name in SCENARIO_ORDER if name in earlier] + [PROFILE_SECTION]
    path.write_text(head + "\n" + "\n".join(body), encoding="utf-8")


__all__ = ["PROFILE_SECTION", "SCENARIO_ORDER", "Figure", "Ratio", "ScenarioResult", "ScenarioSkipped", "Table",
           "console_report", "write_results", "write_section"]
