"""The layout of sql/: one definition of each metric formula, step files that say what they read and
write, one creator per temp table, and no file named that does not exist or lies unused."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the repository: what a wheel ships is checked by test_wheel
SQL_DIR = ROOT / "sql"


def _sql_files() -> list:
    return sorted(SQL_DIR.rglob("*.sql"))


def _code(text: str) -> str:
    """SQL without its comments, in lower case and on one line per statement part."""
    return "\n".join(line.split("--", 1)[0] for line in text.lower().splitlines())


def test_intensity_is_defined_once() -> None:
    """|goldstein| x weight is written in v_support_event only; everything else sums its column."""
    formula = re.compile(r"abs\(\s*(\w+\.)?goldstein\s*\)\s*\*\s*(\w+\.)?weight")
    sources = [*_sql_files(), *ROOT.joinpath("flows").rglob("*.py"), *ROOT.joinpath("benchmarks").rglob("*.py")]
    found = [p.relative_to(ROOT).as_posix() for p in sources if formula.search(_code(p.read_text(encoding="utf-8")))]
    assert found == ["sql/marts/v_support_event.sql"]


STEP_FOLDERS = ("stage", "load", "queries", "checks", "catalog")  # SQL run as a step; schema/ and marts/ define objects
_CREATE = re.compile(r"\bcreate\s+(?:or\s+replace\s+)?(temp|temporary)?\s*(?:table|view|macro)\s+"
                     r"(?:if\s+not\s+exists\s+)?([a-z_][\w.]*)")
_WRITE = re.compile(r"\b(?:insert\s+into|update|delete\s+from|alter\s+table|drop\s+table\s+if\s+exists)\s+"
                    r"([a-z_][\w.]*)")
_READ = re.compile(r"\b(from|join)\s+([a-z_][\w.]*)\s*(\()?")
_CTE = re.compile(r"\b([a-z_]\w*)\s+as\s*\(")


def _bare(text: str) -> str:
    """The statements without comments, string literals and the `main.` qualifier, lower case."""
    return re.sub(r"\bmain\.", "", re.sub(r"'[^']*'", "''", _code(text)))


def tables_of(text: str) -> tuple[set[str], set[str]]:
    """(read, written) table names of a SQL file's body: what FROM and JOIN name (not CTEs, not table
    functions, not the target of DELETE FROM) and what CREATE, INSERT, UPDATE, DELETE, ALTER, DROP change."""
    code = _bare(text)
    ctes = set(_CTE.findall(code))
    written = {m.group(2) for m in _CREATE.finditer(code)} | set(_WRITE.findall(code))
    read = set()
    for match in _READ.finditer(code):
        before = code[:match.start()].split()[-1:] or [""]
        if match.group(3) or match.group(2) in ctes or before[0] in ("delete", "distinct"):
            continue
        read.add(match.group(2))
    return read, written


def header_of(text: str) -> tuple[set[str] | None, set[str] | None]:
    """The tables a file's opening `-- reads:` and `-- writes:` lines name (None: no such line)."""
    lines = text.splitlines()[:2]
    found: dict[str, set[str] | None] = {"reads": None, "writes": None}
    for line in lines:
        if match := re.fullmatch(r"--\s*(reads|writes):\s*(.*)", line.strip()):
            names = {n.strip() for n in match.group(2).split(",") if n.strip()}
            found[match.group(1)] = set() if names == {"nothing"} else names
    return found["reads"], found["writes"]


def step_files() -> list:
    return [p for folder in STEP_FOLDERS for p in sorted((SQL_DIR / folder).glob("*.sql"))]


def test_every_step_file_opens_with_what_it_reads_and_writes() -> None:
    """Each file under stage/, load/, queries/ and checks/ opens with `-- reads:` and `-- writes:` lines
    that name exactly the tables its body reads and changes."""
    wrong = []
    for path in step_files():
        text = path.read_text(encoding="utf-8")
        reads, writes = header_of(text)
        actual = tables_of(text)
        if (reads, writes) != actual:
            wrong.append(f"{path.relative_to(SQL_DIR)}: header {reads} / {writes}, body {actual[0]} / {actual[1]}")
    assert not wrong, "\n".join(wrong)


def test_the_header_parser_sees_reads_writes_ctes_and_table_functions() -> None:
    text = ("-- reads: a\n-- writes: b\ninsert into b\nwith\n\nx as (select * from a join c2 on true)\n"
            "select * from x, read_csv($f) where y is distinct from z;\ndelete from d where k in (select k from e);\n")
    assert header_of(text) == ({"a"}, {"b"})
    assert tables_of(text) == ({"a", "c2", "e"}, {"b", "d"})


def test_each_temp_table_has_one_creator() -> None:
    """A temp table is created in exactly one sql/ file; the others that fill it insert into it."""
    creators: dict[str, list[str]] = {}
    for path in sorted(SQL_DIR.rglob("*.sql")):
        for match in _CREATE.finditer(_bare(path.read_text(encoding="utf-8"))):
            if match.group(1):
                creators.setdefault(match.group(2), []).append(path.relative_to(SQL_DIR).as_posix())
    assert len(creators) >= 20
    assert {name: files for name, files in creators.items() if len(files) > 1} == {}


_NAMED = re.compile(r"\b((?:schema|stage|load|marts|queries|analyses|checks|catalog)/[a-z0-9_]+\.sql)\b")


def _named_paths() -> dict[str, list[str]]:
    """sql/ paths named in the code, migrations.toml, tests and benchmarks -> where."""
    sources = [SQL_DIR / "migrations.toml", *(ROOT / "flows").rglob("*.py"), *(ROOT / "tests").rglob("*.py"),
               *(ROOT / "benchmarks").rglob("*.py"), *(ROOT / "scripts").rglob("*.py"), *SQL_DIR.rglob("*.sql")]
    named: dict[str, list[str]] = {}
    for path in sources:
        if path.name == "test_sql_layout.py":
            continue
        for relative in _NAMED.findall(path.read_text(encoding="utf-8")):
            named.setdefault(relative, []).append(path.relative_to(ROOT).as_posix())
    return named


def test_every_named_sql_file_exists() -> None:
    missing = {relative: where for relative, where in _named_paths().items() if not (SQL_DIR / relative).exists()}
    assert missing == {}


def test_every_sql_file_is_used() -> None:
    """Each .sql file is named by the code or migrations.toml (not only by other SQL files' comments);
    the example queries in analyses/ are read by name by the tests of the BI section."""
    named = {relative for relative, where in _named_paths().items()
             if any(not w.startswith("sql/") or w == "sql/migrations.toml" for w in where)}
    unused = [p.relative_to(SQL_DIR).as_posix() for p in sorted(SQL_DIR.rglob("*.sql"))]
    unused = [relative for relative in unused if relative not in named and not (
        relative.startswith("analyses/") and Path(relative).name in _text_of_tests())]
    assert unused == []


def _text_of_tests() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests").rglob("*.py"))
