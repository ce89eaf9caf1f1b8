"""Text coder, coder 0.3.33: a case or complaint filed at a court or the WTO is a legal action (115).

"filed a case at the International Court of Justice accusing Israel", "filed complaints at the World Trade
Organization against Poland, Hungary and Slovakia": 115 against the state sued, not a formal protest (114). The
World Trade Organization is an IGO (the dictionaries lacked its name and read a bare "Organization" as an armed
group); after "with" in a complaint it is the forum, and the state after it the target. A complaint lodged with a
state stays a formal protest.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_case_at_the_world_court_names_the_accused() -> None:
    events = triples("South Africa filed a case at the International Court of Justice accusing Israel of genocide.",
                     "en")
    assert ("ZAF", "ISR", "115") in events


def test_complaints_at_the_wto_against_three_states() -> None:
    events = triples("Ukraine filed complaints at the World Trade Organization against Poland, Hungary and Slovakia "
                     "over their bans on its grain.", "en")
    assert {("UKR", "POL", "115"), ("UKR", "HUN", "115"), ("UKR", "SVK", "115")} <= events


def test_the_wto_after_with_is_the_forum() -> None:
    text = "China filed a complaint with the WTO against U.S. tariffs on its solar panels."
    assert ("CHN", "USA", "115") in triples(text, "en")


def test_a_complaint_lodged_with_a_state_stays_a_protest() -> None:
    assert ("JPN", "CHN", "114") in triples("Japan lodged a complaint with China over the detention of its citizen.",
                                            "en")
