"""Text coder, coder 0.3.41: aid named as the reason for thanks was given by the one thanked ("thanked Mexico for
sending tankers of crude oil": Mexico aided Cuba, 07x), as new module ``thanks.py`` derives.

Thanks for cooperation, solidarity or support name no aid and derive nothing.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from tests.coded import triples


@pytest.mark.parametrize(("text", "language", "code"), [
    ("Haiti's prime minister thanked the Dominican Republic on Monday for sending fuel and food after the storm.",
     "en", "070"),
    ("Haiti's prime minister thanked the Dominican Republic for its military assistance against the gangs.", "en",
     "072"),
    ("Haití expresó su agradecimiento a República Dominicana por el donativo de alimentos y combustible.", "es",
     "070"),
])
def test_aid_thanked_for_is_coded_from_the_one_thanked(text: str, language: str, code: str) -> None:
    events = triples(text, language)
    assert ("HTI", "DOM", "051") in events
    assert ("DOM", "HTI", code) in events


def test_thanks_for_cooperation_name_no_aid() -> None:
    """Guard: no aid word in the reason."""
    events = triples("Haiti's prime minister thanked the Dominican Republic for its quick cooperation.", "en")
    assert not any(code.startswith("07") for _, _, code in events)
