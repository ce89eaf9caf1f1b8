"""Text coder, coder 0.3.30: talks or meetings named as what came before an agreement, praise or cooperation.

"Lula praised Argentina's plan after talks with Alberto Fernández", "agradeció ... tras una reunión con": the
talks are an event of their own between the two (046 talks, 040 meeting), as talks named as the act's setting
("during talks with") already were; "following their meetings in Colonia" counts too. Force ("bombed ... after
talks") and threats made after talks frame none.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_praise_after_talks_with_a_leader_holds_the_talks() -> None:
    events = triples("Japan praised Vietnam's new port plan after talks with Vietnamese officials in Hanoi.", "en")
    assert {("JPN", "VNM", "046"), ("VNM", "JPN", "046")} <= events


def test_an_accord_following_meetings_held_them() -> None:
    events = triples("Argentina and Uruguay signed a dredging accord following their meetings in Colonia.", "en")
    assert {("ARG", "URY", "040"), ("URY", "ARG", "040")} <= events


def test_spanish_after_a_meeting_with() -> None:
    events = triples("Chile agradeció a Perú su apoyo tras una reunión con el canciller peruano en Lima.", "es")
    assert ("CHL", "PER", "040") in events


def test_force_after_talks_frames_no_talks() -> None:
    events = triples("Israel bombed Syrian positions after talks with Jordanian officials.", "en")
    assert not any(code.startswith("04") for _, _, code in events)
