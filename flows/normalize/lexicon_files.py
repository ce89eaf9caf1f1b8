"""The generated lexicon files (``flows/normalize/lexicon/*.tsv``), built by ``scripts/lexicon_verbs.py``."""
from __future__ import annotations

import csv
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parent / "lexicon"


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of one generated TSV file (header first, tab-separated, no quoting)."""
    with open(LEXICON_DIR / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
