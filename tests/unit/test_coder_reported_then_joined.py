"""Text coder, coder 0.3.24: a verb joined by "and" after a reported clause whose subject would act on itself.

"The U.S. State Department said Russia had used chemical weapons ... and imposed new sanctions on Moscow": the
joined verb used to take the reported clause's subject (Russia), which then sanctioned itself and coded nothing.
When the state the joined verb aims at ("on Moscow", "a Moscú", "warned that Moscow ...") is the lent
subject's own side, the sentence's subject, which reported the clause, is the doer. An instrument of the lent
subject ("deployed Russian bombers") is no aim and changes nothing.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The U.S. State Department said Russia had used chemical weapons against Ukrainian forces and imposed new "
     "sanctions on Moscow.", "en", ("USA", "RUS", "163")),
    ("El Departamento de Estado dijo que Rusia había usado armas químicas contra tropas ucranianas e impuso "
     "nuevas sanciones a Moscú.", "es", ("USA", "RUS", "163")),
    ("Estados Unidos dijo que Rusia había violado el tratado y advirtió que Moscú pagaría un alto precio.", "es",
     ("USA", "RUS", "130")),
])
def test_the_reporter_does_what_the_reported_subject_would_do_to_itself(text: str, language: str,
                                                                      expected: tuple) -> None:
    assert expected in _events(text, language)


def test_an_instrument_of_the_reported_subject_is_no_aim() -> None:
    found = _events("Washington said Russia had sent troops to Syria and deployed Russian bombers to Venezuela.", "en")
    assert ("RUS", "SYR", "072") in found
    assert not any(s == "USA" for s, _, _ in found)
