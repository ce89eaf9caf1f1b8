"""Text coder, coder 0.3.34: "failed to <verb>" tells an act that did not happen, no refusal (12x).

"The United States expelled 15 Cuban diplomats, saying Havana had failed to protect American embassy staff": Cuba
refused nothing (the dictionaries read "fail to" as a rejection); the protection is negated and the expulsion
stays. Since coder 0.3.36 the failure said of Havana is also the speaker's accusation (112).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from flows.normalize.coder import code_text


def test_a_failure_is_no_rejection() -> None:
    events = code_text("The United States expelled 15 Cuban diplomats, saying Havana had failed to protect American "
                       "embassy staff from mysterious attacks.", dt.date(2017, 10, 3), "en")
    found = {(e.source.country, e.target and e.target.country, e.cameo) for e in events if not e.negated}
    assert found == {("USA", "CUB", "161"), ("USA", "CUB", "112")}
    assert not any(code.startswith("12") for _, _, code in found)
