"""Text coder: "called X '...'" names X; "called X" on the phone is a consultation.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def codes(text: str) -> set[str]:
    return {e.cameo for e in code_text(text, language="en")}


@pytest.mark.parametrize("text", [
    'The minister, who once called Chile "a bad neighbour," flew to Lima.',
    "Bolivia called Paraguay a threat to the region.",
])
def test_calling_a_state_something_is_no_phone_call(text: str) -> None:
    assert not any(c.startswith("041") for c in codes(text))


def test_a_call_to_a_leader_is_still_a_phone_call() -> None:
    assert "041" in codes("The Peruvian president called his Chilean counterpart on Tuesday.")
