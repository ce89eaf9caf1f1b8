"""Text coder, coder 0.3.12 (0.3.20: releases, demonyms, sponsors): a mediator named beside talks or an agreement.

"With the mediation of X", "brokered by X", "con la mediación de X", "mediado por X" (cue kind
``mediator_lead``; "y"/"and" joins more mediators, a comma ends the list): X is no party to the meeting or
the deal, and it mediates toward each state party (045).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo[:2], e.cameo == "045")
            for e in code_text(text, language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language"), [
    ("Russia and Ukraine met in Istanbul with the mediation of Turkey.", "en"),
    ("Las delegaciones de Rusia y Ucrania se reunieron en Estambul, con la mediación de Turquía.", "es"),
])
def test_the_mediator_mediates_and_the_parties_meet_each_other(text: str, language: str) -> None:
    assert _events(text, language) == {("RUS", "UKR", "04", False), ("UKR", "RUS", "04", False),
                                       ("TUR", "RUS", "04", True), ("TUR", "UKR", "04", True)}


def test_a_deal_brokered_by_a_state() -> None:
    found = _events("Iran and Saudi Arabia agreed to restore relations under a deal brokered by China.", "en")
    assert {("CHN", "IRN", "04", True), ("CHN", "SAU", "04", True)} <= found
    assert not any(e[1] == "CHN" for e in found)  # China is no party to the agreement


def test_two_mediators_before_a_comma_and_the_parties_after_it() -> None:
    found = _events("Con la mediación de Cuba y Noruega, los gobiernos de Colombia y Venezuela "
                    "reanudaron los diálogos.", "es")
    assert not any(e[0] in ("CUB", "NOR") and not e[3] for e in found)
    assert ("CUB", "COL", "04", True) in found and ("NOR", "COL", "04", True) in found


@pytest.mark.parametrize(("text", "language"), [
    ("Chile freed two Peruvian fishermen in exchange for a Chilean pilot, in a swap mediated by Brazil.", "en"),
    ("Chile liberó a dos pescadores peruanos a cambio de un piloto chileno, en un canje mediado por Brasil.", "es"),
])
def test_a_release_mediated_by_a_state(text: str, language: str) -> None:
    """Coder 0.3.20: a release (08) is mediated too, toward each party."""
    found = _events(text, language)
    assert {("BRA", "CHL", "04", True), ("BRA", "PER", "04", True)} <= found, found


@pytest.mark.parametrize(("text", "language"), [
    ("Chile and Peru held two days of talks under Brazilian mediation.", "en"),
    ("Chile y Perú firmaron un acuerdo con mediación brasileña.", "es"),
    ("Chile y Perú firmaron un acuerdo patrocinado por Brasil.", "es"),
])
def test_a_mediation_qualified_by_a_demonym_or_a_sponsor(text: str, language: str) -> None:
    """Coder 0.3.20: "under Chinese mediation", "con mediación china", "patrocinado por": the state mediates and
    is no party to the deal."""
    found = _events(text, language)
    assert {("BRA", "CHL", "04", True), ("BRA", "PER", "04", True)} <= found, found
    assert not any(e[1] == "BRA" for e in found), found


def test_sponsoring_is_no_boycott() -> None:
    """"patrocinar" is filed in the dictionary with the verbs that promote a strike (143); sponsoring is none."""
    assert not any(e[2] == "14" for e in _events("Rusia patrocinó un acuerdo con Venezuela.", "es"))


@pytest.mark.parametrize(("text", "language"), [
    ("A Vatican envoy mediated between Chile and Peru for a year.", "en"),
    ("Un enviado del Vaticano medió entre Chile y Perú durante un año.", "es"),
])
def test_the_parties_of_a_mediation_do_not_meet_each_other(text: str, language: str) -> None:
    """Coder 0.3.20: "medió entre A y B" with a mediator no dictionary knows codes nothing, not A and B meeting."""
    found = _events(text, language)
    assert not any({e[0], e[1]} == {"CHL", "PER"} for e in found), found

