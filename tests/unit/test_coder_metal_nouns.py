"""Text coder, coder 0.3.36: the Spanish metal nouns "cobre", "acero", "oro" (and "cemento") are not forms of the
verbs "cobrar", "acerar", "orar" ("cementar") the lemmatizer reads them as: "exportaron menos cobre" codes nothing.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text
from flows.normalize.tokens import lemma


@pytest.mark.parametrize("word", ["cobre", "acero", "oro", "cemento"])
def test_metal_nouns_are_their_own_lemma(word: str) -> None:
    assert lemma(word, "es") == word


def test_exporting_copper_is_no_event_between_the_exporters() -> None:
    assert code_text("Chile y Perú exportaron menos cobre el año pasado.", dt.date(2024, 3, 1), "es") == []
