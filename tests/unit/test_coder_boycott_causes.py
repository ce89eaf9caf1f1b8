"""Text coder, coder 0.3.24: what a boycott is over, and whose presence it protests.

- events, memorials, commemorations, funerals and receptions boycotted are protests by absence (143), as summits
  and ceremonies were ("South Korea boycotted a Japanese memorial");
- the state after "over" is the cause of a protest, not whom it is aimed at ("boycotted the event over
  Ukraine" protests no Ukraine);
- "over the presence of X", "over the participation of X": the protest is aimed at X.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _events(text: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, language="en") if not e.negated}


@pytest.mark.parametrize(("text", "expected"), [
    ("South Korea boycotted a Japanese memorial on Sunday.", {("KOR", "JPN", "143")}),
    ("Lithuania boycotted the meeting over the presence of Russia's foreign minister.", {("LTU", "RUS", "143")}),
    ("Poland boycotted the ceremony over the participation of Belarus.", {("POL", "BLR", "143")}),
])
def test_the_boycott_is_aimed_at_the_host_or_the_one_present(text: str, expected: set[tuple]) -> None:
    assert _events(text) == expected


def test_the_one_present_outranks_the_organisation_met() -> None:
    text = "Estonia boicoteó la cumbre de la OSCE en Skopie por la participación del canciller ruso."
    assert {(s, t) for s, t, _ in {(e.source.country, e.target and e.target.country, e.cameo)
                                    for e in code_text(text, language="es")}} == {("EST", "RUS")}


def test_the_cause_of_a_boycott_is_not_its_target() -> None:
    events = _events("Barack Obama and Angela Merkel boycotted the event over Ukraine.")
    assert events and not any(t == "UKR" for _, t, _ in events)


def test_the_one_present_is_found_after_the_organisation_and_the_venue() -> None:
    text = ("The foreign ministers of Ukraine, Estonia and Latvia boycotted an OSCE meeting in Skopje over the "
            "presence of Russia's Sergei Lavrov.")
    assert {("UKR", "RUS", "143"), ("EST", "RUS", "143"), ("LVA", "RUS", "143")} <= _events(text)
