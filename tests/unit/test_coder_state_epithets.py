"""Text coder, coder 0.3.34: epithets the news uses for a state name it.

"the Islamic Republic" / "la República Islámica" is Iran's government (it read as Muslims, a religious group),
while "the Islamic Republic of Pakistan" stays Pakistan (a guard: it was so before); "the Jewish state" / "el
Estado judío" / "el Estado hebreo" is Israel's (it read as a religious group or nobody); "the Asian giant" / "el
gigante asiático" is China's.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, dt.date(2024, 5, 1), language)}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The United States imposed new sanctions on the Islamic Republic.", "en", {("USA", "IRN", "163")}),
    ("Estados Unidos impuso nuevas sanciones a la República Islámica.", "es", {("USA", "IRN", "163")}),
    ("Iran warned the Jewish state against any attack.", "en", {("IRN", "ISR", "138")}),
    ("Irán advirtió al Estado hebreo contra cualquier ataque.", "es", {("IRN", "ISR", "138")}),
    ("Brasil criticó al gigante asiático por sus prácticas comerciales.", "es", {("BRA", "CHN", "111")}),
    ("Brazil criticised the Asian giant over its trade practices.", "en", {("BRA", "CHN", "111")}),
])
def test_an_epithet_names_the_state(text: str, language: str, expected: set[tuple]) -> None:
    assert _events(text, language) == expected


def test_the_islamic_republic_of_pakistan_is_pakistan() -> None:
    assert _events("India criticised the Islamic Republic of Pakistan over the attack.", "en") \
        == {("IND", "PAK", "111")}
