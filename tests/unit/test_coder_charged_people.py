"""Text coder, coder 0.3.44: people a state detains, expels or sanctions, whom it charges with spying ("it said were
intelligence officers", "acusado de pasar información clasificada") or with rights abuses ("acusados de violar los
derechos humanos"), make the act an accusation too, against the state the act was aimed at: 1125 for spying,
1122 for abuses. Before, only the detention, expulsion or sanction was coded.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_diplomats_it_said_were_spies_accuse_their_state_of_espionage() -> None:
    events = triples("Estonia expelled two Russian diplomats it said were intelligence officers working under "
                     "cover at the embassy in Tallinn.", "en")
    assert ("EST", "RUS", "161") in events
    assert ("EST", "RUS", "1125") in events


def test_a_consul_detained_and_accused_of_passing_secrets_is_an_accusation() -> None:
    events = triples("La policía de Polonia detuvo en Gdansk a un cónsul bielorruso, acusado de reclutar a "
                     "funcionarios para obtener información clasificada.", "es")
    assert ("POL", "BLR", "1125") in events


def test_sanctions_on_officials_accused_of_abuses_accuse_their_state_of_abuses() -> None:
    events = triples("Canadá impuso sanciones contra cuatro funcionarios nicaragüenses acusados de reprimir a "
                     "estudiantes y opositores.", "es")
    assert ("CAN", "NIC", "1122") in events


def test_a_charge_brought_by_someone_else_is_not_the_actors_accusation() -> None:
    """The charge is a foreign prosecutor's, named after "por", not the detaining state's."""
    events = triples("Panamá detuvo a un diplomático colombiano acusado de espionaje por la fiscalía de "
                     "Miami.", "es")
    assert ("PAN", "COL", "173") in events
    assert not any(code.startswith("11") for _, _, code in events)


def test_a_charge_that_is_neither_spying_nor_abuse_adds_nothing() -> None:
    """A guard that held before."""
    events = triples("Turkey detained a Greek fisherman it said was fishing without a permit near Lesbos.", "en")
    assert not any(code.startswith("11") for _, _, code in events)
