"""benchmarks/results.py: one scenario's section replaced in RESULTS.md without touching the other
scenarios'; hand-written sections with figures no run made are dropped; the recorded command never shows
the yardsticks' folders."""
from __future__ import annotations

import re
from pathlib import Path

from benchmarks.coder_quality import recorded_command
from benchmarks.results import PROFILE_SECTION, Figure, ScenarioResult, Table, write_results, write_section

EARLIER = """# Benchmark results

Machine of the latest run: a test machine.

## text_coding: text coding
<!-- scenario: text_coding -->

Measured earlier.

## marts: marts
<!-- scenario: marts -->

Measured earlier too.

## Where the time goes (hand-written)

Session 4: the day flow took 7.16 s before and 7.25 s after.
"""
RUN = {"date": "2030-01-02 03:04 UTC", "command": "python -m benchmarks.coder_quality", "mode": "whole run 1 s",
       "machine": "2 CPUs"}


def quality(value: str) -> ScenarioResult:
    return ScenarioResult("coder_quality", "quality", tables=[Table(["set", "measure", "allywatch"],
                                                                     [["a", "event_f1", value]], "Sizes: a.")],
                          verbatim=["dev_gold: event_f1=0.100"], notes=["a note"])


def test_section_goes_in_scenario_order_and_replaces_itself(tmp_path: Path) -> None:
    path = tmp_path / "RESULTS.md"
    path.write_text(EARLIER, encoding="utf-8")
    write_section(path, quality("0.100"), RUN)
    write_section(path, quality("0.200"), RUN)
    text = path.read_text(encoding="utf-8")
    assert text.count("<!-- scenario: coder_quality -->") == 1 and "| a | event_f1 | 0.200 |" in text
    assert "0.100 |" not in text
    order = [text.index(s) for s in ("Machine of the latest run", "## text_coding", "## coder_quality",
                                      "## marts", "## Where the time and memory go")]
    assert order == sorted(order)
    for kept in ("Measured earlier.", "Measured earlier too."):
        assert kept in text
    assert "hand-written" not in text and "7.16 s" not in text  # a figure no run made is not kept
    assert text.endswith(PROFILE_SECTION) and not re.search(r"\d s\b", PROFILE_SECTION)
    assert "```text\ndev_gold: event_f1=0.100\n```" in text and "Sizes: a.\n\n| set |" in text


def test_figure_sections_render_as_before() -> None:
    from benchmarks.results import markdown_section

    text = markdown_section(ScenarioResult("x", "t", figures=[Figure("f", 1.0, 10)], notes=["n"]), RUN)
    assert text.splitlines()[:4] == ["## x: t", "<!-- scenario: x -->", "", f"Measured {RUN['date']} with "
                                     f"`{RUN['command']}` ({RUN['mode']}; machine: {RUN['machine']})."]
    assert text.endswith("| f | 1.00 | 10 | 10 |  |\n\n- n\n")


def test_recorded_command_hides_folders() -> None:
    shown = recorded_command(["--dev-gold", "/somewhere/dev_gold", "--validation=/elsewhere/v", "--write-results"],
                             "python -m benchmarks.coder_quality")
    assert shown == ("python -m benchmarks.coder_quality --dev-gold <dev_gold folder> "
                     "--validation=<validation folder> --write-results")
    assert recorded_command(["--quick", "--scenario", "text_coding"], "python -m benchmarks") == \
        "python -m benchmarks --quick --scenario text_coding"


def test_a_full_rewrite_keeps_unrun_scenarios_and_drops_hand_written_figures(tmp_path: Path) -> None:
    path = tmp_path / "RESULTS.md"
    path.write_text(EARLIER, encoding="utf-8")
    write_results(path, [quality("0.300")], RUN, ["Machine of the latest run: 2 CPUs."])
    text = path.read_text(encoding="utf-8")
    assert "Measured earlier." in text and "| a | event_f1 | 0.300 |" in text
    assert "7.16 s" not in text and text.count("## Where the time") == 1 and text.endswith(PROFILE_SECTION)
