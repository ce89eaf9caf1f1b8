"""The data dictionary (sql/dictionary.toml): every table, view and column of the warehouse and the snapshot
is described, the descriptions reach both as COMMENTs (an existing warehouse on its next run too), and
docs/data_dictionary.md is what the script generates from them."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from flows import UserError
from flows.config import Settings
from flows.load.dictionary import CatalogObject, catalog_objects, dictionary, parse_dictionary
from flows.prepare import prepare_warehouse
from scripts.build_data_dictionary import built_catalogs, dictionary_markdown, undescribed

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def catalogs(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[CatalogObject], list[CatalogObject]]:
    return built_catalogs(tmp_path_factory.mktemp("dictionary"))


def test_every_table_view_and_column_has_a_description(catalogs: tuple) -> None:
    warehouse, snapshot = catalogs
    gaps = undescribed(warehouse, dictionary()) + undescribed(snapshot, dictionary())
    assert not gaps, "\n".join(gaps)
    assert {"mart_support_monthly", "fact_event", "quarantine"} <= {o.name for o in warehouse}
    assert "publication" in {o.name for o in snapshot}


def test_every_entry_describes_something_that_exists(catalogs: tuple) -> None:
    columns = {(o.name, c) for objects in catalogs for o in objects for c, _, _ in o.columns}
    stale = [f"{name}.{column}" for name, entry in dictionary().items() for column in entry.columns
             if (name, column) not in columns]
    assert stale == [], f"sql/dictionary.toml describes columns that do not exist: {stale}"


def test_the_warehouse_and_the_snapshot_carry_the_descriptions_as_comments(catalogs: tuple) -> None:
    for objects in catalogs:
        for found in objects:
            entry = dictionary()[found.name]
            assert found.comment == entry.description, found.name
            assert {c: comment for c, _, comment in found.columns} == entry.columns, found.name


def test_a_column_without_a_description_is_named_in_one_line() -> None:
    found = [CatalogObject("mart_support_monthly", True, None, [("events", "BIGINT", None),
                                                                 ("new_measure", "DOUBLE", None)]),
             CatalogObject("mart_new", True, None, [("x", "BIGINT", None)])]
    assert undescribed(found, dictionary()) == [
        "sql/dictionary.toml lacks a description of mart_support_monthly.new_measure: add it under "
        "[mart_support_monthly.columns]",
        "sql/dictionary.toml has no entry for mart_new: add [mart_new] with a description and [mart_new.columns]"]


@pytest.mark.parametrize(("text", "problem"), [
    ('[t]\ncolumns = {a = "x"}\n', "it lacks a `description`"),
    ('[t]\ndescription = "d"\ncounts = ["b"]\ncolumns = {a = "x"}\n', "`counts` names a column it does not describe"),
    ('["T x"]\ndescription = "d"\n', "its name is not a lower-case SQL identifier"),
    ('[t]\ndescription = "d\n', "is not valid TOML"),
])
def test_a_malformed_entry_is_one_line_naming_it(text: str, problem: str) -> None:
    with pytest.raises(UserError, match=r"^sql/dictionary.toml(: entry \[.+\]:| is not valid TOML)") as caught:
        parse_dictionary(text)
    assert problem in str(caught.value) and "\n" not in str(caught.value)


def test_the_data_dictionary_doc_is_what_the_script_generates() -> None:
    checked_in = (ROOT / "docs" / "data_dictionary.md").read_text(encoding="utf-8")
    stale = "docs/data_dictionary.md is stale: run python scripts/build_data_dictionary.py"
    assert dictionary_markdown() == checked_in, stale


def _comments(path: Path) -> dict[tuple[str, str], str | None]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        name = con.execute("select current_database()").fetchone()[0]
        objects = catalog_objects(con, name)
        return ({(o.name, c): comment for o in objects for c, _, comment in o.columns}
                | {(o.name, ""): o.comment for o in objects})
    finally:
        con.close()


def test_an_existing_warehouse_gets_the_comments_on_its_next_run(tmp_path: Path) -> None:
    """A warehouse from before the dictionary (no comments, an older fingerprint) is commented when a run
    prepares it; a run with nothing changed leaves the comments as they are."""
    settings = Settings(warehouse=tmp_path / "w.duckdb")
    prepare_warehouse(settings)
    con = duckdb.connect(str(settings.warehouse))
    try:
        con.execute("comment on column fact_event.tone is null")
        con.execute("comment on table batch_ledger is null")
        con.execute("update reference_state set fingerprint = 'from an older release'")
    finally:
        con.close()
    assert _comments(settings.warehouse)[("fact_event", "tone")] is None
    prepare_warehouse(settings)
    comments = _comments(settings.warehouse)
    assert comments[("fact_event", "tone")] == dictionary()["fact_event"].columns["tone"]
    assert comments[("batch_ledger", "")] == dictionary()["batch_ledger"].description
    assert comments[("mart_support_monthly", "intensity_per_100k")].startswith("Intensity per")
    assert None not in comments.values()
