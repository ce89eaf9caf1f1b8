"""Text coder, coder 0.3.27: an act told and then judged in the same sentence.

- "y la condenó", "y lo acusó de": a Spanish object pronoun before a singular past verb is no article before a
  noun; the verb keeps the first verb's subject and judges what the first act was done to;
- ", calling the gesture grave", "and called the deal an act of aggression": a characterisation of "the" act just
  told criticises that act's target (111); evaluative words such as "grave" and "unprecedented" make "call X Y" a
  criticism, not a telephone call;
- ", the Thai military chief said, calling it an act of piracy": the gerund after a speaker named by a demonym and
  an office is the speaker's, as after "Ukraine's presidential office said";
- "deported Afghans, a mass expulsion that Kabul called a crime": a noun in apposition renames the act just told, so
  the clause's subject does not own it;
- "Rusia deportó a miles de ucranianos": a dictionary pattern with the target before the verb and the source after
  it ("+ deportados de $") is a participle's; a finite verb keeps its doer;
- "the Taliban administration in Kabul condemned the expulsions": an armed group named right before a government
  named by its seat is that government (Afghanistan's), so it can condemn the act told before; ", and the Afghan
  government condemned" opens a clause of its own, the article before its subject notwithstanding.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_sentence
from tests.coded import Triple, triples


def _events(text: str, language: str) -> set[Triple]:
    return triples(text, language)


@pytest.mark.parametrize(("text", "code"), [
    ("Quito rechazó la propuesta de Lima y la condenó.", "111"),
    ("Quito rechazó la propuesta de Lima y la calificó de maniobra.", "111"),
])
def test_a_spanish_pronoun_object_before_a_past_verb_keeps_the_verb(text: str, code: str) -> None:
    events = _events(text, "es")
    assert ("ECU", "PER", "120") in events
    assert ("ECU", "PER", code) in events


def test_an_article_before_a_noun_stays_a_noun() -> None:
    # "la ayuda" is the aid sent, not a verb "ayudar" whose object is a pronoun
    events = _events("Quito envió la ayuda a Lima.", "es")
    assert {code[:2] for _, _, code in events} == {"07"}


@pytest.mark.parametrize("text", [
    "Rabat recalled its ambassador from Tunis, calling the gesture grave and unprecedented.",
    "Rabat recalled its ambassador from Tunis and called the decision an act of hostility.",
])
def test_the_act_just_told_judged_criticises_its_target(text: str) -> None:
    events = _events(text, "en")
    assert ("MAR", "TUN", "161") in events
    assert ("MAR", "TUN", "111") in events


def test_an_evaluative_word_makes_a_call_a_criticism() -> None:
    events = _events("Seoul called Tokyo's move dangerous.", "en")
    assert ("KOR", "JPN", "111") in events
    assert not any(code == "041" for _, _, code in events)


def test_the_gerund_after_a_demonym_speaker_is_the_speakers() -> None:
    events = _events("Cambodian troops seized a Thai patrol boat near the border, the Thai military chief said, "
                     "calling it an act of piracy.", "en")
    assert ("THA", "KHM", "111") in events
    assert ("KHM", "THA", "111") not in events


def test_a_noun_in_apposition_renames_the_act_just_told() -> None:
    # the clause's subject ("Bolivians" here) owns no ", a mass expulsion": the judge's target is the expeller
    events = _events("Chile deported Bolivians on Monday, a mass expulsion that La Paz called a crime.", "en")
    assert ("BOL", "CHL", "111") in events


@pytest.mark.parametrize("text", ["Rusia deportó a miles de ucranianos.", "Chile deportó a cientos de bolivianos."])
def test_a_finite_spanish_verb_keeps_its_doer_against_a_participle_pattern(text: str) -> None:
    # the dictionary's "+ deportados de $" reads the deported before the verb and the deporter after "de"
    events = _events(text, "es")
    assert events
    assert all(source in ("RUS", "CHL") for source, _, _ in events)


def test_an_armed_group_before_a_government_seat_is_that_government() -> None:
    events = _events("Iran expelled thousands of Afghans, and the Taliban administration in Kabul condemned the "
                     "expulsions as cruel.", "en")
    assert ("AFG", "IRN", "111") in events


def test_an_armed_group_alone_stays_a_group() -> None:
    # before August 2021 (since then the Taliban are Afghanistan's government)
    found = code_sentence("The Taliban attacked a police post in Kandahar.", 0, dt.date(2019, 5, 1), "en")
    assert found and all(e.source.country is None for e in found)


@pytest.mark.parametrize("text", [
    "Iran expelled thousands of Afghans, and the Afghan government condemned the expulsions as cruel.",
    "Iran expelled thousands of Afghans, and an Afghan official condemned the expulsions as cruel.",
])
def test_and_the_opens_a_new_subject_clause(text: str) -> None:
    # ", and the Afghan government condemned": the article before the new subject still ends the first clause
    assert ("AFG", "IRN", "111") in _events(text, "en")
