"""Text coder, coder 0.3.13: an infinitive that tells what an owned decision or plan is about.

"Rusia condenó la decisión de Washington de incluir a Cuba en su lista" had Russia put Cuba on the list, and
"Cuba criticó el plan de Estados Unidos de enviar tropas a Panamá" had Cuba send troops to Panama. After a
decision noun (cue kind ``decided_noun``: "decision", "move", "decisión", "medida") the infinitive is the
owner's act; after a plan, offer or threat (``planned_noun``) it is no act at all (the noun may be its own
event). Neither lends its subject to a later verb of the sentence.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo[:2])
            for e in code_text(text, dt.date(2021, 6, 1), language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language"), [
    ("Moscú criticó el plan de Estados Unidos de enviar tropas a Panamá.", "es"),
    ("Moscow denounced the U.S. plan to send troops to Panama.", "en"),
    ("Moscow denounced Washington's proposal to send troops to Panama.", "en"),
])
def test_a_planned_act_is_no_act_of_the_critic(text: str, language: str) -> None:
    events = _events(text, language)
    assert ("RUS", "USA", "11") in events, events
    # no one sends troops (a proposal noun is no event of its own)
    assert not any(e[1] == "PAN" and (e[0] == "RUS" or e[2] != "03") for e in events), events


def test_a_decided_act_is_the_owners_and_lends_no_subject() -> None:
    events = _events("Bolivia lamentó la decisión de Chile de expulsar a tres diplomáticos peruanos y pidió "
                     "explicaciones a Lima.", "es")
    assert ("CHL", "PER", "16") in events, events
    assert ("BOL", "CHL", "16") not in events and ("BOL", "PER", "16") not in events, events
    assert not any(e[0] == "CHL" and e[2] == "02" for e in events), events
