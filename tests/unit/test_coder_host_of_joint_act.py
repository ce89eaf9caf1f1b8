"""Text coder, coder 0.3.36: two states that agree "at a meeting hosted by Malaysia" / "en una reunión organizada por
el primer ministro malasio" agree with each other; the host is where it happened, not a party (before, each side
agreed with the host, and a truce after fighting then read as fighting the host). A third state named as the
object of the agreement itself stays a party.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _pairs(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country)
            for e in code_text(text, dt.date(2025, 7, 28), language)}


@pytest.mark.parametrize(("text", "language"), [
    ("Thailand and Cambodia agreed to a ceasefire at a meeting hosted by Malaysia.", "en"),
    ("Tailandia y Camboya pactaron un alto el fuego en una reunión en Putrajaya organizada por el primer ministro "
     "malasio, Anwar Ibrahim, tras cinco días de enfrentamientos.", "es"),
])
def test_the_two_sides_agree_with_each_other_not_the_host(text: str, language: str) -> None:
    pairs = _pairs(text, language)
    assert {("THA", "KHM"), ("KHM", "THA")} <= pairs
    assert not any("MYS" in pair and None not in pair for pair in pairs)


def test_a_partner_named_after_with_stays_a_party() -> None:
    assert ("THA", "MYS") in _pairs("Thailand and Cambodia signed a border accord with Malaysia.", "en")
