"""Text coder, coder 0.3.38: "responded with tariffs on Ecuador" is a sanction by the one responding (163). The row
meant to read it wrote its alternatives as "with sanctions/with tariffs/with duties", which the trigger syntax reads
word by word ("with", then "sanctions" or "with", ...), so it never matched; the table check below keeps any row from
repeating a word of its own pattern inside an alternative that way.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from flows.normalize.actors import read_data
from tests.coded import triples

DAY = dt.date(2023, 1, 10)


def test_responded_with_tariffs_is_a_sanction() -> None:
    assert ("COL", "ECU", "163") in triples("Colombia responded with tariffs on Ecuador.", "en", DAY)
    found = triples("Ecuador imposed a 30 percent tariff on Colombian imports, and Bogota responded with an equal "
                    "tariff on Ecuadorian goods.", "en", DAY)
    assert {("ECU", "COL", "163"), ("COL", "ECU", "163")} <= found


def test_no_trigger_row_repeats_a_word_of_its_pattern_as_an_alternative() -> None:
    for row in read_data("triggers.csv"):
        words = row["after"].split()
        for i, word in enumerate(words):
            alternatives = word.split("/")
            assert len(alternatives) == 1 or not set(alternatives) & set(words[:i]), row
