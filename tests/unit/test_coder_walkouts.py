"""Text coder, coder 0.3.27: walking out of a meeting when another state's delegate speaks.

"walked out of a G20 finance meeting in Washington when the Russian delegate began to speak": the walkout (143) is
aimed at the state whose delegate spoke, though a place and the meeting stand between; the meeting walked out of is
no meeting the walkers held with each other (no 040 between them). A walkout with no speaker after it stays
one-sided, and a meeting held after a boycott is still one. A name no dictionary knows before a verb ("a day after
Nancy Pelosi left Taipei") is that verb's subject: the earlier clause's doer does not go on into it.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import Triple, triples


def _events(text: str) -> set[Triple]:
    return triples(text, "en")


def test_a_walkout_is_aimed_at_the_state_whose_delegate_spoke() -> None:
    events = _events("The Canadian and Japanese delegations walked out of a G20 finance meeting in Washington when "
                     "the Russian delegate began to speak.")
    assert {("CAN", "RUS", "143"), ("JPN", "RUS", "143")} <= events
    assert not any(code.startswith("04") for _, _, code in events)


def test_a_meeting_after_a_boycott_is_still_a_meeting() -> None:
    events = _events("Russia boycotted the summit and met Chinese officials instead.")
    assert ("RUS", "CHN", "040") in events


def test_a_name_no_dictionary_knows_is_a_subject_of_its_own() -> None:
    # "a day after Nancy Pelosi left Taipei": the earlier doer (China) does not go on into "left Taipei"
    events = _events("China began military drills near the island on Thursday, a day after Jonathan Whitcombe left "
                     "Taipei.")
    assert ("CHN", "TWN", "150") in events
    assert not any(code.startswith("04") for _, _, code in events)
