"""Text coder, coder 0.3.40: a dispute named as background ("ending a three-year trade dispute", "en plena disputa
con Kiev", "a spy row") is no event of its own.

The dictionaries file "dispute", "row" and "disputar" as verbs of quarrelling (110); in news leads these words are
nearly always the noun, telling a standing quarrel the labelled batches never code. The act the sentence tells
stays coded.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_an_english_trade_dispute_is_background() -> None:
    events = triples("Japan lifted its curbs on Korean steel, ending a two-year trade dispute after Seoul dropped "
                     "its complaint.", "en")
    assert not any(code.startswith("11") for _, _, code in events)


def test_a_spanish_dispute_is_background() -> None:
    events = triples("Bolivia cortó el suministro de gas a Chile, en plena disputa con Santiago por el agua.", "es")
    assert not any(code.startswith("11") for _, _, code in events)
    assert any(code.startswith("16") for _, _, code in events)
