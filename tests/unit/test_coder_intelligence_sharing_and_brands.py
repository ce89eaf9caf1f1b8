"""Text coder, coder 0.3.42: halting intelligence sharing with a state is a cut in cooperation (160), in English and
Spanish; a firm's name before its product ("the Pfizer vaccine", "dosis de Pfizer") names the goods sent, not the
one they are sent to.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text
from tests.coded import triples


@pytest.mark.parametrize(("text", "language"), [
    ("The Netherlands suspended intelligence sharing with Britain over the strikes on fishing boats.", "en"),
    ("Los Países Bajos suspendieron el intercambio de inteligencia con el Reino Unido por los ataques.", "es"),
])
def test_halting_intelligence_sharing_cuts_cooperation(text: str, language: str) -> None:
    assert ("NLD", "GBR", "160") in triples(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Spain donated two million doses of the Pfizer vaccine to Guatemala on Friday.", "en"),
    ("Spain donated Pfizer vaccines to Guatemala.", "en"),
    ("España donó dos millones de dosis de Pfizer a Guatemala.", "es"),
])
def test_a_brand_before_its_product_is_no_recipient(text: str, language: str) -> None:
    events = triples(text, language)
    assert ("ESP", "GTM", "073") in events
    assert not any(tgt == "USA" for _, tgt, _ in events)


def test_a_firm_acting_is_still_an_actor() -> None:
    """Guard: the firm is the subject, no product follows its name."""
    events = code_text("Pfizer shipped vaccines to Guatemala.", None, "en")
    assert any(e.source.code.startswith("MNC") and e.target is not None and e.target.country == "GTM"
               and e.cameo == "073" for e in events)
