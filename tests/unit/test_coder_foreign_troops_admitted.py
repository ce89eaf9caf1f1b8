"""Text coder, coder 0.3.33: authorising another state's troops to enter is military cooperation (062).

"autorizó el ingreso de tropas, naves y aeronaves rusas a Nicaragua", "authorized the entry of Russian troops":
062 toward the troops' state (the dictionary's "authorise" read it as a concession, 080, or with a military
object as a withdrawal, 087). Authorising the entry of aid stays a concession.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_spanish_entry_of_russian_troops() -> None:
    events = triples("Daniel Ortega autorizó mediante decreto el ingreso de tropas, naves y aeronaves rusas a "
                     "Nicaragua durante el segundo semestre.", "es")
    assert ("NIC", "RUS", "062") in events
    assert not any(code.startswith("08") for _, _, code in events)


def test_spanish_entry_named_before_the_troops() -> None:
    events = triples("El Gobierno de Nicaragua autorizó el ingreso a Nicaragua de tropas y aeronaves rusas para "
                     "ejercicios.", "es")
    assert ("NIC", "RUS", "062") in events


def test_english_entry_of_russian_troops() -> None:
    text = "Nicaragua authorized the entry of Russian troops into its territory."
    assert ("NIC", "RUS", "062") in triples(text, "en")


def test_entry_of_aid_is_no_military_cooperation() -> None:
    events = triples("Nicaragua autorizó la entrada de ayuda humanitaria de Rusia.", "es")
    assert not any(code == "062" for _, _, code in events)
