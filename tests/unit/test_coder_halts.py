"""Text coder, coder 0.3.12: an act its subject stops doing.

"Dejar de", "cesar de", "stop", "cease" right before a verb of aid, cooperation, support or talks (cue kind
``halt_lead``) halt that act: aid and cooperation stop (162, its sub-code from the objects: arms 1622, oil
1621), support is cut back (160), talks are halted (164). "Dejó de enviar petróleo a Cuba" had been coded
as the aid itself. A buyer that stops buying is the one who cuts the exchange.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo, e.direction)
            for e in code_text(text, language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Rusia dejó de enviar petróleo a Cuba.", "es", ("RUS", "CUB", "1621", "withdrawal")),
    ("Polonia dejará de suministrar armas a Ucrania.", "es", ("POL", "UKR", "1622", "withdrawal")),
    ("China ceased lending to Venezuela.", "en", ("CHN", "VEN", "162", "withdrawal")),
    ("México dejó de negociar con Estados Unidos.", "es", ("MEX", "USA", "164", "withdrawal")),
    ("Rusia dejó de apoyar al gobierno de Venezuela.", "es", ("RUS", "VEN", "160", "withdrawal")),
])
def test_a_stopped_act_is_its_withdrawal(text: str, language: str, expected: tuple) -> None:
    assert _events(text, language) == {expected}


def test_the_buyer_that_stops_buying_cuts_the_exchange() -> None:
    assert {e[:2] for e in _events("Venezuela dejó de comprar armas a Rusia.", "es")} == {("VEN", "RUS")}


def test_aid_that_goes_on_is_still_aid() -> None:
    # oil shipped with no word of aid is trade (061), support all the same
    assert _events("Rusia siguió enviando petróleo a Cuba.", "es") == {("RUS", "CUB", "061", "support")}
