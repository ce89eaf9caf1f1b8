"""The hand-split reader of the generated lexicon files gives what the csv module gives, and names a damaged line."""
from __future__ import annotations

import csv

import pytest

from flows.normalize import lexicon_files
from flows.normalize.lexicon_files import LEXICON_DIR, read_tsv, tsv_cells


@pytest.mark.parametrize("path", sorted(LEXICON_DIR.glob("*.tsv")), ids=lambda p: p.name)
def test_every_shipped_file_reads_as_the_csv_module_reads_it(path) -> None:
    with open(path, newline="", encoding="utf-8") as f:
        expected = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert read_tsv(path.name) == expected


def test_the_cells_keep_the_file_order_under_the_header() -> None:
    header, rows = tsv_cells("verb_patterns_es.tsv")
    assert header[0] == "group"
    assert [dict(zip(header, cells, strict=True)) for cells in rows[:50]] == read_tsv("verb_patterns_es.tsv")[:50]


def test_a_line_with_a_missing_field_names_the_file_line_and_the_fix(tmp_path, monkeypatch) -> None:
    (tmp_path / "broken.tsv").write_text("word\tlemma\nfue\tir\nsido\n", encoding="utf-8")
    monkeypatch.setattr(lexicon_files, "LEXICON_DIR", tmp_path)
    with pytest.raises(ValueError, match=r"broken\.tsv: line 3 has 1 fields, not 2; rebuild .*build_lexicon"):
        read_tsv("broken.tsv")
