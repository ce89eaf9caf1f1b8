"""Text coder, coder 0.3.25: whom a walkout from an organisation's hall is aimed at.

"walked out of the U.N. Human Rights Council in Geneva on Tuesday as Russian Foreign Minister Sergei Lavrov began
a video address": the organisation is where, the state of the speaker in the time clause whom. The time clause may
now stand up to nine words after the organisation, and a place named in between ("in Geneva") is passed over
instead of being taken for the speaker. A Spanish row for "abandonar" + a hall or council lowered the validation
records' root accuracy (0.385 -> 0.384) and was left out.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from flows.normalize.coder import code_text


def test_a_walkout_past_a_place_is_aimed_at_the_speaker() -> None:
    text = ("Envoys of Canada and Japan walked out of the U.N. Human Rights Council in Geneva on Thursday as "
            "Iranian Foreign Minister Hossein Amirabdollahian began his speech.")
    events = {(e.source.country, e.target and e.target.country, e.cameo[:2]) for e in code_text(text, None, "en")}
    assert {("CAN", "IRN", "14"), ("JPN", "IRN", "14")} <= events
