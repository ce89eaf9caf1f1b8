"""Text coder, coder 0.3.42: asylum is given to people. Whoever a state grants or offers it to is a private person
of their country (CVL), never that country's state, as new module ``asylum.py`` makes them.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


@pytest.mark.parametrize(("text", "language"), [
    ("Bolivia broke off relations with Chile after the Chilean government granted asylum to former minister Ana "
     "Rojas, who had sheltered in its embassy.", "en"),
    ("Cuba y Nicaragua ofrecieron asilo al estadounidense Mark Holloway, exanalista del Pentágono.", "es"),
])
def test_asylum_is_given_to_a_person(text: str, language: str) -> None:
    given = [e for e in code_text(text, None, language) if e.cameo[:2] in ("03", "07")]
    assert given
    assert all(e.target is not None and e.target.sector == "CVL" for e in given)


def test_other_offers_keep_the_state_as_target() -> None:
    """Guard: no asylum in the offer."""
    events = code_text("Cuba offered Nicaragua a loan of 20 million dollars.", None, "en")
    assert any(e.target is not None and e.target.country == "NIC" and e.target.sector == "GOV" for e in events)
