"""Text coder, coder 0.3.41: a vow to retaliate after the vower's own side acted is aimed at whom that act was
aimed at ("its forces had shot down five Indian aircraft, as Islamabad vowed to retaliate": India).

A threat with no target borrows the doer of the act before it; when that doer is the vower's own side, the vow
had no target and coded nothing state-to-state. Only vows of retaliation go on so ("vowed to retaliate", "to
respond", "prometió responder"); other threats stay as they were.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_a_vow_to_retaliate_goes_on_against_the_other_side() -> None:
    events = triples("Armenia said Azerbaijani drones struck two villages overnight and that its air defences had "
                     "downed three Azerbaijani drones, as Yerevan vowed to retaliate.", "en")
    assert any(src == "ARM" and tgt == "AZE" and code.startswith("13") for src, tgt, code in events)


def test_a_vow_after_the_other_sides_act_still_targets_that_doer() -> None:
    """Guard (held before the change): the earlier act's doer is the other side."""
    events = triples("Azerbaijani drones struck two Armenian villages, and Yerevan vowed to retaliate.", "en")
    assert any(src == "ARM" and tgt == "AZE" and code.startswith("13") for src, tgt, code in events)
