"""Text coder, coder 0.3.41: Spanish "descartó" + infinitive negates the infinitive's act, as "ruled out sending"
does; ruling out a concession ("descartó levantar el embargo", 08) stays a refusal (12x).

"descartó romper relaciones con Venezuela" had coded a rejection (125) of Venezuela, which no one asked for. Two
earlier tries (0.3.33, 0.3.39) negated every infinitive and lost the refusals to yield; the concession is now left
to the rejection.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from flows.normalize.coder import code_text


def _coded(text: str) -> list[tuple[str | None, str | None, str, bool]]:
    return [(e.source.country, e.target and e.target.country, e.cameo, e.negated) for e in code_text(text, None, "es")]


def test_ruling_out_breaking_relations_negates_the_break() -> None:
    events = _coded("El Gobierno de Chile descartó romper relaciones con Nicaragua pese a las presiones.")
    assert ("CHL", "NIC", "161", True) in events
    assert not any(code.startswith("12") for _, _, code, _ in events)


def test_ruling_out_sending_weapons_negates_the_sending() -> None:
    events = _coded("El Gobierno chileno descartó enviar armas a Ucrania.")
    assert any(src == "CHL" and tgt == "UKR" and code.startswith("07") and neg for src, tgt, code, neg in events)
    assert not any(code.startswith("12") for _, _, code, _ in events)


def test_ruling_out_a_concession_stays_a_refusal() -> None:
    """Guard (held before the change): lifting an embargo is yielding; refusing it is a rejection."""
    events = _coded("La Casa Blanca descartó levantar el embargo contra Cuba.")
    assert any(src == "USA" and tgt == "CUB" and code.startswith("12") and not neg for src, tgt, code, neg in events)
