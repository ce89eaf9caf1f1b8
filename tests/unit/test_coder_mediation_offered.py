"""Text coder, coder 0.3.35: offering to mediate or one's mediation ("offered to mediate", "ofreció la mediación de
Brasil", "ofreció mediar entre A y B") is an offer to mediate (039) to the sides, not the mediation itself; after
an appeal to two sides ("pidió a Rusia y Ucrania que negocien ..., y ofreció la mediación de la Santa Sede") the
offer goes to the sides asked.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _offers(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country) for e in code_text(text, dt.date(2023, 12, 4), language)
            if e.cameo == "039"}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Turkey offered to mediate between Russia and Ukraine.", "en", {("TUR", "RUS"), ("TUR", "UKR")}),
    ("México ofreció mediar entre Estados Unidos y Venezuela.", "es", {("MEX", "USA"), ("MEX", "VEN")}),
    ("Lula urged Venezuela and Guyana to avoid unilateral steps and offered to mediate.", "en",
     {("BRA", "VEN"), ("BRA", "GUY")}),
    ("El papa Francisco pidió a Rusia y Ucrania que negocien un alto el fuego, y ofreció la mediación de la Santa "
     "Sede.", "es", {("VAT", "RUS"), ("VAT", "UKR")}),
])
def test_an_offer_to_mediate_goes_to_the_sides(text: str, language: str, expected: set) -> None:
    assert _offers(text, language) == expected
