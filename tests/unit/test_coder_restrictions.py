"""Text coder, coder 0.3.10: restrictions are sanctions, and introducing or tightening them imposes them.

"introduced tighter restrictions on Cuba", "endureció las restricciones contra Cuba": a verb that codes
something else alone (introduce 040) or nothing takes the code of the sanction it introduces or tightens;
lifting restrictions stays an easing (081), and sanctions said to be lifted ("US sanctions on Cuba were
lifted", "fueron levantadas") are an easing (085) by whoever imposed them, not a sanction. Verbs with
broad meanings of their own ("expand cooperation", "restablecer relaciones") are left out, because a
project row bounds a verb's dictionary readings.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language"), [
    ("The United States introduced tighter restrictions on Cuba in May.", "en"),
    ("Washington tightened restrictions on Cuba.", "en"),
    ("The United States reimposed sanctions on Cuba.", "en"),
    ("Estados Unidos endureció las restricciones contra Cuba.", "es"),
    ("Las restricciones de Estados Unidos contra Cuba.", "es"),
])
def test_introducing_or_tightening_restrictions_is_a_sanction(text: str, language: str) -> None:
    assert _events(text, language) == {("USA", "CUB", "163")}


@pytest.mark.parametrize(("text", "language"), [
    ("The US lifted restrictions on Cuba.", "en"),
    ("Estados Unidos flexibilizó las restricciones a Cuba.", "es"),
])
def test_lifting_restrictions_stays_an_easing(text: str, language: str) -> None:
    assert _events(text, language) == {("USA", "CUB", "081")}


@pytest.mark.parametrize(("text", "language", "code"), [
    ("Iran and Venezuela agreed to expand cooperation in agriculture.", "en", "03"),
    ("Nicaragua y China restablecieron sus relaciones diplomáticas.", "es", "05"),
])
def test_broad_verbs_keep_their_own_readings(text: str, language: str, code: str) -> None:
    events = _events(text, language)
    assert events and all(e[2].startswith(code) for e in events), events


@pytest.mark.parametrize(("text", "language"), [
    ("US sanctions on Cuba were lifted last month.", "en"),
    ("The American restrictions on Cuba have been eased.", "en"),
    ("Las sanciones de Estados Unidos contra Cuba fueron levantadas.", "es"),
])
def test_sanctions_said_to_be_lifted_are_an_easing_by_who_imposed_them(text: str, language: str) -> None:
    assert _events(text, language) == {("USA", "CUB", "085")}


@pytest.mark.parametrize(("text", "language"), [
    ("US sanctions on Cuba were extended last month.", "en"),
    ("Las sanciones de Estados Unidos contra Cuba fueron endurecidas.", "es"),
])
def test_sanctions_said_to_be_extended_stay_sanctions(text: str, language: str) -> None:
    assert _events(text, language) == {("USA", "CUB", "163")}


@pytest.mark.parametrize(("text", "language"), [
    ("Ghana suspended imports of Togolese cocoa.", "en"),
    ("Ghana halted imports of Togolese cocoa.", "en"),
    ("Ghana suspendió las importaciones de cacao togolés.", "es"),
])
def test_suspending_another_state_s_imports_is_an_embargo(text: str, language: str) -> None:
    """Coder 0.3.23: a halt to imports of a state's goods is an embargo (163), not reduced aid (162)."""
    assert ("GHA", "TGO", "163") in {(e.source.country, e.target and e.target.country, e.cameo)
                                      for e in code_text(text, language=language)}
