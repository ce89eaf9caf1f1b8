"""Text coder, coder 0.3.11: who does a verb that has no actor of its own before it.

- a verb that opens a relative clause on a noun that is no actor ("el terremoto que devastó su costa", "the
  sanctions that hurt its economy") has that noun as its subject: the actors of the sentence's earlier act
  are not carried over to it;
- the verb after "accused X of", "blamed X for", "acusó a X de" has X as its subject, not the accuser;
- dictionary filings undone (``misfiled_verbs.csv``): "rang Putin" and "a smuggling ring" are no
  encirclement, "combat drills" no fighting, "fracaso"/"ha fracasado" (failure) no destruction; verbs of
  effect or annoyance ("afectar", "irritar", "upset") are neither dissent (140) nor cooperation (050), while
  harassment ("harass", "hostigar") stays 140.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Ecuador recibió ayuda de Venezuela y Cuba tras el terremoto que devastó su costa.", "es",
     {("VEN", "ECU", "070"), ("CUB", "ECU", "070")}),
    ("Russia sent aid to Cuba after the hurricane that destroyed its harvest.", "en", {("RUS", "CUB", "070")}),
])
def test_a_relative_clause_on_a_noun_borrows_no_actor(text: str, language: str, expected: set[tuple]) -> None:
    assert _events(text, language) == expected


def test_an_actor_antecedent_still_is_the_subject() -> None:
    assert ("RUS", "TUR", "111") in _events("Rusia, que envió tropas a Siria, criticó a Turquía.", "es")


@pytest.mark.parametrize(("text", "language", "accused", "accuser"), [
    ("Kyiv accused Moscow of forcibly deporting thousands of Ukrainian children.", "en", "RUS", "UKR"),
    ("Washington acusó a Cuba de enviar agentes de inteligencia a Venezuela.", "es", "CUB", "USA"),
])
def test_the_accused_does_what_it_is_accused_of(text: str, language: str, accused: str, accuser: str) -> None:
    events = _events(text, language)
    assert (accuser, accused, "112") in events
    assert {e[0] for e in events if e[2] != "112"} == {accused}


@pytest.mark.parametrize(("text", "language"), [
    ("German Chancellor Olaf Scholz rang Putin on Friday.", "en"),
    ("Colombian and Panamanian police dismantled a cocaine-smuggling ring.", "en"),
    ("North Korea condemned the South's air combat drills with the United States.", "en"),
    ("Los presidentes de México y Colombia coincidieron en que la guerra contra las drogas ha fracasado.", "es"),
])
def test_misfiled_dictionary_verbs_code_no_attack(text: str, language: str) -> None:
    assert not any(e[2].startswith(("18", "19", "20")) for e in _events(text, language))


@pytest.mark.parametrize(("text", "language"), [
    ("La crisis de Venezuela afecta a Colombia.", "es"),
    ("Rusia brindó asilo a Snowden, lo que irritó a Washington.", "es"),
    ("The crisis in Venezuela affected Colombia.", "en"),
    ("Russia's move irritated Washington.", "en"),
])
def test_an_effect_or_an_annoyance_is_neither_protest_nor_support(text: str, language: str) -> None:
    events = _events(text, language)
    assert not any(e[2].startswith(("05", "14")) for e in events), events


def test_torture_is_torture_and_harassment_stays() -> None:
    assert _events("Soldados rusos torturaron a prisioneros de guerra ucranianos.", "es") == {("RUS", "UKR", "1822")}
    assert {e[2] for e in _events("Russian hackers harassed Estonia.", "en")} == {"140"}


def test_denying_that_something_happened_is_no_rejection() -> None:
    events = code_text("Ecuador negó que armas cubanas tuvieran como destino su territorio.", language="es")
    assert not any(e.cameo.startswith("12") and not e.negated for e in events)
    denied = code_text("Rusia negó que Cuba enviara tropas a Venezuela.", language="es")
    assert [(e.source.country, e.target.country, e.negated) for e in denied] == [("CUB", "VEN", True)]


def test_every_accused_state_does_what_they_are_accused_of() -> None:
    events = _events("Ukraine accused Russia and Belarus of forcibly deporting thousands of Ukrainian children.", "en")
    assert {e[0] for e in events if e[2] != "112"} == {"RUS", "BLR"}


def test_a_verb_after_the_accused_act_takes_the_accuser_as_subject() -> None:
    """Coder 0.3.12: the accused is the subject of the act it is accused of only; a later verb joined by "y"
    shares the accuser's subject ("Acusa Maduro a Washington de orquestar un golpe y rompe relaciones")."""
    found = _events("Acusa Maduro a Washington de orquestar un golpe de Estado y rompe relaciones con el "
                    "Gobierno de Estados Unidos.", "es")
    assert ("VEN", "USA", "161") in found, found
