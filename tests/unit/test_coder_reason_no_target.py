"""Text coder, coder 0.3.41: an actor with no state named in the reason of a cut in relations ("downgraded
diplomatic ties over a militant attack") is no target; the state the sentence answers is.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_a_stateless_actor_in_the_reason_is_no_target() -> None:
    events = triples("Armenia closed its border with Azerbaijan after Baku downgraded diplomatic ties over a rebel "
                     "attack in the mountains.", "en")
    assert ("AZE", "ARM", "161") in events
    assert not any(src == "AZE" and tgt is None for src, tgt, _ in events)
