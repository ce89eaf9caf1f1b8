"""Text coder, coder 0.3.33: forces sent to the waters off a state are shown to it (150), not given to it.

"is sending three guided-missile destroyers and about 4,000 sailors and Marines to waters off Venezuela": a long
list of what is sent no longer hides that the destination is a state's waters ("waters off X" joins "waters of X").

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_destroyers_and_marines_to_waters_off_a_state() -> None:
    events = triples("The Pentagon is sending three guided-missile destroyers and about 4,000 sailors and Marines to "
                     "waters off Venezuela.", "en")
    assert ("USA", "VEN", "150") in events
    assert not any(code.startswith("07") for _, _, code in events)
