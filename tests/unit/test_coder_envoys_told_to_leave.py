"""Text coder, coder 0.3.32: envoys told to leave, in more words.

"Ordered the Japanese consul to leave the country", "ordered him out of the country", "gave France's ambassador
48 hours to leave": telling a diplomat to go is expelling him (161), not the expulsion of a private person (174)
nor an ultimatum (139). "Gave Maduro 48 hours to leave" names no envoy and stays an ultimatum.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_ordered_a_consul_to_leave() -> None:
    assert ("RUS", "JPN", "161") in triples("Russia ordered the Japanese consul to leave the country.", "en")


def test_ordered_him_out_of_the_country() -> None:
    events = triples("Russia detained a Japanese consul and ordered him out of the country.", "en")
    assert ("RUS", "JPN", "161") in events


def test_gave_an_ambassador_hours_to_leave() -> None:
    events = triples("Mali's junta gave France's ambassador 72 hours to leave the country.", "en")
    assert ("MLI", "FRA", "161") in events


def test_hours_given_to_a_leader_stay_an_ultimatum() -> None:
    events = triples("Trump gave Maduro 48 hours to leave the country.", "en")
    assert not any(code == "161" for _, _, code in events)
