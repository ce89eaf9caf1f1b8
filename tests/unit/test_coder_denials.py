"""Text coder, coder 0.3.25: Spanish denials of another state's claims.

"calificó de infundadas las acusaciones de Washington", "rechazó las denuncias de X", "desmintió las afirmaciones
de X": a denial, not a rejection of a proposal; the claim it denies is coded as reported, from its owner to the
one who denies it (112). Calling the claim a slander, a lie or propaganda is criticism of its owner (111), and
"negó haber enviado" denies an act (the act is negated) instead of rejecting anything.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _events(text: str) -> set[tuple[str | None, str | None, str, bool]]:
    return {(e.source.country, e.target and e.target.country, e.cameo, e.negated) for e in code_text(text, None, "es")}


@pytest.mark.parametrize("text", [
    "Pekín calificó de infundadas las acusaciones de Washington sobre el espionaje.",
    "La cancillería china rechazó las denuncias de Washington sobre el espionaje.",
    "Pekín desmintió las afirmaciones de Estados Unidos sobre el espionaje.",
])
def test_a_denied_claim_is_the_claimants_accusation(text: str) -> None:
    events = _events(text)
    assert ("USA", "CHN", "112", False) in events
    assert not any(code.startswith("12") for _, _, code, _ in events)  # no rejection of a proposal


def test_calling_a_claim_a_slander_criticises_its_owner() -> None:
    events = _events("El canciller venezolano calificó de calumnia la acusación del gobierno colombiano.")
    assert ("VEN", "COL", "111", False) in events
    assert not any(code.startswith("12") for _, _, code, _ in events)


def test_denying_having_done_an_act_negates_it() -> None:
    events = _events("Corea del Norte negó haber enviado proyectiles de artillería a Rusia.")
    assert not any(code.startswith("12") for _, _, code, _ in events)
    assert any(src == "PRK" and tgt == "RUS" and negated for src, tgt, _, negated in events), events
