"""Text coder, coder 0.3.28: diplomats ordered to leave, and "agreed that"/"agreed on".

"ordered 23 Russian diplomats identified as intelligence officers to leave Britain": an order to diplomats to
leave expels them (161), however long the phrase between the diplomats and "to leave"; troops ordered somewhere
stay what they were. "agreed that neither side would use force", "agreed on the full text of a treaty": an
agreement (03x), where the field's verb dictionary reads a bare "agree" as diplomatic cooperation (050); "agreed a
900 million dollar loan" is not read as one.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import Triple, triples


def _events(text: str) -> set[Triple]:
    return triples(text, "en")


def test_diplomats_ordered_to_leave_are_expelled() -> None:
    events = _events("The Czech government ordered 18 Russian diplomats identified as undeclared intelligence "
                     "officers to leave the country within 48 hours.")
    assert ("CZE", "RUS", "161") in events


def test_troops_ordered_to_a_border_are_no_expulsion() -> None:
    assert not any(code == "161" for _, _, code in _events("Russia ordered troops to the border with Ukraine."))


def test_agreed_that_is_an_agreement() -> None:
    events = _events("Armenia and Azerbaijan agreed that neither side would use force in the disputed region.")
    assert any(s == "ARM" and t == "AZE" and code.startswith("03") for s, t, code in events)
    assert not any(code == "050" for _, _, code in events)


def test_agreed_on_a_text_is_an_agreement() -> None:
    events = _events("Serbia and Kosovo have agreed on the full text of a normalisation accord.")
    assert any(s == "SRB" and code.startswith("03") for s, _, code in events)
