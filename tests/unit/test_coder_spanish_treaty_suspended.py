"""Text coder, coder 0.3.40: a treaty suspended, annulled or denounced in Spanish reduces relations (160).

The English row ("suspended its friendship treaty with Spain") had no Spanish counterpart, so "suspendió el tratado
de amistad con España" coded nothing.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_a_suspended_treaty_reduces_relations_with_the_other_party() -> None:
    events = triples("Marruecos suspendió el tratado de amistad con Argelia en represalia por sus declaraciones.",
                     "es")
    assert ("MAR", "DZA", "160") in events


def test_a_denounced_extradition_treaty_reduces_relations() -> None:
    events = triples("El Gobierno boliviano denunció el tratado de extradición con Perú.", "es")
    assert ("BOL", "PER", "160") in events
