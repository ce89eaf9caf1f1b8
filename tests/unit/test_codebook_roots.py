"""CAMEO root accuracy on the codebook-style proxy: which codes count, and when one is found."""
from __future__ import annotations

from benchmarks.codebook_roots import floor_roots, gold_codes, predicted_roots, root_accuracy


def _event(cameo: str, negated: bool = False) -> dict:
    return {"source": "RUS", "target": "VEN", "cameo": cameo, "negated": negated}


ROWS = [
    # a symmetric event told in both directions is one code; the other_events code counts too
    {"id": "a", "events": [_event("057"), _event("057")], "other_events": [_event("190")]},
    # a negated gold event asks for nothing
    {"id": "b", "events": [_event("070", negated=True), _event("111")], "other_events": []},
    {"id": "c", "events": [], "other_events": []},  # a no-event sentence adds nothing
]


def test_gold_codes_are_distinct_and_leave_out_negated_events() -> None:
    assert [gold_codes(row) for row in ROWS] == [{"057", "190"}, {"111"}, set()]


def test_predicted_roots_leave_out_negated_and_codeless_objects() -> None:
    objects = [{"id": "a", "cameo": "051", "negated": False}, {"id": "a", "cameo": "193", "negated": True},
               {"id": "b", "cameo": None}, {"id": "b", "cameo": "112"}]
    assert predicted_roots(objects) == {"a": {"05"}, "b": {"11"}}


def test_a_code_is_found_by_its_root_in_its_own_sentence() -> None:
    # a: 057 found by 051 (root 05), 190 missed (19 predicted only in another sentence); b: 111 by 112
    assert root_accuracy(ROWS, {"a": {"05"}, "b": {"11"}, "c": {"19"}}) == 2 / 3
    assert root_accuracy(ROWS, {}) == 0.0
    assert root_accuracy(ROWS[2:], {"c": {"19"}}) is None  # nothing to find


def test_the_floor_guesses_one_root_per_sentence() -> None:
    rows = [{"id": "x", "text": "Russia threatened Ukraine with sanctions.", "date": None},
            {"id": "y", "text": "The weather was fine.", "date": None}]
    assert floor_roots(rows) == {"x": {"13"}}
