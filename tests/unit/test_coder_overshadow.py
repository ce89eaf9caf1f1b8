"""Text coder, coder 0.3.36: "overshadowed the summit between China and Japan" casts a pall over it; it is no
attack between the two (the dictionary files "overshadow" with destroying, 190). Talks named after it are still
talks.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from flows.normalize.coder import code_text


def _codes(text: str) -> set[str]:
    return {e.cameo[:2] for e in code_text(text, dt.date(2024, 5, 27), "en")}


def test_overshadowing_is_no_attack() -> None:
    assert not _codes("The dispute overshadowed the summit between China and Japan.") & {"18", "19", "20"}


def test_talks_it_overshadows_are_still_talks() -> None:
    assert "04" in _codes("Tensions over Taiwan overshadow talks between the United States and China.")
