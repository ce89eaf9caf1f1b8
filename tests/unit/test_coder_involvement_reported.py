"""Text coder, coder 0.3.35: a state said to be involved in, to have ordered, or to be linked to an attack or a
killing is accused by the speaker (112).

"Estonia's prime minister said Russian military intelligence was likely involved in the explosion", "dijo que
agentes rusos participaron en un ataque": the report names who did a hostile act, so the speaker accuses that state,
as "said Moscow was culpable" and "was behind" already did. Involvement in talks or a deal accuses no one.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _accusations(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country) for e in code_text(text, dt.date(2021, 4, 20), language)
            if e.cameo.startswith("112")}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Estonia's prime minister said Russian military intelligence was likely involved in the explosion at the depot.",
     "en", {("EST", "RUS")}),
    ("Latvia said Belarusian agents were involved in a cyberattack on its parliament.", "en", {("LVA", "BLR")}),
    ("Finland said Moscow had ordered the killing of a dissident in Helsinki.", "en", {("FIN", "RUS")}),
    ("Estonia dijo que agentes rusos participaron en un ataque incendiario en Tallin.", "es", {("EST", "RUS")}),
    ("Lituania afirmó que espías bielorrusos estaban implicados en el atentado.", "es", {("LTU", "BLR")}),
])
def test_a_state_said_to_take_part_in_an_attack_is_accused(text: str, language: str, expected: set) -> None:
    assert _accusations(text, language) == expected


@pytest.mark.parametrize(("text", "language"), [
    ("Norway said Swedish diplomats were involved in the talks on the fishing deal.", "en"),
    ("Chile dijo que diplomáticos peruanos participaron en las negociaciones del acuerdo.", "es"),
])
def test_involvement_in_talks_accuses_no_one(text: str, language: str) -> None:
    assert _accusations(text, language) == set()
