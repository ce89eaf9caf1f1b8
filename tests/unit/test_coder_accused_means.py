"""Text coder, coder 0.3.45: the means of an act a state is accused of is its act too.

"accused Washington of prolonging the war by supplying Kyiv with missiles": the supplying, told after "by", is done by
the accused (Washington), not by the accuser; a "by" with no accusation before it keeps the clause's subject.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _dyads(text: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo[:2])
            for e in code_text(text, dt.date(2024, 5, 2), language="en") if not e.negated}


@pytest.mark.parametrize("text", [
    "Beijing accused Washington of stoking tensions by selling fighter jets to Taiwan.",
    "Beijing accused Washington on Monday of raising tensions in the strait by selling fighter jets to Taiwan.",
])
def test_the_means_of_the_accused_act_is_done_by_the_accused(text: str) -> None:
    dyads = _dyads(text)
    assert ("USA", "TWN", "06") in dyads, dyads
    assert ("CHN", "TWN", "06") not in dyads, dyads


def test_a_means_with_no_accusation_before_keeps_the_subject() -> None:
    dyads = _dyads("Washington raised tensions in the strait by selling fighter jets to Taiwan.")
    assert ("USA", "TWN", "06") in dyads, dyads
