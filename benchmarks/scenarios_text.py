"""Scenario `text_coding`: `allywatch extract`'s coder on one core, on the labelled set and on synthetic
sets of two sizes, each synthetic run in a fresh process so its peak RSS is its own."""
from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

from benchmarks.results import Figure, Ratio, ScenarioResult
from benchmarks.runner import Context

TEXT_SPEED = Path(__file__).resolve().parent / "text_speed.py"


def _synthetic(size: int) -> dict:
    out = subprocess.run([sys.executable, str(TEXT_SPEED), "--child", str(size)], check=True, capture_output=True,
                         text=True, cwd=TEXT_SPEED.parents[1])
    return json.loads(out.stdout)


def text_coding(ctx: Context) -> ScenarioResult:
    from benchmarks.text_speed import _run, labelled_lines
    from flows.normalize.coder import CODER_VERSION, code_sentence

    repeat, sizes = (2, (2_000, 10_000)) if ctx.quick else (20, (20_000, 100_000))
    result = ScenarioResult("text_coding", f"text coding: coder {CODER_VERSION} on one core")
    load = os.getloadavg()[0]  # other work on the machine slows every figure here
    # An empty lemma-dictionary cache, as on a fresh machine: the labelled run below decodes simplemma's
    # dictionaries and writes the cache, which the synthetic runs (child processes) then read.
    os.environ["XDG_CACHE_HOME"] = str(ctx.folder("empty-cache"))
    code_sentence("Russia sent troops to Venezuela.")  # tables loaded before timing
    lines, events, seconds, cpu = _run(itertools.chain.from_iterable(itertools.repeat(labelled_lines(), repeat)),
                                       lambda _line: None)
    result.figures.append(Figure(f"labelled set x{repeat}", seconds, lines, f"{events:,} events coded"))
    # The same work again in the same process: everything loaded, so the gap to the first run is first use.
    again = _run(itertools.chain.from_iterable(itertools.repeat(labelled_lines(), repeat)), lambda _line: None)
    result.figures.append(Figure(f"labelled set x{repeat} again (all loaded)", again[2], again[0],
                                 "no verdict: the first run is the fresh-process figure"))
    runs = [_synthetic(size) for size in sizes]
    for run in runs:
        result.figures.append(Figure(f"synthetic {run['sentences']:,} sentences (own process)", run["seconds"],
                                     run["sentences"], f"peak RSS {run['peak_rss_mb']:.1f} MB"))
    result.ratios += [
        Ratio("labelled set, sentences/s", lines / seconds, ">= 2000"),
        Ratio(f"synthetic {sizes[-1]:,}, sentences/s", runs[-1]["sentences"] / runs[-1]["seconds"], ">= 2000"),
        Ratio(f"peak RSS {sizes[-1]:,} / {sizes[0]:,} sentences", runs[-1]["peak_rss_mb"] / runs[0]["peak_rss_mb"],
              "<= 1.25"),
    ]
    per_cpu = [f"labelled set {lines / cpu:,.0f}"]
    per_cpu += [f"synthetic {r['sentences']:,} {r['sentences'] / r['cpu_seconds']:,.0f}" for r in runs]
    result.notes.append("Sentences per CPU second of the coding process (what one core does when other work "
                        f"takes none of it): {', '.join(per_cpu)}. The figures above are wall time.")
    result.notes.append("The JSONL is streamed: memory does not grow with the input (RSS ratio near 1).")
    result.notes.append("The labelled-set figure includes first use: the Spanish lemma dictionary, the Spanish verb "
                        "lexicon and each verb block's patterns are loaded or compiled when a sentence first needs "
                        "them, so a short run is slower per sentence than a long one. It starts with an empty lemma "
                        "dictionary cache (flows/normalize/lemmadicts.py), as a fresh machine's first process does; "
                        "the synthetic runs read the cache it wrote.")
    result.notes.append("Speed depends on the machine (the header of this file names the latest run's CPU): compare "
                        "two coder versions only when they are measured back to back on one machine.")
    result.notes.append(f"Load average when the scenario started: {load:.1f} on {os.cpu_count()} CPUs.")
    return result
