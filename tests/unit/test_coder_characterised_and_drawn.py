"""Text coder, coder 0.3.24: an act characterised after it is told, and criticism drawn "from" a state.

- "calling the kidnapping a war crime", "called the seizure piracy": "call" + a noun for an act told before
  (kidnapping, seizure, invasion, blockade ...) + a characterisation, also a bare one (piracy, terrorism,
  aggression ...), criticises the act's doer (111), where the verb read as a telephone call coded nothing;
- "drawing condemnation from Caracas", "drew sharp criticism from Beijing", "recibió duras críticas de China": the
  state after "from"/"de" criticises the subject (111); protests drawn ("sparked protests from students") stay
  demonstrations, not read here.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, language=language) if not e.negated}


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian soldiers abducted the mayor of Melitopol, and Kyiv called the kidnapping a war crime.",
     ("UKR", "RUS", "111")),
    ("U.S. authorities seized a jet used by Nicolás Maduro, and Caracas called the seizure piracy.",
     ("VEN", "USA", "111")),
])
def test_an_act_characterised_after_it_is_told_is_criticised(text: str, expected: tuple) -> None:
    assert expected in _events(text, "en")


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Pakistan began expelling thousands of Afghans, drawing condemnation from Kabul.", "en", ("AFG", "PAK", "111")),
    ("Japan released treated water into the sea, drawing sharp criticism from China.", "en", ("CHN", "JPN", "111")),
    ("Japón recibió duras críticas de China por verter agua tratada al mar.", "es", ("CHN", "JPN", "111")),
])
def test_criticism_drawn_from_a_state_is_that_states(text: str, language: str, expected: tuple) -> None:
    assert expected in _events(text, language)
