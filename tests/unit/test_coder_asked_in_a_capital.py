"""Text coder, coder 0.3.33: an appeal or demand made in the other side's capital is made on a visit there.

"pidió a Joe Biden en la Casa Blanca que ...", "solicitó en Moscú el suministro de petróleo": besides the appeal,
the asking state visited the other (042); "asked Wang Yi in Bangkok" is a meeting in a third state (044 both ways).
An accusation naming where the accused act happened ("accused Ukraine of shelling a hospital in Kyiv") and talks
asked for in a place ("called for direct talks in Moscow") are no visit (guards: they hold either way).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_appeal_in_the_targets_seat_is_a_visit() -> None:
    events = triples("El presidente colombiano, Gustavo Petro, pidió a Joe Biden en la Casa Blanca que flexibilice "
                     "las sanciones a Venezuela.", "es")
    assert ("COL", "USA", "042") in events


def test_request_in_the_targets_capital_is_a_visit() -> None:
    events = triples("El viceprimer ministro cubano solicitó en Moscú el suministro de petróleo ruso.", "es")
    assert ("CUB", "RUS", "042") in events


def test_appeal_in_a_third_capital_is_a_meeting_there() -> None:
    events = triples("Jake Sullivan asked China's top diplomat Wang Yi in Bangkok to rein in Iran.", "en")
    assert {("USA", "CHN", "044"), ("CHN", "USA", "044")} <= events


def test_place_of_an_accused_act_is_no_visit() -> None:
    events = triples("Russia accused Ukraine of shelling a hospital in Kyiv.", "en")
    assert not any(code.startswith("04") for _, _, code in events)


def test_place_of_talks_asked_for_is_no_visit() -> None:
    events = triples("Mahmoud Abbas called on Israel to hold direct talks in Moscow.", "en")
    assert not any(code in ("042", "044") for _, _, code in events)
