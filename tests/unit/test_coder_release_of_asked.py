"""Text coder, coder 0.3.42: a demand for "the (immediate) release of" someone, or for "su devolución", after an
act on a state is aimed where "his release" already was: at the earlier act's doer, or, when the same doer goes on,
at whom its earlier act was aimed ("summoned Canada's ambassador and demanded the immediate release of X").

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from tests.coded import triples


@pytest.mark.parametrize(("text", "triple"), [
    ("Russia detained two Estonian border guards, and Estonia demanded the release of the two men.",
     ("EST", "RUS", "1053")),
    ("China summoned Canada's ambassador on Saturday and demanded the immediate release of engineer Li Wei.",
     ("CHN", "CAN", "1053")),
])
def test_the_release_of_is_asked_of_the_earlier_act(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(text, "en")
