"""Text coder, coder 0.3.34: people charged by prosecutors or a court, indicted, or formally charged are taken to
court (173, CAMEO's "charge with legal action"), not only accused (112).

"U.S. prosecutors charged Maduro with narco-terrorism", "the Justice Department indicted Maduro", "Britain formally
charged a Russian officer", "la fiscalía imputó a cinco funcionarios iraníes": a legal case against people. A
government charging a state or a person in words ("Russia charged the United States with meddling", "The United
States charged Maduro with drug trafficking") and Spanish's plain "acusó a X de" stay accusations (112).

"indicted ... on drug trafficking charges" was already 173 before this rule (its charges noun) and stays so.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, dt.date(2020, 3, 26), language)}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("U.S. prosecutors charged Nicolás Maduro with narco-terrorism on Thursday.", "en", {("USA", "VEN", "173")}),
    ("The U.S. Justice Department indicted Nicolás Maduro on drug trafficking charges.", "en", {("USA", "VEN", "173")}),
    ("Britain formally charged a Russian intelligence officer over the poisoning.", "en", {("GBR", "RUS", "173")}),
    ("La fiscalía argentina imputó a cinco funcionarios iraníes por el atentado.", "es", {("ARG", "IRN", "173")}),
])
def test_a_legal_case_against_people_is_coded_173(text: str, language: str, expected: set[tuple]) -> None:
    assert _events(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Russia charged the United States with meddling.", "en", {("RUS", "USA", "112")}),
    ("The United States charged Maduro with drug trafficking.", "en", {("USA", "VEN", "112")}),
    ("La fiscalía venezolana acusó a Colombia de planear un ataque.", "es", {("VEN", "COL", "112")}),
])
def test_charges_in_words_stay_accusations(text: str, language: str, expected: set[tuple]) -> None:
    assert _events(text, language) == expected
