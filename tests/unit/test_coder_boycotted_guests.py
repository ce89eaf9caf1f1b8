"""Text coder, coder 0.3.28: a boycott aimed at a guest, not at the host.

"boycotted an OSCE meeting in Skopje in protest at the presence of Russia's foreign minister": the boycott is
aimed at the state whose presence is protested (143 at Russia); the city the meeting is held in names no second
target (no 143 at North Macedonia). A boycott of an event whose host is the one protested against ("will not
attend the World Cup in Russia") still goes to the host.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from flows.normalize.coder import code_sentence, code_text


def test_a_boycott_over_a_guests_presence_is_aimed_at_the_guest() -> None:
    found = code_sentence("Poland and Lithuania boycotted an OSCE ministerial meeting in Skopje on Thursday in protest "
                          "at the presence of Russian Foreign Minister Sergei Lavrov.", 0, dt.date(2023, 11, 30), "en")
    events = {(e.source.country, e.target and e.target.country, e.cameo) for e in found}
    assert {("POL", "RUS", "143"), ("LTU", "RUS", "143")} <= events
    assert not any(t == "MKD" for _, t, _ in events)


def test_a_boycott_of_a_hosted_event_still_goes_to_the_host() -> None:
    events = {(e.source.country, e.target and e.target.country, e.cameo)
              for e in code_text("British ministers will not attend the World Cup in Russia.", None, "en")}
    assert ("GBR", "RUS", "143") in events
