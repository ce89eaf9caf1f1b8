"""Text coder, coder 0.3.44: a demand for the release or return of people or things is aimed at the one holding
them, named by "by"/"por" after the object ("an officer abducted by Russian agents", "un pesquero retenido por la
Armada de Marruecos") or by its own verb on a pronoun for them ("a day after Iran's police arrested him"); it is
coded as a demand to release persons or property (1053). Before, the person named after "release of" was taken
as the target (a reporter: no state), or the demand had no target and coded nothing.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_a_person_abducted_by_a_states_agents_is_asked_back_from_that_state() -> None:
    events = triples("Latvia demanded the immediate return of a border guard abducted by Russian security agents near "
                     "the village of Pededze.", "en")
    assert ("LVA", "RUS", "1053") in events


def test_the_state_that_arrested_the_person_later_in_the_sentence_is_the_target() -> None:
    events = triples("France demanded the release of the researcher Fariba Adelkhah on Monday, a week after Iran's "
                     "judiciary arrested her in Tehran.", "en")
    assert ("FRA", "IRN", "1053") in events


def test_spanish_a_boat_held_by_a_navy_is_asked_back_from_its_state() -> None:
    events = triples("España exigió la devolución inmediata de un pesquero gallego retenido por la Armada de "
                     "Marruecos frente a Tarfaya.", "es")
    assert ("ESP", "MAR", "1053") in events


def test_a_demand_made_of_a_named_state_keeps_that_target() -> None:
    """A guard that held before: the state asked is named right after the verb."""
    events = triples("Ukraine demanded that Russia release 24 sailors captured near the Kerch Strait.", "en")
    assert any((source, target) == ("UKR", "RUS") and code.startswith("10") for source, target, code in events)
