"""Text coder, coder 0.3.30: "called X's <thing>" characterises it; "called X's aide" phones a person.

"Somalia called Ethiopia's port deal with Somaliland an act of aggression", "called Donald Trump's idea of
buying Greenland 'absurd'": a possessive after "called" names what is judged, so its owner is criticised (111),
however long the phrase before the judgment; nobody phones a port deal. "called Putin's top aide" is still a
telephone call to that person (041).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_called_a_states_deal_an_act_of_aggression() -> None:
    events = triples("Eritrea called Ethiopia's port deal with the breakaway region of Somaliland an act of "
                     "aggression.", "en")
    assert ("ERI", "ETH", "111") in events
    assert not any(code == "041" for _, _, code in events)


def test_called_a_leaders_idea_absurd() -> None:
    events = triples("Norway's prime minister called Sweden's idea of a joint border fee 'absurd'.", "en")
    assert ("NOR", "SWE", "111") in events


def test_called_a_leaders_aide_is_a_phone_call() -> None:
    events = triples("Macron called Xi Jinping's top aide on Tuesday.", "en")
    assert ("FRA", "CHN", "041") in events
    assert ("FRA", "CHN", "111") not in events
