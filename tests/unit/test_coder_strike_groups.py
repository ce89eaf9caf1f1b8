"""A carrier strike group, a naval task force or a flotilla is a fleet like warships; sent off a state's coast
("frente a las costas venezolanas", "off the Venezuelan coast") it is force shown to that state (150), sent to the
state itself it stays military aid (072).

Sentences written for these tests (not taken from any evaluation set). Guard: without the fleet terms and the
coast a demonym names, the first case codes aid (070).
"""
from __future__ import annotations

import pytest

from tests.coded import triples


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("es", "Estados Unidos envió un grupo de ataque de portaaviones al mar Caribe frente a las costas venezolanas.",
     ("USA", "VEN", "150")),
    ("en", "The United States sent a carrier strike group off the Venezuelan coast.", ("USA", "VEN", "150")),
    ("es", "Rusia envió una flotilla de fragatas a Venezuela el mes pasado.", ("RUS", "VEN", "072")),
])
def test_a_fleet_off_a_coast_is_shown(language: str, text: str, expected: tuple[str, str, str]) -> None:
    found = triples(text, language)
    assert expected in found
    assert not any(t[:2] == expected[:2] and t[2][:2] == "07" and t[2] != expected[2] for t in found)
