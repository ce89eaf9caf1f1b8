"""Text coder, coder 0.3.40: seizing or an assault told as a gerund right after force on a state goes on with it.

"boarded Philippine navy boats, seizing rifles and injuring a sailor": the rifles and the sailor are the
Philippines', as they already were after "and" ("... and injured several sailors"). Other gerunds after a comma
keep their own reading (a guard, which held before this version too): "forcing the crews to sail" takes no
target from the boarding.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_an_injury_after_a_boarding_hits_the_boarded_state() -> None:
    events = triples("Iranian commandos boarded two Saudi navy boats in the Gulf, seizing weapons and injuring two "
                     "sailors, the Saudi military said.", "en")
    assert ("IRN", "SAU", "182") in events


def test_a_gerund_of_another_kind_takes_no_target_from_the_act_before() -> None:
    events = triples("Iranian commandos boarded two Saudi navy boats in the Gulf, forcing the crews to sail to "
                     "Bandar Abbas.", "en")
    assert not any(code.startswith("17") and code != "171" for _, _, code in events)
