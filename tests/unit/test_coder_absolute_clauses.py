"""Coder 0.3.23: ", with X doing Y" is a clause of its own (an absolute construction): X is no partner of the act
before it but the subject of its own verb, and "between them" names the parties of the act before. A first name
the dictionaries do not list before a listed surname ("Abbas Araqchi") is part of the name, so a joint subject is
not cut in two.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from flows.normalize.actors import find_actors
from flows.normalize.coder import code_text


def _events(text: str, language: str = "en") -> set[tuple[str | None, str | None, str]]:
    return {(e.source.country, e.target.country if e.target else None, e.cameo)
            for e in code_text(text, language=language)}


def test_an_actor_after_with_and_before_a_gerund_is_no_partner() -> None:
    events = _events("Ghana and Kenya signed a treaty at a meeting in Accra, with Kenya backing Ghana's stance on "
                     "NATO.")
    assert ("GHA", "KEN", "057") in events and ("KEN", "GHA", "057") in events
    assert not any(t is None and c.startswith("04") for _, t, c in events)
    assert not any(s is None or t is None for s, t, c in events if c.startswith("04"))  # no meeting with NATO


def test_the_gerund_after_with_has_its_own_subject_and_between_them_names_the_parties() -> None:
    events = _events("Ghana and Kenya held talks in Lome, with Togo's foreign minister shuttling between them.")
    assert ("TGO", "GHA", "045") in events and ("TGO", "KEN", "045") in events  # Togo mediates
    assert ("GHA", "KEN", "045") not in events


def test_an_unlisted_first_name_joins_a_listed_surname() -> None:
    found = find_actors("Marco Rubio and Abbas Araqchi held talks in Muscat.", language="en")
    assert [m.text for m in found][:2] == ["Marco Rubio", "Abbas Araqchi"]
    assert _events("Marco Rubio and Abbas Araqchi held talks in Muscat.") >= {("USA", "IRN", "040"),
                                                                              ("IRN", "USA", "040")}


def test_a_sentence_initial_verb_or_a_headline_word_is_no_first_name() -> None:
    first = find_actors("Prometió Xi Jinping a Lula que China seguirá comprando soja.", language="es")[0]
    assert first.text == "Xi Jinping"
    assert "Receives" not in " ".join(m.text for m in find_actors("Lula Receives Argentine President Alberto "
                                                                   "Fernandez in Brasilia", language="en"))


def test_a_text_a_state_opposed_is_the_organisation_s_act_not_the_state_s() -> None:
    """Coder 0.3.23: "abstained in a UN vote condemning X", "votó en contra de la resolución de la ONU que exige":
    the text's verb is done by the organisation named with it, not by the state that opposed the text."""
    events = _events("Ghana abstained in a UN vote condemning Togo's invasion of Benin.")
    assert ("GHA", "TGO", "111") not in events
    assert (None, "TGO", "111") in events  # the United Nations condemns (an IGO has no country)
    spanish = _events("Ghana se abstuvo en la votación de la ONU que exigió a Togo la retirada de sus tropas.", "es")
    assert not any(s == "GHA" and t == "TGO" for s, t, _ in spanish)
    assert _events("Ghana backed a UN resolution condemning Togo.") >= {("GHA", "TGO", "111")}  # support joins it
