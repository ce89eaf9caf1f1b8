"""Text coder, coder 0.3.20: an invasion named by a noun is conventional force (190) by its owner against the
state invaded ("Russia's invasion of Ukraine", "la invasión rusa de Ucrania"), also inside the object of a criticism;
a state judging it criticises the owner ("condemned the Russian invasion of Ukraine": an English demonym right
before the noun of the judged event owns it, as a Spanish one right after it does).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _codes(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, dt.date(2020, 1, 1), language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language"), [
    ("Peru's invasion of Ecuador began at dawn.", "en"),
    ("Bolivia condemned Peru's invasion of Ecuador.", "en"),
    ("Bolivia condenó la invasión peruana de Ecuador.", "es"),
])
def test_an_invasion_noun_is_force_by_its_owner(text: str, language: str) -> None:
    assert ("PER", "ECU", "190") in _codes(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Bolivia condemned the Peruvian invasion of Ecuador.", "en"),
    ("Bolivia condenó la invasión peruana de Ecuador.", "es"),
])
def test_judging_an_owned_invasion_criticises_its_owner(text: str, language: str) -> None:
    codes = _codes(text, language)
    assert ("BOL", "PER", "111") in codes and ("BOL", "ECU", "111") not in codes, codes


@pytest.mark.parametrize(("text", "language"), [
    ("The Peruvian drills near Ecuador worried Colombia.", "en"),
    ("Las maniobras peruanas cerca de Ecuador preocuparon a Colombia.", "es"),
])
def test_drills_named_by_a_noun_are_a_show_of_force_by_their_owner(text: str, language: str) -> None:
    """Coder 0.3.20: drills or manoeuvres named by a noun, with their owner, are a show of force (150) toward the
    state they are held around or near."""
    assert ("PER", "ECU", "150") in _codes(text, language)


@pytest.mark.parametrize("text", [
    "Peru launched an attack on Ecuador.",
    "Peru mounted a major offensive towards Ecuador's second city.",
    "Peru launched a counteroffensive against Ecuadorian forces.",
])
def test_launching_an_attack_or_offensive_is_force(text: str) -> None:
    """Coder 0.3.21: the project's rows for "launch" (drills, air strikes) once bounded the dictionary's reading
    of the verb to their first family, so "launched an attack" coded nothing; a row of its own codes it 190."""
    assert any(c[:2] == ("PER", "ECU") and c[2] == "190" for c in _codes(text, "en"))


def test_a_diplomatic_offensive_is_no_force() -> None:
    assert not any(c[2].startswith("19") for c in _codes("Peru launched a diplomatic offensive in Ecuador.", "en"))


@pytest.mark.parametrize(("text", "expected"), [
    ("Ecuador condemned the Peruvian strikes on Bolivia.", ("PER", "BOL", "190")),
    ("Peruvian strikes on Bolivia killed dozens.", ("PER", "BOL", "190")),
])
def test_strikes_on_a_state_are_force(text: str, expected: tuple) -> None:
    """Coder 0.3.21: "strikes on X" named by a noun are force against X, also inside the object of a criticism."""
    assert expected in _codes(text, "en")


def test_a_labour_strike_on_a_weekday_is_no_force() -> None:
    assert not any(c[2].startswith("19") for c in _codes("Bolivian miners held strikes on Monday.", "en"))


@pytest.mark.parametrize(("text", "language", "dyad"), [
    ("Peru sank an Ecuadorian frigate.", "en", ("PER", "ECU")),
    ("Peruvian jets downed an Ecuadorian helicopter.", "en", ("PER", "ECU")),
    ("Perú hundió una fragata ecuatoriana.", "es", ("PER", "ECU")),
    ("Perú disparó proyectiles de artillería contra una base ecuatoriana.", "es", ("PER", "ECU")),
])
def test_sinking_downing_and_shelling_are_force(text: str, language: str, dyad: tuple) -> None:
    """Coder 0.3.22: sinking a ship, downing an aircraft, firing shells at X: the dictionaries have no such rows."""
    assert any(c[:2] == dyad and c[2].startswith("19") for c in _codes(text, language)), _codes(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("The scandal sank Peru's trade deal with Ecuador.", "en"),
    ("La crisis hundió la economía peruana y la de Ecuador.", "es"),
])
def test_sinking_a_deal_or_an_economy_is_no_force(text: str, language: str) -> None:
    assert not any(c[2].startswith("19") for c in _codes(text, language))


def test_a_hyphenated_participle_is_an_adjective_of_its_owner() -> None:
    """Coder 0.3.22: "the U.S.-led strikes on Bolivia" are U.S. strikes (190), not a labour strike it led."""
    codes = _codes("Ecuador condemned the U.S.-led strikes on Bolivia.", "en")
    assert ("USA", "BOL", "190") in codes and not any(c[2].startswith("14") for c in codes), codes


@pytest.mark.parametrize(("text", "language"), [
    ("Peru fired Chilean missiles at Bolivia.", "en"),
    ("Perú lanzó misiles chilenos contra Bolivia.", "es"),
])
def test_weapons_named_by_their_makers_demonym_are_no_target(text: str, language: str) -> None:
    """Coder 0.3.22: with a target after "at"/"contra", the weapons' demonym names where they come from."""
    codes = _codes(text, language)
    assert any(c[:2] == ("PER", "BOL") and c[2].startswith("19") for c in codes), codes
    assert not any(c[1] == "CHL" for c in codes), codes


def test_weapons_fired_on_stay_the_target() -> None:
    assert any(c[:2] == ("BOL", "PER") for c in _codes("Bolivia shot down Peruvian drones over La Paz.", "en"))


@pytest.mark.parametrize(("text", "language"), [
    ("Iran fired missiles at two Qatari bases housing U.S. troops.", "en"),
    ("Irán lanzó misiles contra dos bases cataríes que albergan tropas estadounidenses.", "es"),
])
def test_a_strike_on_a_base_housing_foreign_troops_is_aimed_at_them(text: str, language: str) -> None:
    """Coder 0.3.23: the armed forces a struck base houses, named right after it, are the target."""
    found = {(e.source.country, e.target and e.target.country) for e in code_text(text, language=language)
             if e.cameo.startswith("19")}
    assert found == {("IRN", "USA")}
