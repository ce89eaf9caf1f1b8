"""Text coder, coder 0.3.25: causatives.

"which led Britain to summon the Iranian ambassador", "prompting Pompeo to accuse Moscow", "lo que llevó a Israel
a llamar a consultas a sus embajadores", "obligó a Grecia a movilizar": the one caused to act is the subject of the
verb that follows, that verb is an act (not a purpose), and the causing verb is no event ("llevó a X" is no visit).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.country, e.target and e.target.country, e.cameo) for e in code_text(text, None, language)}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Iranian boats seized a tanker in the Gulf, which led Britain to summon the Iranian ambassador.", "en",
     ("GBR", "IRN", "114")),
    ("Chinese jets entered Taiwan's air defence zone, prompting Japan to accuse Beijing of raising tensions.", "en",
     ("JPN", "CHN", "112")),
    ("El reconocimiento llevó a Marruecos a llamar a consultas a su embajador en Madrid.", "es",
     ("MAR", "ESP", "161")),
    ("La incursión obligó a Chile a romper relaciones con Bolivia.", "es", ("CHL", "BOL", "161")),
])
def test_the_one_caused_to_act_acts(text: str, language: str, expected: tuple[str, str, str]) -> None:
    events = _events(text, language)
    assert expected in events
    assert not any(code.startswith("04") for _, _, code in events)  # "led", "llevó a X" is no meeting
