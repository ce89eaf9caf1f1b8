"""Text coder: demonyms that share only a short stem with their country's name are actors.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text

SHORT_STEM_DEMONYMS = [
    ("en", "Congolese officials met Angolan ministers in Luanda.", ("COD", "AGO")),
    ("en", "The Finnish foreign minister criticised Russia.", ("FIN", "RUS")),
    ("es", "El gobierno checo firmó un acuerdo con Polonia.", ("CZE", "POL")),
    ("es", "Los marfileños firmaron un acuerdo con Ghana.", ("CIV", "GHA")),
]


@pytest.mark.parametrize(("language", "text", "dyad"), SHORT_STEM_DEMONYMS)
def test_a_short_stem_demonym_names_its_state(language: str, text: str, dyad: tuple[str, str]) -> None:
    assert dyad in {(e.source.country, (e.target and e.target.country)) for e in code_text(text, language=language)}


def test_an_ordinary_word_with_a_demonym_opening_is_no_actor() -> None:
    # "fines" (penalties) opens like "Finland" and ends like a demonym; it names no state.
    events = code_text("Spain imposed fines on Moroccan fishing boats.", language="en")
    assert all("FIN" not in (e.source.country, (e.target and e.target.country)) for e in events)
