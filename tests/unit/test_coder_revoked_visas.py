"""Text coder, coder 0.3.41: revoking or suspending visas of another state's leader or people is an administrative
restriction (172), not a cut in relations (160).

"revocó la visa del presidente colombiano" had read as 160 (the dictionary's "revocar"), and "suspended visa
services for Canadians" as nothing. "revoke"/"revocar" keep their other readings ("revocó la decisión de ...").

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from tests.coded import triples


@pytest.mark.parametrize(("text", "language", "pair"), [
    ("El Departamento de Estado revocó la visa del presidente brasileño tras un discurso en Nueva York.", "es",
     ("USA", "BRA")),
    ("The State Department revoked the visa of Brazil's president after a speech in New York.", "en", ("USA", "BRA")),
    ("India suspended visa services for Canadians on Thursday.", "en", ("IND", "CAN")),
])
def test_a_revoked_visa_is_a_restriction(text: str, language: str, pair: tuple[str, str]) -> None:
    events = triples(text, language)
    assert (*pair, "172") in events
    assert (*pair, "160") not in events
