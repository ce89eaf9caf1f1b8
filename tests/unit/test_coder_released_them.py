"""Text coder, coder 0.3.41: "then released them" frees the people the earlier act named, whose state the pronoun
stands for (0841 to their state), as "detained them" and "ordered him to leave" already did.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_released_them_frees_the_people_named_before() -> None:
    events = triples("Venezuela detained six Colombian soldiers near the border, then released them two days later.",
                     "en")
    assert ("VEN", "COL", "173") in events
    assert any(src == "VEN" and tgt == "COL" and code.startswith("08") for src, tgt, code in events)
