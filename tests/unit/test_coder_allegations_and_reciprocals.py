"""Text coder, coder 0.3.26: reported allegations, insults, reciprocal acts, governments named by their seat,
questions probed, visitors named after the place, settings a negation does not reach, alerts after another
state's act, and drills named in a purpose clause.

- "A said B was stealing its oil", "A dijo que B financia a la oposición": a report of another state's hostile
  conduct (theft, harbouring armed groups, funding the opposition, plots, sabotage, spying, invasion, stoking
  tensions, ...) or an insult ("Putin was a killer", "Maduro es un dictador") is the speaker's accusation (112);
- "A and B accused each other of", "se culparon mutuamente": the act goes both ways;
- "the government in Minsk", "el gobierno en Managua": that state's government, not a place;
- "investigating whether Russia ordered", "investiga si Venezuela ordenó": what is probed is the question's subject;
- "la visita a Minsk de un enviado de Trump": the visitor is named after the place visited;
- "no ofreció disculpas durante la visita de X": the denial does not reach the visit the sentence sets it in;
- "X launched a missile, and Japan raised its alert": an alert joined to another state's act is against that state;
- "aterrizaron en Caracas para realizar ejercicios conjuntos": drills named in a purpose clause are cooperation.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple[str | None, str | None, str, bool]]:
    return {(e.source.country, e.target and e.target.country, e.cameo, e.negated)
            for e in code_text(text, None, language)}


@pytest.mark.parametrize(("text", "language", "pair"), [
    ("In a televised address, Maduro said the United States was trying to steal Venezuela's oil.", "en",
     ("VEN", "USA")),
    ("Caracas says Bogota is harbouring mercenaries who plan to attack Venezuela.", "en", ("VEN", "COL")),
    ("New Delhi said Chinese troops had tried to unilaterally change the status quo along the border.", "en",
     ("IND", "CHN")),
    ("Biden said Putin was a killer.", "en", ("USA", "RUS")),
    ("Ortega aseguró que Washington financia a la oposición para derrocarlo.", "es", ("NIC", "USA")),
    ("El presidente colombiano dijo que el régimen de Maduro protege a guerrilleros en su territorio.", "es",
     ("COL", "VEN")),
    ("Milei dijo que Maduro es un dictador.", "es", ("ARG", "VEN")),
])
def test_a_reported_hostile_conduct_or_insult_is_an_accusation(text: str, language: str,
                                                                pair: tuple[str, str]) -> None:
    assert (*pair, "112", False) in _events(text, language)


def test_a_neutral_report_stays_no_accusation() -> None:
    events = _events("Lavrov said Venezuela was buying wheat from Argentina.", "en")
    assert not any(code.startswith("11") for _, _, code, _ in events)


@pytest.mark.parametrize(("text", "language", "code"), [
    ("Armenia and Azerbaijan accused each other of shelling civilian areas.", "en", "112"),
    ("India and Pakistan criticised one another over the attack.", "en", "111"),
    ("Rusia y Ucrania se culpan mutuamente del ataque contra la central.", "es", "112"),
])
def test_an_act_done_to_each_other_goes_both_ways(text: str, language: str, code: str) -> None:
    pairs = {(s, t) for s, t, c, _ in _events(text, language) if c == code}
    assert len(pairs) == 2 and {tuple(reversed(p)) for p in pairs} == pairs


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Lithuania closed two border crossings, accusing the government in Minsk of pushing migrants west.", "en",
     ("LTU", "BLR", "112", False)),
    ("Washington accused the regime in Caracas of rigging the vote.", "en", ("USA", "VEN", "112", False)),
    ("Estados Unidos acusó al gobierno en Managua de reprimir a la oposición.", "es", ("USA", "NIC", "112", False)),
])
def test_a_government_named_by_its_seat_is_that_state(text: str, language: str, expected: tuple) -> None:
    assert expected in _events(text, language)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Germany is investigating whether Russia ordered the killing.", "en", ("DEU", "RUS", "090", False)),
    ("Chile investiga si Venezuela ordenó el secuestro.", "es", ("CHL", "VEN", "090", False)),
])
def test_what_is_probed_is_the_question_subject(text: str, language: str, expected: tuple) -> None:
    assert expected in _events(text, language)


def test_a_visitor_named_after_the_place_visited() -> None:
    events = _events("Bielorrusia liberó a 52 presos tras la visita a Minsk de un enviado de Donald Trump.", "es")
    assert ("USA", "BLR", "042", False) in events


def test_a_denial_does_not_reach_the_visit_it_happened_during() -> None:
    events = _events("Japón no ofreció disculpas durante la visita del presidente surcoreano a Tokio.", "es")
    assert ("KOR", "JPN", "042", False) in events
    assert ("JPN", "KOR", "055", True) in events  # the apology is what was denied


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Turkey sent a survey ship into disputed waters, and Athens put its armed forces on alert.", "en",
     ("GRC", "TUR", "152", False)),
    ("Corea del Norte lanzó un misil balístico, y Japón activó sus alertas.", "es", ("JPN", "PRK", "152", False)),
])
def test_an_alert_joined_to_another_state_act_is_against_that_state(text: str, language: str,
                                                                    expected: tuple) -> None:
    assert expected in _events(text, language)


def test_forces_landing_for_joint_drills_named_in_a_purpose_clause_cooperate() -> None:
    events = _events("Dos bombarderos rusos aterrizaron en Caracas para realizar ejercicios conjuntos con la Fuerza "
                     "Armada venezolana.", "es")
    assert ("RUS", "VEN", "062", False) in events
    assert not any(code.startswith("07") for _, _, code, _ in events)
