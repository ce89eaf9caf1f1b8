"""Text coder, coder 0.3.31: "both Nordic countries" stands for the pair named before, as "both countries" did.

"... the NATO bids of Sweden and Finland, accusing both Nordic countries of harbouring militants": one
demonym-like adjective between "both"/"the two" and the noun still makes a pair phrase, so both states are
accused; and a pair phrase as an object before a few more words ("accused the two Baltic states of spying",
"acusó a ambos países de ...") keeps both states (it was read as a list whose last member opens the next clause).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_both_nordic_countries_are_the_pair_named_before() -> None:
    events = triples("Hungary delayed the NATO bids of Sweden and Finland, accusing both Nordic countries of "
                     "hostility.", "en")
    assert {("HUN", "SWE", "112"), ("HUN", "FIN", "112")} <= events


def test_the_two_baltic_states_before_more_words_stay_both() -> None:
    events = triples("Russia summoned envoys from Latvia and Estonia and accused the two Baltic states of spying.",
                     "en")
    assert {("RUS", "LVA", "112"), ("RUS", "EST", "112")} <= events


def test_spanish_ambos_paises_as_object() -> None:
    events = triples("Brasil criticó a Perú y Chile, y acusó a ambos países de vender acero por debajo de su costo.",
                     "es")
    assert {("BRA", "PER", "112"), ("BRA", "CHL", "112")} <= events
