"""Text coder, coder 0.3.20: refusals of a demand, "both" as the subject of a clause, withdrawing from a treaty.

- "refused" (or "declined", "ignored", "defied") a demand, request, call, offer, deadline or ultimatum is a rejection
  (CAMEO 12) aimed at the one who made it; "refused to" + verb was one already.
- "both", "both governments", "ambos (países)" before a verb with no subject of its own stand for the last pair
  of actors joined by "and"/"y" before them. With a clause of cause ("after both refused"), what they did is aimed
  at the main act's doer.
- A verb joined by "and"/"y" to an earlier one takes that verb's subject, not the owner of a noun in its object.
- "withdrew the United States from the deal with X" reduces relations with X (160) as "withdrew from" does; the
  Paris climate agreement is named after a city, not a deal with France.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _codes(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo[:2])
            for e in code_text(text, dt.date(2020, 1, 1), language=language) if not e.negated}


@pytest.mark.parametrize("text", [
    "Chile refused Peru's demand for a new border commission.",
    "Chile declined a Peruvian request to reopen the consulate.",
    "Chile ignored Lima's deadline to hand over the documents.",
    "Chile defied Peru's call for an apology.",
])
def test_refusing_a_demand_rejects_the_one_who_made_it(text: str) -> None:
    assert ("CHL", "PER", "12") in _codes(text, "en")


def test_refusing_a_comment_is_still_no_rejection_of_a_state() -> None:
    assert not any(c[2] == "12" for c in _codes("Chile refused to comment on the report.", "en"))


@pytest.mark.parametrize(("text", "language"), [
    ("Peru cut fuel exports to Chile and Bolivia after both refused to pay in soles.", "en"),
    ("Peru cut fuel exports to Chile and Bolivia after both governments refused to pay in soles.", "en"),
    ("Perú cortó las exportaciones de combustible a Chile y Bolivia después de que ambos se negaran a pagar en "
     "soles.", "es"),
])
def test_both_stands_for_the_pair_named_last(text: str, language: str) -> None:
    codes = _codes(text, language)
    assert {("CHL", "PER", "12"), ("BOL", "PER", "12")} <= codes, codes


def test_both_after_a_single_actor_is_no_one() -> None:
    codes = _codes("Peru cut fuel exports to Chile after both sides refused to pay.", "en")
    assert not any(c[2] == "12" for c in codes), codes


def test_both_in_a_main_clause_does_what_the_pair_does() -> None:
    codes = _codes("Peru and Bolivia agreed on a pipeline, and both later signed a deal with Chile.", "en")
    assert {("PER", "CHL", "05"), ("BOL", "CHL", "05")} <= codes, codes


@pytest.mark.parametrize(("text", "language"), [
    ("Chile rechazó la oferta de diálogo de Perú y acusó a Lima de mentir.", "es"),
    ("Chile rejected Peru's offer of talks and accused Lima of lying.", "en"),
])
def test_a_verb_joined_to_another_takes_its_subject_not_the_owner_of_its_object(text: str, language: str) -> None:
    """Coder 0.3.20: "rechazó la oferta de Perú y acusó a Lima": Chile accuses, not Peru (the offer's owner)."""
    assert ("CHL", "PER", "11") in _codes(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Trump withdrew the United States from the fisheries treaty with Peru.", "en"),
    ("Retiró Trump a Estados Unidos del tratado pesquero con Perú.", "es"),
])
def test_withdrawing_ones_state_from_a_treaty_reduces_relations_with_the_other_party(text: str, language: str) -> None:
    """Coder 0.3.20: "withdrew the United States from the nuclear deal with Iran" as "withdrew from" (160)."""
    assert ("USA", "PER", "16") in _codes(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Chile withdrew from the Paris climate agreement.", "en"),
    ("Chile se retiró del acuerdo de París.", "es"),
])
def test_the_paris_agreement_is_no_deal_with_france(text: str, language: str) -> None:
    assert not any("FRA" in c for c in _codes(text, language))


@pytest.mark.parametrize(("text", "language"), [
    ("Cuba denied sending troops to Venezuela and accused Washington of lying.", "en"),
    ("Cuba no envió tropas a Venezuela y acusó a Washington de mentir.", "es"),
])
def test_a_denial_does_not_negate_the_verb_joined_after_it(text: str, language: str) -> None:
    """Coder 0.3.21: the negation cue before "and" belongs to the first verb; the accusation after it happened."""
    events = code_text(text, language=language)
    assert any((e.source.country, e.target and e.target.country, e.cameo, e.negated) == ("CUB", "USA", "112", False)
               for e in events)
    assert all(e.negated for e in events if e.cameo.startswith("07"))


@pytest.mark.parametrize(("text", "language", "target"), [
    ("Washington excluded Cuba, Venezuela and Nicaragua from the summit.", "en", "NIC"),
    ("Washington excluyó a Cuba de la cumbre.", "es", "CUB"),
    ("The United States blocked Iran's application to join the trade body.", "en", "IRN"),
])
def test_keeping_a_state_out_is_a_rejection(text: str, language: str, target: str) -> None:
    """Coder 0.3.21: excluding a state, or blocking its application, rejects it (12x), not coercion (the
    dictionary's 170)."""
    codes = {(e.source.country, e.target and e.target.country, e.cameo) for e in code_text(text, language=language)}
    assert any(s == "USA" and t == target and c.startswith("12") for s, t, c in codes), codes
    assert not any(c.startswith("17") for _, _, c in codes)
