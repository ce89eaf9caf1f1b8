"""Text coder, coder 0.3.32: a call or meeting that frames an act, two more ways.

- "Putin apologised to Aliyev in a phone call": "to" before the addressee is no start of what was said, so the
  call frames the apology (041 both ways); "pressed X to remain in the talks" still names talks as content.
- "Durante una llamada con Luis Arce, Boric pidió a Bolivia ...": a setting that opens the sentence frames the
  first act after its comma.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_call_frames_an_act_addressed_with_to() -> None:
    events = triples("Erdogan apologised to Vladimir Putin in a phone call for the downing of the jet.", "en")
    assert {("TUR", "RUS", "041"), ("RUS", "TUR", "041")} <= events


def test_fronted_spanish_call_frames_the_first_act() -> None:
    events = triples("Durante una llamada con Gustavo Petro, el presidente Daniel Noboa pidió a Colombia reforzar "
                     "la frontera.", "es")
    assert {("ECU", "COL", "041"), ("COL", "ECU", "041")} <= events


def test_talks_as_content_are_no_setting() -> None:
    events = triples("Biden pressed Xi to remain in the talks.", "en")
    assert not any(code.startswith("04") for _, _, code in events)
