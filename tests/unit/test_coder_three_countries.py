"""Text coder, coder 0.3.24: "the three countries", "los tres países" stand for a list of states named before.

"Spain, Ireland and Norway recognised a Palestinian state, and Israel recalled its ambassadors to the three
countries": the phrase stands for the last list of that many states joined by commas and "and"/"y" before it, so
the recall is aimed at each; with no such list it stays unresolved.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _recalls(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country) for e in code_text(text, language=language)
            if e.cameo.startswith("16")}


@pytest.mark.parametrize(("text", "language"), [
    ("Spain, Ireland and Norway recognised a Palestinian state, and Israel recalled its ambassadors to the three "
     "countries.", "en"),
    ("España, Irlanda y Noruega reconocieron al Estado palestino, e Israel llamó a consultas a sus embajadores en "
     "los tres países.", "es"),
])
def test_the_three_countries_are_the_three_listed(text: str, language: str) -> None:
    assert _recalls(text, language) == {("ISR", "ESP"), ("ISR", "IRL"), ("ISR", "NOR")}


def test_with_no_list_of_three_the_phrase_stays_unresolved() -> None:
    assert _recalls("Spain and Ireland recognised a Palestinian state, and Israel recalled its ambassadors to the "
                    "three countries.", "en") == set()
