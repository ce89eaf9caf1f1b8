"""Text coder, coder 0.3.43: dropping visa requirements for another state's citizens ("dropped visa requirements
for Cuban citizens", "eliminó el visado para los ciudadanos cubanos") eases rules for that state (081); and the
closing ", U.S. border data show" names no target. Before, "dropped" and "eliminó el visado" coded nothing.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from tests.coded import triples


@pytest.mark.parametrize(("text", "language"), [
    ("Thousands of Haitians have flown to Nicaragua since Managua dropped visa requirements for Haitian citizens "
     "in 2023, U.S. border data show.", "en"),
    ("Nicaragua eliminó el visado para los ciudadanos haitianos en 2023.", "es"),
])
def test_dropping_visas_for_a_nationality_eases_rules_for_its_state(text: str, language: str) -> None:
    events = triples(text, language)
    assert ("NIC", "HTI", "081") in events
    assert not any(target == "USA" for _, target, _ in events)


def test_dropping_tariffs_keeps_its_earlier_reading() -> None:
    """A guard that held before: "drop" with tariffs stays the easing of sanctions (085)."""
    assert ("USA", "MEX", "085") in triples("The United States dropped its tariffs on Mexican steel.", "en")
