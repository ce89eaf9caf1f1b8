"""Text coder, coder 0.3.40: a naming noun after a clause of time sums up that clause's act; blame beside praise.

"..., después de que San José suspendiera la financiación de un puente, una decisión que el Gobierno panameño
calificó de inaceptable": the namer judges the doer of the clause before the noun (Costa Rica), even when the
last act coded is the namer's own (which earlier read as the doer's own framing and coded nothing). "calificó de
traición histórica" blames: "histórica" beside a word of blame is no praise (111, not 051).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_a_decision_after_another_states_act_is_judged_on_its_doer() -> None:
    text = ("Panamá rompió relaciones con Costa Rica después de que el Gobierno costarricense suspendiera la "
            "financiación de un puente, una decisión que el Gobierno panameño calificó de inaceptable.")
    events = triples(text, "es")
    assert ("PAN", "CRI", "111") in events


def test_the_doers_own_framing_stays_no_event() -> None:
    events = triples("Panamá rompió relaciones con Costa Rica, una decisión que el Gobierno panameño calificó de "
                     "necesaria.", "es")
    assert not any(code == "111" for _, _, code in events)


def test_a_historic_betrayal_is_blame_not_praise() -> None:
    events = triples("Caracas calificó de traición histórica la decisión de Bogotá.", "es")
    assert ("VEN", "COL", "111") in events
    assert not any(code.startswith("05") for _, _, code in events)
