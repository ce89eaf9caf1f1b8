"""Text coder, coder 0.3.13: pressure and withdrawal told by verbs the dictionaries code otherwise.

Raising, doubling or levying tariffs is a sanction (163) as imposing them is; a reward for the capture of a
leader is no offer of aid to his state (no event); a state that pulls out of or withdraws from a country
withdraws its presence (087), and a firm that does so reduces relations (160) (the dictionary read "pulled
out of" as a meeting, 040).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.source.sector, e.target and e.target.country, e.cameo)
            for e in code_text(text, dt.date(2019, 6, 1), language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language"), [
    ("Washington hiked tariffs on Chinese steel and aluminium.", "en"),
    ("Estados Unidos subió los aranceles a los productos chinos.", "es"),
])
def test_raising_tariffs_is_a_sanction(text: str, language: str) -> None:
    assert any(e[0] == "USA" and e[2] == "CHN" and e[3] == "163" for e in _events(text, language))


@pytest.mark.parametrize(("text", "language"), [
    ("The State Department offered a reward of 15 million dollars for the arrest of Nicolas Maduro.", "en"),
    ("Washington ofreció una recompensa de 15 millones de dólares por la captura de Nicolás Maduro.", "es"),
])
def test_a_reward_for_a_capture_is_no_aid_or_praise(text: str, language: str) -> None:
    assert not any(e[2] == "VEN" and e[3][:2] in ("03", "05", "07") for e in _events(text, language))


def test_a_state_pulling_out_withdraws_and_a_firm_reduces_relations() -> None:
    assert ("RUS", "GOV", "SYR", "087") in _events("Russia pulled out of Syria after the collapse.", "en")
    assert any(e[0] == "RUS" and e[1] == "BUS" and e[2] == "VEN" and e[3] == "160"
               for e in _events("Rosneft pulled out of Venezuela.", "en"))
    assert not any(e[3] == "087" for e in _events("Washington withdrew from the Iran nuclear deal.", "en"))


@pytest.mark.parametrize(("text", "language"), [
    ("Russia and China blocked a U.S. resolution on Venezuela at the Security Council.", "en"),
    ("Rusia y China bloquearon una resolución de Estados Unidos sobre Venezuela.", "es"),
])
def test_blocking_a_resolution_is_a_veto(text: str, language: str) -> None:
    events = _events(text, language)
    assert any(e[0] == "RUS" and e[2] == "USA" and e[3] == "129" for e in events), events
    assert not any(e[3].startswith("17") for e in events), events


@pytest.mark.parametrize(("text", "language"), [
    ("Russia scaled back its military presence in Venezuela.", "en"),
    ("Rusia redujo su presencia militar en Venezuela.", "es"),
])
def test_reducing_a_military_presence_is_a_drawdown_not_a_mobilisation(text: str, language: str) -> None:
    events = _events(text, language)
    assert any(e[0] == "RUS" and e[2] == "VEN" and e[3] == "087" for e in events), events
    assert not any(e[3].startswith("15") for e in events), events
