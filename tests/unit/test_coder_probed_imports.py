"""Text coder, coder 0.3.25: an investigation of imports is aimed at where they come from.

"opened an anti-dumping investigation into solar glass imported from Vietnam", "inició una investigación antidumping
sobre las importaciones de acero procedentes de Brasil": the imports are what is probed, not a trade act of the
investigating state; the state they come from is the investigation's target (090). Limits: of two states joined by
"and"/"y" after "from"/"de", only the last is taken, and "importaciones ... procedentes de X" with one state names
no target.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Turkey opened an anti-dumping investigation into steel pipes imported from Ukraine.", "en", ("TUR", "UKR")),
    ("Argentina inició una investigación antidumping sobre los neumáticos importados de Tailandia.", "es",
     ("ARG", "THA")),
])
def test_probed_imports(text: str, language: str, expected: tuple[str, str]) -> None:
    events = [(e.source.country, e.target and e.target.country, e.cameo) for e in code_text(text, None, language)]
    assert (*expected, "090") in events
    assert not any(code.startswith("06") for _, _, code in events)  # the imports are no trade act
