"""Text coder, coder 0.3.40: one private person named by nationality ("a Georgian man", "un ciudadano georgiano")
is a civilian of that state (CVL), not its government.

The plural forms ("Georgian men", "ciudadanos georgianos") already were; "the killing of a Georgian man" made the
investigation into it one aimed at Georgia's government. The Spanish and the Polish cases held before this version
too (guards). The person harmed that an investigation looks into is not the one investigated ("investigation into
the killing of a Georgian man by Russian border guards" looks into the guards).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


@pytest.mark.parametrize(("text", "language", "country"), [
    ("Turkish police detained a Georgian man at the border crossing.", "en", "GEO"),
    ("La policía rusa detuvo a un ciudadano georgiano en Sochi.", "es", "GEO"),
    ("Police in Oslo arrested a Polish woman at the airport.", "en", "POL"),
])
def test_one_person_named_by_nationality_is_a_civilian(text: str, language: str, country: str) -> None:
    people = [e.target for e in code_text(text, dt.date(2024, 1, 15), language)
              if e.target is not None and e.target.country == country]
    assert people and all(p.sector == "CVL" for p in people)


def test_the_person_harmed_is_not_the_one_investigated() -> None:
    events = code_text("Austrian prosecutors opened an investigation into the killing of a Georgian man in Vienna.",
                       dt.date(2024, 1, 15), "en")
    assert not any(e.target is not None and e.target.country == "GEO" for e in events)
