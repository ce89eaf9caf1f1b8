"""Near-duplicate articles across outlets: MinHash signatures of word shingles and an LSH index, so a
wire story reprinted by many sites is stored once and its outlets are counted as attention."""
from __future__ import annotations

import re

from datasketch import MinHash, MinHashLSH

NUM_PERM = 64
SHINGLE = 3
THRESHOLD = 0.6
SCHEME = "affine32"  # stored signatures must be read back with the scheme that made them
WORD = re.compile(r"\w+", re.UNICODE)


def signature(text: str) -> list[int]:
    """MinHash of the text's lower-cased word 3-grams, as plain integers to store in the warehouse."""
    words = WORD.findall(text.lower())
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    minhash = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    for shingle in shingles:
        minhash.update(shingle.encode("utf-8"))
    return [int(v) for v in minhash.hashvalues]


class NearDuplicateIndex:
    """Stored articles' signatures; `match` names the stored article a new text is a near copy of."""

    def __init__(self) -> None:
        self._lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        self._stored: dict[int, MinHash] = {}

    def add(self, key: int, values: list[int]) -> None:
        if key not in self._stored:
            self._stored[key] = self._minhash(values)
            self._lsh.insert(str(key), self._stored[key])

    def match(self, values: list[int]) -> int | None:
        """The most similar stored article whose estimated Jaccard reaches THRESHOLD, or None.

        LSH only proposes candidates: one shared band is enough, which happens for texts far below the
        threshold, so each candidate's similarity is checked before it counts as a copy.
        """
        minhash = self._minhash(values)
        scored = [(minhash.jaccard(self._stored[int(k)]), -int(k)) for k in self._lsh.query(minhash)]
        best = max((s for s in scored if s[0] >= THRESHOLD), default=None)
        return -best[1] if best is not None else None

    @staticmethod
    def _minhash(values: list[int]) -> MinHash:
        import numpy as np

        return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, hashvalues=np.array(values, dtype=np.uint64))
