"""Text coder, coder 0.3.11: investigations, acts a state orders, and counts before a group.

- opening, launching or reopening an investigation, inquiry or probe into another state's role, and an
  investigation named by a noun, is investigating (090) that state;
- ordering, decreeing or approving an act named by a noun does it ("ordered the expulsion of", "ordenó la
  retirada de sus tropas", cue kind ``carrier_verb``): the noun carries the event, by the subject; ordering
  another state to act is still a demand on it;
- a count in digits before a group leaves the preposition governing it ("the expulsion of 23 Russian
  diplomats"); a year in digits is no count; so do members, units and divisions ("attacked by members of
  the Revolutionary Guards", "por miembros de").

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language"), [
    ("Britain opened an investigation into Moscow's role in the poisoning.", "en"),
    ("The British government ordered an investigation into Russia's role in the attack.", "en"),
    ("Gran Bretaña abrió una investigación sobre dos agentes rusos por el envenenamiento.", "es"),
])
def test_an_investigation_into_a_state(text: str, language: str) -> None:
    assert _events(text, language) == {("GBR", "RUS", "090")}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Britain ordered the expulsion of 23 Russian diplomats.", "en", {("GBR", "RUS", "161")}),
    ("Moscú ordenó la retirada de sus tropas de Siria.", "es", {("RUS", "SYR", "087")}),
])
def test_an_ordered_act_is_the_subjects_act(text: str, language: str, expected: set[tuple]) -> None:
    assert _events(text, language) == expected


def test_ordering_another_state_to_act_is_still_about_that_state() -> None:
    assert {(e[0], e[1]) for e in _events("Estados Unidos ordenó a Rusia cerrar su consulado.", "es")} \
        == {("USA", "RUS")}


def test_a_year_is_no_count() -> None:
    assert ("USA", "CUB", "163") in _events("Since 1962 the United States has imposed an embargo on Cuba.", "en")


@pytest.mark.parametrize(("text", "language"), [
    ("The embassy was attacked by members of the Iranian Revolutionary Guards.", "en"),
    ("La embajada fue atacada por miembros de la Guardia Revolucionaria iraní.", "es"),
])
def test_members_or_units_before_a_group_leave_the_agent_to_the_group(text: str, language: str) -> None:
    assert {(e[0], e[2][:2]) for e in _events(text, language)} == {("IRN", "19")}


@pytest.mark.parametrize(("text", "language"), [
    ("Obama ordered new sanctions on Damascus.", "en"),
    ("El presidente de Estados Unidos ordenó nuevas sanciones contra Siria.", "es"),
])
def test_ordered_sanctions_are_imposed_by_the_one_who_orders_them(text: str, language: str) -> None:
    """Coder 0.3.12: a carrier verb with no pattern of its own gives way to the noun it governs (the
    order had been a demand for sanctions, 1054)."""
    found = _events(text, language)
    assert {e[2] for e in found} == {"163"}, found


def test_an_investigation_is_aimed_at_the_state_whose_conduct_it_is_about() -> None:
    """Coder 0.3.12: what an investigation is "sobre"/"into" is its target, not a topic to skip."""
    found = _events("Un juez español abrió una investigación sobre la presunta colaboración del Gobierno de "
                    "Venezuela con ETA.", "es")
    assert ("ESP", "VEN", "090") in found, found
