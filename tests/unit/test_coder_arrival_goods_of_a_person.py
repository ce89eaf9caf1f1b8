"""Text coder, coder 0.3.38: a person or lawmaker arriving carries none of the goods named before them in the
sentence ("China sent fighter jets toward Taiwan as US House Speaker Nancy Pelosi arrived in Taipei" is no US
military aid to Taiwan); a plane or force arriving still brings what it carries.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from tests.coded import triples

DAY = dt.date(2022, 8, 2)


def test_goods_named_before_a_travelling_lawmaker_are_not_hers() -> None:
    found = triples("China sent fighter jets toward Taiwan as US House Speaker Nancy Pelosi arrived in Taipei.",
                    "en", DAY)
    assert not any(src == "USA" and code.startswith("07") for src, _, code in found)
    assert ("CHN", "TWN", "150") in found


def test_a_plane_arriving_brings_its_cargo() -> None:
    assert ("RUS", "VEN", "073") in triples("A plane carrying Russian medicine arrived in Caracas.", "en", DAY)
