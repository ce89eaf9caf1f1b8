"""Text coder, coder 0.3.24: people handed back, stern representations, participation suspended.

- "handed back the captured Indian pilot", "returned the crew": a release of people held (084) toward their
  state, as prisoners and bodies handed over already were;
- "lodged stern representations with Washington": the Chinese diplomatic phrase for a formal complaint (114);
- "suspended its participation in New START, the arms control treaty with the United States", "suspendió su
  participación en el tratado con Estados Unidos": relations reduced (160) toward the treaty partner.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Pakistan handed back the captured Indian pilot.", "en", ("PAK", "IND", "084")),
    ("China lodged stern representations with Washington.", "en", ("CHN", "USA", "114")),
    ("Russia suspended its participation in New START, the arms control treaty with the United States.", "en",
     ("RUS", "USA", "160")),
    ("Rusia suspendió su participación en el tratado New START con Estados Unidos.", "es", ("RUS", "USA", "160")),
])
def test_the_act_is_coded(text: str, language: str, expected: tuple) -> None:
    assert _events(text, language) == {expected}
