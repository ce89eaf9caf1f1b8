"""The options several `allywatch` commands share, as Typer annotations."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from flows.console import OutputFormat

# No default here: the warehouse comes from this flag, else ALLYWATCH_WAREHOUSE, else the config file's
# `warehouse`, else ./allywatch.duckdb (load_settings applies that order).
Warehouse = Annotated[Path | None, typer.Option(
    "--warehouse", help="DuckDB warehouse file, ducklake:PATH or \"ducklake:postgres:<libpq string>\" (else "
                        "ALLYWATCH_WAREHOUSE, the config's warehouse, allywatch.duckdb).")]
Config = Annotated[Path | None, typer.Option("--config", help="TOML settings (default ./allywatch.toml if present).")]
Format = Annotated[OutputFormat, typer.Option("--format", help="table (for people), json or csv (for scripts).")]
# Typer options take one value each: several feeds are given as --feed A --feed B.
Feeds = Annotated[list[str] | None, typer.Option(
    "--feed", help="Feed URL or file; repeat the option for several (--feed A --feed B).")]
