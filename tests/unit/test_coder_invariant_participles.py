"""Text coder, coder 0.3.36: a participle spelled as the verb's base form ("was hit by", "were cut by") is a
passive as "was struck by" is: "Ukraine was hit by Russian missiles" is Russia's attack on Ukraine, not the
reverse, and two states "hit by a power outage" attack no one. The active "Russian missiles hit Kyiv" is unchanged.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from flows.normalize.coder import code_text


def _pairs(text: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo[:2])
            for e in code_text(text, dt.date(2025, 4, 28), "en")}


def test_hit_by_is_a_passive() -> None:
    pairs = _pairs("Ukraine was hit by Russian missiles overnight.")
    assert ("RUS", "UKR", "19") in pairs
    assert ("UKR", "RUS", "19") not in pairs


def test_states_hit_by_an_outage_attack_no_one() -> None:
    pairs = _pairs("Spain and Portugal were hit by a massive power outage on Monday.")
    assert not any(s and t for s, t, _ in pairs)


def test_active_hit_is_unchanged() -> None:
    assert ("RUS", "UKR", "19") in _pairs("Russian missiles hit Kyiv on Monday.")
