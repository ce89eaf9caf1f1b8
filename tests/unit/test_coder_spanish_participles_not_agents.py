"""Text coder, coder 0.3.41: Spanish participles and nouns the agent table lists as organs are no actors.

The Spanish agent dictionary lists "acusados" (defendants) as elites, "retirada" as an elite, "privado" as the
military. So "siete funcionarios venezolanos acusados de corrupción" read as "Venezuelan defendants" and
took the place of the officials; "el sector privado ruso" was the Russian military. They are dropped as agent
nouns, as ``sector_nouns.csv`` already does for other common words.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from flows.normalize.actors import find_actors
from flows.normalize.coder import code_text


def test_officials_accused_of_a_crime_stay_the_target_of_sanctions() -> None:
    events = code_text("Washington anunció sanciones contra cuatro funcionarios nicaragüenses acusados de reprimir "
                       "a estudiantes.", None, "es")
    # since 0.3.44 the charge of repression is also an accusation (1122) against the same target
    assert [(e.source.code, e.target and e.target.code, e.cameo) for e in events] == [("USAGOV", "NICGOV", "163"),
                                                                                       ("USAGOV", "NICGOV", "1122")]


def test_a_private_sector_is_no_military() -> None:
    codes = [m.code for m in find_actors("El sector privado ruso invirtió en Venezuela.", None, "es")]
    assert not any(code.endswith("MIL") for code in codes)


def test_a_withdrawal_adjective_is_no_actor() -> None:
    texts = [m.text for m in find_actors("Washington anunció la retirada estadounidense de Siria.", None, "es")]
    assert not any("retirada" in t for t in texts)
