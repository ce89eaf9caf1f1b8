"""Scenario `text_coding`: `allywatch extract`'s coder on one core, on the labelled set and on synthetic
sets of two sizes, each synthetic run in a fresh process so its peak RSS is its own."""
from __future__ import annotations

import os

from benchmarks.results import Figure, Ratio, ScenarioResult
from benchmarks.runner import Context

FRESH_RUNS = 3  # the labelled run is timed in this many fresh processes, each with an empty lemma cache


def text_coding(ctx: Context) -> ScenarioResult:
    from benchmarks.text_speed import run_child
    from flows.normalize.coder import CODER_VERSION

    repeat, sizes = (2, (2_000, 10_000)) if ctx.quick else (20, (20_000, 100_000))
    result = ScenarioResult("text_coding", f"text coding: coder {CODER_VERSION} on one core")
    load = os.getloadavg()[0]  # other work on the machine slows every figure here
    # Each labelled run is a fresh process with an empty lemma cache, as on a fresh machine or container; the
    # synthetic runs then read the cache the last one wrote.
    fresh = []
    for i in range(FRESH_RUNS):
        env = {**os.environ, "XDG_CACHE_HOME": str(ctx.folder(f"empty-cache-{i}"))}
        fresh.append(run_child("--labelled-child", repeat, env))
    best = min(fresh, key=lambda r: r["seconds"])
    lines, events, seconds, cpu = best["sentences"], best["events"], best["seconds"], best["cpu_seconds"]
    result.figures.append(Figure(f"labelled set x{repeat}, fresh process (best of {FRESH_RUNS})", seconds, lines,
                                 f"{events:,} events coded"))
    again = min(r["again_seconds"] for r in fresh)
    result.figures.append(Figure(f"labelled set x{repeat} again in that process (all loaded)", again, lines,
                                 "no verdict: the first run is the fresh-process figure"))
    runs = [run_child("--child", size, env) for size in sizes]
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
    result.notes.append("The labelled-set figure includes first use: after one English sentence, the Spanish lemma "
                        "dictionary index, the Spanish verb lexicon and each verb block's patterns are loaded or "
                        "compiled when a sentence first needs them, so a short run is slower per sentence than a "
                        "long one. Each of its fresh processes starts with an empty lemma cache "
                        "(flows/normalize/lemmadicts.py), as a fresh machine's or container's first process does; "
                        "the synthetic runs read the cache the last one wrote.")
    result.notes.append(f"The {FRESH_RUNS} fresh labelled runs took "
                        + ", ".join(f"{r['seconds']:.2f}" for r in fresh) + " s (the best is judged: timing noise "
                        "from other work on the machine only ever adds time).")
    result.notes.append("Speed depends on the machine (the header of this file names the latest run's CPU): compare "
                        "two coder versions only when they are measured back to back on one machine.")
    result.notes.append(f"Load average when the scenario started: {load:.1f} on {os.cpu_count()} CPUs.")
    return result
