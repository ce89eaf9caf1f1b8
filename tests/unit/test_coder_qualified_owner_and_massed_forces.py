"""Text coder, coder 0.3.41: "Sudan's army-led government" is Sudan's government; forces that "massed along
Ukraine's border" are mobilised against Ukraine (154).

A lower-case compound qualifier between an owner and its agent noun ("army-led", "military-backed") had split
the mention: the government lost its country and the sentence its events. "massed" needed its forces as the
object ("massed troops along"); with the forces as the subject and a border after it, it is the same act.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from flows.normalize.actors import find_actors
from tests.coded import triples


def test_a_compound_qualifier_keeps_the_owner() -> None:
    codes = [m.code for m in find_actors("Mali's military-led government expelled France's ambassador.", None, "en")]
    assert codes[0] == "MLIGOV"
    assert ("MLI", "FRA", "161") in triples("Mali's military-led government expelled France's ambassador.", "en")


def test_forces_massed_along_a_border_are_mobilised() -> None:
    events = triples("Azerbaijani troops have massed along Armenia's border, Yerevan said on Monday.", "en")
    assert ("AZE", "ARM", "154") in events


def test_forces_massed_with_their_object_still_code() -> None:
    """Guard (held before the change): the object form."""
    assert ("AZE", "ARM", "154") in triples("Azerbaijan has massed troops along Armenia's border.", "en")
