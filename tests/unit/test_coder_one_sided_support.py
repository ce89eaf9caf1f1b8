"""Text coder, coder 0.3.24: support a joint subject gives to a third party or a thing is not given to each other.

"Brasil y Argentina elogiaron el acuerdo", "España, Irlanda y Noruega reconocieron al Estado palestino": praising,
recognising, welcoming or backing is one-sided, so a joint subject with no target of its own does not support
itself; signing or agreeing stays mutual ("Brasil y Argentina firmaron un acuerdo"). "Estado palestino", "State
of Palestine" name Palestine (PSE).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo[:2])
            for e in code_text(text, language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("España, Irlanda y Noruega reconocieron este martes al Estado palestino.", "es",
     {("ESP", "PSE", "05"), ("IRL", "PSE", "05"), ("NOR", "PSE", "05")}),
    ("Brasil y Argentina elogiaron el acuerdo.", "es", set()),
    ("Brazil and Argentina welcomed the agreement.", "en", set()),
    ("Brasil y Argentina firmaron un acuerdo.", "es", {("BRA", "ARG", "05"), ("ARG", "BRA", "05")}),
])
def test_one_sided_support_is_not_mutual(text: str, language: str, expected: set[tuple]) -> None:
    assert _events(text, language) == expected
