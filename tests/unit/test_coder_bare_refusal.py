"""Text coder, coder 0.3.42: a refusal with no object ("..., but Berlin refused.") rejects what was asked (120),
aimed at whoever asked; the dictionaries give the bare verb "refuse" no code, so it coded nothing.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_a_bare_refusal_rejects_the_asker() -> None:
    events = triples("Poland asked Germany to pay reparations for the war, but Berlin refused.", "en")
    assert any(s == "POL" and t == "DEU" and c.startswith("02") for s, t, c in events)
    assert ("DEU", "POL", "120") in events


def test_refusing_to_act_keeps_its_own_code() -> None:
    """Guard: "refuse to" has its own row."""
    events = triples("Germany refused to send tanks to Poland.", "en")
    assert any(s == "DEU" and t == "POL" and c.startswith("12") and c != "120" for s, t, c in events)
