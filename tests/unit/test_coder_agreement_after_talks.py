"""Text coder, coder 0.3.35: talks named as what came before an agreement frame it even when the agreement says
what it commits to ("Erdogan agreed to put Sweden's NATO bid before parliament, after talks in Vilnius with the
Swedish prime minister"): the commitment is no spoken content the talks could belong to, so the two sides held
talks (046 both ways; since 0.3.43 talks placed in a third state, as Vilnius is here, are a meeting there, 044).
A warning's content still keeps a later call out of it.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from flows.normalize.coder import code_text


def _events(text: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, dt.date(2023, 7, 10), "en")}


def test_talks_before_an_agreement_with_content_are_coded() -> None:
    events = _events("Erdogan agreed on Monday to put Sweden's NATO bid before parliament, after talks in Vilnius "
                     "with Swedish Prime Minister Ulf Kristersson.")
    assert {("TUR", "SWE", "044"), ("SWE", "TUR", "044")} <= events


def test_a_threat_after_talks_is_still_not_framed() -> None:
    events = _events("Erdogan threatened to block Sweden's NATO bid after talks in Vilnius with Swedish officials.")
    assert not any(e[2].startswith("04") for e in events)
