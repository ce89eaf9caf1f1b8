"""Text coder, coder 0.3.37: "se atribuyó / se adjudicó el asesinato de" a person is the claimer's killing (186), as
"reivindicó" already was; "atribuyó el ataque a Ucrania", with no "se", blames another state (an accusation).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from tests.coded import triples


def _pairs(text: str) -> set[tuple]:
    return triples(text, "es", dt.date(2024, 12, 5))


def test_the_service_that_claims_the_killing_did_it() -> None:
    pairs = _pairs("La inteligencia militar ucraniana se atribuyó el asesinato de Mijaíl Shatski, diseñador de misiles "
                   "rusos.")
    assert ("UKR", "RUS", "186") in pairs


def test_attributing_an_attack_to_another_blames_it() -> None:
    pairs = _pairs("Rusia atribuyó el ataque a Ucrania.")
    assert any(s == "RUS" and t == "UKR" and code.startswith("11") for s, t, code in pairs)
    assert not any(code.startswith("18") for _, _, code in pairs)
