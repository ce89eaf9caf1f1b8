"""Texts with a known word 3-gram overlap, for near-duplicate tests.

`distinct_pair(n)` gives an original and a different article that shares its first 33 words: 31 of 125
shingles, Jaccard 0.248, far below the 0.6 of a near copy. The pairs named in COLLIDING are ones whose
MinHash signatures still share an LSH band, so the index proposes the original as a candidate: only a
similarity check tells them apart (the tests check that this still holds).
"""
from __future__ import annotations

import random

COLLIDING = (1827, 2890)
SHARED_WORDS = 33
WORDS = 80


def _words(seed: str, count: int) -> list[str]:
    rng = random.Random(seed)
    return [f"{rng.choice('bcdfgklmnprstv')}{rng.choice('aeiou')}{rng.choice('bcdfgklmnprstv')}"
            f"{rng.choice('aeiou')}{rng.randrange(1000)}" for _ in range(count)]


def distinct_pair(n: int) -> tuple[str, str]:
    words = _words(f"near-copy-{n}", 2 * WORDS - SHARED_WORDS)
    return " ".join(words[:WORDS]), " ".join(words[:SHARED_WORDS] + words[WORDS:])


def near_copy(text: str) -> str:
    """The text with one word in the middle changed: 3 of 78 shingles differ, Jaccard 0.93."""
    words = text.split()
    middle = len(words) // 2
    return " ".join([*words[:middle], "changed", *words[middle + 1:]])


def shingle_jaccard(first: str, second: str) -> float:
    """Exact Jaccard of the lower-cased word 3-grams (space-separated words, as these texts are)."""
    def shingles(text: str) -> set[tuple[str, ...]]:
        words = text.lower().split()
        return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}

    a, b = shingles(first), shingles(second)
    return len(a & b) / len(a | b)
