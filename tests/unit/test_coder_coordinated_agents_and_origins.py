"""Text coder, coder 0.3.35: two role fixes around participles and arrivals.

- A participle's agent joined by "and" ("Patriot air defence systems supplied by the United States and
  Germany") names both givers; the second was read as the recipient.
- Where an arrival comes from ("travellers arriving from China", "llegados desde Cuba") is no one it is done to:
  its origin is not the target of the arrival.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from flows.normalize.coder import code_text


def _events(text: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo[:2])
            for e in code_text(text, dt.date(2023, 4, 19), "en")}


def test_joined_agents_both_give() -> None:
    events = _events("The first Patriot air defence systems supplied by the United States and Germany arrived in "
                     "Ukraine.")
    assert {("USA", "UKR", "07"), ("DEU", "UKR", "07")} <= events
    assert ("USA", "DEU", "07") not in events


def test_an_arrivals_origin_is_no_target() -> None:
    events = _events("China stopped issuing visas to South Koreans, retaliating against testing requirements imposed "
                     "by Seoul and Tokyo on travellers arriving from China.")
    assert not any(e[1] == "CHN" and e[2] == "04" for e in events)


def test_an_arrivals_destination_still_is() -> None:
    assert ("RUS", "VEN", "07") in _events("Two Russian bombers arrived in Caracas from Moscow.")
