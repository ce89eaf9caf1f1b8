"""Text coder, coder 0.3.33: the reason an act cites charges the state whose conduct it names.

"..., citing Havana's refusal to extradite", "citing Russia's invasion of Ukraine": the doer of the main act
accuses the state in the possessive (112). A cited source ("citing U.S. officials") or a conduct with no
possessive state ("citing the supply of Iranian drones") is no accusation.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_citing_a_states_refusal_accuses_it() -> None:
    events = triples("Washington put Cuba back on its list of state sponsors of terrorism, citing Havana's refusal "
                     "to extradite rebel leaders.", "en")
    assert ("USA", "CUB", "112") in events


def test_citing_a_states_invasion_accuses_it() -> None:
    events = triples("Canada imposed new sanctions on Moscow, citing Russia's invasion of Ukraine.", "en")
    assert ("CAN", "RUS", "112") in events


def test_citing_a_source_is_no_accusation() -> None:
    events = triples("Cuba agreed to host a Chinese listening station, the newspaper reported, citing U.S. officials.",
                     "en")
    assert not any(code.startswith("11") for _, _, code in events)
