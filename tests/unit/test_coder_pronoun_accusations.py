"""Text coder, coder 0.3.13: an accusation whose object is a pronoun for what an earlier act was done to.

"Russia expelled two Polish diplomats, accusing them of espionage" had folded the accusation into the
expulsion; "Bolivia expulsó a la embajadora de México, a la que acusó de conspirar" had an accusation with no
subject and no target. An accusation after an act of reducing relations is an act of its own, and when its
object is a pronoun ("them", "lo", "a la que", "a quienes", "whom", cue kind ``object_pronoun``) it is aimed
at what the earlier act was done to, by the earlier act's subject.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo[:2])
            for e in code_text(text, dt.date(2019, 3, 1), language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language", "dyad"), [
    ("Moscow expelled three Estonian diplomats, accusing them of spying.", "en", ("RUS", "EST")),
    ("Prague expelled 18 Russian diplomats whom it accused of sabotage.", "en", ("CZE", "RUS")),
    ("Nicaragua expulsó al embajador de Costa Rica, al que acusó de injerencia.", "es", ("NIC", "CRI")),
    ("Venezuela expulsó a dos diplomáticos colombianos, a quienes acusó de espionaje.", "es", ("VEN", "COL")),
    ("Managua expulsó al encargado de negocios de Estados Unidos y lo acusó de conspirar.", "es", ("NIC", "USA")),
])
def test_the_accused_pronoun_is_what_the_expulsion_was_done_to(text: str, language: str, dyad: tuple) -> None:
    events = _events(text, language)
    assert (*dyad, "16") in events and (*dyad, "11") in events, events


def test_an_accusation_with_no_pronoun_and_no_target_stays_uncoded() -> None:
    events = _events("Moscow expelled three Estonian diplomats and accused the press of lying.", "en")
    assert ("RUS", "EST", "11") not in events, events


# coder 0.3.22: "which it accuses" is a relative whose object is "which" (the subject is the pronoun), and after
# "al que acusa de <verb> a X" the actor X is the object of the verb it is accused of, not of the accusation.
@pytest.mark.parametrize(("text", "language", "dyad"), [
    ("Canada sanctioned Belarus, which it accuses of helping the invasion.", "en", ("CAN", "BLR")),
    ("Lithuania closed its border with Belarus, which it blamed for the migrant crisis.", "en", ("LTU", "BLR")),
    ("Panamá sancionó a Cuba, a la que acusa de reprimir a la Iglesia católica.", "es", ("PAN", "CUB")),
])
def test_the_relative_object_is_the_accused(text: str, language: str, dyad: tuple) -> None:
    events = _events(text, language)
    assert (*dyad, "11") in events, events
    assert (dyad[1], dyad[0], "11") not in events, events
