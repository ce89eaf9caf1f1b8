"""Text coder, coder 0.3.43: a partner after "con"/"with" that the text names with an article and a long name
("renovó con el Banco Popular de China el acuerdo") no longer pushes the agreement noun out of the verb's reach,
and a buyer that names no seller ("compró bonos en el mercado") stays the subject a joined verb goes on with.
Both coded nothing before.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_a_long_partner_name_after_con_keeps_the_agreement_in_reach() -> None:
    events = triples("El Banco Central de Chile renovó con el Banco Popular de China el convenio de crédito "
                     "recíproco por otros tres años.", "es")
    assert ("CHL", "CHN", "057") in events
    assert ("CHN", "CHL", "057") in events


def test_a_buyer_with_no_seller_stays_the_subject_of_the_next_verb() -> None:
    events = triples("El Tesoro de Japón compró bonos en el mercado y cerró un acuerdo de crédito con el Banco "
                     "Central de Perú.", "es")
    assert ("JPN", "PER", "057") in events


def test_an_english_buyer_was_already_the_next_verbs_subject() -> None:
    """A guard that held before: the English clause finder gives the joined verb its subject on its own."""
    events = triples("Japan bought bonds on the market and signed a credit deal with Peru.", "en")
    assert ("JPN", "PER", "057") in events


def test_a_purchase_with_no_seller_codes_nothing() -> None:
    assert triples("Japón compró bonos en el mercado.", "es") == set()
