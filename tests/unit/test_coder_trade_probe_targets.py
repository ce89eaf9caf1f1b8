"""Text coder, coder 0.3.43: a trade investigation is aimed at the state its goods come from, also when the text
says they were "imported from" it and a firm is named later in the sentence; and an inquiry "into whether" goods
made in named states did something is aimed at those states, also with the probe's own words ("an inquiry",
"an investigation on Friday") between the verb and "whether". Before, the firm became the target, or the
inquiry had none.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_goods_imported_from_a_state_name_the_probed_state_before_a_later_firm() -> None:
    events = triples("Brazil opened an anti-dumping investigation into cold-rolled steel imported from South Korea, "
                     "acting on a complaint by local mills including Gerdau and ArcelorMittal.", "en")
    assert ("BRA", "KOR", "090") in events
    assert not any(target != "KOR" for source, target, code in events if code.startswith("09"))


def test_an_inquiry_into_whether_goods_made_in_states_did_something_is_aimed_at_them() -> None:
    events = triples("Canada's trade ministry opened an inquiry on Friday into whether steel pipes assembled in "
                     "Turkey and Egypt were evading duties on Indian products.", "en")
    assert ("CAN", "TUR", "090") in events
    assert ("CAN", "EGY", "090") in events


def test_a_probe_right_before_whether_was_already_aimed() -> None:
    """A guard that held before: "investigating whether" right after the verb."""
    events = triples("Germany is investigating whether Russia ordered the killing of a dissident in Berlin.", "en")
    assert ("DEU", "RUS", "090") in events or ("DEU", "RUS", "091") in events
