"""Text coder, coder 0.3.28: who struck when the victim is the subject, and states named by a description.

"was killed in an Israeli air strike", "murió en un bombardeo israelí": the state named with the strike is the
attacker of a passive or victim verb that names no "by" agent. "A drone strike ordered by Trump killed X": a
participle with its own "by" agent governs no verb after it, so the killing is coded. "accusing the kingdom of
hostile acts": the description stands for the monarchy named before it, though "of" follows (only "the Kingdom of
Spain", capitalised, is a name). After August 2021 the Taliban are Afghanistan's government ("el Gobierno
talibán"); before it they are an armed group. "moved troops toward its border with Guyana" is a mobilisation
(154) as "to its border" is; "patrol boats" is a kind of craft, not the verb "patrol".

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from flows.normalize.coder import code_sentence
from tests.coded import Triple, triples


def _events(text: str, language: str = "en") -> set[Triple]:
    return triples(text, language)


def test_the_state_named_with_the_strike_is_the_killer() -> None:
    events = _events("Two officers of Iran's Revolutionary Guards were killed in an Israeli air strike near Damascus "
                     "on Monday.")
    assert any(s == "ISR" and t == "IRN" and code.startswith(("18", "19")) for s, t, code in events)


def test_spanish_demonym_after_the_strike_noun_is_the_killer() -> None:
    events = _events("Un asesor de la Guardia Revolucionaria iraní murió el lunes en un bombardeo israelí cerca de "
                     "Damasco.", "es")
    assert any(s == "ISR" and t == "IRN" and code.startswith(("18", "19")) for s, t, code in events)


def test_a_participle_with_its_own_agent_governs_no_later_verb() -> None:
    found = code_sentence("A U.S. drone strike ordered by President Donald Trump killed a commander of Iran's elite "
                          "Quds Force near Baghdad airport.", 0, dt.date(2020, 1, 3), "en")
    assert any(e.source.country == "USA" and e.target and e.target.country == "IRN" and e.cameo[:2] in ("18", "19")
               for e in found)


def test_the_kingdom_accused_of_something_is_the_monarchy_named_before() -> None:
    assert ("DZA", "MAR", "112") in _events("Algeria cut diplomatic relations with Morocco on Tuesday, accusing the "
                                            "kingdom of hostile acts.")
    assert ("DZA", "MAR", "112") in _events("Argelia rompió relaciones con Marruecos y acusó al reino vecino de actos "
                                            "hostiles.", "es")


def test_the_taliban_govern_afghanistan_from_august_2021() -> None:
    later = code_sentence("El Gobierno talibán condenó los bombardeos de la aviación paquistaní en la provincia de "
                          "Paktika.", 0, dt.date(2024, 12, 25), "es")
    assert any(e.source.country == "AFG" and e.source.sector == "GOV" and e.target and e.target.country == "PAK"
               for e in later)
    earlier = code_sentence("The Taliban attacked a Pakistani border post.", 0, dt.date(2015, 4, 1), "en")
    assert earlier and all(e.source.country != "AFG" or e.source.sector != "GOV" for e in earlier)


def test_troops_moved_toward_a_border_are_mobilised() -> None:
    assert ("VEN", "GUY", "154") in _events("Venezuela has moved troops and armoured vehicles toward its border with "
                                            "Guyana.")


def test_patrol_boats_are_craft_not_a_patrol() -> None:
    events = _events("Venezuela has moved troops, armoured vehicles and patrol boats toward its border with Guyana.")
    assert not any(code == "150" for _, _, code in events)
