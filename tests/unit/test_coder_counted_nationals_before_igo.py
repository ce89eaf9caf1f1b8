"""Text coder, coder 0.3.33: counted nationals are the target even when an IGO is named later.

"Iran expelled 500 Afghans, the U.N. agency said": the counted Afghans are the expelled nationality (a mass
expulsion, 201, against Afghanistan); the U.N. agency that reports it is no target. A group with no country
("the protesters") still gives way to any other actor.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_counted_nationals_come_before_a_reporting_igo() -> None:
    events = triples("Iran expelled 500 Afghans, the U.N. agency said.", "en")
    assert ("IRN", "AFG", "201") in events
    assert not any(target is None for _, target, _ in events)


def test_counted_nationals_with_a_plain_igo_speaker() -> None:
    text = "Iran has expelled more than 500,000 Afghans, the UN migration agency said."
    assert ("IRN", "AFG", "201") in triples(text, "en")
