"""Text coder, coder 0.3.42: the speaker of a report that closes the sentence (", Donald Trump announced", ",
Brazil's foreign ministry said") is no party to the act told before it, so a nominal act with no target of its own
does not take the speaker as its target.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from tests.coded import triples


@pytest.mark.parametrize("text", [
    "Ecuador and Peru agreed to a ceasefire after four days of missile and drone strikes, Lula announced.",
    "Ecuador and Peru agreed to a ceasefire after four days of missile and drone strikes, Brazil's foreign ministry "
    "said.",
])
def test_the_closing_speaker_is_no_target(text: str) -> None:
    """The second held before (a guard: the speaker's organ after "'s" is skipped as well)."""
    events = triples(text, "en")
    assert not any(tgt == "BRA" for _, tgt, _ in events)
    assert ("ECU", "PER", "190") in events
