"""Text coder, coder 0.3.41: an investigation that names no target looks into the state its phrase names as the
doer: the subject of "whether" ("an investigation into whether Moscow ordered the killing") or the agent of the
act looked into ("... plots that officials believe were commissioned by Russian military intelligence").

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from tests.coded import triples


@pytest.mark.parametrize("text", [
    "Dutch prosecutors opened an investigation into whether Moscow ordered the poisoning of a defector in Utrecht.",
    "Dutch prosecutors opened an investigation into a series of arson attacks on warehouses in Rotterdam that "
    "officials believe were ordered by Russian military intelligence.",
    "La fiscalía neerlandesa abrió una investigación sobre si Moscú ordenó el envenenamiento de un desertor.",
])
def test_the_doer_in_the_investigated_phrase_is_the_target(text: str) -> None:
    language = "es" if " sobre si " in text else "en"
    assert any(src == "NLD" and tgt == "RUS" and code.startswith("09") for src, tgt, code in triples(text, language))


def test_a_place_in_the_investigated_phrase_is_no_target() -> None:
    """Guard: no "whether" subject and no agent."""
    events = triples("Dutch prosecutors opened an investigation into a fire at a warehouse near the Russian "
                     "border.", "en")
    assert not any(code.startswith("09") and tgt == "RUS" for _, tgt, code in events)
