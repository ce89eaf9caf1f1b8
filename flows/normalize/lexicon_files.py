"""The generated lexicon files (``flows/normalize/lexicon/*.tsv``), built by ``scripts/build_lexicon.py``."""
from __future__ import annotations

from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parent / "lexicon"


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of one generated TSV file (header first, tab-separated, no quoting)."""
    header, rows = tsv_cells(name)
    return [dict(zip(header, cells, strict=True)) for cells in rows]


def tsv_cells(name: str) -> tuple[list[str], list[list[str]]]:
    """The header and the rows' cells of one generated TSV file.

    Split by hand rather than with ``csv``: the files have no quoting, and splitting reads them ~40 % faster, which
    the first sentences of every process pay for."""
    with open(LEXICON_DIR / name, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        rows = [line.rstrip("\n").split("\t") for line in f]
    width = len(header)
    for number, cells in enumerate(rows, 2):
        if len(cells) != width:
            raise ValueError(f"{LEXICON_DIR / name}: line {number} has {len(cells)} fields, not {width}; "
                             "rebuild the lexicon with scripts/build_lexicon.py")
    return header, rows
