"""Text coder, coder 0.3.28: every state of a list an appeal or a threat is addressed to.

"called on North Korea and the United States to avoid ...": an article after "and" still joins the next
addressee. "threatened to cut off aid to Honduras, Guatemala and El Salvador, saying they had failed": a gerund
after a comma ("saying") is the main subject's, so the list before it is no reporter's name and stays whole
(1311 at all three).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from flows.normalize.coder import code_sentence, code_text


def test_an_article_after_and_joins_the_next_addressee() -> None:
    events = {(e.source.country, e.target and e.target.country, e.cameo)
              for e in code_text("China called on North Korea and the United States on Wednesday to avoid words that "
                                 "could inflame tensions.", None, "en")}
    assert {("CHN", "PRK", "020"), ("CHN", "USA", "020")} <= events


def test_a_list_before_a_comma_gerund_stays_whole() -> None:
    found = code_sentence("President Donald Trump threatened on Monday to cut off aid to Honduras, Guatemala and El "
                          "Salvador, saying they had failed to stop a caravan.", 0, dt.date(2018, 10, 22), "en")
    targets = {e.target.country for e in found if e.source.country == "USA" and e.cameo.startswith("13") and e.target}
    assert targets == {"HND", "GTM", "SLV"}
