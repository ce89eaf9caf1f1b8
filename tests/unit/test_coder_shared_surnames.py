"""Text coder: a surname two states' leaders bore at once names neither alone; the full title still does.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from flows.normalize.coder import code_text


def dyads(text: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.country, (e.target and e.target.country)) for e in code_text(text, language="en")}


def test_a_shared_surname_alone_is_no_state() -> None:
    # Jordan's king and Iraq's president were both "Hussein" for two decades.
    assert not any("JOR" in d for d in dyads("Hussein met the Egyptian envoy on Sunday."))


def test_the_full_title_still_names_the_state() -> None:
    assert ("JOR", "EGY") in dyads("King Hussein met the Egyptian envoy on Sunday.")
