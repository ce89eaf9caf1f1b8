"""Text coder, coder 0.3.24: loans and shipments told by a noun, and a sum between a noun and its recipient.

- "Chinese loans to Venezuela", "a $5 billion loan to Venezuela", "los préstamos chinos a Venezuela": a loan or
  credit noun with its recipient after "to", "for", "a", "al" or "para" is economic aid (071) from the noun's own
  agent or the clause's subject; "aprobó un préstamo" is a loan (071), not praise of one;
- Spanish shipments and deliveries with a state after "a" ("el envío de trigo a Siria", "los suministros de
  combustible a Cuba") are aid whose kind the object decides; remittances are private money, no aid; halting them
  ("detuvo las entregas de armas a Rusia") is a cut (162x);
- a sum after the noun is read past to find the recipient: "aid worth $200 million to Ukraine", "una ayuda de
  200 millones de dólares para Ucrania"; a bare year is no sum ("la ayuda en 2019 a ...").

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language"), [
    ("Chinese loans to Venezuela totalled $60 billion.", "en"),
    ("China announced a $5 billion loan to Venezuela.", "en"),
    ("China announced $5 billion in new loans for Venezuela.", "en"),
    ("Los préstamos chinos a Venezuela suman 60.000 millones de dólares.", "es"),
    ("China aprobó nuevos préstamos a Venezuela.", "es"),
    ("China abrió una línea de crédito a Venezuela.", "es"),
])
def test_a_loan_noun_with_its_recipient_is_economic_aid(text: str, language: str) -> None:
    assert _events(text, language) == {("CHN", "VEN", "071")}


@pytest.mark.parametrize(("text", "expected"), [
    ("El Kremlin anunció el envío de trigo a Siria.", {("RUS", "SYR", "073")}),
    ("Rusia anunció el envío de dos baterías de misiles S-400 a Turquía.", {("RUS", "TUR", "072")}),
    ("Rusia reanudó los suministros de combustible a Cuba.", {("RUS", "CUB", "071")}),
    ("Alemania detuvo las entregas de armas a Rusia.", {("DEU", "RUS", "1622")}),
])
def test_a_spanish_shipment_noun_with_a_state_after_a_is_aid(text: str, expected: set[tuple]) -> None:
    assert _events(text, "es") == expected


def test_remittances_are_no_aid() -> None:
    assert not any(code.startswith("07") for *_, code in
                   _events("Estados Unidos permitió el envío de remesas a Cuba.", "es"))


@pytest.mark.parametrize(("text", "language", "code"), [
    ("Japan announced new aid worth $200 million to Ukraine.", "en", "071"),
    ("Japan announced humanitarian aid of $200 million for Ukraine.", "en", "073"),
    ("Japón anunció una ayuda de 200 millones de dólares para Ucrania.", "es", "071"),
])
def test_a_sum_between_the_noun_and_its_recipient_is_read_past(text: str, language: str, code: str) -> None:
    assert _events(text, language) == {("JPN", "UKR", code)}


def test_a_bare_figure_is_no_sum() -> None:
    from flows.normalize.gazetteer import fold
    from flows.normalize.phrases import amount_end
    from flows.normalize.tokens import tokenize

    def end(text: str, language: str) -> int:
        tokens = tokenize(text, fold(text), language)
        return amount_end(tokens, 1, len(tokens))

    assert end("ayuda en 2019 a Cuba", "es") == 1
    assert end("aid worth $200 million to Ukraine", "en") == 5
    assert end("ayuda de 5.000 millones de dólares para Cuba", "es") == 6
