"""Text coder, coder 0.3.20: verbs the dictionaries file in a block whose code does not fit their common use
(``data/misfiled_verbs.csv``) code nothing on their own.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def test_a_figure_that_exceeds_another_is_no_event() -> None:
    """"superar" is filed among verbs of facilitating and allowing; "el comercio superó los 5.000 millones" says a
    figure grew, no act between the two states."""
    text = "El comercio entre Chile y Perú superó los 5.000 millones de dólares el año pasado."
    assert not [e for e in code_text(text, dt.date(2020, 1, 1), language="es") if not e.negated]


def test_a_figure_still_codes_what_the_states_did() -> None:
    text = "Chile y Perú firmaron un acuerdo comercial, y el comercio superó los 5.000 millones de dólares."
    codes = {(e.source.country, e.target and e.target.country) for e in code_text(text, language="es")}
    assert ("CHL", "PER") in codes, codes


def test_winning_a_case_is_no_attack() -> None:
    """"ganar" and "vencer" are filed among verbs of destruction (190): a state that wins a case or a vote, or a
    deadline that runs out, attacks no one."""
    for text in ("Chile ganó el arbitraje contra Perú.", "Venció el plazo que Chile había dado a Perú."):
        codes = {e.cameo[:2] for e in code_text(text, dt.date(2020, 1, 1), language="es") if not e.negated}
        assert not codes & {"17", "18", "19", "20"}, (text, codes)


def test_overtaking_or_facing_is_no_attack_and_no_meeting() -> None:
    """"overtake" is filed among verbs of destruction and "face" among verbs of meeting; in the news one state
    overtakes another as a partner, and a state faces pressure."""
    for text in ("Chile overtook Peru as Bolivia's largest trading partner.", "Chile faces new tariffs from Peru."):
        codes = {e.cameo[:2] for e in code_text(text, dt.date(2020, 1, 1), language="en") if not e.negated}
        assert not codes & {"04", "19"}, (text, codes)


@pytest.mark.parametrize(("text", "language"), [
    ("Brasil asumió la custodia de la embajada de Chile en Lima.", "es"),
    ("Perú sufrió un apagón tras la visita del ministro chileno.", "es"),
    ("Chile batió un récord de exportaciones a Perú.", "es"),
    ("Chile will match Peru's offer of aid to Bolivia.", "en"),
    ("Peruvian citizens who reside in Chile voted on Sunday.", "en"),
])
def test_everyday_words_filed_with_verbs_of_force_code_no_force(text: str, language: str) -> None:
    codes = {e.cameo[:2] for e in code_text(text, dt.date(2020, 1, 1), language=language) if not e.negated}
    assert not codes & {"17", "18", "19", "20"}, codes


@pytest.mark.parametrize(("text", "language"), [
    ("El presidente peruano ocupó un lugar de honor junto al mandatario chileno en Santiago.", "es"),
    ("Peru's envoy occupied a seat of honour beside Chile's president.", "en"),
])
def test_occupying_a_seat_is_no_occupation(text: str, language: str) -> None:
    """Coder 0.3.20: "ocupó un lugar de honor", "occupies the post": a position, not territory (no 192)."""
    codes = {e.cameo for e in code_text(text, dt.date(2020, 1, 1), language=language) if not e.negated}
    assert "192" not in codes, codes


def test_occupying_land_is_still_an_occupation() -> None:
    codes = {(e.source.country, e.target and e.target.country, e.cameo)
             for e in code_text("Perú ocupó territorio ecuatoriano.", dt.date(2020, 1, 1), language="es")}
    assert ("PER", "ECU", "192") in codes, codes


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia pulled its troops out of Ukraine.", ("RUS", "UKR", "087")),
    ("Russia pulled out of the grain deal with Ukraine.", ("RUS", "UKR", "160")),
])
def test_pull_is_no_seizure(text: str, expected: tuple) -> None:
    """Coder 0.3.21: the dictionary files "pull" with seizing (171); troops pulled out are a withdrawal (087),
    and pulling out of a deal keeps the dictionary's 160."""
    found = {(e.source.country, e.target and e.target.country, e.cameo) for e in code_text(text, language="en")}
    assert expected in found
    assert not any(c.startswith("17") for _, _, c in found)


@pytest.mark.parametrize("text", [
    "Relations between Russia and Ukraine broke down.",
    "The talks between Russia and Ukraine broke down.",
])
def test_a_verb_and_particle_phrase_goes_before_the_verbs_own_rows(text: str) -> None:
    """Coder 0.3.21: "broke down" is the dictionary's phrase of failing (no code); the project's rows for "break"
    (ties, ceasefire) no longer take the start and leave the verb's bare 190."""
    assert not any(e.cameo.startswith("19") for e in code_text(text, language="en"))


@pytest.mark.parametrize(("text", "code"), [
    ("Russia broke off relations with Ukraine.", "161"),
    ("Russia broke the ceasefire with Ukraine.", "196"),
])
def test_the_verbs_own_rows_still_apply(text: str, code: str) -> None:
    assert code in {e.cameo for e in code_text(text, language="en")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru sent forces to Ecuador.", "072"),
    ("Peru provided funds to Ecuador.", "071"),
])
def test_a_plural_noun_after_a_verb_is_what_is_sent(text: str, expected: str) -> None:
    """Coder 0.3.22: "forces", "funds", "supplies", "arms" right after a verb are the plural nouns of what it
    sends, not the verbs "force" (coerce, 170) or "fund"; forces sent to a state are military aid."""
    codes = {(e.source.country, e.target and e.target.country, e.cameo)
             for e in code_text(text, dt.date(2020, 1, 1), language="en")}
    assert codes == {("PER", "ECU", expected)}, codes


def test_forces_as_a_verb_still_coerce() -> None:
    codes = {e.cameo for e in code_text("Peru forces Ecuador to pay.", dt.date(2020, 1, 1), language="en")}
    assert codes == {"170"}, codes
