"""Text coder, coder 0.3.11: the dictionaries' ``%`` (compound subject) patterns and Spanish subjects after
a place.

- a pattern whose ``%`` stands before the verb ("% firmar" -> 057, "% desaparecer" -> 042) applies only when
  the verb has a joint subject: two actors joined by "y"/"and" before it, or just after it (verb-subject
  order), or a partner after "con"/"with"; otherwise the verb's other readings decide ("desaparecieron
  forzadamente a una mujer" is a forced disappearance, 181, not a visit);
- Spanish verb-subject order over a place: "se reunieron ayer en Quito los cancilleres de A y B" has A and B
  as subjects; the city is where, not who;
- NGOs and environmental groups named by a noun alone ("varias ONG", "environmentalists") are actors with
  no country (sectors NGO and ENV), as the other group nouns are.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.source.sector, e.target and e.target.country, e.target and e.target.sector,
             e.cameo) for e in code_text(text, language=language) if not e.negated}


def test_a_compound_pattern_needs_a_joint_subject() -> None:
    events = _events("Paramilitares desaparecieron forzadamente a una mujer.", "es")
    assert events == {(None, "UAF", None, "CVL", "181")}


@pytest.mark.parametrize("text", [
    "Rusia y China firmaron un acuerdo de cooperación.",
    "Firmaron este lunes en Pekín los ministros de Rusia y China un acuerdo.",
    "Rusia firmó con China un acuerdo de cooperación.",
])
def test_a_joint_subject_still_signs_both_ways(text: str) -> None:
    events = {(e[0], e[2], e[4]) for e in _events(text, "es")}
    assert events == {("RUS", "CHN", "057"), ("CHN", "RUS", "057")}


def test_a_partner_after_con_makes_a_joint_act() -> None:
    events = {(e[0], e[2], e[4][:2]) for e in _events("Rusia coordinó con China su postura ante la ONU.", "es")}
    assert {("RUS", "CHN", "03"), ("CHN", "RUS", "03")} <= events


@pytest.mark.parametrize("text", [
    "Se reunieron ayer en Quito los cancilleres de Perú y Colombia.",
    "Se reunieron este lunes en Quito los cancilleres de Perú y Colombia.",
])
def test_the_place_before_an_inverted_subject_is_not_the_subject(text: str) -> None:
    events = {(e[0], e[2], e[4]) for e in _events(text, "es")}
    assert events == {("PER", "COL", "040"), ("COL", "PER", "040")}


def test_an_inverted_subject_without_a_place_is_unchanged() -> None:
    assert {(e[0], e[2], e[4]) for e in _events("Anunció hoy Rusia nuevas sanciones contra Ucrania.", "es")} \
        == {("RUS", "UKR", "163")}


@pytest.mark.parametrize(("text", "language", "sector"), [
    ("Varias ONG criticaron al gobierno de Perú por la nueva ley.", "es", "NGO"),
    ("Los ecologistas criticaron al gobierno de Chile por la represa.", "es", "ENV"),
    ("Several NGOs criticised the government of Peru over the new law.", "en", "NGO"),
    ("Environmentalists criticised the government of Chile over the dam.", "en", "ENV"),
])
def test_ngos_and_environmental_groups_are_actors(text: str, language: str, sector: str) -> None:
    assert {(e[1], e[4]) for e in _events(text, language)} == {(sector, "111")}


@pytest.mark.parametrize(("text", "language"), [
    ("U.S. and North Korean officials agreed to hold a summit in Singapore on June 12.", "en"),
    ("Funcionarios de Estados Unidos y Corea del Norte acordaron celebrar una cumbre en Singapur.", "es"),
])
def test_a_joint_subject_acts_with_each_other_not_with_the_venue(text: str, language: str) -> None:
    assert {(e[0], e[2]) for e in _events(text, language)} == {("USA", "PRK"), ("PRK", "USA")}


def test_a_forced_disappearance_told_by_a_passive() -> None:
    # the lemmatizer reads "desaparecidas" as the noun "desaparecido"; lemma_overrides.csv makes it the verb
    events = _events("Dos personas fueron desaparecidas por miembros de un grupo armado.", "es")
    assert {(e[1], e[4]) for e in events} == {("UAF", "181")}


def test_a_list_of_subjects_after_the_verb_leaves_the_pattern_in_reach() -> None:
    events = _events("Retiraron Argentina, Brasil y Uruguay a sus embajadores de Asunción.", "es")
    assert {(e[0], e[2], e[4]) for e in events} == {(c, "PRY", "161") for c in ("ARG", "BRA", "URY")}
