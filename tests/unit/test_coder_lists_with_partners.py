"""Text coder, coder 0.3.30: partners listed after "con"/"with", and "ambos" after a place.

"Irán selló con Estados Unidos y otras cinco potencias un acuerdo": a list of partners after "con" (with "and
N other powers" at its end) may stand between a verb and its object, as a list right after the verb already
could. "Putin recibió a Maduro en el Kremlin, donde ambos firmaron un tratado": "ambos" after a place names the
last two states before it. Talks named as what came before a threat still frame nothing (the threat's target was
not at the talks).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_partners_listed_after_con_with_others_at_the_end() -> None:
    events = triples("Irán selló con Francia y otras cinco potencias un acuerdo histórico.", "es")
    assert {("IRN", "FRA", "057"), ("FRA", "IRN", "057")} <= events


def test_partners_listed_after_with() -> None:
    events = triples("Iran sealed with Germany and four other powers a landmark accord.", "en")
    assert ("IRN", "DEU", "057") in events


def test_an_addressee_after_a_is_no_partner_list() -> None:
    events = triples("México exigió a Ecuador garantías y salvoconductos para la salida de su personal "
                     "diplomático.", "es")
    assert not any(code.startswith("16") for _, _, code in events)


def test_ambos_after_a_place_are_the_last_two_states() -> None:
    events = triples("Xi Jinping recibió a Lula en Pekín, donde ambos firmaron un tratado de cooperación.", "es")
    assert {("CHN", "BRA", "057"), ("BRA", "CHN", "057")} <= events
