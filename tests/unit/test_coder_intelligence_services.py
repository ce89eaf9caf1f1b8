"""Text coder, coder 0.3.33: states' intelligence and security services by name.

The Mossad (Spanish "el Mosad"), Ukraine's SBU and HUR, Russia's GRU and SVR, Pakistan's ISI, Germany's BND and
Venezuela's SEBIN and DGCIM stand for their state's intelligence sector (SPY); Spanish "la Fuerza Quds" is
Iran's military, as the English "Quds Force" already was.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


@pytest.mark.parametrize(("text", "language", "country"), [
    ("The Mossad killed an Iranian nuclear scientist near Tehran.", "en", "ISR"),
    ("Agentes del Mosad secuestraron a un científico iraní.", "es", "ISR"),
    ("The GRU attacked Georgian government websites, Tbilisi said.", "en", "RUS"),
    ("The ISI attacked Indian positions in Kashmir.", "en", "PAK"),
    ("El SEBIN detuvo a un periodista colombiano.", "es", "VEN"),
])
def test_service_is_its_states_intelligence(text: str, language: str, country: str) -> None:
    sources = {(e.source.country, e.source.sector) for e in code_text(text, None, language)}
    assert (country, "SPY") in sources


def test_spanish_quds_force_is_irans_military() -> None:
    sources = {(e.source.country, e.source.sector) for e in code_text("La Fuerza Quds atacó una base israelí.", None,
                                                                         "es")}
    assert ("IRN", "MIL") in sources
