"""Text coder, coder 0.3.32: a count before a bare form names a thing.

"Jamaica and Cuba braced for a category five storm": "storm" after "five" is a noun, no attack; "protesters
stormed the embassy" stays an act.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_category_five_storm_is_no_attack() -> None:
    events = triples("Haiti and Cuba braced for a category five storm forecast to hit both islands.", "en")
    assert not any(code.startswith("19") for _, _, code in events)


def test_stormed_stays_an_act() -> None:
    events = triples("Iranian protesters stormed the British embassy in Tehran.", "en")
    assert any(tgt == "GBR" for _, tgt, _ in events)
