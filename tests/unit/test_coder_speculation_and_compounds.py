"""Text coder, coder 0.3.28: what "could" or "might" happen, the month of May, and "vote counts".

"Analysts said Russia could send troops to Venezuela": an English "could"/"might" between subject and a cooperative
verb is a possibility someone weighs, no act and no stated intent; "will", "would" and "may" still state an intent,
and before a hostile act ("China could cut loans") it stays a threat. A
capitalised "May" before the verb is the month or a name ("Russia in May sent troops"), no modal at all. "to
publish detailed vote counts": "vote" before "counts" is part of a noun, no agreement among the callers.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import Triple, triples


def _events(text: str) -> set[Triple]:
    return triples(text, "en")


def test_could_is_a_possibility_not_an_intent() -> None:
    assert not any(s == "RUS" for s, _, _ in _events("Analysts said Russia could send troops to Venezuela."))
    assert not any(s == "RUS" for s, _, _ in _events("Russia might send troops to Venezuela, analysts said."))


def test_could_before_a_hostile_act_stays_a_threat() -> None:
    assert any(s == "CHN" and t == "VEN" and code.startswith("13")
               for s, t, code in _events("China could cut loans to Venezuela."))


def test_will_still_states_an_intent() -> None:
    assert any(s == "RUS" and t == "VEN" and code.startswith("03")
               for s, t, code in _events("Russia will send troops to Venezuela."))


def test_the_month_of_may_is_no_modal() -> None:
    events = _events("Russia in May sent troops to Syria.")
    assert any(s == "RUS" and t == "SYR" and code.startswith("07") for s, t, code in events)


def test_vote_counts_are_a_noun() -> None:
    events = _events("Brazil, Colombia and Mexico called on Venezuela's electoral authorities on Thursday to publish "
                     "detailed vote counts from Sunday's presidential election.")
    assert any(s == "BRA" and t == "VEN" and code.startswith("02") for s, t, code in events)
    assert not any(code.startswith("03") for _, _, code in events)
