"""Text coder, coder 0.3.40: more duties a state "failed to" meet are accusation content after ", saying".

"boycotted the summit, saying Sri Lanka had failed to account for abuses" accuses Sri Lanka (112), as "failed to
protect/prevent" already did; also "failed to acknowledge", "investigate", "punish", "apologise for", "address",
"rein in", "crack down on", "hold ... accountable".

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from tests.coded import triples


@pytest.mark.parametrize("duty", ["account for the abuses", "investigate the killings", "apologise for the raid",
                                  "rein in the militias"])
def test_a_failed_duty_after_saying_accuses_the_state(duty: str) -> None:
    events = triples(f"Norway boycotted the ceremony in Minsk, saying Belarus had failed to {duty}.", "en")
    assert ("NOR", "BLR", "112") in events
