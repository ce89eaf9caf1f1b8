"""Agent and group nouns are looked up only at words that can start one (a speed filter): every noun the
tables hold must still be found where it stands."""
from __future__ import annotations

import re

import pytest

from flows.normalize.lexicon import agent_nouns, group_nouns
from flows.normalize.organs import noun_at

_READABLE = re.compile(r"[\w'-]+(?: [\w'-]+){0,4}")  # what the lookup can read: up to five words


@pytest.mark.parametrize("groups", [False, True])
def test_every_noun_of_the_tables_is_found(groups):
    nouns = group_nouns() if groups else agent_nouns()
    readable = [n for n in nouns if _READABLE.fullmatch(n) and len(n) <= 60]
    assert len(readable) > 100
    for noun in readable:
        hit = noun_at(f"{noun} said", 0, groups=groups)
        assert hit is not None and hit[0] >= len(noun), noun
        hit = noun_at(f"the {noun}", 4, groups=groups)
        assert hit is not None and hit[0] >= len(noun) + 4, noun
