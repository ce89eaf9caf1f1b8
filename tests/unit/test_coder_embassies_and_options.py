"""Text coder, coder 0.3.25: diplomats ordered out, embassies stormed, all options on the table.

"ordenó la salida del personal diplomático de X" expels diplomats (161), not individuals (174); storming or
breaking into another state's embassy is force short of violence (170); "all options are on the table",
"todas las opciones siguen sobre la mesa" is a veiled threat of force (138) against the state it names, or,
naming none, against the one the same speaker's earlier act in the sentence was aimed at. A limit: after "irrumpió en la
embajada de México" the embassy's owner is not found (the act is coded with no target).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.country, e.target and e.target.country, e.cameo) for e in code_text(text, None, language)}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Nicaragua ordenó la salida del personal diplomático de Costa Rica y Panamá.", "es",
     {("NIC", "CRI", "161"), ("NIC", "PAN", "161")}),
    ("Ecuadorian police stormed the Mexican embassy in Quito on Friday night.", "en", {("ECU", "MEX", "170")}),
    ("La policía ecuatoriana asaltó la embajada de México en Quito.", "es", {("ECU", "MEX", "170")}),
    ("Bolton demanded that Maduro hand over power and said all options remained on the table.", "en",
     {("USA", "VEN", "138")}),
    ("El presidente Trump dijo que todas las opciones están sobre la mesa con respecto a Irán.", "es",
     {("USA", "IRN", "138")}),
])
def test_coded(text: str, language: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _events(text, language)


def test_options_that_are_only_listed_are_no_threat() -> None:
    assert not any(code == "138" for _, _, code in _events("The options on the table include new tariffs on Iran.",
                                                           "en"))
