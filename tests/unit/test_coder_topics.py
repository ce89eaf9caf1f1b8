"""Text coder, coder 0.3.12: what talk is about, and Spanish progressive verbs.

- a state named after "about", "regarding", "over", "sobre", "acerca de" in cooperative talk (agree, consult,
  praise, cooperate) is the topic, not a party: "Russia and China agreed over Venezuela" is between Russia
  and China;
- the object of "discuss", "debate", "review", "discutir", "debatir", "analizar" is what is discussed; the
  partner is the actor after "with"/"con" ("Russia discussed Venezuela with China"), and a joint subject
  discusses with each other;
- a Spanish gerund after a verb is the verb of a periphrasis ("están reclamando", "sigue enviando"), not
  that verb's object noun.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _dyads(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country)
            for e in code_text(text, language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language"), [
    ("Russia discussed Venezuela with China.", "en"),
    ("Russian and Chinese diplomats discussed Venezuela on Monday.", "en"),
    ("Russia and China consulted regarding Venezuela.", "en"),
    ("Russia and China agreed over Venezuela.", "en"),
    ("Los cancilleres de Rusia y China intercambiaron opiniones sobre Venezuela.", "es"),
    ("The foreign ministers of Russia and China exchanged views on Venezuela.", "en"),
])
def test_the_state_talked_about_is_no_party(text: str, language: str) -> None:
    assert _dyads(text, language) == {("RUS", "CHN"), ("CHN", "RUS")}


def test_a_person_met_is_still_a_party() -> None:
    """"met" takes whom it meets: only the talk verbs read their object as a topic."""
    assert ("RUS", "VEN") in _dyads("Putin and Xi met Maduro in Moscow.", "en")


def test_a_threat_about_a_state_keeps_its_target() -> None:
    """Only cooperative talk has topics: a threat over a state still aims at it."""
    assert ("USA", "VEN") in _dyads("Estados Unidos amenazó a Venezuela con nuevas sanciones.", "es")


@pytest.mark.parametrize(("text", "expected"), [
    ("Rusia sigue enviando armas a Venezuela.", ("RUS", "VEN", "072")),
    ("Los médicos están reclamando al gobierno de Perú un aumento salarial.", (None, "PER", "100")),
    ("Irán continúa enviando combustible a Venezuela.", ("IRN", "VEN", "061")),  # fuel shipped: trade
])
def test_a_spanish_gerund_after_a_verb_is_the_verb(text: str, expected: tuple) -> None:
    found = {(e.source.country, e.target and e.target.country, e.cameo)
             for e in code_text(text, language="es") if not e.negated}
    assert any(f[:2] == expected[:2] and f[2].startswith(expected[2]) for f in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Britain passed intelligence on Russian troop movements to Ukraine.", ("GBR", "UKR")),
    ("Britain shared intelligence on Russian positions with Ukraine.", ("GBR", "UKR")),
])
def test_what_cooperation_is_on_is_its_topic(text: str, expected: tuple) -> None:
    """Coder 0.3.21: after cooperative talk or sharing, "on X" names the topic, like "about X"."""
    dyads = _dyads(text, "en")
    assert expected in dyads
    assert ("GBR", "RUS") not in dyads


def test_on_someones_behalf_is_no_topic() -> None:
    """"on OPEC's behalf" says for whom, not what about: the visit is still to OPEC, not among its hosts."""
    dyads = _dyads("Norway, Egypt and Russia agreed to help OPEC after he visited them on OPEC's behalf.", "en")
    assert not any(s and t for s, t in dyads)
