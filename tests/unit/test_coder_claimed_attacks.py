"""Text coder, coder 0.3.36: a claim of responsibility ("claimed responsibility for the killing of a Russian general",
"reivindicó el asesinato de un ingeniero ruso") tells the attack, by the one who claims it. Blaming another state
("atribuyó el ataque a Irán") stays an accusation, and claiming sovereignty is no attack.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _pairs(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo[:2])
            for e in code_text(text, dt.date(2024, 12, 18), language)}


@pytest.mark.parametrize(("text", "language"), [
    ("Ukraine's SBU security service claimed responsibility for the killing of a Russian general in Moscow.", "en"),
    ("Ukraine's military intelligence took responsibility for the bombing of a Russian airfield.", "en"),
    ("El servicio de inteligencia militar de Ucrania reivindicó el asesinato de un ingeniero ruso en Moscú.", "es"),
])
def test_the_claimer_did_the_attack(text: str, language: str) -> None:
    assert ("UKR", "RUS", "18") in _pairs(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Israel atribuyó el ataque a Irán.", "es"),
    ("Argentina reivindicó su soberanía sobre las islas Malvinas ante el Reino Unido.", "es"),
])
def test_blame_and_sovereignty_claims_are_no_attack(text: str, language: str) -> None:
    assert not any(code in ("18", "19") for _, _, code in _pairs(text, language))
