""""A tour that will take him to Nicaragua" is a visit (planned: 036), and "took Russia to court" a lawsuit (115);
neither is a seizure (the dictionaries read "take" as one, and a planned seizure as a threat).

Sentences written for these tests (not taken from any evaluation set). Guard: without the two trigger rows the
cases code 138 or a seizure.
"""
from __future__ import annotations

import pytest

from tests.coded import triples


@pytest.mark.parametrize(("text", "expected"), [
    ("Raisi began a Latin American tour that will also take him to Nicaragua and Cuba.", ("IRN", "NIC", "036")),
    ("Ukraine will take Russia to court over the destruction of the dam.", ("UKR", "RUS", "115")),
])
def test_taken_to_a_place_or_a_court(text: str, expected: tuple[str, str, str]) -> None:
    found = triples(text, "en")
    assert expected in found and not any(t[2][:2] in ("13", "17") for t in found)
