"""Text coder, coder 0.3.42: a meeting walked out of is no meeting held, also when a longer name stands between
("walked out of a G20 finance ministers' meeting"): the walkers had been coded meeting each other.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_the_meeting_left_is_no_meeting() -> None:
    events = triples("Britain, Canada and Japan walked out of a G20 finance ministers' meeting in Rome when Russia's "
                     "representative began to speak.", "en")
    assert ("GBR", "RUS", "143") in events or ("GBR", "RUS", "140") in events
    assert not any(code.startswith("04") for _, _, code in events)
