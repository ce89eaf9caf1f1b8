"""Text coder, coder 0.3.24: support (or force) a joint subject gives a third party is not given to each other.

"Brasil y Argentina elogiaron el acuerdo", "España, Irlanda y Noruega reconocieron al Estado palestino": praising,
recognising, welcoming or backing is one-sided, so a joint subject with no target of its own does not support
itself; signing or agreeing stays mutual ("Brasil y Argentina firmaron un acuerdo"). "Estado palestino", "State
of Palestine" name Palestine (PSE). Three or more states using force together ("The United States, Britain and
France launched missiles at ...") use it on a third party; two states clashing still fight each other.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo[:2])
            for e in code_text(text, language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("España, Irlanda y Noruega reconocieron este martes al Estado palestino.", "es",
     {("ESP", "PSE", "05"), ("IRL", "PSE", "05"), ("NOR", "PSE", "05")}),
    ("Brasil y Argentina elogiaron el acuerdo.", "es", set()),
    ("Brazil and Argentina welcomed the agreement.", "en", set()),
    ("Brasil y Argentina firmaron un acuerdo.", "es", {("BRA", "ARG", "05"), ("ARG", "BRA", "05")}),
])
def test_one_sided_support_is_not_mutual(text: str, language: str, expected: set[tuple]) -> None:
    assert _events(text, language) == expected


def test_three_states_using_force_together_do_not_attack_each_other() -> None:
    text = ("The United States, Britain and France launched more than 100 missiles at Syrian chemical weapons "
            "facilities early on Saturday in response to a suspected poison gas attack in the town of Douma.")
    assert _events(text, "en") == {("USA", "SYR", "19"), ("GBR", "SYR", "19"), ("FRA", "SYR", "19")}


@pytest.mark.parametrize(("text", "language"), [
    ("Armenia y Azerbaiyán se enfrentaron en la frontera.", "es"),
    ("Armenia and Azerbaijan clashed on the border.", "en"),
])
def test_two_states_clashing_still_fight_each_other(text: str, language: str) -> None:
    assert _events(text, language) == {("ARM", "AZE", "19"), ("AZE", "ARM", "19")}
