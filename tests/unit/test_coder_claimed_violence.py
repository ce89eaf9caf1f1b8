"""Text coder, coder 0.3.37: violence told with no doer ("A bomb killed a general", "was killed by a bomb", "murió
por la explosión de una bomba") is done by the state a later clause says was behind it or claimed it: "Kyiv was
behind it", "in an operation that Ukraine's SBU claimed", "cuya autoría reivindicó el servicio de seguridad de
Ucrania", "que el servicio de seguridad ucraniano se atribuyó". A speaker who says another state was behind it is
no claimer, and with no claimer there is still no doer.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from tests.coded import triples


def _pairs(text: str, language: str) -> set[tuple]:
    return {(s, t, code[:2]) for s, t, code in triples(text, language, dt.date(2024, 12, 20))}


def test_a_state_said_to_be_behind_it_did_it() -> None:
    pairs = _pairs("A bomb killed a Russian general in Moscow, and a Ukrainian source said Kyiv was behind it.", "en")
    assert any(s == "UKR" and t == "RUS" and code == "18" for s, t, code in pairs)


def test_the_state_claiming_the_operation_did_it() -> None:
    pairs = _pairs("A Russian general was killed by a bomb in Moscow, in an operation that Ukraine's security "
                   "service claimed.", "en")
    assert any(s == "UKR" and t == "RUS" and code in ("18", "19") for s, t, code in pairs)


def test_spanish_claimed_authorship_names_the_doer() -> None:
    pairs = _pairs("Un general ruso murió por la explosión de una bomba en Moscú, en un atentado cuya autoría "
                   "reivindicó el servicio de seguridad de Ucrania.", "es")
    assert any(s == "UKR" and t == "RUS" and code == "18" for s, t, code in pairs)


def test_spanish_operation_the_service_took_credit_for() -> None:
    pairs = _pairs("Un general ruso murió en Moscú por la explosión de una bomba, en una operación que el servicio "
                   "de seguridad ucraniano se atribuyó.", "es")
    assert any(s == "UKR" and t == "RUS" and code == "18" for s, t, code in pairs)


def test_the_speaker_of_an_accusation_is_no_claimer() -> None:
    pairs = _pairs("A bomb killed a Ukrainian general in Kyiv, and Russia said Ukraine's SBU was behind it.", "en")
    assert not any(s == "RUS" and code == "18" for s, _, code in pairs)


def test_with_no_claimer_there_is_no_doer() -> None:
    assert not any(code == "18" for _, _, code in _pairs("A bomb killed a Russian general in Moscow.", "en"))
