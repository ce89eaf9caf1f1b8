"""Text coder, coder 0.3.24: a visit or meeting that opens the sentence, and the main clause after it.

- a title between the comma and the name is no gap between them: "Durante una visita a Caracas, el canciller
  chino Wang Yi firmó ..." is Wang Yi's visit, and what he signed is signed with Venezuela;
- a meeting told by a gerund at the start ("Visiting Managua, Iran's president promised ...", "Meeting Putin in
  Moscow, Maduro signed ...", "Visitando Managua, ...") frames the main clause: what is promised or signed there is
  promised to or signed with the one met.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _pairs(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo[:2])
            for e in code_text(text, language=language) if not e.negated}


def test_a_title_before_the_name_after_a_fronted_visit() -> None:
    assert _pairs("Durante una visita a Caracas, el canciller chino Wang Yi firmó tres acuerdos.", "es") == {
        ("CHN", "VEN", "04"), ("VEN", "CHN", "04"), ("CHN", "VEN", "05"), ("VEN", "CHN", "05")}


@pytest.mark.parametrize(("text", "language", "act"), [
    ("Visiting Managua, Iran's president promised to expand energy cooperation.", "en", ("IRN", "NIC", "03")),
    ("Visitando Managua, el presidente iraní prometió ampliar la cooperación.", "es", ("IRN", "NIC", "03")),
    ("Meeting Putin in Moscow, Maduro signed three agreements.", "en", ("VEN", "RUS", "05")),
])
def test_a_gerund_meeting_at_the_start_frames_the_main_clause(text: str, language: str, act: tuple) -> None:
    assert act in _pairs(text, language)
