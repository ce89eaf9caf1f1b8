"""Text coder, coder 0.3.28: Spanish lawsuits filed and arrests ordered.

"presentó una demanda contra Israel ante la Corte Internacional de Justicia": a lawsuit (115), as "demandó a X
ante la Corte" already was; "presentaron una demanda salarial" (a claim, no lawsuit against anyone) is not one.
"ordenó la captura de Nicolás Maduro": a judicial measure of coercion (173), as "ordenó la detención" already was.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import Triple, triples


def _events(text: str) -> set[Triple]:
    return triples(text, "es")


def test_a_lawsuit_filed_against_a_state() -> None:
    assert ("ZAF", "ISR", "115") in _events("Sudáfrica presentó una demanda contra Israel ante la Corte Internacional "
                                            "de Justicia.")


def test_a_wage_claim_is_no_lawsuit() -> None:
    assert not any(code == "115" for _, _, code in _events("Los trabajadores presentaron una demanda salarial al "
                                                            "Gobierno de Chile."))


def test_an_arrest_ordered_by_a_court() -> None:
    assert ("ARG", "VEN", "173") in _events("Un tribunal federal argentino ordenó la captura de Nicolás Maduro por "
                                            "presuntos crímenes de lesa humanidad.")
