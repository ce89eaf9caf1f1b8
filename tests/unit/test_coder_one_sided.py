"""Text coder, one-sided events: a threat, a protest, a coercive act or an act of violence by one named
actor or group, with no actor acted on, is coded with a null target, as GDELT codes events with only
Actor1; everything else still needs two sides. The text_event suite accepts a null target for those
kinds only.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pandas as pd
import pytest

from flows.normalize.coder import code_text, to_contract
from flows.validate.suites import run_suite

ONE_SIDED = [
    ("The rebels attacked overnight, killing four.", "en", (None, "REB", "19")),
    ("Los estudiantes protestaron el lunes por el alza de las tarifas.", "es", (None, "EDU", "14")),
    ("El ejército peruano bombardeó un campamento en la selva.", "es", ("PER", "MIL", "19")),
    ("Paramilitares amenazaron de muerte a varios concejales.", "es", (None, "UAF", "13")),
    ("The police arrested dozens overnight.", "en", (None, "COP", "17")),
]


@pytest.mark.parametrize(("text", "language", "side"), ONE_SIDED)
def test_a_protest_or_attack_by_one_side_has_no_target(text: str, language: str, side: tuple) -> None:
    events = [e for e in code_text(text, language=language) if e.target is None]
    assert [(e.source.country, e.source.sector, e.cameo[:2]) for e in events] == [side]
    out = to_contract("x1", events[0])
    assert out["target"] is None and out["source"]["sector"] == side[1]


@pytest.mark.parametrize("text", [
    "Peru sent aid.",                                   # aid needs a recipient
    "Israel says Egypt is pursuing a nuclear bomb.",    # a noun, not an attack
    "The rebels will attack the capital.",              # an intent (13x/03x), never one-sided
])
def test_other_acts_still_need_two_sides(text: str) -> None:
    assert all(e.target is not None for e in code_text(text, language="en"))


def test_a_second_side_is_still_the_target() -> None:
    events = code_text("Los manifestantes marcharon contra el gobierno peruano.", language="es")
    assert [(e.target.country, e.target.sector) for e in events if e.target] == [("PER", "GOV")]
    assert all(e.target is not None for e in events)


def _row(cameo: str, target: str | None) -> dict:
    return {"row_id": 1, "event_key": 1, "cameo": cameo, "source_country": "PER", "source_sector": "MIL",
            "target_country": None, "target_sector": target, "direction": "pressure", "support_category": None,
            "confidence": 0.7, "goldstein": -10.0, "evidence": "x", "amount_original": None,
            "amount_currency": None, "event_date": "2020-01-01"}


def test_the_suite_takes_a_null_target_only_for_threats_protests_coercion_and_violence() -> None:
    rows = [_row("190", None), {**_row("042", None), "row_id": 2, "event_key": 2},
            {**_row("042", "GOV"), "row_id": 3, "event_key": 3, "target_country": "BOL"},
            {**_row("190", None), "row_id": 4, "event_key": 4, "source_sector": None}]
    outcome = run_suite("text_event", pd.DataFrame(rows), {"max_event_date": "2030-01-01"})
    failed = {(f.row_id, f.expectation) for f in outcome.failures}
    assert failed == {(2, "text_event.one_sided_kind"), (4, "text_event.source_named")}
    for code in ("130", "173", "145"):  # a threat, an arrest, a riot: one-sided kinds too
        assert not run_suite("text_event", pd.DataFrame([_row(code, None)]), {"max_event_date": "2030-01-01"}).failures


# A light verb with a protest noun is the protest: "held a rally", "realizaron una marcha", "iniciaron un paro".
LIGHT_VERB_PROTESTS = [
    ("Teachers held a rally in the main square on Friday.", "en", "141"),
    ("Workers staged a strike at the port.", "en", "143"),
    ("Los maestros realizaron una marcha hasta la plaza.", "es", "141"),
    ("Los mineros iniciaron un paro de 48 horas.", "es", "143"),
    ("Los campesinos bloquearon la carretera durante cinco horas.", "es", "144"),
]


@pytest.mark.parametrize(("text", "language", "cameo"), LIGHT_VERB_PROTESTS)
def test_a_light_verb_with_a_protest_noun_is_a_protest(text: str, language: str, cameo: str) -> None:
    assert cameo in {e.cameo for e in code_text(text, language=language) if e.target is None}


def test_holding_talks_is_no_protest() -> None:
    assert not any(e.cameo.startswith("14") for e in code_text("Teachers held talks with the ministry.", language="en"))


def test_civilians_a_passive_names_as_the_agent_of_violence_are_its_source() -> None:
    events = [(e.source.sector, e.target, e.cameo) for e in
              code_text("El alcalde había sido secuestrado por indígenas que exigían su destitución.", language="es")]
    assert events == [("CVL", None, "181")]
    # a victim is still no source of its own injury: it is the target of unnamed attackers
    injured = code_text("Una persona resultó herida en el ataque.", language="es")
    assert [(e.source.sector, e.source.text, e.target.sector) for e in injured] == [("UAF", "", "CVL")]
