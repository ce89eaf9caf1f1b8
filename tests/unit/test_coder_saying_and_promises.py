"""Text coder, coder 0.3.25: a reason given after a comma, and broken promises.

"expelled 23 Russian diplomats, saying Moscow was culpable for the attack": the reporting gerund after the comma
speaks for the subject of the clause before it, so when what it reports judges another state's conduct, that
subject accuses the state (112); before, the state right after "saying" was taken for the speaker. A promise, an
accord or a treaty broken or violated is what a state is accused of, not an act of force (the dictionaries read
"break" and "violar" as force, 190).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.country, e.target and e.target.country, e.cameo) for e in code_text(text, None, language)}


@pytest.mark.parametrize(("text", "language", "accuser", "accused"), [
    ("Canada expelled four Chinese diplomats on Monday, saying Beijing was responsible for the intimidation "
     "campaign.", "en", "CAN", "CHN"),
    ("Australia suspended the talks with Indonesia, saying Jakarta had broken its promise on the fishing zones.",
     "en", "AUS", "IDN"),
    ("Marruecos retiró a su embajador en Argel, alegando que Argelia violó el acuerdo de 1972.", "es", "MAR", "DZA"),
])
def test_a_gerund_after_the_comma_speaks_for_the_subject(text: str, language: str, accuser: str,
                                                         accused: str) -> None:
    events = _events(text, language)
    assert (accuser, accused, "112") in events
    assert not any(code.startswith(("18", "19", "20")) for _, _, code in events)  # no force from "broken"


def test_a_violated_ceasefire_stays_force() -> None:
    assert ("ARM", None, "196") in _events("Armenia violated the ceasefire overnight.", "en")
