"""Text coder, coder 0.3.37: in "..., anunció Maduro tras reunirse con Putin" the speaker named right after a
reporting verb did what "tras"/"al" + infinitive tells (a meeting with Putin), though the clause's first actor is
another state. An actor right before "tras" that is no speaker ("la amistad entre China y Cuba al recibir ...") is
not made the doer.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from tests.coded import triples


def _pairs(text: str) -> set[tuple]:
    return {(s, t, code[:2]) for s, t, code in triples(text, "es", dt.date(2019, 3, 4))}


def test_the_speaker_met_after_the_report() -> None:
    pairs = _pairs("Rusia invertirá en Venezuela, anunció Nicolás Maduro tras reunirse con Vladímir Putin en Moscú.")
    assert ("VEN", "RUS", "04") in pairs


def test_a_speaker_after_segun() -> None:
    pairs = _pairs("China prestará a Venezuela otros 5.000 millones de dólares, según anunció Nicolás Maduro tras "
                   "reunirse en Pekín con Xi Jinping.")
    assert ("VEN", "CHN", "04") in pairs


def test_an_actor_before_tras_that_is_no_speaker_does_not_meet() -> None:
    pairs = _pairs("Brasil elogió la amistad entre Argentina y Chile tras reunirse con Gabriel Boric.")
    assert not any(s == "ARG" and code == "04" for s, _, code in pairs)
