"""Text coder, coder 0.3.25: an envoy recalled from a city, and alerts switched on.

"recalled its ambassador from Tel Aviv": with no state named, the known place the envoy is recalled from (after
"from" or "in") gives the state the relations are reduced with (161), as a withdrawal's place does. Spanish
"activó sus alertas" raises the alert status (152), as "elevó su nivel de alerta" does.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.country, e.target and e.target.country, e.cameo) for e in code_text(text, None, language)}


def test_an_envoy_recalled_from_a_city_reduces_relations_with_its_state() -> None:
    assert ("COL", "ISR", "161") in _events("Colombia recalled its ambassador from Tel Aviv on Monday.", "en")


def test_alerts_switched_on_raise_the_alert_status() -> None:
    assert ("JPN", "PRK", "152") in _events("Japón activó sus alertas ante el lanzamiento de Corea del Norte.", "es")
