"""Text coder, coder 0.3.36: Spanish appeal addressees joined by "y al" ("pidió al rey Felipe VI y al papa
Francisco que se disculpen") are each asked, as "y a" and "and" already joined them; an actor after "y al" that is
no addressee (too far from the one before) is not.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from flows.normalize.coder import code_text


def _requests(text: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country)
            for e in code_text(text, dt.date(2019, 3, 25), "es") if e.cameo[:2] == "02"}


def test_both_addressees_joined_by_y_al_are_asked() -> None:
    found = _requests("Andrés Manuel López Obrador pidió por carta al rey Felipe VI y al papa Francisco que se "
                      "disculpen por los abusos de la conquista.")
    assert {("MEX", "ESP"), ("MEX", "VAT")} <= found


def test_a_far_actor_after_y_al_is_no_addressee() -> None:
    found = _requests("López Obrador pidió al rey Felipe VI que se disculpe por la conquista de los pueblos "
                      "originarios y al día siguiente viajó a Roma.")
    assert ("MEX", "ITA") not in found
