"""Oil, gas or fuel a state or its oil firm ships with no word of aid, gift or credit is trade, economic
cooperation (061); given, donated or sent as a donation it stays economic aid (071), and relief goods shipped with
it make humanitarian aid (073). The support category is energy either way.

Sentences written for these tests (not taken from any evaluation set). Guards: without the trade class the first
cases code 071.
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text
from tests.coded import triples


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Pemex shipped 400,000 barrels of crude to Cuba in the first quarter.", ("MEX", "CUB", "061")),
    ("es", "PDVSA envió a Cuba 40.000 barriles diarios de crudo el año pasado.", ("VEN", "CUB", "061")),
    ("en", "Russia sent two oil tankers to Venezuela last month.", ("RUS", "VEN", "061")),
    ("en", "Russia donated 90,000 tonnes of oil to Cuba to ease its energy crisis.", ("RUS", "CUB", "071")),
    ("es", "Rusia envió a Cuba 90.000 toneladas de petróleo como donativo.", ("RUS", "CUB", "071")),
    ("es", "Pemex suministró a Cuba crudo a crédito durante el segundo semestre.", ("MEX", "CUB", "071")),
    ("es", "México envió a Cuba dos buques con víveres y combustible tras el huracán.", ("MEX", "CUB", "073")),
])
def test_energy_shipped_is_trade_unless_given(language: str, text: str, expected: tuple[str, str, str]) -> None:
    found = triples(text, language)
    assert expected in found
    assert not any(t[:2] == expected[:2] and t[2][:2] in ("06", "07") and t[2] != expected[2] for t in found)


def test_oil_trade_still_counts_as_energy_support() -> None:
    event = next(e for e in code_text("Russia sent two oil tankers to Venezuela last month.", None, "en")
                 if e.cameo == "061")
    assert (event.support_category, event.direction) == ("energy", "support")
