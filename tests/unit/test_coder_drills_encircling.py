"""Drills that encircle or surround a state are a show of force toward it (150), not an attack: the encircling
verb's doer is the drill. Troops that encircle a city still attack it.

Sentences written for these tests (not taken from any evaluation set). Guard: without ``drill_extent`` the
first cases code 190.
"""
from __future__ import annotations

import pytest

from tests.coded import triples


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "China staged large-scale drills encircling Taiwan on Thursday.", ("CHN", "TWN", "150")),
    ("en", "Chinese warships and bombers held exercises surrounding Taiwan for three days.", ("CHN", "TWN", "150")),
    ("en", "China staged live-fire drills in the waters encircling Taiwan.", ("CHN", "TWN", "150")),
    ("es", "China inició maniobras militares rodeando Taiwán.", ("CHN", "TWN", "150")),
])
def test_drills_that_encircle_a_state_show_force(language: str, text: str, expected: tuple[str, str, str]) -> None:
    found = triples(text, language)
    assert expected in found and not any(t[2][:2] == "19" for t in found)


def test_troops_that_encircle_a_city_attack_it() -> None:
    assert ("RUS", "UKR", "190") in triples("Russian troops encircled the Ukrainian city of Mariupol.", "en")
