"""Text coder, coder 0.3.32: the speaker of a report after a comma is no target.

"Russia has massed 100,000 troops near the Ukrainian border, American intelligence officials said": the
officials said it; the troops face Ukraine. A state after the act that speaks for no report stays a target.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_speaker_after_a_comma_is_no_target() -> None:
    events = triples("Azerbaijan has massed troops near the Armenian border, French intelligence officials said.",
                     "en")
    assert ("AZE", "ARM", "154") in events
    assert not any(tgt == "FRA" for _, tgt, _ in events)


def test_target_after_the_verb_stays() -> None:
    assert ("RUS", "VEN", "072") in triples("Russia sent bombers to Venezuela, U.S. officials said.", "en")
