"""Text coder, coder 0.3.12: who suffers violence and who does it.

- a victim verb ("died", "murieron", "resultaron heridos", cue kind ``victim_verb``) has its subject as the
  target; the source is the attacker named after an attack noun ("in an attack by X", "en un ataque de X",
  "a manos de X"), else unnamed attackers (a stand-in with sector UAF, no country, no text);
- a Spanish participle that no "haber" leads and that follows a noun describes that noun as undergoing the act
  ("tres soldados asesinados en", "las sanciones impuestas a Irán"): the noun is no doer;
- "fue muerto por X" is a killing by X (``lemma_overrides.csv``);
- common Spanish words the dictionaries' Spanish agent table lists as organs ("fue", "mayor", "retiro") are
  no actors.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.actors import find_actors
from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.source.sector, e.target and e.target.country, e.target and e.target.sector,
             e.cameo[:2]) for e in code_text(text, language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language"), [
    ("Tres soldados venezolanos murieron en un ataque de guerrilleros colombianos.", "es"),
    ("Dos militares venezolanos resultaron heridos en una emboscada de guerrilleros colombianos.", "es"),
    ("Three Venezuelan soldiers died in an attack by Colombian guerrillas.", "en"),
])
def test_the_attacker_of_a_victim_verb_is_the_source(text: str, language: str) -> None:
    found = _events(text, language)
    assert found and all(e[:4] == ("COL", "REB", "VEN", "MIL") for e in found), found


@pytest.mark.parametrize(("text", "language"), [
    ("Dos soldados venezolanos murieron durante los combates en la frontera.", "es"),
    ("Two Venezuelan soldiers died in an ambush near the border.", "en"),
])
def test_victims_with_no_attacker_named_suffer_unnamed_attackers(text: str, language: str) -> None:
    events = [e for e in code_text(text, language=language) if not e.negated]
    assert [(e.source.country, e.source.sector, e.source.text, e.target.country, e.target.sector)
            for e in events] == [(None, "UAF", "", "VEN", "MIL")]


def test_a_negated_death_stays_negated() -> None:
    events = code_text("Los soldados venezolanos no murieron en el ataque.", language="es")
    assert events and all(e.negated for e in events)


@pytest.mark.parametrize("text", [
    "Hubo tres soldados venezolanos asesinados en un ataque cerca de la frontera.",
    "El choque dejó veinte militares indios muertos.",
])
def test_a_spanish_attributive_participle_makes_no_doer(text: str) -> None:
    assert not any(e[1] == "MIL" and e[4] in ("18", "19") for e in _events(text, "es"))


def test_a_participle_after_haber_keeps_its_subject() -> None:
    assert ("RUS", "GOV", "SYR", "GOV", "07") in _events("Rusia ha enviado tropas a Siria.", "es")


def test_sanctions_imposed_on_a_state_are_not_imposed_by_whoever_criticises_them() -> None:
    found = _events("Rusia criticó las sanciones impuestas a Venezuela.", "es")
    assert ("RUS", "GOV", "VEN", "GOV", "16") not in found and ("RUS", "GOV", "VEN", "GOV", "11") in found


def test_fue_muerto_por_is_a_killing_by_the_agent() -> None:
    found = _events("Un soldado venezolano fue muerto por guerrilleros colombianos.", "es")
    assert found == {("COL", "REB", "VEN", "MIL", "19")}


def test_the_spanish_verb_fue_is_no_media_organ() -> None:
    mentions = find_actors("Un soldado venezolano fue visto en la frontera.", "es")
    assert all(m.sector != "MED" for m in mentions), mentions
