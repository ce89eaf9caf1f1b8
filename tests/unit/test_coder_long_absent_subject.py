"""Text coder, coder 0.3.37: "said no ministers or members of the royal family would attend the World Cup in Russia"
is an absence as a protest even with seven words between "no" and "would attend", so the sports event does not
discard the sentence and the expulsion told before it is coded.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from flows.normalize.coder import code_text


def test_a_long_absent_subject_keeps_the_sentence() -> None:
    codes = {(e.source.country, e.target and e.target.country, e.cameo) for e in code_text(
        "Britain expelled 23 Russian diplomats on Wednesday and said no ministers or members of the royal family would "
        "attend the World Cup in Russia.", dt.date(2018, 3, 14), "en")}
    assert ("GBR", "RUS", "161") in codes
