"""The decision table built from the CAMEO and PLOVER references follows scripts/build_reference.py's rules."""
from __future__ import annotations

import pytest

from flows.reference import event_types, vocabulary


@pytest.mark.parametrize(("code", "direction", "category"), [
    ("0232", "appeal", "military"), ("0231", "appeal", "economic"), ("0233", "appeal", "humanitarian"),
    ("072", "support", "military"), ("071", "support", "economic"), ("073", "support", "humanitarian"),
    ("042", "support", "diplomatic"), ("1212", "rejection", "military"), ("1622", "withdrawal", "military"),
    ("161", "withdrawal", "diplomatic"), ("163", "pressure", "economic"), ("152", "pressure", "military"),
    ("190", "pressure", "military"), ("112", "pressure", "diplomatic"),
])
def test_direction_and_category(code: str, direction: str, category: str) -> None:
    kind = event_types()[code]
    assert (kind.direction, kind.support_category) == (direction, category)


def test_statements_and_investigations_are_not_counted() -> None:
    for code, kind in event_types().items():
        if code[:2] in ("01", "09"):
            assert kind.direction is None and kind.support_category is None, code


def test_every_value_is_in_the_vocabulary_and_codes_keep_leading_zeros() -> None:
    vocab = vocabulary()
    kinds = event_types()
    assert len(kinds) == 312 and "020" in kinds and "20" in kinds  # 020 (appeal) differs from 20 (violence)
    for kind in kinds.values():
        assert kind.direction in (None, *vocab["directions"])
        assert kind.support_category in (None, *vocab["support_categories"])
        assert kind.quad_class in vocab["quad_classes"] and -10 <= kind.goldstein <= 10
        assert kind.plover_event is None or kind.plover_event in vocab["plover_events"]
