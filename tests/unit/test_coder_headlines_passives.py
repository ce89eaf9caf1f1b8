"""Text coder, coder 0.3.13: headlines in capitals, and passives of violence.

In a sentence written all in capitals, one-word names that are also ordinary words ("CONTRA", the
Nicaraguan rebels; "EL", a firm; "UN" in Spanish) are the words (``name_words.csv``, kinds
``capitals_common``). A second participle joined to a passive shares its agent ("fueron secuestradas y
golpeadas por X"), and violence told in the passive with no agent is by unnamed attackers, as a victim verb's
is ("el ex alcalde fue secuestrado"): the stand-in of no country, never a state.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from flows.normalize.actors import find_actors
from flows.normalize.coder import code_text


def _actors(text: str) -> list[tuple]:
    return [(m.text, m.country, m.sector) for m in find_actors(text, dt.date(1995, 1, 1), "es")]


def test_ordinary_words_in_a_capitals_headline_are_no_names() -> None:
    found = _actors("CAMPESINOS MARCHAN CONTRA EL GOBIERNO DE HONDURAS")
    assert not any(a[1] == "NIC" or a[0] in ("CONTRA", "EL") for a in found), found
    assert ("HONDURAS", "HND", "GOV") in found or any(a[1] == "HND" for a in found), found


def test_un_in_a_spanish_headline_is_the_article_and_names_keep_their_capitals() -> None:
    assert not any(a[2] == "IGO" for a in _actors("UN SOLDADO HERIDO EN UN ATAQUE EN LA FRONTERA CON PERU"))
    assert any(a[1] == "CUB" for a in _actors("CUBA RECHAZA LAS CRITICAS DE EEUU"))


def test_the_rebels_keep_their_name_in_ordinary_case() -> None:
    assert any(a[1] == "NIC" and a[2] == "REB" for a in _actors("La Contra atacó un cuartel en Nicaragua."))


def _events(text: str, language: str) -> list[tuple]:
    return [(e.source.text, e.source.sector, e.target and e.target.text, e.cameo[:2])
            for e in code_text(text, dt.date(1995, 1, 1), language=language) if not e.negated]


def test_a_joined_participle_shares_the_passive_agent() -> None:
    events = _events("Dos periodistas fueron secuestrados y golpeados el lunes por guerrilleros.", "es")
    assert ("guerrilleros", "REB", "periodistas", "18") in events, events


def test_passive_violence_with_no_agent_is_by_unnamed_attackers() -> None:
    events = _events("El alcalde de Chilpancingo fue secuestrado en su casa junto con dos campesinos.", "es")
    assert any(e[0] == "" and e[1] == "UAF" and e[3] == "18" for e in events), events


def test_a_passive_that_is_no_violence_needs_a_named_doer() -> None:
    assert _events("Dos campesinos fueron invitados a la ceremonia.", "es") == []


def test_a_body_found_is_no_violence_by_anyone() -> None:
    """The Spanish dictionary codes "el cadáver fue hallado" as violence (180); no one is said to have done it."""
    assert _events("El cadáver de un campesino fue hallado en una finca del Cauca.", "es") == []
