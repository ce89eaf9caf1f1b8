"""Clauses, coder 0.3.41: "y el presidente Juan Manuel Santos llamó ..." opens a clause of its own.

A joined clause was found when an actor, or an article and an actor, followed "and"/"y" and a verb came after
it. A title between the article and the name ("el presidente", "the foreign minister") hid the new subject, so
the earlier verb took the president as its object, and the later verb lost its subject.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from tests.coded import triples


@pytest.mark.parametrize(("text", "language"), [
    ("Nicaragua cerró la frontera, y el presidente Rodrigo Chaves llamó a consultas a su embajador en Managua.", "es"),
    ("Nicaragua closed the border, and the president Rodrigo Chaves recalled his ambassador from Managua.", "en"),
])
def test_a_titled_name_after_and_is_the_next_clause_subject(text: str, language: str) -> None:
    events = triples(text, language)
    assert ("CRI", "NIC", "161") in events
    assert not any(src == "NIC" and tgt == "CRI" for src, tgt, _ in events)  # the president is no object


def test_an_article_and_actor_after_and_still_open_a_clause() -> None:
    """Guard (held before the change): no title between."""
    events = triples("Nicaragua cerró la frontera, y el Gobierno de Costa Rica llamó a consultas a su embajador en "
                     "Managua.", "es")
    assert ("CRI", "NIC", "161") in events
