"""Text coder, coder 0.3.40: a reporting gerund after an apposition speaks for the subject before the apposition.

"expelled 23 Russian diplomats, the biggest such move in three decades, saying Moscow was culpable": the noun
phrase between the commas names the expulsion and holds no actor, so the speaker of ", saying" is the subject of
the clause before it (the accusation is the expeller's, 112).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_the_gerund_skips_a_noun_phrase_naming_the_act() -> None:
    events = triples("Poland expelled 15 Belarusian diplomats, the largest such expulsion in its history, saying "
                     "Minsk was culpable for the sabotage of a rail line.", "en")
    assert ("POL", "BLR", "112") in events
