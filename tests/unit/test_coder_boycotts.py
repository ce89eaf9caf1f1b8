"""Text coder, coder 0.3.18: staying away from an event another state hosts is a protest against the host (143).

- The absent side is the state inside the words of absence ("no U.S. officials would attend", "ningún
  funcionario estadounidense asistirá") or the closest before them; the host is named after the event ("in
  Russia", "de Pekín") or inside its name ("the Beijing Winter Olympics", "el Mundial de Rusia").
- A sports phrase that would discard the sentence ("World Cup") does not when the sentence says someone stays
  away: a boycott of a sports event is political.
- No host named, no event: staying away from a summit says nothing about whom it protests.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.absences import absences
from flows.normalize.coder import code_text


def _codes(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, dt.date(2020, 1, 1), language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language"), [
    ("Chile's ministers will not attend the World Cup in Peru this summer.", "en"),
    ("The foreign minister said no Chilean officials would attend the Lima Winter Games.", "en"),
    ("Chile said it would boycott the summit in Lima.", "en"),
    ("Santiago anunció que ningún ministro chileno asistirá al Mundial de Perú.", "es"),
    ("Chile no enviará a ningún miembro de su Gobierno a los Juegos Olímpicos de Lima.", "es"),
])
def test_staying_away_from_a_hosted_event_is_a_protest_against_the_host(text: str, language: str) -> None:
    assert ("CHL", "PER", "143") in _codes(text, language)


def test_no_host_no_protest() -> None:
    codes = _codes("Chile's president will not attend the summit of the regional bloc.", "en")
    assert not any(c[2] == "143" for c in codes), codes


def test_a_match_at_the_world_cup_stays_discarded() -> None:
    assert not _codes("Chile beat Peru 2-0 at the World Cup on Tuesday.", "en")
    assert not absences("chile beat peru 2-0 at the world cup on tuesday.")


def test_attending_is_no_absence() -> None:
    assert not absences("chile's ministers will attend the summit in lima.")
    assert absences("chile's ministers will not attend the summit in lima.")


@pytest.mark.parametrize(("text", "language"), [
    ("Chilean diplomats walked out of the U.N. Human Rights Council on Tuesday as Peru's foreign minister began "
     "a video address.", "en"),
    ("Los diplomáticos chilenos abandonaron la sala del Consejo de Derechos Humanos de la ONU en Ginebra cuando "
     "comenzó a hablar el canciller peruano.", "es"),
])
def test_a_walkout_from_a_long_named_body_is_aimed_at_the_speaker(text: str, language: str) -> None:
    codes = _codes(text, language)
    assert any(c[:2] == ("CHL", "PER") and c[2].startswith("14") for c in codes), codes


@pytest.mark.parametrize(("text", "language"), [
    ("Chile's president will not attend the summit hosted by Peru next month.", "en"),
    ("Chile will boycott the regional forum organized by Lima.", "en"),
    ("El presidente de Chile no asistirá a la Cumbre del Pacífico convocada por Perú.", "es"),
])
def test_the_one_who_hosts_or_convenes_the_event_is_the_host(text: str, language: str) -> None:
    assert ("CHL", "PER", "143") in _codes(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Chile said it would boycott the Los Angeles Olympics.", "en"),
    ("India stayed away from the summit in Johannesburg.", "en"),
    ("Anunció Chile que boicotearía los Juegos Olímpicos de Los Ángeles.", "es"),
])
def test_a_city_the_dictionaries_place_names_the_host(text: str, language: str) -> None:
    codes = _codes(text, language)
    assert any(c[2] == "143" and c[1] in ("USA", "ZAF") for c in codes), codes


def test_states_that_join_another_in_an_act_do_it_too() -> None:
    codes = _codes("Chile, Bolivia and Ecuador joined Argentina in a diplomatic boycott of the Lima Games.", "en")
    assert {("ARG", "PER", "143"), ("CHL", "PER", "143"), ("BOL", "PER", "143"), ("ECU", "PER", "143")} <= codes, \
        codes
    sanctions = _codes("Chile joined Argentina in imposing sanctions on Peru.", "en")
    assert {("ARG", "PER", "163"), ("CHL", "PER", "163")} <= sanctions, sanctions


@pytest.mark.parametrize(("text", "language"), [
    ("Chile, Bolivia and Ecuador boycotted the opening ceremony of the Lima Games.", "en"),
    ("Chile, Bolivia y Ecuador boicotearon la ceremonia de inauguración de los Juegos de Lima.", "es"),
    ("Boicotearon los presidentes de Chile, Bolivia y Ecuador la ceremonia de inauguración de los Juegos de Lima.",
     "es"),
])
def test_every_state_of_a_compound_subject_boycotts_the_host(text: str, language: str) -> None:
    """Coder 0.3.20: each state joined to the absent one stays away too, and a subject put after a Spanish verb
    ("Boicotearon los presidentes de A, B y C la ceremonia") is the absent side, not the host."""
    codes = _codes(text, language)
    assert {("CHL", "PER", "143"), ("BOL", "PER", "143"), ("ECU", "PER", "143")} <= codes, codes


@pytest.mark.parametrize(("text", "language"), [
    ("Chile's foreign minister said he would skip the G20 foreign ministers' meeting in Lima.", "en"),
    ("Santiago anunció que ningún ministro ni miembro de la delegación oficial asistirá al Mundial de Perú.", "es"),
])
def test_a_longer_event_name_and_a_longer_absent_group(text: str, language: str) -> None:
    """Coder 0.3.20: the event's name may go on past its first event word ("the G20 ... meeting in Lima"), and the
    words of absence may name a longer group ("ningún ministro ni miembro de la delegación oficial")."""
    assert ("CHL", "PER", "143") in _codes(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Chile anunció un boicot diplomático a los Juegos Olímpicos de Pekín.", "es"),
    ("Chile se sumó al boicot diplomático de los Juegos Olímpicos de Pekín.", "es"),
    ("El presidente chileno no estará presente en los Juegos Olímpicos de Pekín.", "es"),
    ("No Chilean official attended the Beijing Olympics.", "en"),
])
def test_a_boycott_noun_and_past_absences_are_protests(text: str, language: str) -> None:
    """Coder 0.3.21: the Spanish noun "boicot" (the cue knew only the verb), "no estará presente en", and an
    absence told in the past ("No Chilean official attended") are protests by absence against the host."""
    assert ("CHL", "CHN", "143") in {(e.source.country, e.target and e.target.country, e.cameo)
                                     for e in code_text(text, language=language) if not e.negated}
