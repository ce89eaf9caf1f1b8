"""Text coder, coder 0.3.44: force sent "to shadow", "to track" or "to intercept" another state's ships or planes
("sent two frigates to shadow a Russian destroyer", "envió cazas para interceptar a los bombarderos rusos"), or into
a state's air defence zone ("into Japan's air defense identification zone"), is shown to that state (150), not given
to it as aid. Before, the sending read as military aid (07x).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_frigates_sent_to_shadow_another_states_warship_show_force() -> None:
    events = triples("Norway sent two frigates to shadow a Russian destroyer sailing along its coast.", "en")
    assert ("NOR", "RUS", "150") in events
    assert not any(code.startswith("07") for _, _, code in events)


def test_spanish_jets_sent_to_intercept_bombers_show_force() -> None:
    events = triples("Japón envió cazas para interceptar a los bombarderos rusos que sobrevolaban el mar del "
                     "Japón.", "es")
    assert ("JPN", "RUS", "150") in events
    assert not any(code.startswith("07") for _, _, code in events)


def test_aircraft_sent_into_a_states_air_defence_zone_show_force() -> None:
    events = triples("China sent 30 military aircraft into Japan's air defense identification zone on Sunday.", "en")
    assert ("CHN", "JPN", "150") in events


def test_troops_sent_to_help_a_state_stay_aid() -> None:
    """A guard that held before: a purpose of help keeps the sending as aid."""
    events = triples("Russia sent military engineers to Venezuela to help repair its air defence systems.", "en")
    assert any(code.startswith("07") for _, _, code in events)
