"""Text coder, coder 0.3.44: in "el patrullero británico HMS Trent, que calificó de amenaza" the relative "que" is
what "calificar de" names, its object; the one who names it is the subject of the verb before, and the named
thing's state (or the earlier act's target) is the target. Before, the antecedent was read as the subject
("Taiwán, que calificó de ..." coded Taiwan labelling the doer).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_a_named_ship_is_the_object_of_the_label_and_its_state_the_target() -> None:
    events = triples("Nicaragua expulsó al embajador de Panamá tras la llegada de un guardacostas costarricense, que "
                     "calificó de provocación.", "es")
    assert ("NIC", "CRI", "111") in events
    assert not any(source == "CRI" and code.startswith("11") for source, _, code in events)


def test_drills_around_an_island_that_the_doer_labels_keep_their_doer() -> None:
    events = triples("La Armada rusa inició maniobras navales cerca de Japón, que calificó de respuesta "
                     "defensiva.", "es")
    assert not any(source == "JPN" for source, _, _ in events)


def test_the_doer_of_sanctions_labels_what_it_answers() -> None:
    events = triples("Irán anunció sanciones contra empresas británicas por el embargo de un petrolero, que "
                     "calificó de piratería.", "es")
    assert ("IRN", "GBR", "111") in events


def test_a_subject_relative_with_its_own_object_is_unchanged() -> None:
    """A guard that held before: "que" as the subject of a verb with its own object."""
    events = triples("Rusia envió tropas a Siria, que calificó la ayuda de decisiva.", "es")
    assert ("SYR", "RUS", "111") in events


def test_a_verb_that_is_no_label_keeps_the_antecedent_as_its_subject() -> None:
    """Only verbs of labelling make ", que ... de" an object relative: "Siria, que acusó de terrorismo a Turquía" is
    Syria accusing (the first version, for any verb before "de", gave the accusation to Russia, aimed at Syria)."""
    events = triples("Rusia envió asesores militares a Siria, que acusó de terrorismo a Turquía.", "es")
    assert ("SYR", "TUR", "112") in events
    assert ("RUS", "SYR", "112") not in events
