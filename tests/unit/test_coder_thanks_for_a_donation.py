"""Text coder, coder 0.3.43: thanks "for a donation of" / "por una donación de" name the aid thanked for, as "for
its donation" already did (07x from the one thanked to the thanker).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from tests.coded import triples


@pytest.mark.parametrize(("text", "language"), [
    ("Haiti thanked Brazil for a donation of 20,000 tonnes of rice.", "en"),
    ("Haití agradeció a Brasil por una donación de 20.000 toneladas de arroz.", "es"),
])
def test_thanks_for_a_donation_name_aid(text: str, language: str) -> None:
    events = triples(text, language)
    assert ("BRA", "HTI", "070") in events


def test_thanks_for_its_donation_already_named_aid() -> None:
    """A guard that held before: a possessive before the aid noun."""
    assert ("BRA", "HTI", "070") in triples("Haiti thanked Brazil for its donation of rice.", "en")
