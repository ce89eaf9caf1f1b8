"""Text coder, coder 0.3.33: two states' mutual act at an IGO's venue, or about people with no state, is with each
other.

"Lebanon and Israel signed a deal ... at a U.N. base in Naqoura": the deal is between the two (057 both ways),
not with the U.N. whose base hosts it; "A y B pactaron un plan para devolver a los migrantes": the migrants the
purpose names are no party. An IGO a mutual act is aimed at ("agreed to coordinate with the United Nations")
stays its target (a guard).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_deal_signed_at_an_igo_base() -> None:
    events = triples("Lebanon and Israel signed a deal setting their maritime border at a U.N. base in Naqoura.", "en")
    assert {("LBN", "ISR", "057"), ("ISR", "LBN", "057")} <= events
    assert not any(target is None for _, target, _ in events)


def test_plan_about_migrants_is_between_the_two() -> None:
    events = triples("El Reino Unido y Francia pactaron un plan piloto para devolver a Francia a parte de los "
                     "migrantes.", "es")
    assert any((s, t) in {("GBR", "FRA"), ("FRA", "GBR")} for s, t, _ in events)
    assert not any(t is None for _, t, _ in events)


def test_an_igo_addressed_stays_the_target() -> None:
    events = triples("Russia and China agreed to coordinate with the United Nations.", "en")
    assert any(t is None for _, t, _ in events)
