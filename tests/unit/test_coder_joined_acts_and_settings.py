"""Text coder, coder 0.3.26: acts joined by "and"/"y", a meeting a negation does not reach, meetings travelled to,
proposals owned by a demonym.

- "que exige su devolución y acusa a Moscú de", "demanded an apology and accused Tokyo of": an inflected verb
  after "and"/"y" is an act of its own, not part of the demand; a bare one ("amenazó con cortar y suspender las
  relaciones") is still governed by the verb before;
- "demanded an apology from Japan and recalled its ambassador": the envoy is recalled from the state the first act
  was aimed at (as "severed ties with Qatar and closed their links" already was);
- "se comprometieron a no amenazarse tras reunirse": what is denied is the threat; the meeting after "tras",
  "after" happened;
- "stepped across the line to meet Moon", "viajó a Pekín para reunirse con Xi": a meeting a traveller goes to hold
  is told as done, not as a mere purpose;
- "respaldó el plan marroquí de autonomía para el Sáhara", "criticó la propuesta rusa de alto el fuego para
  Ucrania": the demonym after a proposal or plan names its owner, whom the support or criticism is aimed at.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple[str | None, str | None, str, bool]]:
    return {(e.source.country, e.target and e.target.country, e.cameo, e.negated)
            for e in code_text(text, None, language)}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Rusia trasladó a miles de niños ucranianos, según Kiev, que exige su devolución y acusa a Moscú de "
     "deportación masiva.", "es", ("UKR", "RUS", "112", False)),
    ("China demanded an apology from Japan and recalled its ambassador.", "en", ("CHN", "JPN", "161", False)),
])
def test_a_joined_inflected_verb_is_an_act_of_its_own(text: str, language: str, expected: tuple) -> None:
    assert expected in _events(text, language)


def test_a_joined_bare_verb_stays_governed() -> None:
    events = _events("Cuba amenazó con cortar y suspender las relaciones con Estados Unidos.", "es")
    assert any(code.startswith("13") for *_, code, _ in events)


def test_a_denial_does_not_reach_the_meeting_after_it() -> None:
    events = _events("Nicolás Maduro y el presidente de Guyana, Irfaan Ali, se comprometieron a no amenazarse tras "
                     "reunirse en San Vicente.", "es")
    assert ("VEN", "GUY", "040", False) in events
    assert ("VEN", "GUY", "040", True) not in events


@pytest.mark.parametrize(("text", "language", "pair"), [
    ("Kim Jong Un stepped across the military demarcation line to meet Moon Jae-in on Friday.", "en", ("PRK", "KOR")),
    ("Lula traveled to Beijing to meet Xi Jinping.", "en", ("BRA", "CHN")),
    ("Lula viajó a Pekín para reunirse con Xi Jinping.", "es", ("BRA", "CHN")),
])
def test_a_meeting_a_traveller_goes_to_hold_is_coded(text: str, language: str, pair: tuple[str, str]) -> None:
    assert any((s, t, code) == (*pair, "040") for s, t, code, _ in _events(text, language))


def test_a_meeting_as_the_purpose_of_a_plan_is_still_no_act() -> None:
    events = _events("Brazil wants Venezuela to meet Guyana.", "en")
    assert not any(code.startswith("04") for *_, code, _ in events)


@pytest.mark.parametrize(("text", "expected"), [
    ("Pedro Sánchez respaldó el plan marroquí de autonomía para el Sáhara Occidental.", ("ESP", "MAR", "051")),
    ("España criticó la propuesta rusa de alto el fuego para Ucrania.", ("ESP", "RUS", "111")),
])
def test_a_spanish_proposal_supported_or_judged_is_its_owner_s(text: str, expected: tuple) -> None:
    assert (*expected, False) in _events(text, "es")
