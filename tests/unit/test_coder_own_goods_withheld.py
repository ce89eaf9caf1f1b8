"""Text coder, coder 0.3.34: the subject's own state naming what it gives or withholds is no domestic object.

"Trump suspended U.S. aid to Colombia", "paused all U.S. military aid to Ukraine", "Trump suspendió toda la ayuda
estadounidense a Colombia": the state's name qualifies the aid (whose it is), so the act is aimed at the state after
"to"/"a" (16x), where it read as an act on the subject's own state and coded nothing. The subject's own officials as
the object stay domestic (a guard: so before too).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo[:2])
            for e in code_text(text, dt.date(2025, 3, 4), language)}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Trump suspended U.S. aid to Colombia.", "en", {("USA", "COL", "16")}),
    ("The Trump administration paused all U.S. military aid to Ukraine.", "en", {("USA", "UKR", "16")}),
    ("Trump suspendió toda la ayuda estadounidense a Colombia.", "es", {("USA", "COL", "16")}),
])
def test_the_aid_withheld_is_aimed_at_its_recipient(text: str, language: str, expected: set[tuple]) -> None:
    assert _events(text, language) == expected


def test_the_subjects_own_officials_stay_domestic() -> None:
    assert _events("Maduro criticised Venezuelan officials over the talks with Guyana.", "en") == set()
