"""Text coder, coder 0.3.28: bodies of troops named "force", warnings sent with forces, and shared borders.

"a bomber task force", "the air force": "force" after a word naming a kind of troops is a noun, no coercion (170).
"is sending a carrier strike group to the Middle East to send a clear message to Iran": force sent to give a
warning is shown to the state warned (150), as "as a warning to" already was. "Thailand and Cambodia reinforced
troops along their disputed border": each side mobilises against the other (154 both ways).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import Triple, triples


def _events(text: str, language: str = "en") -> set[Triple]:
    return triples(text, language)


def test_forces_sent_to_send_a_message_are_a_show_of_force() -> None:
    events = _events("The United States is sending a carrier strike group and a bomber task force to the Middle East "
                     "to send a clear message to Iran.")
    assert ("USA", "IRN", "150") in events
    assert not any(code == "170" for _, _, code in events)


def test_troops_reinforced_along_a_shared_border_face_each_other() -> None:
    events = _events("Thailand and Cambodia have reinforced troops along their disputed border.")
    assert {("THA", "KHM", "154"), ("KHM", "THA", "154")} <= events
    spanish = _events("Tailandia y Camboya reforzaron sus tropas en su frontera común.", "es")
    assert {("THA", "KHM", "154"), ("KHM", "THA", "154")} <= spanish
