"""Text coder, coder 0.3.13: Spanish event nouns and verbs the dictionaries miss.

Plurals of event nouns that are also verb forms ("amenazas", "críticas", "condenas", "visitas") are nouns
after an article as their singulars are; "el bloqueo" (the Spanish press's word for the US embargo on
Cuba) is a sanction (163); "lanzar misiles/cohetes/drones contra" is an attack with aerial weapons (195) and
"lanzar una ofensiva" one with conventional force (190). A demonym right after an event noun owns it, so
condemning "el bloqueo estadounidense contra Cuba" condemns the United States; a condemned noun whose owner
is not named is no act of the one condemning it. A host who receives a former leader hosts a visit.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _events(text: str, on: dt.date = dt.date(2021, 6, 1)) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo[:3])
            for e in code_text(text, on, language="es") if not e.negated}


def test_a_plural_threat_noun_is_the_owners_threat() -> None:
    events = _events("China rechazó las amenazas de Estados Unidos contra Venezuela.")
    assert ("USA", "VEN", "130") in events or any(e[:2] == ("USA", "VEN") and e[2][:2] == "13" for e in events)


def test_the_blockade_of_cuba_is_a_sanction_and_its_owner_is_condemned() -> None:
    events = _events("Moscú condenó el bloqueo estadounidense contra Cuba.")
    assert ("RUS", "USA", "111") in events and ("USA", "CUB", "163") in events, events
    assert ("RUS", "CUB", "111") not in events, events


def test_a_condemned_noun_with_no_owner_is_no_act_of_the_condemner() -> None:
    events = _events("Cuba condenó las sanciones impuestas contra Venezuela.")
    assert not any(e[0] == "CUB" and e[2][:2] == "16" for e in events), events


@pytest.mark.parametrize(("text", "code"), [
    ("Irán lanzó decenas de drones y misiles contra Israel.", "195"),
    ("Hezbolá lanzó cohetes contra el norte de Israel.", "195"),
    ("Rusia lanzó una ofensiva contra Ucrania en febrero.", "190"),
])
def test_launching_missiles_or_an_offensive_is_an_attack(text: str, code: str) -> None:
    assert any(e[1] in ("ISR", "UKR") and e[2] == code for e in _events(text)), _events(text)


def test_a_host_receiving_a_former_leader_hosts_a_visit() -> None:
    events = _events("Putin recibió a Maduro en el Kremlin.", dt.date(2005, 1, 1))  # Maduro held no office yet
    assert ("RUS", "VEN", "043") in events and not any(e[2].startswith("07") for e in events), events
