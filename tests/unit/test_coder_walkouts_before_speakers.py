"""Text coder, coder 0.3.30: a walkout before the speaker spoke, and forums set aside at every level.

"Lavrov walked out of a G20 session before Ukraine's foreign minister addressed it": the speaker of a clause
opened by "before"/"antes de que" is whom the walkout is aimed at, as after "as"/"when". An IGO after "ante"/"at"
(the forum) gives way to a state named as the act's target at any level of the target search, not only at the
first one.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_walkout_before_a_speaker_addressed_the_session() -> None:
    events = triples("Iran's foreign minister walked out of the session in Geneva before Israel's envoy addressed it.",
                     "en")
    assert ("IRN", "ISR", "143") in events


def test_spanish_walkout_before_the_speaker() -> None:
    events = triples("La delegación iraní abandonó la sala antes de que el embajador israelí tomara la palabra.",
                     "es")
    assert ("IRN", "ISR", "143") in events


def test_a_forum_gives_way_to_a_state_found_further_on() -> None:
    events = triples("Bolivia complained at the United Nations about the Chilean decision.", "en")
    assert ("BOL", "CHL", "114") in events
    assert not any(t is None for _, t, _ in events)
