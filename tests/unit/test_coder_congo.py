"""Which Congo: since Zaire took the name back in May 1997, news writes the Democratic Republic as plain "Congo"
and the other state as "Republic of Congo", "Congo Republic" or "Congo-Brazzaville"; before that date plain
"Congo" was Brazzaville's. The dictionaries read plain "Congo" and Spanish "congoleños" as Brazzaville's on every
day (English "Congolese" as the Democratic Republic's).

Sentences written for these tests (not taken from any evaluation set). Guards: without the overlay rows, plain
"Congo" after 1997 is COG and the first cases fail.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.coded import triples

RECENT = dt.date(2025, 2, 3)


@pytest.mark.parametrize(("language", "text", "on", "expected"), [
    ("en", "Congo accused Rwanda of backing M23 rebels near Goma.", RECENT, ("COD", "RWA", "112")),
    ("en", "Congo accused Rwanda of backing M23 rebels near Goma.", None, ("COD", "RWA", "112")),
    ("es", "El Congo acusó a Ruanda de apoyar a los rebeldes del M23.", RECENT, ("COD", "RWA", "112")),
    ("en", "Republic of Congo accused Rwanda of backing the rebels.", RECENT, ("COG", "RWA", "112")),
    ("en", "The Congo Republic accused Rwanda of backing the rebels.", RECENT, ("COG", "RWA", "112")),
    ("es", "La República del Congo acusó a Ruanda de apoyar a los rebeldes.", RECENT, ("COG", "RWA", "112")),
    ("en", "The Democratic Republic of the Congo accused Rwanda.", RECENT, ("COD", "RWA", "112")),
    ("en", "Congo accused Angola of backing the rebels.", dt.date(1995, 3, 1), ("COG", "AGO", "112")),
    ("en", "Angola accused Zaire of backing the rebels.", dt.date(1995, 3, 1), ("AGO", "COD", "112")),
    ("es", "Angola expulsó a más de 300.000 congoleños de sus zonas mineras.", RECENT, ("AGO", "COD", "201")),
    ("es", "Angola expulsó a cientos de congoleños de Cabinda.", dt.date(1994, 5, 1), ("AGO", "COG", "201")),
])
def test_plain_congo_is_the_state_that_bore_the_name_that_day(
        language: str, text: str, on: dt.date | None, expected: tuple[str, str, str]) -> None:
    found = triples(text, language, on)
    assert expected in found
    other = {"COD": "COG", "COG": "COD"}[next(code for code in expected[:2] if code in ("COD", "COG"))]
    assert not any(other in t[:2] for t in found)
