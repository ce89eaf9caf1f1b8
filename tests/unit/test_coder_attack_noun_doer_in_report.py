"""Text coder, coder 0.3.38: "officials said a Russian air strike killed 300 civilians": the killing is done by the
strike's doer (coded just before it from the noun), not by the speaker of the report; the noun's target may stand
between ("a Russian air strike on the drama theatre killed"). Only attack nouns lend their doer: a mobilisation
before "fighting with Armenia" does not.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.coded import triples

DAY = dt.date(2022, 3, 20)


@pytest.mark.parametrize("text", [
    "Ukrainian officials said a Russian air strike killed 300 civilians in Mariupol.",
    "Ukrainian officials said a Russian air strike on the city's drama theatre killed about 300 civilians "
    "sheltering inside.",
])
def test_the_strike_not_the_speaker_killed(text: str) -> None:
    killers = {src for src, _, code in triples(text, "en", DAY) if code[:2] in ("18", "19", "20")}
    assert killers == {"RUS"}


def test_a_mobilisation_lends_no_doer_to_fighting() -> None:
    found = triples("Azerbaijan declared a partial military mobilisation on Monday as fighting with Armenia "
                    "intensified.", "en", DAY)
    assert {("AZE", "ARM", "190"), ("ARM", "AZE", "190")} <= found
