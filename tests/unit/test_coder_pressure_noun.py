"""Text coder, coder 0.3.42: "pressure from X" and "pressure on X" are the noun, a standing state told as
background, not a demand (10x) or coercion (170) of the verb "pressure".

Pressuring or pressing a state to act, and stepping up pressure on it, are still coded.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from tests.coded import triples


@pytest.mark.parametrize("text", [
    "Malaysia and Indonesia held a joint naval drill, as both face growing pressure from Chinese vessels.",
    "Peru lost 3-0 to Chile in Santiago on Friday, piling pressure on its Argentine coach.",
])
def test_pressure_as_a_noun_is_no_event(text: str) -> None:
    events = triples(text, "en")
    assert not any(code.startswith(("10", "17")) for _, _, code in events)


@pytest.mark.parametrize(("text", "triple"), [
    ("The United States pressured Panama to stop the migrants.", ("USA", "PAN", "100")),
    ("The United States stepped up pressure on Panama over the canal.", ("USA", "PAN", "170")),
])
def test_pressure_as_a_verb_is_still_coded(text: str, triple: tuple[str, str, str]) -> None:
    """Guard: both held before."""
    assert triple in triples(text, "en")
