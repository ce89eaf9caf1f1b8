"""Text coder, coder 0.3.43: an investigation opened by the side that suffered violence told earlier in the
sentence is aimed at the one who did it ("Russian soldiers executed Ukrainian prisoners ..., and Kyiv opened a
war crimes investigation"), also past a relative clause about the victims. Two mends on the way: "Ukrainian
servicemen, Ukraine's prosecutor" is no apposition (a name before "'s" owns what follows), and ", Ukraine's
prosecutor-general's office said, opening ..." gives the gerund to the speaker.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from tests.coded import triples


@pytest.mark.parametrize(("text", "language"), [
    ("Armenian soldiers shot dead two Azerbaijani soldiers who had surrendered near Lachin, Azerbaijan's "
     "prosecutor-general's office said, opening a war crimes investigation into the killings.", "en"),
    ("Las autoridades azerbaiyanas afirmaron que militares armenios ejecutaron a dos soldados azerbaiyanos que se "
     "habían rendido, y abrieron una investigación por crímenes de guerra.", "es"),
])
def test_the_victims_side_probes_the_doer(text: str, language: str) -> None:
    events = triples(text, language)
    assert ("ARM", "AZE", "190") in events
    assert ("AZE", "ARM", "090") in events


def test_a_probe_with_no_violence_before_takes_no_doer() -> None:
    """A guard: with no violence told before it, an investigation borrows no target."""
    events = triples("Azerbaijan's prosecutor-general said on Friday he had opened a war crimes investigation.", "en")
    assert not any(code.startswith("09") and target for _, target, code in events)
