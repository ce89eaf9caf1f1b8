"""A Spanish demonym after a place noun names where something happened, not a party to it: "se reunieron en la
ciudad turca de Antalia" is a meeting of the two ministers in Turkey, not with Turkey.

Sentences written for these tests (not taken from any evaluation set). Guard: without ``placed_demonym`` the
first case adds Turkey to the meeting.
"""
from __future__ import annotations

import pytest

from tests.coded import triples


@pytest.mark.parametrize(("text", "pair", "place"), [
    ("Los cancilleres de Rusia y Ucrania se reunieron en la ciudad turca de Antalia.", ("RUS", "UKR"), "TUR"),
    ("Los negociadores de Armenia y Azerbaiyán se reunieron en la capital kazaja.", ("ARM", "AZE"), "KAZ"),
])
def test_a_demonym_after_a_place_noun_is_where(text: str, pair: tuple[str, str], place: str) -> None:
    found = triples(text, "es")
    assert pair in {t[:2] for t in found} and not any(place in t[:2] for t in found)


def test_a_demonym_after_an_attack_on_a_place_is_still_its_target() -> None:
    assert ("RUS", "UKR", "195") in triples("Rusia lanzó misiles contra la ciudad ucraniana de Odesa.", "es")
