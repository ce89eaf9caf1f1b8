"""The text-coding benchmark's fresh-process labelled run: it codes every labelled sentence, twice, in a new
interpreter whose lemma cache starts empty, and leaves the cache it wrote for the next process."""
from __future__ import annotations

import os
from pathlib import Path

from benchmarks.text_speed import labelled_lines, run_child


def test_the_labelled_child_codes_the_whole_set_from_an_empty_cache(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    figures = run_child("--labelled-child", 1, {**os.environ, "XDG_CACHE_HOME": str(cache)})
    assert figures["sentences"] == len(labelled_lines()) and figures["events"] > 0
    assert figures["seconds"] > figures["again_seconds"]  # first use (tables, lemma index) is inside the first run
    written = sorted(p.name.split("-")[2] for p in (cache / "allywatch").iterdir())
    assert written == ["en", "es"]  # the empty cache was filled, one index per language
