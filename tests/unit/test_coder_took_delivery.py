"""Text coder, coder 0.3.32: taking delivery is receiving.

"Turkey took delivery of the first parts of Russia's S-400 system": the subject receives (the dictionary read
"took" as a seizure, 171); the state whose goods they were, named by a possessive right after, gave them
(072 from Russia).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_took_delivery_of_a_states_system() -> None:
    events = triples("India took delivery of the first parts of Russia's S-400 system on Friday.", "en")
    assert ("RUS", "IND", "072") in events
    assert not any(code.startswith("17") for _, _, code in events)


def test_took_delivery_is_no_seizure() -> None:
    events = triples("India took delivery of the S-400 system on Friday.", "en")
    assert not any(code.startswith("17") for _, _, code in events)
