"""Text coder, coder 0.3.44: the grounds a protest states ("boycotted the forum, saying a corridor violated its
sovereignty", "with the Kremlin dismissing it as one-sided", "alegando que") criticise the state the protest is
aimed at (111); a clause that only describes the protest ("saying no ministers would attend") is no criticism.
Also: a lone surname right before a place noun ("the Sado gold mine", "Sado island") is the place, not an official
of the state whose dictionary lists the surname, and "mine" is a noun.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from flows.normalize.actors import find_actors
from tests.coded import triples


def test_the_grounds_of_a_boycott_criticise_its_target() -> None:
    events = triples("Vietnam boycotted a regional forum hosted by China in Kunming, saying Beijing had ignored its "
                     "claims in the South China Sea.", "en")
    assert ("VNM", "CHN", "143") in events
    assert ("VNM", "CHN", "111") in events


def test_spanish_grounds_after_alegando() -> None:
    events = triples("Bolivia boicoteó la cumbre convocada por Chile en Santiago, alegando que el Gobierno chileno "
                     "había ignorado su reclamo marítimo.", "es")
    assert ("BOL", "CHL", "111") in events


def test_a_clause_that_describes_the_boycott_is_no_criticism() -> None:
    events = triples("Sweden and Norway joined a diplomatic boycott of the Moscow Games, saying no ministers would "
                     "attend.", "en")
    assert not any(code.startswith("11") for _, _, code in events)


def test_a_surname_before_a_place_noun_is_the_place() -> None:
    found = find_actors("South Korea boycotted a ceremony at Japan's Sado gold mine.", dt.date(2024, 7, 1), "en")
    assert [m.code for m in found] == ["KORGOV", "JPNGOV"]


def test_a_gold_mine_is_no_investigation() -> None:
    events = triples("South Korea boycotted a Japanese memorial at the Sado gold mine on Sunday after a Japanese "
                     "minister was chosen to speak.", "en", dt.date(2024, 7, 1))
    assert not any(code.startswith("09") for _, _, code in events)
