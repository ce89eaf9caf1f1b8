"""Text coder, coder 0.3.34: denying a charge, a claim or one's involvement is no rejection (12x).

"..., a charge Kyiv denied", "Kyiv denied any involvement", "algo que Moscú negó", "Kiev negó cualquier
implicación": the denied accusation stays coded; the denial itself is no event (a rejection answers a request or a
proposal, not a charge). Denying a request, visas or passage stays a refusal; "denied sending" stays a negated act.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, dt.date(2022, 8, 22), language) if not e.negated}


@pytest.mark.parametrize(("text", "language"), [
    ("Russia accused Ukraine of orchestrating the bombing, a charge Kyiv denied.", "en"),
    ("Russia accused Ukraine of orchestrating the bombing, and Kyiv denied any involvement.", "en"),
    ("Rusia acusó a Ucrania del atentado, y Kiev negó cualquier implicación.", "es"),
])
def test_the_accusation_stays_and_the_denial_is_no_event(text: str, language: str) -> None:
    assert _events(text, language) == {("RUS", "UKR", "112")}


def test_a_denied_incursion_is_no_rejection() -> None:
    found = _events("Estonia protestó por la incursión de cazas rusos, algo que Moscú negó.", "es")
    assert not any(code.startswith("12") for _, _, code in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("The United States denied visas to Venezuelan officials.", ("USA", "VEN", "120")),
    ("Panama denied Nicaragua's request for safe passage.", ("PAN", "NIC", "120")),
])
def test_denying_a_request_or_visas_stays_a_refusal(text: str, expected: tuple) -> None:
    assert expected in _events(text, "en")
