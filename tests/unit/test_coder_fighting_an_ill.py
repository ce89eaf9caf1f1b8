"""Text coder, coder 0.3.43: Spanish "combatir" / "luchar contra" an ill (fires, a pandemic, illegal mining, drug
trafficking) is no fight between the states of the sentence. Before, "para combatir la pandemia" coded armed
conflict (190) both ways between the helper and the helped.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from tests.coded import triples


@pytest.mark.parametrize("text", [
    "Un equipo de bomberos chilenos llegó a Córdoba para ayudar a combatir los incendios en la provincia argentina.",
    "El presidente peruano recibió en Lima a su homólogo boliviano, con quien firmó acuerdos para proteger la "
    "selva y combatir la minería ilegal y el contrabando.",
])
def test_fighting_an_ill_is_no_armed_clash(text: str) -> None:
    assert not any(code.startswith("19") for _, _, code in triples(text, "es"))


def test_fighting_a_state_is_still_an_armed_clash() -> None:
    """A guard that held before: "combatir contra" a state stays the dictionary's armed conflict."""
    assert ("ARM", "AZE", "190") in triples("Armenia combatió contra Azerbaiyán en la frontera.", "es")
