"""A leader's surname after another given name is someone else: "Betssy Chávez" is not Hugo Chávez, whose full
name the overlay spells (so "Hugo Chávez" matches as the longer alias and a lone "Chávez" stays his).

Sentences written for these tests (not taken from any evaluation set). Guard: without ``namesake`` the first case
gives Venezuela a role.
"""
from __future__ import annotations

import datetime as dt

from tests.coded import triples

CHAVEZ_YEARS = dt.date(2005, 1, 1)


def test_another_given_name_before_a_leaders_surname_is_a_namesake() -> None:
    found = triples("Mexico granted asylum to former minister Betssy Chávez, and Peru expelled Mexico's ambassador.",
                    "en")
    assert ("PER", "MEX", "161") in found
    assert not any("VEN" in t[:2] for t in found)


def test_the_leader_by_surname_or_full_name_is_still_the_leader() -> None:
    for text in ("Chávez accused Washington of plotting a coup.", "Hugo Chávez accused Washington of plotting a coup.",
                 "President Chávez accused Washington of plotting a coup."):
        assert ("VEN", "USA", "112") in triples(text, "en", CHAVEZ_YEARS), text
