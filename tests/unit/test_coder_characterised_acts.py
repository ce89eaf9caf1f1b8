"""Text coder, coder 0.3.30: an act characterised by the state it hit.

"... boarded Philippine navy boats, injuring a sailor and seizing rifles, in what the Philippine military chief
called an act of piracy": a state after "in what (the)" names the act, it is no target of the act before, and it
criticises that act's doer. "Seoul called the move economic retaliation": a characterisation of the move named
before, not a telephone call.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_in_what_the_namer_called_criticises_the_doer() -> None:
    events = triples("Chinese coast guard personnel boarded Vietnamese fishing boats, injuring a sailor and seizing "
                     "nets, in what the Vietnamese foreign ministry called an act of piracy.", "en")
    assert ("VNM", "CHN", "111") in events
    assert ("CHN", "VNM", "171") in events


def test_the_namer_is_no_target_of_the_act_before() -> None:
    events = triples("Russian troops seized the port, in what the Ukrainian navy called an act of aggression.", "en")
    assert ("RUS", "UKR", "171") not in events


def test_called_the_move_economic_retaliation_is_criticism() -> None:
    events = triples("China restricted exports of gallium to Japan, and Tokyo called the move economic coercion.",
                     "en")
    assert ("JPN", "CHN", "111") in events
    assert not any(code == "041" for _, _, code in events)
