"""Text coder, coder 0.3.26: tariffs paused, ceasefires with their adjectives, captives handed back, treaties
suspended, troops along a border.

- "paused tariffs on Mexican goods", "suspended the tariffs on Colombia", "pausó durante un mes los aranceles a los
  productos mexicanos": a sanction paused or delayed is eased (085), as one lifted is;
- "agreed to a full and immediate ceasefire", "acordaron un alto el fuego inmediato e incondicional": a truce
  (0871), whatever adjectives stand before the noun;
- "handed the captured pilot back to India", "devolvió al piloto indio a la India", "entregó al piloto": returning
  captives releases them (084), it is no aid;
- "suspended its friendship treaty with Spain": relations with the other party reduced (160), as withdrawing from
  a deal already was;
- troops deployed "a lo largo de su frontera con X" are sent to the border (154), as "along its border" already
  was.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.country, e.target and e.target.country, e.cameo) for e in code_text(text, None, language)}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Washington paused tariffs on Mexican goods for a month.", "en", ("USA", "MEX", "085")),
    ("The White House suspended the tariffs on Colombia.", "en", ("USA", "COL", "085")),
    ("Washington pausó durante un mes los aranceles a los productos mexicanos.", "es", ("USA", "MEX", "085")),
    ("India and Pakistan agreed to a full and immediate ceasefire on Saturday.", "en", ("IND", "PAK", "0871")),
    ("Tailandia y Camboya acordaron un alto el fuego inmediato e incondicional.", "es", ("THA", "KHM", "0871")),
    ("Pakistan handed the captured Indian pilot back to India on Friday.", "en", ("PAK", "IND", "084")),
    ("Pakistán devolvió al piloto indio a la India.", "es", ("PAK", "IND", "084")),
    ("Pakistán entregó al piloto indio capturado a India.", "es", ("PAK", "IND", "084")),
    ("Algeria suspended its friendship treaty with Spain.", "en", ("DZA", "ESP", "160")),
    ("Tailandia desplegó tropas a lo largo de su frontera con Camboya.", "es", ("THA", "KHM", "154")),
])
def test_eased_sanctions_truces_and_returned_captives(text: str, language: str, expected: tuple) -> None:
    assert expected in _events(text, language)


def test_weapons_handed_over_stay_aid_and_bombers_sent_back_are_no_release() -> None:
    assert ("RUS", "SYR", "072") in _events("Rusia entregó misiles a Siria.", "es")
    assert not any(code.startswith("084") for *_, code in _events("Russia sent the bombers back to Venezuela.", "en"))
