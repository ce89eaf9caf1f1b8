"""Text coder, coder 0.3.34: "the first/last/only ... to <verb>" tells the act; the infinitive is no purpose.

"Macron became the first French president in 20 years to visit Algiers": France visits Algeria (042, the host 043),
where an infinitive with no modal reads as a purpose ("a move to establish ...") and was dropped. "the first batch
of a larger deployment to support Moscow's war" stays a purpose (a guard).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from flows.normalize.coder import code_text


def _events(text: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, dt.date(2022, 8, 25), "en")}


def test_the_first_to_visit_visits() -> None:
    assert _events("Macron became the first French president in 20 years to visit Algiers.") \
        == {("FRA", "DZA", "042"), ("DZA", "FRA", "043")}


def test_a_batch_of_a_deployment_to_support_stays_a_purpose() -> None:
    found = _events("North Korea sent 1,500 troops to Russia, the first batch of a larger deployment to support "
                    "Moscow's war.")
    assert not any(code.startswith("05") for _, _, code in found)
