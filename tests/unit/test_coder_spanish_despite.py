"""Text coder, coder 0.3.33: Spanish "pese a" (despite) is neither money nor condolences, and "las críticas de X"
is criticism.

"pese" is a form of "pesar"; the lemmatizer gave the currency "peso" and the noun "pésame" the same lemma, so
"deportó a 2.000 haitianos pese a ..." read as money sent (071) and "envió tropas a Siria pese a ..." as sending
condolences (no event). Both words now keep their own lemma. The project's row for the noun "críticas" was
written without its accent, which lemmatizes to the verb, so the noun never matched ("pese a las críticas del
Gobierno de Haití": Haiti criticises the deporting state).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_despite_after_a_mass_deportation() -> None:
    events = triples("República Dominicana deportó a 2.000 haitianos, pese a las críticas del Gobierno de Haití.", "es")
    assert ("DOM", "HTI", "201") in events
    assert ("HTI", "DOM", "111") in events
    assert not any(code.startswith("07") for _, _, code in events)


def test_despite_after_troops_sent() -> None:
    assert ("RUS", "SYR", "072") in triples("Rusia envió tropas a Siria pese a las advertencias.", "es")


def test_pesos_are_still_money() -> None:
    events = triples("México envió 5 millones de pesos a Cuba.", "es")
    assert any(source == "MEX" and target == "CUB" and code.startswith("07") for source, target, code in events)


def test_criticism_noun_with_its_author() -> None:
    assert ("HTI", "DOM", "111") in triples("Las críticas de Haití a República Dominicana crecieron.", "es")
