"""Text coder, coder 0.3.28: a document or declaration signed is a formal agreement.

"met in Singapore and signed a document in which North Korea committed to ...", "firmaron una declaración
conjunta": signing a document, a declaration or a charter is signing a formal agreement (057 both ways), as
signing a treaty or a deal already was. Signing a letter to a third party is not.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import Triple, triples


def _events(text: str, language: str) -> set[Triple]:
    return triples(text, language)


def test_a_signed_document_is_an_agreement() -> None:
    events = _events("Serbia and Hungary met in Belgrade on Tuesday and signed a document on energy cooperation.",
                     "en")
    assert {("SRB", "HUN", "057"), ("HUN", "SRB", "057")} <= events


def test_a_signed_declaration_is_an_agreement_in_spanish() -> None:
    events = _events("Rusia y China firmaron una declaración conjunta sobre el orden mundial.", "es")
    assert {("RUS", "CHN", "057"), ("CHN", "RUS", "057")} <= events
