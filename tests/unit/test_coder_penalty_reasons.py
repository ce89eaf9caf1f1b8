"""Text coder, coder 0.3.37: a threat, protest, sanction or coercive act done "over", "because of", "citing" or
"por" a wrong (repression, atrocities, interference, violations, ...) also accuses (112) the state the reason names,
or the act's target when it names none. A reason that is no wrong ("over a trade dispute") accuses no one, and a
criticism already told between the two is not doubled.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from tests.coded import triples


def _pairs(text: str, language: str = "en") -> set[tuple]:
    return triples(text, language, dt.date(2021, 12, 6))


def test_a_boycott_over_atrocities_accuses_the_state_named() -> None:
    pairs = _pairs("The United States will boycott the Winter Olympics in Beijing over China's atrocities in "
                   "Xinjiang.")
    assert ("USA", "CHN", "112") in pairs


def test_an_expulsion_over_interference_accuses() -> None:
    pairs = _pairs("Canada expelled a Chinese diplomat over China's interference in its elections.")
    assert {("CAN", "CHN", "161"), ("CAN", "CHN", "112")} <= pairs


def test_spanish_sanctions_for_violations_accuse_the_target() -> None:
    pairs = _pairs("Estados Unidos sancionó a funcionarios venezolanos por violaciones de derechos humanos.", "es")
    assert ("USA", "VEN", "112") in pairs


def test_a_reason_that_is_no_wrong_accuses_no_one() -> None:
    pairs = _pairs("The United States imposed tariffs on Canada over a dispute about dairy quotas.")
    assert not any(code.startswith("11") for _, _, code in pairs)


def test_a_criticism_already_told_is_not_doubled() -> None:
    pairs = _pairs("Britain summoned Russia's ambassador over Moscow's aggression against Ukraine.")
    assert sum(1 for s, t, code in pairs if (s, t) == ("GBR", "RUS") and code.startswith("11")) == 1
