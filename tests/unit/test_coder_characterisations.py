"""Text coder, coder 0.3.13: characterising another state's act is criticism, or praise when its words praise.

"Calificar de", "tildar de", "tachar de", "catalogar como", "describe X as", "label X as" had no code (the
dictionaries file them as plain statements). A characterisation is criticism (111) of the
owner of what it characterises; when the words after the verb praise ("histórica", "historic", "fructífera",
cue kind ``praise_word``) it is praise (051).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, dt.date(2019, 6, 1), language=language) if not e.negated}


@pytest.mark.parametrize(("text", "dyad"), [
    ('Caracas calificó de "piratería" la incautación del avión venezolano por Estados Unidos.', ("VEN", "USA")),
    ('Cuba tildó de "criminal" el bloqueo de Estados Unidos.', ("CUB", "USA")),
    ('Irán catalogó como "terrorismo económico" las sanciones de Estados Unidos.', ("IRN", "USA")),
])
def test_a_spanish_characterisation_criticises_the_owner(text: str, dyad: tuple) -> None:
    assert (*dyad, "111") in _events(text, "es"), _events(text, "es")


@pytest.mark.parametrize(("text", "language", "dyad"), [
    ("Maduro calificó de histórica la visita del presidente chino.", "es", ("VEN", "CHN")),
    ("Putin described the agreement with China as historic.", "en", ("RUS", "CHN")),
])
def test_a_praising_characterisation_is_praise(text: str, language: str, dyad: tuple) -> None:
    events = _events(text, language)
    assert (*dyad, "051") in events and not any(e[2] == "111" for e in events), events


def test_to_qualify_for_a_tournament_is_no_characterisation() -> None:
    assert _events("Colombia calificó para el Mundial tras vencer a Perú.", "es") == set()
