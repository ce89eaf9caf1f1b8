"""Text coder, coder 0.3.35: talks or meetings told as a span ("after nearly four hours of meetings at a villa in
Geneva") are a setting like "after talks": the agreeing sides met (the Spanish "tras dos días de
conversaciones" was already read so and guards the form).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


@pytest.mark.parametrize(("text", "language"), [
    ("Biden and Putin agreed to send their ambassadors back after nearly four hours of meetings at a villa in "
     "Geneva.", "en"),
    ("Biden y Putin acordaron devolver a sus embajadores tras dos días de conversaciones en Ginebra.", "es"),
])
def test_a_span_of_meetings_is_a_meeting(text: str, language: str) -> None:
    events = {(e.source.country, e.target and e.target.country, e.cameo[:2])
              for e in code_text(text, dt.date(2021, 6, 16), language)}
    assert {("USA", "RUS", "04"), ("RUS", "USA", "04")} <= events
