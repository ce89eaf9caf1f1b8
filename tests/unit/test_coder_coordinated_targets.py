"""Text coder, coder 0.3.27: targets joined by "and"/"y" whose first one a preposition kept out.

"opened an anti-dumping investigation into imports from China and Vietnam", "importaciones procedentes de Brasil y
Corea del Sur": "from"/"de" alone names no target, but the state joined to the one taken is as much a target as it
is; a state joined to the doer, or a group with no state, is not. A relative clause after a list of states ("de
Argentina, Chile y Perú, que cuestionaron") has the whole list as its subject. States that "joined the sanctions"
take part in them and do not meet each other; states that "joined the talks" do.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _pairs(text: str, language: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.country, e.target and e.target.country) for e in code_text(text, None, language)}


@pytest.mark.parametrize(("text", "language", "source", "targets"), [
    ("Peru opened an anti-dumping investigation into imports of steel from Chile and Bolivia.", "en", "PER",
     {"CHL", "BOL"}),
    ("Perú inició una investigación antidumping sobre el acero procedente de Chile y Bolivia.", "es", "PER",
     {"CHL", "BOL"}),
])
def test_a_state_joined_to_the_target_is_a_target(text: str, language: str, source: str, targets: set[str]) -> None:
    assert {(source, t) for t in targets} <= _pairs(text, language)


def test_the_doers_partner_is_no_target() -> None:
    pairs = _pairs("Chile and Peru opened an anti-dumping investigation into steel imports from Bolivia.", "en")
    assert ("CHL", "PER") not in pairs
    assert ("PER", "CHL") not in pairs


def test_a_relative_clause_after_a_list_has_the_whole_list_as_subject() -> None:
    # "..., Chile y Bolivia, que cuestionaron": every state of the list questioned, not the last one alone
    events = {(e.source.country, e.target and e.target.country) for e in code_text(
        "Perú expulsó a los diplomáticos de Ecuador, Chile y Bolivia, que cuestionaron la elección.", None, "es")
        if e.cameo.startswith("11")}
    assert {("ECU", "PER"), ("CHL", "PER"), ("BOL", "PER")} <= events


def test_states_joining_an_act_do_not_meet_each_other() -> None:
    # "joined the boycott": they take part in the boycott (coded from its noun), they hold no meeting
    events = {(e.source.country, e.target and e.target.country, e.cameo) for e in code_text(
        "Britain and Canada joined the sanctions against Russia.", None, "en")}
    assert ("GBR", "RUS", "163") in events
    assert not any(code.startswith("04") for _, _, code in events)


def test_states_joining_talks_meet() -> None:
    events = {(e.source.country, e.target and e.target.country, e.cameo) for e in code_text(
        "Britain and Canada joined the talks in Geneva.", None, "en")}
    assert ("GBR", "CAN", "040") in events
