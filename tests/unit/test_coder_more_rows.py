"""Text coder, coder 0.3.10: data rows for acts the project's rows missed.

- a mass deportation or expulsion of another state's people is CAMEO 201, from the state that carries it out;
- receiving one's counterparts in the plural ("recibir a sus homólogos X e Y") is hosting them (043, 042
  back), as receiving one counterpart was;
- barring or banning business with a state is a sanction (163);
- "por parte de X" names the agent as "por X" does;
- "threatened to suspend relations with X and withdraw its ambassador": the second verb is governed too;
- "el intercambio comercial entre A y B", "bilateral trade between A and B": a flow, not an act;
- "su embajada en Londres": the city a mission sits in is where it is, not a target;
- "explotar un yacimiento", "develop an oil field": working a field (061), not an explosion.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, on=dt.date(2022, 3, 10), language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language"), [
    ("Chile condemned Peru's mass deportation of Bolivian migrants.", "en"),
    ("Chile condenó la expulsión masiva de migrantes bolivianos por parte de Perú.", "es"),
])
def test_a_mass_deportation_is_201(text: str, language: str) -> None:
    assert ("PER", "BOL", "201") in _events(text, language)


def test_receiving_counterparts_in_the_plural_is_hosting() -> None:
    events = _events("El canciller de Turquía recibió en Antalya a sus homólogos de Rusia y Ucrania.", "es")
    assert ("TUR", "RUS", "043") in events and ("RUS", "TUR", "042") in events, events


def test_banning_business_with_a_state_is_a_sanction() -> None:
    assert ("USA", "CUB", "163") in _events("The United States banned business with Cuba.", "en")


@pytest.mark.parametrize("text", [
    "Rusia criticó las sanciones impuestas por parte de Estados Unidos contra Venezuela.",
    "Rusia criticó las sanciones impuestas por Estados Unidos contra Venezuela.",
])
def test_por_parte_de_names_the_agent_as_por_does(text: str) -> None:
    assert ("USA", "VEN", "163") in _events(text, "es")


@pytest.mark.parametrize(("text", "language"), [
    ("Turkey threatened to suspend diplomatic relations with the United Arab Emirates and withdraw its ambassador.",
     "en"),
    ("Turquía amenazó con suspender las relaciones diplomáticas con los Emiratos Árabes Unidos y retirar a su "
     "embajador.", "es"),
])
def test_a_second_verb_joined_to_a_governed_one_is_governed_too(text: str, language: str) -> None:
    events = _events(text, language)
    assert events and all(e[2].startswith("13") for e in events), events


@pytest.mark.parametrize(("text", "language"), [
    ("El intercambio comercial entre Argentina y Brasil cayó un 12 %.", "es"),
    ("Bilateral trade between Argentina and Brazil fell 12 percent.", "en"),
])
def test_a_trade_flow_between_two_states_is_no_event(text: str, language: str) -> None:
    assert _events(text, language) == set()


@pytest.mark.parametrize(("text", "language"), [
    ("Ecuador concedió asilo al fundador de WikiLeaks, refugiado en su embajada en Londres.", "es"),
    ("Ecuador granted asylum to the WikiLeaks founder, who had taken refuge in its embassy in London.", "en"),
])
def test_the_city_an_embassy_sits_in_is_no_target(text: str, language: str) -> None:
    assert not any(e[1] == "GBR" for e in _events(text, language))


@pytest.mark.parametrize(("text", "language"), [
    ("Rosneft y Petróleos de Venezuela comenzaron a explotar conjuntamente un yacimiento de crudo.", "es"),
    ("Rosneft and Petroleos de Venezuela began to jointly develop an oil field.", "en"),
])
def test_working_a_field_together_is_economic_cooperation_not_an_explosion(text: str, language: str) -> None:
    events = _events(text, language)
    assert ("RUS", "VEN", "061") in events or ("RUS", "VEN", "0311") in events, events
    assert not any(e[2].startswith(("18", "19")) for e in events)


@pytest.mark.parametrize(("text", "language"), [
    ("Peru closed its embassy in Caracas.", "en"),
    ("Perú cerró su embajada en Caracas.", "es"),
])
def test_an_act_on_the_mission_itself_targets_its_host(text: str, language: str) -> None:
    assert ("PER", "VEN", "161") in _events(text, language)
