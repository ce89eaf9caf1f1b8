"""Text coder, coder 0.3.32: an act protested to a state's envoy was that state's.

"Niger summoned Algeria's ambassador to protest the mass expulsion of Nigerien migrants", "Níger convocó al
embajador de Argelia para protestar por la expulsión masiva de migrantes nigerinos": the protest goes to Algeria
(not to Niger's own migrants), and the expulsion it protests, whose doer the noun does not name, is Algeria's
(201 against Niger). A condemned act with no state named as its doer or as the one protested to stays uncoded.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_protested_expulsion_is_the_envoys_state() -> None:
    events = triples("Mali summoned Algeria's ambassador to protest the mass expulsion of Malian migrants.", "en")
    assert ("MLI", "DZA", "114") in events
    assert ("DZA", "MLI", "201") in events


def test_spanish_protested_expulsion() -> None:
    events = triples("Malí convocó al embajador de Argelia para protestar por la expulsión masiva de migrantes "
                     "malienses.", "es")
    assert ("DZA", "MLI", "201") in events
    assert not any(src == tgt for src, tgt, _ in events)


def test_condemned_with_no_doer_stays_uncoded() -> None:
    events = triples("Kabul condemned the mass deportation of Afghans.", "en")
    assert not any(code == "201" for _, _, code in events)
