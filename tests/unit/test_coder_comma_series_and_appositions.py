"""Text coder, coder 0.3.38: acts in a series joined by commas, and lists of actors broken by an apposition.

- "suspended the treaty with Pakistan, closed the main border crossing and expelled ...": after a comma, an
  inflected verb with a determined object is the next act of the series (not a participle the first verb governs),
  and it keeps the target of the act before it; a participle after a comma (", blocking the aid") borrows nothing;
- "El presidente colombiano, Gustavo Petro, y Nicolás Maduro firmaron": the comma closing an apposition inside the
  first actor does not open a new clause before "y", so both are the subject;
- "the foreign ministers of Russia and of China": "and of" joins the two as "y de" does.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from tests.coded import triples

DAY = dt.date(2025, 4, 24)


def test_a_comma_series_keeps_each_act_and_its_target() -> None:
    found = triples("India suspended the treaty with Pakistan, closed the main border crossing and expelled "
                    "Pakistani advisers.", "en", DAY)
    assert {("IND", "PAK", "160"), ("IND", "PAK", "191"), ("IND", "PAK", "166")} <= found


def test_a_participle_after_a_comma_borrows_no_target() -> None:
    found = triples("Venezuelan troops seized two Colombian trucks at the border bridge, blocking the aid from "
                    "entering.", "en", DAY)
    assert {code for src, tgt, code in found if (src, tgt) == ("VEN", "COL")} == {"171"}  # the seizure alone


def test_an_apposition_does_not_split_a_compound_subject() -> None:
    found = triples("El presidente colombiano, Gustavo Petro, y Nicolás Maduro firmaron un acuerdo de cooperación "
                    "energética.", "es", DAY)
    assert {("COL", "VEN", "057"), ("VEN", "COL", "057")} <= found


def test_a_comma_and_a_new_subject_still_open_a_clause() -> None:
    found = triples("Rusia envió tropas a Cuba, y China envió ayuda a Venezuela.", "es", DAY)
    assert ("RUS", "CUB", "072") in found and ("CHN", "VEN", "070") in found
    assert not any(pair == ("CHN", "CUB") for *pair, _ in found)


def test_and_of_joins_two_states_owners() -> None:
    found = triples("The foreign ministers of Russia and of China signed a joint statement in Beijing.", "en", DAY)
    assert {("RUS", "CHN", "057"), ("CHN", "RUS", "057")} <= found
