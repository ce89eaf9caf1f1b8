"""Text coder, coder 0.3.26: claims dismissed with scorn, the gerund after an owned speaker, former offices in
apposition.

- "dismissed as absurd Ottawa's claims", "dismissing American claims as a smear", "rechazó la demanda de X como una
  calumnia": a claim waved off with scorn criticises the one who made it (111), it is no plain rejection; a
  rejection with no scorn stays 120;
- ", Ukraine's presidential office said, calling it a crime": the gerund after a speaker named with its office is
  that speaker's, aimed at the doer of the reported act, also after "said on Friday," and for a warning;
  "officials in Cairo" are Egypt's;
- "Álvaro Uribe, Colombia's former president,": a name in apposition with a former office is out of office (ELI),
  whatever dates the dictionaries give him.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.country, e.target and e.target.country, e.cameo) for e in code_text(text, None, language)}


@pytest.mark.parametrize(("text", "language", "pair"), [
    ("India dismissed as absurd Ottawa's claims that its agents were involved in the killing.", "en", ("IND", "CAN")),
    ("Wang Yi dismissed American claims to the contrary as a smear.", "en", ("CHN", "USA")),
    ("Pyongyang dismissed a U.S. intelligence report as a groundless rumour.", "en", ("PRK", "USA")),
    ("Israel rechazó la demanda de Sudáfrica como una calumnia sin fundamento.", "es", ("ISR", "ZAF")),
])
def test_a_claim_dismissed_with_scorn_criticises_its_claimant(text: str, language: str,
                                                              pair: tuple[str, str]) -> None:
    events = _events(text, language)
    assert (*pair, "111") in events
    assert (*pair, "120") not in events


def test_a_plain_rejection_stays_a_rejection() -> None:
    assert ("RUS", "USA", "120") in _events("Russia rejected the U.S. proposal.", "en")


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian troops abducted the mayor of Melitopol on Friday, Ukraine's presidential office said, calling it a "
     "crime against democracy.", ("UKR", "RUS", "111")),
    ("Ethiopia began filling its dam without consulting Egypt, officials in Cairo said, calling the move a dangerous "
     "unilateral step.", ("EGY", "ETH", "111")),
])
def test_the_gerund_after_a_speaker_with_its_office_is_the_speaker_s(text: str, expected: tuple) -> None:
    events = _events(text, "en")
    assert expected in events
    assert (expected[1], expected[0], "111") not in events


def test_a_name_in_apposition_with_a_former_office_is_out_of_office() -> None:
    events = code_text("Álvaro Uribe, Colombia's former president, accused Nicolás Maduro of sheltering guerrilla "
                       "commanders.", None, "en")
    accusers = [e.source for e in events if e.cameo.startswith("11")]
    assert accusers and all(s.sector == "ELI" for s in accusers)


def test_a_warning_after_a_dated_speaker_is_the_speaker_s() -> None:
    events = _events("Russia has concentrated troops near Ukraine's border, Kyiv said on Friday, warning that Moscow "
                     "was looking for a pretext to launch an offensive.", "en")
    assert ("UKR", "RUS", "130") in events
    assert ("RUS", "UKR", "130") not in events
