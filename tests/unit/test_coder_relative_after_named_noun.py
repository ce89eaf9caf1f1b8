"""Text coder, coder 0.3.42: the clause "que ..." after an actor's noun and the name it goes with ("según la
empresa estatal ucraniana Energoatom, que exigió su liberación") describes that actor, as it did when no name stood
between; the verb had taken the sentence's first doer instead.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from flows.normalize.coder import code_text


def test_the_relative_describes_the_named_actor() -> None:
    events = code_text("Tropas rusas detuvieron a dos técnicos, según la empresa estatal ucraniana Ukrenergo, que "
                       "exigió su liberación inmediata.", None, "es")
    demands = [e for e in events if e.cameo.startswith("10")]
    assert demands and all(e.source.country == "UKR" and e.target.country == "RUS" for e in demands)
