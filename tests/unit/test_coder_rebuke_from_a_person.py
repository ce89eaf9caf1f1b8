"""Text coder, coder 0.3.36: "drawing a rebuke from Mike Pompeo" is the rebuke of a person who speaks for a state
(111 from the United States), not a visit the doer hosted: only a receiving verb with no code of its own makes a
person received a guest. "called the two governments corrupt" judges them (111), as "unacceptable" already did;
"called Putin on Sunday" stays a telephone call.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from flows.normalize.coder import code_text


def _pairs(text: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, dt.date(2018, 12, 11), "en")}


def test_a_rebuke_drawn_from_a_person_is_no_hosted_visit() -> None:
    pairs = _pairs("Russia sent two bombers to Caracas, drawing a rebuke from Mike Pompeo.")
    assert ("USA", "RUS", "111") in pairs
    assert not any(code in ("042", "043") for _, _, code in pairs)


def test_receiving_a_person_is_still_hosting() -> None:
    assert ("VEN", "RUS", "043") in _pairs("Nicolás Maduro received Sergei Lavrov in Caracas.")


def test_calling_governments_corrupt_judges_them() -> None:
    pairs = _pairs("Mike Pompeo called the Russian and Venezuelan governments corrupt.")
    assert {("USA", "RUS", "111"), ("USA", "VEN", "111")} <= pairs
    assert not any(code == "041" for _, _, code in pairs)


def test_calling_a_leader_on_a_day_is_a_phone_call() -> None:
    assert ("USA", "RUS", "041") in _pairs("Donald Trump called Vladimir Putin on Sunday.")
