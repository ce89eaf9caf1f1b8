"""Text coder, coder 0.3.36: an investigation that names no target of its own, opened after another state's
force ("Ukraine opened a war crimes investigation after Russian soldiers shot dead three Ukrainian servicemen",
"abrió una investigación después de que soldados rusos ejecutaran a ..."), looks into that force's doer (09x), as
a protest told the same way already answered it. An investigation with its own target keeps it.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _investigations(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country)
            for e in code_text(text, dt.date(2023, 8, 21), language) if e.cameo[:2] == "09"}


@pytest.mark.parametrize(("text", "language"), [
    ("Ukraine opened a war crimes investigation after Russian soldiers shot dead three Ukrainian servicemen.", "en"),
    ("Ucrania abrió una investigación por crímenes de guerra después de que soldados rusos ejecutaran a nueve "
     "prisioneros ucranianos.", "es"),
])
def test_investigation_after_force_looks_into_its_doer(text: str, language: str) -> None:
    assert ("UKR", "RUS") in _investigations(text, language)


def test_investigation_with_its_own_target_keeps_it() -> None:
    found = _investigations("Georgia opened an investigation into the killing of a Georgian man by Russian border "
                            "guards after Abkhaz officials closed the crossing.", "en")
    assert found == {("GEO", "RUS")}
