"""Text coder, coder 0.3.32: "sent no troops" denies the act; "will send no officials to" an event is a boycott.

- An English verb whose object opens with "no" ("sent no new troops to Venezuela", "would impose no new
  sanctions") did not happen: the event is negated. "No longer" and "no doubt" are no such object.
- "The United States will send no government officials to the Beijing Winter Olympics": staying away from an
  event another state hosts is a boycott (143), as "will not attend" already was.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from flows.normalize.coder import code_text


def _events(text: str) -> set[tuple[str, str, str, bool]]:
    return {(e.source.country, e.target.country if e.target else None, e.cameo, e.negated)
            for e in code_text(text, None, "en")}


def test_sent_no_troops_is_negated() -> None:
    events = _events("The Kremlin said Russia had sent no new troops to Venezuela.")
    assert ("RUS", "VEN", "072", True) in events
    assert ("RUS", "VEN", "072", False) not in events


def test_sent_troops_stays_an_act() -> None:
    assert ("RUS", "VEN", "072", False) in _events("Russia sent troops to Venezuela.")


def test_send_no_officials_to_hosted_games_is_a_boycott() -> None:
    events = _events("Canada will send no government officials to the Beijing Winter Olympics.")
    assert ("CAN", "CHN", "143", False) in events
