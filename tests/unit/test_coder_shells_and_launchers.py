"""Text coder, coder 0.3.32: artillery shells, rocket launchers and howitzers are weapons.

"North Korea has shipped a million artillery shells to Russia" is arms aid (072), not shelling; "HIMARS rocket
launchers have arrived in Ukraine" is a delivery, not a visit; "proyectiles de artillería" likewise (already
coded so; a guard). Shelling a city stays an attack.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_shells_shipped_are_arms() -> None:
    events = triples("Iran has shipped more than a million artillery shells to Russia since August.", "en")
    assert ("IRN", "RUS", "072") in events
    assert not any(code.startswith("19") for _, _, code in events)


def test_rocket_launchers_arriving_are_arms() -> None:
    assert ("USA", "UKR", "072") in triples("The first American rocket launchers have arrived in Ukraine.", "en")


def test_spanish_proyectiles() -> None:
    assert ("PRK", "RUS", "072") in triples("Corea del Norte envió a Rusia un millón de proyectiles de artillería.",
                                            "es")


def test_shelling_stays_an_attack() -> None:
    assert ("RUS", "UKR", "194") in triples("Russian forces shelled Kharkiv overnight.", "en")
