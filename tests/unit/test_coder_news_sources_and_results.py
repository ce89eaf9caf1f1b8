"""Text coder, coder 0.3.28: the verb that names where the news came from, and the result an act left.

"según informó el Ministerio de Defensa ruso": a verb right after "según"/"according to" tells how the news came
out; it is no meeting (040) between the ministry and the states of the sentence. "..., leaving at least 20 soldiers
dead": "leaving" after a comma and before a count tells what the act left behind; nobody went anywhere. A
"según" frame does not hide a real meeting, and "leaving for Moscow" is still a departure.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import Triple, triples


def _events(text: str, language: str) -> set[Triple]:
    return triples(text, language)


def test_the_verb_after_segun_is_the_source_of_the_news() -> None:
    events = _events("Buques de guerra de Rusia e Irán iniciaron el martes maniobras navales conjuntas en el Índico, "
                     "según informó el Ministerio de Defensa chino.", "es")
    assert ("RUS", "IRN", "062") in events
    assert not any(code.startswith("04") for _, _, code in events)


def test_a_meeting_told_after_segun_is_still_coded() -> None:
    events = _events("El canciller ruso se reunió con su homólogo iraní en Teherán, según informó la agencia TASS.",
                     "es")
    assert any(code.startswith("04") and {s, t} == {"RUS", "IRN"} for s, t, code in events)


def test_leaving_a_count_behind_is_a_result_not_a_departure() -> None:
    events = _events("Armenian and Azerbaijani troops clashed along the border overnight, leaving at least 15 "
                     "soldiers dead, officials said.", "en")
    assert {("ARM", "AZE", "190"), ("AZE", "ARM", "190")} <= events
    assert not any(code.startswith("04") for _, _, code in events)
