"""Text coder, coder 0.3.30: a title before the named person, and Spanish lists a state is put back on.

"El secretario de Estado saliente, Mike Pompeo, devolvió a Cuba a la lista ... y acusó a La Habana de ...":
only title words and a comma stand before the sentence's first actor, so that person is the sentence's
subject, and a verb joined to a first verb that coded nothing is still theirs. "Devolver"/"regresar" a state to
a list of terrorism sponsors is the administrative sanction "incluir" already was (172).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from tests.coded import triples

IN_OFFICE = dt.date(2021, 1, 11)


def test_person_after_a_titled_opening_is_the_subject_of_a_joined_verb() -> None:
    events = triples("El secretario de Estado saliente, Mike Pompeo, habló en una universidad de Roma y acusó a "
                     "Caracas de mentir.", "es", IN_OFFICE)
    assert ("USA", "VEN", "112") in events


def test_an_opening_that_is_not_only_a_title_is_no_apposition() -> None:
    events = triples("Un periodista cercano al secretario de Estado, Mike Pompeo, habló en una universidad de Roma y "
                     "acusó a Caracas de mentir.", "es", IN_OFFICE)
    assert ("USA", "VEN", "112") not in events


def test_put_back_on_the_terrorism_list_in_spanish() -> None:
    events = triples("Estados Unidos devolvió a Cuba a la lista de países patrocinadores del terrorismo.",
                     "es", IN_OFFICE)
    assert ("USA", "CUB", "172") in events
