"""Text coder, coder 0.3.44: forces a state deploys with no state to receive them ("desplegó buques y drones en la
costa", "deployed troops across the country") are its own, mobilised (154) against the state whose act they answer
or that the sentence accuses; and a mobilisation "ante lo que calificó de amenazas de X" answers X, past the
doer's own label. Before, the deployment read as aid with no recipient and coded nothing, or aid to the people
named after it.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_ships_deployed_at_home_in_response_to_a_states_deployment_mobilise_against_it() -> None:
    events = triples("La Armada de Colombia desplegó fragatas y drones en el golfo de Urabá en respuesta al "
                     "despliegue naval de Nicaragua.", "es")
    assert ("COL", "NIC", "154") in events


def test_troops_deployed_across_the_country_answer_the_state_named_after_in_response_to() -> None:
    events = triples("Cuba's armed forces said they had deployed 50,000 troops across the island in response to "
                     "U.S. naval exercises.", "en")
    assert ("CUB", "USA", "154") in events


def test_a_deployment_beside_an_accusation_is_raised_against_the_accused() -> None:
    events = triples("Grecia desplegó al Ejército en la frontera del río Evros y acusó a Turquía de empujar a "
                     "miles de migrantes.", "es")
    assert ("GRC", "TUR", "154") in events
    assert not any(code.startswith("07") for _, _, code in events)


def test_soldiers_sent_to_stop_people_are_no_aid_to_them() -> None:
    events = triples("Lithuania accused Belarus of pushing migrants over the border and deployed 3,000 soldiers "
                     "to stop people crossing.", "en")
    assert ("LTU", "BLR", "154") in events
    assert not any(code.startswith("07") for _, _, code in events)


def test_the_doers_label_does_not_hide_whom_a_mobilisation_answers() -> None:
    events = triples("Daniel Ortega ordenó desplegar a miles de milicianos en todo el país ante lo que calificó de "
                     "amenazas de Estados Unidos.", "es")
    assert ("NIC", "USA", "154") in events


def test_troops_deployed_to_another_state_stay_aid() -> None:
    """A guard that held before: a state that receives the forces keeps the act as aid."""
    events = triples("Russia deployed 400 military police officers to Syria in response to Turkish strikes.", "en")
    assert not any(code == "154" for _, _, code in events)
