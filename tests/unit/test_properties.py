"""Property-based tests: no input makes these parsers raise anything but their documented error."""
from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.collect.articles import canonical_url
from flows.collect.landing import landing_path
from flows.normalize.amounts import find_money
from flows.normalize.coder import code_text
from flows.normalize.extract import extract_lines

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.text())
def test_canonical_url_is_total_and_idempotent(url: str) -> None:
    once = canonical_url(url)
    assert canonical_url(once) == once


@FAST
@given(st.text())
def test_amount_finder_returns_none_or_a_non_negative_amount_found_in_the_text(text: str) -> None:
    money = find_money(text)
    if money is not None:
        assert money.value >= 0 and money.text in text
        assert money.usd is None or money.usd >= 0


@FAST
@given(st.text(max_size=400), st.sampled_from([None, "en", "es"]))
def test_coder_never_raises_and_codes_only_known_values(text: str, language: str | None) -> None:
    for event in code_text(text, language=language):
        assert event.evidence and 0 < event.confidence <= 1


@FAST
@given(st.lists(st.one_of(st.text(max_size=200), st.builds(lambda i, t: json.dumps({"id": i, "text": t}),
                                                             st.text(max_size=20), st.text(max_size=200))),
                max_size=20))
def test_extract_accounts_for_every_line(lines: list[str]) -> None:
    written, warnings = [], []
    stats = extract_lines(lines, written.append, warnings.append)
    # Iterating splits nothing: a line holding a newline is still one input line here.
    non_blank = [line for line in lines if line.strip()]
    assert stats.lines == len(non_blank)
    assert stats.bad_lines == len(warnings) and all(w.startswith("line ") for w in warnings)
    assert len(written) == stats.coded_events
    assert all(json.loads(w)["id"] is not None for w in written)


@FAST
@given(st.text(min_size=1, max_size=300))
def test_landing_paths_never_leave_landing(suffix: str) -> None:
    root = Path("/srv/landing")
    path = landing_path(root, "gdelt", "0123456789abcdef0123456789abcdef", suffix)
    assert path.resolve().is_relative_to(root) and "\x00" not in str(path) and len(path.name) <= 80
