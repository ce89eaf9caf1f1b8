"""Where a capital or a close ally is not the state: The Hague speaks for the Dutch government, but not the courts
that sit there nor a body "Hague-based" / "Moscow-based"; Spanish "estrecho" is a strait only after an article
("el estrecho de Taiwán"), a close ally otherwise ("el aliado más estrecho de Moscú").

Sentences written for these tests (not taken from any evaluation set). Guards: without the capital row The Hague
is a place and the first cases find no event; with capitals checked for "-based" but "estrecho" still read as a
strait, the last case gives the war to Belarus.
"""
from __future__ import annotations

import pytest

from flows.normalize.placenames import feature_place
from tests.coded import triples


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "The Hague summoned Russia's ambassador over the downing of the airliner.", ("NLD", "RUS", "114")),
    ("es", "La Haya convocó al embajador ruso por el derribo del avión.", ("NLD", "RUS", "114")),
    ("es", "Rechazó China el fallo del tribunal de arbitraje de La Haya a favor de Filipinas.", ("CHN", "PHL", "126")),
])
def test_the_hague_is_the_dutch_government_but_not_its_courts(language: str, text: str, expected: tuple) -> None:
    found = triples(text, language)
    assert expected in found
    if expected[0] != "NLD":
        assert not any("NLD" in t[:2] for t in found)


@pytest.mark.parametrize("text", [
    "The Moscow-based court ordered Ukraine to pay damages.",
    "A London-based rights group accused Iran of torture.",
])
def test_a_body_based_in_a_capital_is_not_the_state(text: str) -> None:
    found = triples(text, "en")
    assert not any(t[0] in ("RUS", "GBR") for t in found)


def test_a_close_ally_is_no_strait() -> None:
    text = ("Bielorrusia ya recibió las primeras armas nucleares rusas, dijo Lukashenko, cuyo país es el aliado más "
            "estrecho de Moscú en la guerra contra Ucrania.")
    found = triples(text, "es")
    assert ("RUS", "UKR", "190") in found and not any(t[:2] == ("BLR", "UKR") for t in found)
    assert not feature_place("el aliado mas estrecho de rusia", len("el aliado mas estrecho de "))
    assert feature_place("maniobras en el estrecho de taiwan", len("maniobras en el estrecho de "))
