"""Text coder, coder 0.3.45: asks named in a concessive phrase ("despite", "amid", "pese a").

After "despite" or "amid" an event word is a noun, as after any preposition: "despite calls from Kyiv" is an appeal
by Kyiv (020) aimed at whoever went ahead, never a telephone call Kyiv made. A concessive phrase that opens the
sentence ends at its comma: the ask, warning or criticism in it is aimed at the main clause's subject after that
comma ("Despite appeals from Turkey, the Kremlin ..." is Turkey's appeal to Russia).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str = "en") -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo[:3])
            for e in code_text(text, dt.date(2023, 7, 20), language=language) if not e.negated}


@pytest.mark.parametrize("noun", ["calls", "appeals"])
def test_an_ask_after_despite_is_an_appeal_to_the_one_who_went_ahead(noun: str) -> None:
    events = _events(f"Spain sent its ambassador to the ceremony despite {noun} from Kyiv to stay away.")
    assert ("UKR", "ESP", "020") in events, events
    assert not any(e[2] == "041" for e in events), events  # no telephone call either way


def test_amid_opens_a_noun_as_despite_does() -> None:
    events = _events("Spain sent its ambassador to the ceremony amid calls from Kyiv to stay away.")
    assert not any(e[2] == "041" for e in events), events


@pytest.mark.parametrize(("text", "language"), [
    ("Despite appeals from Turkey, the Kremlin declined to renew the corridor agreement.", "en"),
    ("Despite repeated calls from Turkey's president, the Kremlin declined to renew the corridor agreement.", "en"),
    ("Pese a los llamados de Turquía, el Kremlin se negó a renovar el acuerdo del corredor.", "es"),
])
def test_an_ask_in_an_opening_concessive_phrase_is_aimed_at_the_main_subject(text: str, language: str) -> None:
    events = _events(text, language)
    assert ("TUR", "RUS", "020") in events, events


@pytest.mark.parametrize(("text", "answered"), [
    ("Despite warnings from Washington, Ankara bought the missile system.", ("USA", "TUR", "13")),
    ("Despite criticism from Germany, Hungary hosted the Russian president.", ("DEU", "HUN", "11")),
])
def test_a_warning_or_criticism_in_an_opening_phrase_is_aimed_at_the_main_subject(text: str, answered: tuple) -> None:
    events = _events(text)
    assert any(e[:2] == answered[:2] and e[2].startswith(answered[2]) for e in events), events
    assert not any(e[:2] == answered[1::-1] for e in events), events  # never the other way round


def test_a_concessive_phrase_after_a_comma_does_not_open_the_sentence() -> None:
    # the ask is aimed at the clause's subject before it, as any "despite" after its clause
    events = _events("Spain sent its ambassador, despite calls from Kyiv to stay away.")
    assert ("UKR", "ESP", "020") in events, events
