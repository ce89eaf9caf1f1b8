"""Text coder, coder 0.3.27: what a speaker told another state's leader in a call, talks or a meeting.

"Biden told Putin in an hour-long phone call that ...", "le dijo a Putin en una llamada telefónica que ...": the
call (041), talks (046) or meeting (040) is a consultation between the two, both ways, whatever was said; telling
reporters, or telling someone with no setting named, is none.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.country, e.target and e.target.country, e.cameo) for e in code_text(text, None, language)}


@pytest.mark.parametrize(("text", "language", "code"), [
    ("Gustavo Petro told Lula da Silva in a long phone call on Monday that it would not recognise the vote.", "en",
     "041"),
    ("Gustavo Petro told Lula da Silva on Monday during talks in Brasilia that it would not recognise the vote.",
     "en", "046"),
    ("Gustavo Petro le dijo a Lula da Silva en una llamada telefónica que no reconocerá la votación.", "es", "041"),
    ("Gustavo Petro dijo al presidente Lula da Silva durante una reunión en Brasilia que no reconocerá la votación.",
     "es", "040"),
])
def test_what_was_told_in_a_call_or_meeting_is_a_consultation(text: str, language: str, code: str) -> None:
    events = _events(text, language)
    assert ("COL", "BRA", code) in events
    assert ("BRA", "COL", code) in events


@pytest.mark.parametrize("text", [
    "Gustavo Petro told reporters in a meeting that Colombia would not recognise the vote.",
    "Gustavo Petro told Lula da Silva that Colombia would not recognise the vote.",
])
def test_no_setting_or_no_state_told_is_no_consultation(text: str) -> None:
    assert not any(code.startswith("04") for _, _, code in _events(text, "en"))
