"""Text coder, coder 0.3.24: a seized ship's cargo and destination.

"seized a supertanker carrying Iranian crude to Syria", "a tanker carrying Iranian oil bound for Venezuela": the
state the cargo is carried to is where it went, not whom the seizure is aimed at; the cargo's state is.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


@pytest.mark.parametrize("text", [
    "British Royal Marines helped authorities in Gibraltar seize a supertanker carrying Iranian crude to Syria.",
    "The US seized a tanker carrying Iranian oil bound for Venezuela.",
])
def test_a_seizure_is_aimed_at_the_cargos_state(text: str) -> None:
    seized = {e.target and e.target.country for e in code_text(text, language="en") if e.cameo == "171"}
    assert seized == {"IRN"}


def test_a_flag_still_names_the_target() -> None:
    events = code_text("Iran seized a British-flagged tanker in the Strait of Hormuz.", language="en")
    assert {(e.source.country, e.target and e.target.country, e.cameo) for e in events} == {("IRN", "GBR", "171")}
