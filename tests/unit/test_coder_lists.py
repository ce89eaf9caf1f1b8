"""Text coder, coder 0.3.20: a list of states closed by a group that is no actor ("Chile, Peru and other
countries", "Chile, Perú y la mayoría de los países") names each state as one side; speakers joined by "and" all speak.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _codes(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo[:2])
            for e in code_text(text, dt.date(2020, 1, 1), language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language"), [
    ("The envoys of Chile, Peru and several other countries walked out when the Bolivian minister spoke.", "en"),
    ("Los embajadores de Chile, Perú y otros países andinos abandonaron la sala cuando habló el canciller "
     "boliviano.", "es"),
    ("Los embajadores de Chile, Perú y la mayoría de los países andinos abandonaron la sala cuando habló el "
     "canciller boliviano.", "es"),
])
def test_each_state_of_a_list_closed_by_a_group_acts(text: str, language: str) -> None:
    codes = _codes(text, language)
    assert {("CHL", "BOL", "14"), ("PER", "BOL", "14")} <= codes, codes



@pytest.mark.parametrize(("text", "language"), [
    ("Chile and Peru declared a new partnership at a meeting in Quito.", "en"),
    ("Chile y Perú declararon una nueva alianza en una reunión en Quito.", "es"),
])
def test_joined_speakers_both_speak(text: str, language: str) -> None:
    """Coder 0.3.20: "Putin and Xi declared ... at a meeting": the subject of a reporting verb is every speaker joined
    by "and", so a noun the reported words name (the meeting) is theirs, each with the other."""
    codes = _codes(text, language)
    assert {("CHL", "PER", "04"), ("PER", "CHL", "04")} <= codes, codes


@pytest.mark.parametrize("text", ["Kim Jong Un amenazó a Seúl.", "Kim Jong Un pidió disculpas a Seúl."])
def test_a_spanish_verb_after_a_name_ending_in_an_article_word_is_a_verb(text: str) -> None:
    """Coder 0.3.20: the "Un" of "Kim Jong Un" is no article making "pidió" a noun."""
    assert any(c[:2] == ("PRK", "KOR") for c in _codes(text, "es"))


@pytest.mark.parametrize(("text", "language"), [
    ("In Quito, the presidents of Chile and Peru agreed to resolve the dispute.", "en"),
    ("En Quito, los presidentes de Chile y Perú acordaron resolver la disputa.", "es"),
])
def test_a_fronted_place_is_not_joined_to_the_subjects(text: str, language: str) -> None:
    """Coder 0.3.21: the place a sentence opens with ("In Quito,") is where the subjects act, not one of them."""
    states = {s for s, _, _ in _codes(text, language)} | {t for _, t, _ in _codes(text, language)}
    assert states == {"CHL", "PER"}



@pytest.mark.parametrize(("text", "language", "first", "second"), [
    ("Bolivia expelled Peruvian and Chilean diplomats.", "en", "PER", "CHL"),
    ("Bolivia hosted Peruvian and Chilean officials.", "en", "PER", "CHL"),
    ("Bolivia sancionó a empresas peruanas y chilenas.", "es", "PER", "CHL"),
])
def test_demonyms_joined_before_one_noun_share_it(text: str, language: str, first: str, second: str) -> None:
    """Coder 0.3.22: "Peruvian and Chilean diplomats" are diplomats of both states; the first demonym had been
    read as an adjective of nothing and dropped."""
    targets = {e.target.country for e in code_text(text, dt.date(2020, 1, 1), language=language) if e.target}
    assert {first, second} <= targets, targets


@pytest.mark.parametrize(("text", "language"), [
    ("Bolivia expelled Chile's ambassador and two Peruvian diplomats.", "en"),
    ("Bolivia expulsó a la embajadora de Chile y a dos diplomáticos peruanos.", "es"),
    ("Bolivia expulsó a la embajadora de Chile y al cónsul de Perú.", "es"),
])
def test_objects_joined_with_a_count_or_the_personal_a_are_each_a_target(text: str, language: str) -> None:
    """Coder 0.3.23: "and two ...", "y a ...", "y al ..." join a second object like "and the ..."."""
    targets = {e.target.country for e in code_text(text, language=language) if e.target and e.cameo == "161"}
    assert targets == {"CHL", "PER"}


def test_a_count_alone_joins_no_one() -> None:
    events = code_text("Aterrizaron en Caracas dos bombarderos estratégicos rusos.", language="es")
    assert {(e.source.country, e.target and e.target.country) for e in events} == {("RUS", "VEN")}
