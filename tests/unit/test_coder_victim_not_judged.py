"""Text coder, coder 0.3.38: the victim of an attack told by a noun is not whom a criticism, rejection or protest of
that attack is aimed at: "condemned the invasion of Ukraine" and "walked out in protest at the invasion of Ukraine"
accuse or protest against no one when the invader is not named (the owner, when named, still is: "condemned
Russia's invasion of Ukraine"). After "ataque de" a Spanish name is the attacker, which stays judged. Nor is the
protester the doer of violence with no owner that its protest is about ("expelled diplomats in protest at the
invasion of Ukraine" is no invasion by the expeller).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from tests.coded import triples

DAY = dt.date(2022, 3, 2)


def test_condemning_an_invasion_does_not_accuse_its_victim() -> None:
    assert not any(tgt == "UKR" for _, tgt, _ in triples("The United States condemned the invasion of Ukraine.",
                                                           "en", DAY))
    assert not any(tgt == "UKR" for _, tgt, _ in triples("España condenó la anexión de Crimea.", "es", DAY))


def test_a_protest_at_an_invasion_is_not_aimed_at_its_victim() -> None:
    found = triples("Japan's delegation walked out of the meeting as Russia's delegate began to "
                    "speak, in protest at the invasion of Ukraine.", "en", DAY)
    assert ("JPN", "RUS", "143") in found and not any(code[:2] == "14" and tgt == "UKR" for _, tgt, code in found)


def test_a_named_owner_is_still_judged() -> None:
    assert ("USA", "RUS", "111") in triples("The United States condemned Russia's invasion of Ukraine.", "en", DAY)
    assert ("VEN", "USA", "111") in triples("El gobierno venezolano condenó el ataque de fuerzas estadounidenses "
                                            "contra una lancha en el Caribe.", "es", DAY)


def test_the_protester_did_not_do_the_violence_protested() -> None:
    for text, language in (("Britain expelled Russian diplomats in protest at the invasion of Ukraine.", "en"),
                           ("Polonia retiró a su embajador en protesta por la invasión de Ucrania.", "es")):
        assert not any(code[:2] in ("18", "19", "20") for _, _, code in triples(text, language, DAY))
