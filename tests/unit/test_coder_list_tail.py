"""Text coder, coder 0.3.45: a list of states closed by a counted group, and an election told by its adjective.

"diplomats from Argentina, Chile, Peru and four other countries": the list ends in a group that is no actor ("and four
other", as "and other" did), so every state listed is a target. "Sunday's presidential vote" is an election, no act
between states (an adjective of an election before a verb form makes it a noun).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _dyads(text: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo[:2])
            for e in code_text(text, dt.date(2024, 8, 2), language="en") if not e.negated}


@pytest.mark.parametrize("tail", ["four other countries", "two other Andean countries", "12 others"])
def test_a_list_closed_by_a_counted_group_keeps_every_state(tail: str) -> None:
    dyads = _dyads(f"Nicaragua expelled the ambassadors of Ecuador, Uruguay, Paraguay and {tail}.")
    assert {("NIC", "ECU", "16"), ("NIC", "URY", "16"), ("NIC", "PRY", "16")} <= dyads, dyads


def test_a_presidential_vote_is_no_agreement() -> None:
    dyads = _dyads("Ecuador and Uruguay questioned the results of Sunday's presidential vote in Nicaragua.")
    assert not any(d[2] == "03" for d in dyads), dyads
