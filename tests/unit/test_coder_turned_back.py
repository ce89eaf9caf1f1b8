""""Turned back two U.S. military planes" refuses entry (12), it does not back (051) anyone; "turned away from
American cargoes" is a shift of buyers, no event.

Sentences written for these tests (not taken from any evaluation set). Guard: without the trigger row the first
case codes support (051).
"""
from __future__ import annotations

from tests.coded import triples


def test_turned_back_is_a_refusal() -> None:
    found = triples("Colombia's president turned back two U.S. military planes carrying deported migrants.", "en")
    assert any(t[:2] == ("COL", "USA") and t[2][:2] == "12" for t in found)
    assert not any(t[2][:2] == "05" for t in found)


def test_turned_away_from_goods_is_no_event() -> None:
    assert not triples("Chinese crushers turned away from American cargoes as the dollar rose.", "en")
