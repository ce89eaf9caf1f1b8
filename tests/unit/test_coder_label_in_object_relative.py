"""Text coder, coder 0.3.44: in an object relative with a named subject ("el buque de guerra británico HMS Trent, al
que Caracas calificó de provocación") the label is aimed at what the relative stands for, the state named right
before it. Before, the label had no target and coded nothing.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_a_ship_labelled_in_an_object_relative_is_the_targets_state() -> None:
    events = triples("Colombia inició maniobras en La Guajira tras la llegada del patrullero nicaragüense Río San "
                     "Juan, al que Bogotá calificó de «amenaza».", "es")
    assert ("COL", "NIC", "111") in events


def test_a_state_labelled_in_an_object_relative_is_the_target() -> None:
    events = triples("Ecuador expulsó a dos diplomáticos del Perú, al que Quito tildó de «hostil».", "es")
    assert ("ECU", "PER", "111") in events



def test_a_label_with_its_own_object_is_unchanged() -> None:
    """A guard that held before: "calificó de hostil la decisión de Lima" names its own object."""
    events = triples("Ecuador calificó de hostil la decisión del Perú.", "es")
    assert ("ECU", "PER", "111") in events
