"""Text coder, coder 0.3.43: the state a demand, appeal, threat or measure was aimed at, when it "replied that" /
"respondió que" (or "said the matter was closed"), rejects it (120, toward the one who made it). Before, the
reply coded nothing.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from tests.coded import triples


@pytest.mark.parametrize(("text", "language"), [
    ("Greece demanded that Turkey withdraw its survey ship from disputed waters, and Ankara replied that the "
     "waters were its own.", "en"),
    ("Namibia demanded compensation from Germany for colonial crimes, but the government in Berlin said the matter "
     "was closed.", "en"),
    ("Guatemala reclamó a Belice negociar la frontera, y Belmopán respondió que esa cuestión no está en discusión.",
     "es"),
])
def test_a_reply_to_a_demand_rejects_it(text: str, language: str) -> None:
    events = triples(text, language)
    demander, addressee = next((s, t) for s, t, code in events if code[:2] in ("10", "02"))
    assert (addressee, demander, "120") in events


def test_a_reply_with_no_earlier_demand_rejects_nothing() -> None:
    """A guard: with nothing asked of the replier before, a reply is no rejection."""
    events = triples("Greece sent a note to Turkey, and Ankara replied that talks would resume.", "en")
    assert not any(code.startswith("12") for _, _, code in events)
