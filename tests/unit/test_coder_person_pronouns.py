"""Text coder, coder 0.3.28: a personal pronoun as the object of a hostile act.

"Iran freed ten U.S. Navy sailors, a day after Revolutionary Guards detained them": "them", "him", "her" (and a
Spanish clitic before the verb) right after a verb of coercion, force, demand or sanction stand for the people an
earlier act of the sentence named, so the act is aimed at their state (173 at the United States). "it" counts
only after a seizure ("seized it": the tanker named before, its state); elsewhere it mostly stands for a thing.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import Triple, triples


def _events(text: str) -> set[Triple]:
    return triples(text, "en")


def test_them_after_a_detention_stands_for_the_people_named_before() -> None:
    events = _events("Iran freed ten U.S. Navy sailors on Wednesday, a day after Revolutionary Guards detained them "
                     "near Farsi Island.")
    assert any(s == "IRN" and t == "USA" and code == "173" for s, t, code in events)


def test_it_after_a_seizure_stands_for_the_thing_seized() -> None:
    events = _events("Greece released an Iranian tanker on Friday, weeks after Greek authorities seized it.")
    assert ("GRC", "IRN", "171") in events


def test_it_after_a_demand_is_left_alone() -> None:
    events = _events("Russia sent troops to Belarus, and Ukraine condemned it.")
    assert not any(s == "UKR" and t == "BLR" and code.startswith("10") for s, t, code in events)
