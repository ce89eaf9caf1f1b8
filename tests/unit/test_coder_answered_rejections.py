"""Text coder, coder 0.3.30: what a rejection answers.

"Argentina rejected a proposal by Chile to ...", "Peru declined Bolivia's invitation to ...", "Ecuador rechazó
la propuesta de Colombia de ...", "rejected a Brazilian protest over ...": the rejected state asked (02x; a
proposal to meet or act together is an offer, 03x), complained (114) or accused (112) first, and the rejecter
was the one it addressed. The noun must stand right after the verb of rejecting and be owned by the rejected
state; a state named only inside the proposal's content owns nothing.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import Triple, triples


def _en(text: str) -> set[Triple]:
    return triples(text, "en")


def _es(text: str) -> set[Triple]:
    return triples(text, "es")


def test_a_rejected_proposal_was_a_request_by_its_owner() -> None:
    events = _en("Argentina rejected a proposal by Chile to redraw the fishing limits.")
    assert ("ARG", "CHL", "120") in events
    assert ("CHL", "ARG", "020") in events


def test_owners_joined_after_by_each_asked() -> None:
    events = _en("Paraguay rejected a proposal by Uruguay and Bolivia to share the river's water.")
    assert {("URY", "PRY", "020"), ("BOL", "PRY", "020")} <= events


def test_a_declined_invitation_asked_to_meet() -> None:
    assert ("BOL", "PER", "026") in _en("Peru declined Bolivia's invitation to the summit on lithium.")


def test_a_proposal_of_talks_is_an_offer() -> None:
    events = _en("Ghana rejected Togo's proposal for direct talks on the border.")
    assert ("TGO", "GHA", "030") in events
    assert ("TGO", "GHA", "020") not in events


def test_a_rejected_protest_was_a_complaint_to_the_rejecter() -> None:
    assert ("BRA", "PRY", "114") in _en("Paraguay rejected a Brazilian protest over the dam's new tariff.")


def test_dismissed_claims_were_an_accusation() -> None:
    events = _en("Kenya dismissed Somalia's claims that its troops had crossed the frontier.")
    assert ("SOM", "KEN", "112") in events


def test_spanish_proposal_of_the_rejected_state() -> None:
    events = _es("Ecuador rechazó la propuesta de Colombia de cerrar la frontera durante un mes.")
    assert ("COL", "ECU", "020") in events


def test_a_state_inside_the_content_owns_no_proposal() -> None:
    events = _en("Argentina rejected a proposal to send more troops to Haiti.")
    assert not any(t == "ARG" and s == "HTI" for s, t, _ in events)


def test_the_act_answered_happened_even_when_not_rejected() -> None:
    events = _en("Russia has not rejected a U.S. proposal for a ceasefire, the Kremlin said.")
    assert ("USA", "RUS", "020") in events
