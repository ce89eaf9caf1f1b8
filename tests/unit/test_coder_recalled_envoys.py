"""Text coder, coder 0.3.27: an envoy recalled from a city the dictionaries know only as a place.

"llamó a consultas a su embajadora en Tel Aviv": the recall is aimed at the state the embassy's city lies in, also
when "llamar a consultas" puts more words between the verb and the city than "recalled its envoy from" does.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


@pytest.mark.parametrize(("text", "language"), [
    ("Colombia llamó a consultas a su embajadora en Tel Aviv.", "es"),
    ("Colombia y Chile llamaron a consultas a sus embajadores en Tel Aviv.", "es"),
    ("Colombia recalled its ambassador from Tel Aviv.", "en"),
])
def test_a_recall_from_the_embassys_city_is_aimed_at_its_state(text: str, language: str) -> None:
    events = {(e.source.country, e.target and e.target.country, e.cameo) for e in code_text(text, None, language)}
    assert ("COL", "ISR", "161") in events
