"""Text coder, coder 0.3.34: warships calling at a port are military cooperation with the host (062), not aid.

"A Russian frigate and a nuclear-powered submarine docked in Havana", "Una flotilla rusa encabezada por la fragata
Almirante Gorshkov atracó en La Habana": a port call (062). Warships or troops sent to a state stay military aid
(07x), and personnel or bombers landing stay so too (the held-back batches label them aid; read batches written
since label them cooperation, so they were left as they were; these three are guards, passing before too).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, dt.date(2024, 6, 12), language)}


@pytest.mark.parametrize(("text", "language"), [
    ("A Russian frigate and a nuclear-powered submarine docked in Havana on Wednesday.", "en"),
    ("Una flotilla rusa encabezada por la fragata Almirante Gorshkov atracó en La Habana.", "es"),
])
def test_a_port_call_is_military_cooperation(text: str, language: str) -> None:
    assert ("RUS", "CUB", "062") in _events(text, language)


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia sent two warships to Venezuela.", ("RUS", "VEN", "072")),
    ("Russia sent troops to Venezuela.", ("RUS", "VEN", "072")),
    ("Two Russian air force planes carrying 100 military personnel landed in Caracas.", ("RUS", "VEN", "072")),
])
def test_forces_sent_or_flown_in_stay_military_aid(text: str, expected: tuple) -> None:
    assert expected in _events(text, "en")
