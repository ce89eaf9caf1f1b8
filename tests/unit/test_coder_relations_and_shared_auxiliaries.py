"""Text coder, coder 0.3.30: relations cut by two states, and a Spanish auxiliary shared by two participles.

"Thailand and Cambodia downgraded relations", "Tailandia y Camboya rebajaron sus relaciones": relations both
states cut are cut with each other (161 both ways), while two states cutting ties "with" a third still cut them
with it only. "Venezuela ha deportado a mil colombianos y cerrado la frontera": the second participle shares the
"ha" of the first, so it is a finite act of the same subject, not a participle describing a noun.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_two_states_downgrading_relations_downgrade_them_with_each_other() -> None:
    events = triples("Kenya and Somalia downgraded relations after the border dispute.", "en")
    assert {("KEN", "SOM", "161"), ("SOM", "KEN", "161")} <= events


def test_spanish_relations_cut_by_both() -> None:
    events = triples("Tailandia y Camboya rebajaron sus relaciones diplomáticas.", "es")
    assert {("THA", "KHM", "161"), ("KHM", "THA", "161")} <= events


def test_sanctions_by_two_states_are_not_on_each_other() -> None:
    events = triples("The United States and Britain imposed sanctions on Iran.", "en")
    assert ("USA", "GBR", "163") not in events


def test_a_participle_after_y_shares_the_perfect_auxiliary() -> None:
    events = triples("Venezuela ha expulsado a los diplomáticos colombianos y cerrado la frontera con Colombia.",
                     "es")
    assert ("VEN", "COL", "191") in events


def test_a_participle_describing_a_noun_stays_no_act() -> None:
    events = triples("Rusia envió tropas y bombarderos, y soldados asesinados en Siria fueron repatriados.", "es")
    assert not any(s == "RUS" and code.startswith("18") for s, _, code in events)
