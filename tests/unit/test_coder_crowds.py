"""Text coder, coder 0.3.10: crowds that march or gather, protests named as a purpose, quantities before agents.

- a crowd of civilians, students, workers or protesters that marches, rallies, parades, gathers or
  concentrates demonstrates (141), whatever the dictionaries code the verb as for a state; the streets and
  cities it marches through are places, not targets; a state's troops marching and neighbours meeting
  the mayor are no demonstration, and forces that march neither protest nor visit (no event from the verb);
- "marcharon para protestar contra X", "took to the streets to protest": the protest happened;
- "secuestrado por un millar de indígenas", "attacked by hundreds of protesters": the preposition before a
  number noun governs the group after it;
- occupational and social groups the tables lacked (pilots, drivers, the unemployed, fans, supporters;
  "people" in English) are groups with no country;
- the Spanish dictionary's filing of "marchar" among verbs of harm is undone (``misfiled_verbs.csv``).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text
from flows.normalize.verbdict import lexicon


def _events(text: str, language: str) -> list[tuple]:
    return [(e.source.country, e.source.sector, e.target and e.target.country, e.target and e.target.sector,
             e.cameo) for e in code_text(text, language=language) if not e.negated]


@pytest.mark.parametrize(("text", "language", "source_sector"), [
    ("Thousands of students marched through Caracas on Sunday.", "en", "EDU"),
    ("Thousands of people marched through Caracas on Sunday.", "en", "CVL"),
    ("Hundreds of protesters rallied in Santiago.", "en", "OPP"),
    ("Miles de estudiantes marcharon por las calles de Caracas.", "es", "EDU"),
    ("Unas 40.000 personas desfilaron por el centro de Belgrado.", "es", "CVL"),
    ("Cientos de trabajadores se concentraron en la plaza central de Lima.", "es", "LAB"),
])
def test_a_crowd_that_marches_or_gathers_demonstrates_with_no_place_as_target(
        text: str, language: str, source_sector: str) -> None:
    events = _events(text, language)
    assert [(e[1], e[2], e[4]) for e in events] == [(source_sector, None, "141")]


@pytest.mark.parametrize(("text", "language", "target"), [
    ("Hundreds of students gathered outside the Russian embassy in Caracas.", "en", "RUS"),
    ("Students rallied against the Venezuelan government.", "en", "VEN"),
    ("Miles de personas marcharon contra el gobierno de Maduro.", "es", "VEN"),
    ("Cientos de estudiantes se concentraron frente a la embajada de Estados Unidos.", "es", "USA"),
])
def test_a_crowd_demonstrates_against_whom_it_faces(text: str, language: str, target: str) -> None:
    assert any(e[2] == target and e[4] == "141" for e in _events(text, language))


@pytest.mark.parametrize(("text", "language"), [
    ("Los vecinos se reunieron con el alcalde de Caracas.", "es"),  # a meeting with someone
    ("Las tropas colombianas marcharon hacia la frontera con Venezuela.", "es"),  # troops are no crowd
    ("The foreign ministers of Brazil and Argentina gathered in Brasilia.", "en"),
    ("Russian troops marched into Crimea.", "en"),
])
def test_no_demonstration_without_a_crowd_or_with_a_partner(text: str, language: str) -> None:
    assert not any(e[4] == "141" for e in _events(text, language))


def test_marchar_is_no_verb_of_harm() -> None:
    info = lexicon("es").keys["marchar"]
    assert "HURT" not in info.groups and info.verb_code == "141"
    assert not any(e[4].startswith("18") for e in _events("Miles de venezolanos marcharon por las calles de Caracas.",
                                                          "es"))


@pytest.mark.parametrize(("text", "language", "target"), [
    ("Miles de campesinos salieron a las calles para protestar contra el gobierno de Bolivia.", "es", "BOL"),
    ("Miles de campesinos bolivianos caminaron hasta La Paz para protestar.", "es", None),
    ("Los estudiantes se desnudaron frente al Congreso para protestar contra el gobierno de Chile.", "es", "CHL"),
])
def test_a_protest_named_as_a_purpose_happened(text: str, language: str, target: str | None) -> None:
    protests = [e for e in _events(text, language) if e[4].startswith("14")]
    assert protests, _events(text, language)
    if target:
        assert any(e[2] == target for e in protests)


@pytest.mark.parametrize(("text", "language"), [
    ("Venezuela planned an offensive to attack Colombia.", "en"),  # a purpose of force is only aimed at
    ("Rusia envió asesores para entrenar al ejército de Venezuela.", "es"),
])
def test_other_purposes_stay_aims(text: str, language: str) -> None:
    assert not any(e[4].startswith(("14", "19")) and e[2] == "COL" for e in _events(text, language))


@pytest.mark.parametrize(("text", "language", "sector"), [
    ("El alcalde fue secuestrado por un centenar de paramilitares.", "es", "UAF"),
    ("The mayor was kidnapped by dozens of rebels.", "en", "REB"),
    ("Un periodista fue secuestrado por un grupo de guerrilleros.", "es", "REB"),
])
def test_the_preposition_before_a_number_noun_governs_the_group(text: str, language: str, sector: str) -> None:
    events = _events(text, language)
    assert any(e[1] == sector and e[4].startswith("18") for e in events), events


@pytest.mark.parametrize(("text", "language", "sector"), [
    ("Cientos de estudiantes caminaron hasta la embajada de Rusia en Caracas para protestar.", "es", "EDU"),
    ("El terrorista venezolano llegó a la Corte de Justicia de París para protestar.", "es", "UAF"),
])
def test_the_subject_of_a_protest_purpose_is_the_clause_subject_not_the_place_before_it(
        text: str, language: str, sector: str) -> None:
    protests = [e for e in _events(text, language) if e[4].startswith("14")]
    assert protests and all(e[1] == sector for e in protests), protests


@pytest.mark.parametrize(("text", "language", "sector", "code"), [
    ("Los pilotos iniciaron una huelga.", "es", "LAB", "143"),
    ("Los desocupados protestaron contra el gobierno de Argentina.", "es", "LAB", "140"),
    ("Los hinchas se manifestaron contra el gobierno de Chile.", "es", "CVL", "141"),
    ("The pilots went on strike.", "en", "LAB", "143"),
])
def test_groups_the_tables_lacked_act_with_no_country(text: str, language: str, sector: str, code: str) -> None:
    assert any(e[0] is None and e[1] == sector and e[4] == code for e in _events(text, language)), \
        _events(text, language)


def test_people_acted_on_are_a_target_group() -> None:
    assert ("COP", None, "CVL") in {(e[1], e[2], e[3]) for e in _events("The police arrested dozens of people.", "en")}


@pytest.mark.parametrize(("text", "language"), [
    ("Russian troops marched into Crimea.", "en"),
    ("Las tropas rusas marcharon sobre Kiev.", "es"),
])
def test_forces_that_march_neither_protest_nor_visit(text: str, language: str) -> None:
    assert not any(e[4].startswith(("04", "14")) for e in _events(text, language)), _events(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Estudiantes peruanos marcharon hacia la embajada ecuatoriana para protestar.", "es"),
    ("Peruvian students marched to the Ecuadorian embassy in Lima.", "en"),
])
def test_a_crowd_marching_to_an_embassy_addresses_its_state(text: str, language: str) -> None:
    """Coder 0.3.22: a city or a square a crowd marches to is where it protests; an embassy is its state."""
    events = _events(text, language)
    assert any(e[4] == "141" and e[2] == "ECU" for e in events), events


@pytest.mark.parametrize(("text", "language"), [
    ("Protesters in Lima rallied against Ecuador.", "en"),
    ("Thousands protested in Lima against Ecuadorian tariffs.", "en"),
    ("Manifestantes en Lima protestaron contra Ecuador.", "es"),
])
def test_protesters_named_by_no_state_are_of_the_place_they_protest_in(text: str, language: str) -> None:
    """Coder 0.3.22: a protest by unnamed protesters "in Lima" is by Peruvians (the sector stays theirs)."""
    events = _events(text, language)
    assert any(e[0] == "PER" and e[2] == "ECU" and e[4].startswith("14") for e in events), events
