"""The clean reference every crash test compares with: the mirror loaded once without faults."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.conftest import table_checksums
from tests.reliability.harness import FILES, Cli, assert_no_partial_batch, build_mirror, write_config


@dataclass(frozen=True)
class Reference:
    cli: Cli
    after_gdelt: dict       # warehouse checksums after a backfill of every file (`allywatch gdelt`)
    after_run: dict         # warehouse checksums after `allywatch run` then published the snapshot
    snapshot: dict          # checksums of that snapshot


@pytest.fixture(scope="session")
def reference(prefect_api_url: str, tmp_path_factory: pytest.TempPathFactory) -> Reference:
    folder = tmp_path_factory.mktemp("reliability-reference")
    build_mirror(folder / "mirror")
    cli = Cli(prefect_api_url, write_config(folder), folder / "mirror")
    warehouse = folder / "clean" / "allywatch.duckdb"
    warehouse.parent.mkdir()
    cli.gdelt_here(warehouse)
    assert assert_no_partial_batch(warehouse) == FILES
    after_gdelt = table_checksums(warehouse)
    cli.run_here(warehouse)
    return Reference(cli, after_gdelt, table_checksums(warehouse),
                     table_checksums(warehouse.with_name("allywatch_bi.duckdb")))
