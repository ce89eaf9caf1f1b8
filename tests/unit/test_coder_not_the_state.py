"""Text coder, coder 0.3.12: state names that do not stand for the state.

- a currency named after a state ("the U.S. dollar", "el real brasileño", "dólares estadounidenses") and an
  ancestry ("voters of Cuban descent", "de origen venezolano") are no actor;
- a past office of a state ("the former presidents of Argentina and Colombia", "los expresidentes de A y
  B", "la excanciller de Perú") makes each country named its elites (ELI), not its government.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.actors import find_actors
from flows.normalize.coder import code_text


@pytest.mark.parametrize(("text", "language"), [
    ("The euro rose against the U.S. dollar on Monday.", "en"),
    ("El real brasileño se apreció frente al dólar estadounidense.", "es"),
    ("Voters of Cuban descent backed the senator in Florida.", "en"),
    ("Una familia de origen venezolano abrió un restaurante.", "es"),
])
def test_a_currency_or_an_ancestry_is_no_actor(text: str, language: str) -> None:
    assert [m.text for m in find_actors(text, language=language) if m.country] == []


def test_a_loan_in_dollars_still_names_its_parties() -> None:
    events = code_text("Rusia prestó a Venezuela 5.000 millones de dólares estadounidenses.", language="es")
    assert {(e.source.country, e.target.country) for e in events} == {("RUS", "VEN")}


@pytest.mark.parametrize(("text", "language"), [
    ("The former presidents of Argentina and Colombia criticized the Venezuelan government.", "en"),
    ("Los expresidentes de Argentina y Colombia criticaron al Gobierno venezolano.", "es"),
])
def test_former_office_holders_are_elites_not_the_state(text: str, language: str) -> None:
    events = code_text(text, language=language)
    assert {(e.source.country, e.source.sector) for e in events} == {("ARG", "ELI"), ("COL", "ELI")}


def test_serving_presidents_are_still_the_state() -> None:
    events = code_text("Los presidentes de Argentina y Colombia criticaron al Gobierno venezolano.", language="es")
    assert {e.source.country for e in events if e.source.sector != "ELI"} == {"ARG", "COL"}


def test_a_word_that_starts_with_ex_is_no_past_office() -> None:
    events = code_text("Los exportadores de Argentina criticaron a Brasil.", language="es")
    assert all(e.source.sector != "ELI" for e in events)


@pytest.mark.parametrize("text", ["Brasil pidió a las autoridades venezolanas que publiquen las actas.",
                                  "Brasil pidió a las autoridades electorales venezolanas que publiquen las actas."])
def test_a_states_authorities_are_its_government(text: str) -> None:
    """Coder 0.3.12: "las autoridades venezolanas" were business (BUS) by a row of the Spanish agent table,
    and an adjective such as "electorales" between the noun and the demonym lost the country."""
    events = code_text(text, language="es")
    assert {(e.source.country, e.target.country, e.target.sector) for e in events} == {("BRA", "VEN", "GOV")}


def test_a_former_colony_is_no_past_office() -> None:
    """Only a past office ("former presidents of") makes the state after it its elites."""
    mentions = find_actors("Bolivia, a former colony of Spain, criticized Chile.", language="en")
    assert {m.country: m.sector for m in mentions if m.country}.get("ESP") == "GOV"
