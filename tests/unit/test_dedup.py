"""The near-duplicate index: an LSH candidate is a copy only when its estimated Jaccard reaches the threshold."""
from __future__ import annotations

import numpy as np
import pytest
from datasketch import MinHash, MinHashLSH

from flows.stage import dedup
from flows.stage.dedup import NearDuplicateIndex, signature
from tests.near_copies import COLLIDING, distinct_pair, near_copy, shingle_jaccard


def _minhash(values: list[int]) -> MinHash:
    return MinHash(num_perm=dedup.NUM_PERM, seed=1, scheme=dedup.SCHEME, hashvalues=np.array(values, dtype=np.uint64))


@pytest.mark.parametrize("pair", COLLIDING)
def test_an_lsh_candidate_below_the_threshold_is_not_a_copy(pair: int) -> None:
    original, other = distinct_pair(pair)
    assert shingle_jaccard(original, other) == pytest.approx(0.248, abs=0.001)
    lsh = MinHashLSH(threshold=dedup.THRESHOLD, num_perm=dedup.NUM_PERM)  # the precondition: LSH pairs them
    lsh.insert("original", _minhash(signature(original)))
    assert lsh.query(_minhash(signature(other))) == ["original"]
    index = NearDuplicateIndex()
    index.add(7, signature(original))
    assert index.match(signature(other)) is None
    assert index.match(signature(near_copy(original))) == 7


def test_the_most_similar_stored_article_is_named() -> None:
    original, _ = distinct_pair(COLLIDING[0])
    closest = near_copy(original)
    loose = " ".join([*original.split()[:70], "one", "two", "three", "four", "five", "six"])
    assert shingle_jaccard(original, closest) > shingle_jaccard(original, loose) > dedup.THRESHOLD
    index = NearDuplicateIndex()
    index.add(1, signature(loose))
    index.add(2, signature(closest))
    assert index.match(signature(original)) == 2
