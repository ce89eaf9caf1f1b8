"""Text coder precision: classes of false or mis-coded events, each with sentences of our own.

Every case names its class; the sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def coded(text: str, language: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.country, e.target.country, e.cameo) for e in code_text(text, language=language)
            if not e.negated}


def dyads(text: str, language: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for s, t, _ in coded(text, language)}


# Object phrases decide the sub-code: accented Spanish terms, nouns that look like verbs, generic verb codes.
SUBCODES = [
    ("es", "Cuba solicitó a Rusia envíos de petróleo y diésel.", ("CUB", "RUS", "0231")),  # accented term
    ("es", "Bolivia pidió ayuda económica a Brasil tras las inundaciones.", ("BOL", "BRA", "0231")),  # noun after verb
    ("en", "Honduras asked Mexico for economic help after the storm.", ("HND", "MEX", "0231")),
    ("en", "Peru asked Brazil for military help along the Amazon.", ("PER", "BRA", "0232")),
    ("en", "Ghana requested a $300 million loan from Japan.", ("GHA", "JPN", "0231")),  # vague 023 refined
]


@pytest.mark.parametrize(("language", "text", "event"), SUBCODES)
def test_object_decides_the_sub_code(language: str, text: str, event: tuple) -> None:
    assert event in coded(text, language)


def test_a_verb_in_mostly_uncoded_blocks_is_no_event() -> None:
    # "estar" sits in many blocks with no code and one with a protest code: being somewhere is no protest.
    assert not coded("Los soldados peruanos están en la frontera con Ecuador desde el lunes.", "es")
    assert not coded("Los diplomáticos chilenos siguen en Lima con sus colegas peruanos.", "es")


def test_an_adverb_the_dictionary_lists_as_a_verb_is_no_verb() -> None:
    # "cerca de la frontera" is "near the border", not "closing the border"; the verb before it keeps its target.
    assert coded("Turquía concentró tropas cerca de la frontera con Siria.", "es") == {("TUR", "SYR", "154")}


def test_forces_put_on_alert_in_the_passive_are_their_state_acting() -> None:
    assert ("CHL", "BOL", "152") in coded("Las tropas chilenas fueron puestas en alerta en la frontera con Bolivia.",
                                          "es")
