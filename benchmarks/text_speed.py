"""Text coder speed and memory: sentences per second of ``extract_lines`` on one core, and peak RSS.

Standalone: ``python benchmarks/text_speed.py [--repeat 20] [--sizes 20000 100000]``.

- the labelled set (tests/data/labelled/*.jsonl) repeated ``--repeat`` times, coded in a fresh subprocess after one
  English sentence (so the Spanish tables load inside the timed run), then once more in that process with
  everything loaded;
- synthetic sentences made by recombining actors, verbs and objects in English and Spanish, coded in
  a fresh subprocess per size (lines generated lazily, events written to /dev/null), so each
  subprocess's peak RSS (``resource.getrusage``) shows whether memory stays flat as input grows.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

LABELLED = ROOT / "tests" / "data" / "labelled"
ACTORS = {
    "en": ["Russia", "China", "Venezuela", "Cuba", "Iran", "the United States", "Moscow", "Beijing", "Caracas",
           "the Kremlin", "Washington", "Brazil", "Colombia", "Turkey", "India", "Maduro", "Putin", "the EU",
           "Russian bombers", "the Venezuelan opposition", "Rosneft", "Nicaragua", "Mexico", "Havana"],
    "es": ["Rusia", "China", "Venezuela", "Cuba", "Irán", "Estados Unidos", "Moscú", "Pekín", "Caracas",
           "el Kremlin", "Washington", "Brasil", "Colombia", "Turquía", "India", "Maduro", "Putin", "la ONU",
           "bombarderos rusos", "la oposición venezolana", "PDVSA", "Nicaragua", "México", "La Habana"],
}
CLAUSES = {
    "en": ["{a} sent {o} to {b}.", "{a} asked {b} for {o}.", "{a} refused to send {o} to {b}.",
           "{a} will deliver {o} to {b}, officials said.", "{a} did not provide {o} to {b}.",
           "{a} criticised {b} over its {o}.", "{b} was sanctioned by {a}.", "{a} threatened {b} with sanctions.",
           "{a} met {b} to discuss {o}.", "{a} suspended {o} to {b}.", "{a} and {b} signed an agreement on {o}.",
           "Analysts said {o} prices rose in {b}.", "{a} deployed warships near {b}."],
    "es": ["{a} envió {o} a {b}.", "{a} pidió {o} a {b}.", "{a} se negó a enviar {o} a {b}.",
           "{a} prometió {o} a {b}.", "{a} no entregó {o} a {b}.", "{a} criticó a {b} por {o}.",
           "{b} fue sancionada por {a}.", "{a} amenazó a {b} con sanciones.", "{a} se reunió con {b}.",
           "{a} suspendió {o} a {b}.", "{a} y {b} firmaron un acuerdo sobre {o}.",
           "Los precios de {o} subieron en {b}.", "{a} desplegó buques de guerra cerca de {b}."],
}
OBJECTS = {
    "en": ["troops", "two Tu-160 bombers", "$5 billion in loans", "oil tankers", "fuel", "doctors", "radars",
           "humanitarian aid", "military cooperation", "wheat", "S-300 missiles", "credit lines"],
    "es": ["tropas", "dos bombarderos Tu-160", "5.000 millones de dólares en préstamos", "buques petroleros",
           "combustible", "médicos", "radares", "ayuda humanitaria", "cooperación militar", "trigo", "misiles",
           "créditos"],
}


def synthetic_lines(n: int, seed: int = 7) -> Iterator[str]:
    """``n`` JSONL input lines, one synthetic sentence each, generated lazily."""
    rng = random.Random(seed)
    for i in range(n):
        lang = "es" if i % 3 == 0 else "en"
        a, b = rng.sample(ACTORS[lang], 2)
        text = rng.choice(CLAUSES[lang]).format(a=a, b=b, o=rng.choice(OBJECTS[lang]))
        text = text[0].upper() + text[1:]
        yield json.dumps({"id": f"s{i}", "text": text, "date": f"20{10 + i % 15}-0{1 + i % 9}-15",
                          "language": lang}, ensure_ascii=False)


def labelled_lines() -> list[str]:
    lines = []
    for name in ("dev.jsonl", "heldout.jsonl"):
        for raw in (LABELLED / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(raw)
            lines.append(json.dumps({k: row[k] for k in ("id", "text", "date", "language")}, ensure_ascii=False))
    return lines


def _run(lines, sink) -> tuple[int, int, float, float]:
    """(sentences, events, wall seconds, CPU seconds of this process): on a shared machine the CPU time
    is what one core spent, the wall time also what other work took from it."""
    from flows.normalize.extract import extract_lines

    start, cpu = time.perf_counter(), time.process_time()
    stats = extract_lines(lines, sink, lambda _msg: None)
    return stats.lines, stats.coded_events, time.perf_counter() - start, time.process_time() - cpu


def _peak_kb() -> int:
    """This process's peak RSS. VmHWM belongs to the process's own memory map, which exec replaces;
    ru_maxrss can carry the parent's peak across fork and exec on Linux."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def labelled_child(repeat: int) -> None:
    """The labelled run in this (fresh) process, then the same run again; prints both as JSON. The lemma cache is
    whatever ``XDG_CACHE_HOME`` names: the caller decides whether it is empty."""
    from flows.normalize.coder import code_sentence

    code_sentence("Russia sent troops to Venezuela.")
    base = labelled_lines()
    lines, events, seconds, cpu = _run(itertools.chain.from_iterable(itertools.repeat(base, repeat)), lambda _s: None)
    again = _run(itertools.chain.from_iterable(itertools.repeat(base, repeat)), lambda _s: None)
    print(json.dumps({"sentences": lines, "events": events, "seconds": seconds, "cpu_seconds": cpu,
                      "again_seconds": again[2], "again_cpu_seconds": again[3]}))


def run_child(flag: str, n: int, env: dict[str, str] | None = None) -> dict:
    """One ``--child``/``--labelled-child`` run in a fresh interpreter: its JSON figures."""
    out = subprocess.run([sys.executable, __file__, flag, str(n)], check=True, capture_output=True, text=True,
                         cwd=ROOT, env=env)
    return json.loads(out.stdout)


def child(n: int) -> None:
    """One synthetic run in this (fresh) process; prints its figures as JSON."""
    from flows.normalize.coder import code_sentence

    code_sentence("Russia sent troops to Venezuela.")  # load the tables before timing
    with open(os.devnull, "w", encoding="utf-8") as out:
        lines, events, seconds, cpu = _run(synthetic_lines(n), lambda s: out.write(s + "\n"))
    peak_kb = _peak_kb()
    print(json.dumps({"sentences": lines, "events": events, "seconds": seconds, "cpu_seconds": cpu,
                      "peak_rss_mb": peak_kb / 1024}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="times the labelled set is repeated")
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 100_000], help="synthetic set sizes")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--labelled-child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return 0
    if args.labelled_child:
        labelled_child(args.labelled_child)
        return 0
    from flows.normalize.coder import CODER_VERSION

    r = run_child("--labelled-child", args.repeat)
    n = r["sentences"]
    print(f"coder {CODER_VERSION}, one core; load average {os.getloadavg()[0]:.1f}")
    print(f"labelled set x{args.repeat}: {n} sentences, {r['events']} events, {r['seconds']:.2f} s, "
          f"{n / r['seconds']:,.0f} sentences/s ({n / r['cpu_seconds']:,.0f} per CPU second); "
          f"again {n / r['again_seconds']:,.0f} sentences/s")
    for size in args.sizes:
        r = run_child("--child", size)
        print(f"synthetic {r['sentences']:>7,}: {r['events']:,} events, {r['seconds']:.2f} s, "
              f"{r['sentences'] / r['seconds']:,.0f} sentences/s ({r['sentences'] / r['cpu_seconds']:,.0f} per CPU "
              f"second), peak RSS {r['peak_rss_mb']:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
