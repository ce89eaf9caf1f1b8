"""Text coder, coder 0.3.38: violence against one state's people or forces at a city of a third state ("killed Iran's
general in a U.S. drone strike at Baghdad airport"): the city says where it happened, so no event is aimed at the
city's state when the same doer's violence is aimed at another state; a city struck with no other victim state
("Russian missiles struck Kyiv and killed three Ukrainian soldiers") stays aimed at its state. In Spanish the object
after the place is the one attacked ("mató en Bagdad al general iraní").

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.coded import triples

DAY = dt.date(2020, 1, 3)


@pytest.mark.parametrize("text", [
    "A U.S. drone strike near Baghdad airport killed Qassem Soleimani, the commander of Iran's Quds Force.",
    "The United States killed Iran's most powerful general in a drone strike at Baghdad airport.",
])
def test_the_city_of_a_third_state_is_where_not_whom(text: str) -> None:
    found = triples(text, "en", DAY)
    assert any(src == "USA" and tgt == "IRN" for src, tgt, _ in found)
    assert not any(tgt == "IRQ" for _, tgt, _ in found)


def test_a_struck_city_of_the_victim_state_stays() -> None:
    found = triples("Russian missiles struck Kyiv and killed three Ukrainian soldiers.", "en", DAY)
    assert ("RUS", "UKR", "190") in found


def test_the_spanish_object_after_the_place_is_the_one_attacked() -> None:
    found = triples("Un dron de Estados Unidos mató en Bagdad al general iraní Qasem Soleimani.", "es", DAY)
    assert ("USA", "IRN", "186") in found and not any(tgt == "IRQ" for _, tgt, _ in found)
