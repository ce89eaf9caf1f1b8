"""Text coder, coder 0.3.33: a currency swap line from one central bank to another state is economic aid (071).

"El Banco Popular de China renovó ... el swap de monedas con el Banco Central argentino", "renewed its currency
swap with Argentina's central bank": 071 from the bank's state to the partner. The People's Bank of China and the
central banks of Argentina, Venezuela and Russia are their states' government (central banks are state actors).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_spanish_swap_renewed() -> None:
    events = triples("El Banco Popular de China renovó por un año el tramo activado del swap de monedas con el Banco "
                     "Central argentino.", "es")
    assert ("CHN", "ARG", "071") in events


def test_english_currency_swap() -> None:
    events = triples("The People's Bank of China renewed its currency swap with Argentina's central bank.", "en")
    assert ("CHN", "ARG", "071") in events


def test_central_bank_names_are_state_actors() -> None:
    events = triples("El BCRA firmó un acuerdo de cooperación con el Banco Popular de China.", "es")
    assert {("ARG", "CHN"), ("CHN", "ARG")} & {(source, target) for source, target, _ in events}
