"""Settings: built-in defaults, overridden by a TOML file and ALLYWATCH_* environment variables."""
from __future__ import annotations

import math
import os
import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from flows import UserError
from flows.secrets import Secret, parse_source_tokens

DEFAULT_GDELT_BASE_URL = "http://data.gdeltproject.org/gdeltv2/"
# Served schedules (UTC): a cron expression, or an interval as a number of seconds. GDELT publishes a
# file every 15 minutes and lists it a minute or so later, hence minutes 2, 17, 32 and 47.
DEFAULT_SCHEDULES = {"gdelt_events": "2-59/15 * * * *", "news": "10 * * * *", "marts": "30 4 * * *"}


DUCKLAKE_PREFIX = "ducklake:"
POSTGRES_LAKE_PREFIX = DUCKLAKE_PREFIX + "postgres:"


def lake_postgres(warehouse: Path | str) -> str | None:
    """The libpq connection string of a `ducklake:postgres:<libpq string>` warehouse, else None."""
    text = str(warehouse)
    return text[len(POSTGRES_LAKE_PREFIX):] if text.startswith(POSTGRES_LAKE_PREFIX) else None


def lake_catalog_file(warehouse: Path | str) -> Path | None:
    """The catalog file of a `ducklake:PATH` warehouse, or None for a plain DuckDB file or a PostgreSQL
    catalog."""
    text = str(warehouse)
    if not text.startswith(DUCKLAKE_PREFIX) or lake_postgres(text) is not None:
        return None
    return Path(text[len(DUCKLAKE_PREFIX):])


def redacted(warehouse: Path | str) -> str:
    """The warehouse as messages show it: a password written into a libpq string becomes `***`."""
    return re.sub(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", r"\1***", str(warehouse))


@dataclass(frozen=True)
class Settings:
    warehouse: Path = Path("allywatch.duckdb")
    # Folders default to siblings of the warehouse so one path decides where everything lives.
    landing_dir: Path | None = None
    snapshot_path: Path | None = None
    report_dir: Path | None = None
    data_docs_dir: Path | None = None
    clients: tuple[str, ...] = ("VEN",)
    patrons: tuple[str, ...] = ("RUS", "CHN", "CUB", "IRN", "TUR")
    pressure_states: tuple[str, ...] = ("USA",)
    scope: str = "tracked"
    gdelt_base_url: str = DEFAULT_GDELT_BASE_URL
    files_per_transaction: int = 48  # ~150k rows: peak memory follows the group, not the run
    # GDELT groups staged in a thread while the writer loads the one before. 0 stages each group just
    # before its load: on 2 cores the overlap saved nothing measurable and held one more group in memory.
    stage_ahead: int = 0
    quarantine_threshold: float = 0.05
    min_baseline: float = 10.0
    # A delivery counts toward a pledge made at most this many days before it (mart_pledge_delivery).
    pledge_window_days: int = 365
    snapshot_event_window_days: int = 3650
    max_attempts: int = 3
    http_timeout_seconds: float = 30.0
    http_retries: int = 4
    http_backoff_seconds: float = 1.0
    # A download (all its tries) must end within the deadline, and average at least the minimum rate once
    # past its first read timeout, so a trickle cannot hold a run (each read alone stays within the
    # timeout). At the defaults a 5 MB file may take 500 s and a 150 MB list needs ~170 kB/s; 0 turns
    # the rate check off.
    http_download_deadline_seconds: float = 900.0
    http_min_bytes_per_second: float = 10_000.0
    translated: bool = False
    doc_api_url: str = "https://api.gdeltproject.org/api/v2/doc/doc"
    doc_api_min_interval_seconds: float = 5.0
    doc_api_timespan: str = "1d"
    politeness_seconds: float = 2.0
    respect_robots: bool = True
    allow_private_addresses: bool = False
    max_page_bytes: int = 5_000_000
    min_feed_text_chars: int = 400
    # Article pages fetched per feed (or DOC API query) and run; the rest wait for later runs.
    max_page_fetches_per_feed: int = 100
    writer_wait_seconds: float = 600.0
    gdelt_stale_after_hours: float = 2.0
    news_stale_after_hours: float = 48.0
    max_body_bytes: int = 200_000_000
    # What the scheduled news flow reads when it is given no sources (feed URLs or files, DOC API queries).
    feeds: tuple[str, ...] = ()
    doc_queries: tuple[str, ...] = ()
    # Host -> bearer token, sent to that host only; Secret keeps the values out of every repr.
    source_tokens: dict[str, Secret] = field(default_factory=dict)
    gdelt_events_schedule: str | int = DEFAULT_SCHEDULES["gdelt_events"]
    news_schedule: str | int = DEFAULT_SCHEDULES["news"]
    marts_schedule: str | int = DEFAULT_SCHEDULES["marts"]
    # Fan-out of GDELT downloads (verify + land) to Dask: a local cluster of this many worker processes,
    # or the scheduler at dask_scheduler (tcp://host:8786). 0 and "" keep everything in the flow's process.
    workers: int = 0
    dask_scheduler: str = ""
    serve_limit: int = 1  # flow runs `allywatch serve` executes at once (loads queue on the writer lock anyway)
    # The folder of a PostgreSQL-catalog lake's Parquet files (every worker mounts it at this path); the
    # landing, snapshot, report and Data Docs folders default to its siblings.
    lake_data_path: Path | None = None

    @property
    def warehouse_file(self) -> Path:
        """The DuckDB file, or for `ducklake:PATH` the DuckLake catalog file (folders sit beside it). A
        PostgreSQL catalog has no file: `allywatch` beside lake_data_path stands for it."""
        if lake_postgres(self.warehouse) is not None and self.lake_data_path is not None:
            return self.lake_data_path.parent / "allywatch"
        return lake_catalog_file(self.warehouse) or self.warehouse

    @property
    def warehouse_missing(self) -> bool:
        """True when there is certainly no warehouse yet (a PostgreSQL catalog is asked when connecting)."""
        return lake_postgres(self.warehouse) is None and not self.warehouse_file.exists()

    @property
    def landing(self) -> Path:
        return self.landing_dir or self.warehouse_file.parent / "landing"

    @property
    def snapshot(self) -> Path:
        return self.snapshot_path or self.warehouse_file.with_name(self.warehouse_file.stem + "_bi.duckdb")

    @property
    def parquet_dir(self) -> Path:
        return self.snapshot.with_name(self.snapshot.stem + "_parquet")

    @property
    def data_docs(self) -> Path:
        return self.data_docs_dir or self.warehouse_file.parent / "data_docs"

    @property
    def reports(self) -> Path:
        return self.report_dir or self.warehouse_file.parent / "reports"


_PATH_KEYS = {"warehouse", "landing_dir", "snapshot_path", "report_dir", "data_docs_dir", "lake_data_path"}
_TUPLE_KEYS = {"clients", "patrons", "pressure_states"}
_STRING_LIST_KEYS = {"feeds", "doc_queries"}
SCHEDULE_KEYS = {"gdelt_events": "gdelt_events_schedule", "news": "news_schedule", "marts": "marts_schedule"}


def _coerce_schedule(key: str, value: Any, source: str) -> str | int:
    """A cron expression (checked the way Prefect checks it) or a positive number of seconds."""
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, int) and not isinstance(value, bool):
        if value < 60:
            raise UserError(f"{source}: '{key}' as an interval must be at least 60 seconds, got {value}")
        return value
    if isinstance(value, str):
        from prefect.schedules import Cron  # Prefect is slow to import: only when a schedule is configured

        try:
            Cron(value.strip(), timezone="UTC")
        except ValueError:
            raise UserError(f"{source}: '{key}' is not a valid cron expression: {value!r} "
                            "(five fields, e.g. \"*/15 * * * *\", or a number of seconds)") from None
        return value.strip()
    raise UserError(f"{source}: '{key}' must be a cron string or a number of seconds, got {type(value).__name__}")


def _coerce_strings(key: str, value: Any, source: str) -> tuple[str, ...]:
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, list | tuple) or not all(isinstance(i, str) for i in items):
        raise UserError(f"{source}: '{key}' must be a list of strings, e.g. [\"https://example.org/feed.xml\"]")
    return tuple(i.strip() for i in items if i.strip())


def _coerce_codes(key: str, value: Any, source: str, from_file: bool) -> tuple[str, ...]:
    """ISO3 codes: a TOML list, or (environment only) a comma-separated string; never empty for clients."""
    if isinstance(value, str) and not from_file:
        value = value.split(",")
    if not isinstance(value, list | tuple) or not all(isinstance(i, str) for i in value):
        raise UserError(f"{source}: '{key}' must be a list of ISO3 codes, e.g. [\"VEN\"]")
    codes = tuple(i.strip().upper() for i in value if i.strip())
    bad = [c for c in codes if len(c) != 3 or not c.isalpha()]
    if bad:
        raise UserError(f"{source}: '{key}' has codes that are not ISO3: {', '.join(bad)}")
    repeated = sorted({c for c in codes if codes.count(c) > 1})
    if repeated:
        raise UserError(f"{source}: '{key}' lists {', '.join(repeated)} more than once; list each code once")
    if key == "clients" and not codes:
        raise UserError(f"{source}: 'clients' is empty; name at least one client state, e.g. [\"VEN\"]")
    return codes


def _coerce(key: str, value: Any, source: str, from_file: bool = True) -> Any:
    kinds = {f.name: f.type for f in fields(Settings)}
    if key == "source_tokens":
        return parse_source_tokens(value, source)
    if key in SCHEDULE_KEYS.values():
        return _coerce_schedule(key, value, source)
    if key in _STRING_LIST_KEYS:
        return _coerce_strings(key, value, source)
    if key in _PATH_KEYS:
        if not isinstance(value, str) or not value.strip():
            raise UserError(f"{source}: '{key}' must be a path string, got {type(value).__name__}")
        return Path(value)
    if key in _TUPLE_KEYS:
        return _coerce_codes(key, value, source, from_file)
    expected = {"str": str, "int": int, "float": (int, float), "bool": bool}.get(str(kinds[key]))
    if expected is None:
        return value
    if isinstance(value, str) and expected is bool:
        value = {"true": True, "1": True, "false": False, "0": False}.get(value.lower(), value)
    elif isinstance(value, str) and expected is not str:
        try:
            value = int(value) if expected is int else float(value)
        except ValueError:
            raise UserError(f"{source}: '{key}' must be a number, got {value!r}") from None
    if not isinstance(value, expected) or (isinstance(value, bool) and expected is not bool):
        raise UserError(f"{source}: '{key}' must be {kinds[key]}, got {type(value).__name__}")
    if isinstance(value, float) and not math.isfinite(value):
        raise UserError(f"{source}: '{key}' must be a finite number, got {value}")
    return _check_bound(key, value, source)


# Lower bounds of numeric settings: a value below them either crashes a later run (a negative timeout)
# or silently skips data (a negative body cap makes every file fail until it gives up).
_AT_LEAST_ONE = ("http_retries", "files_per_transaction", "serve_limit", "max_attempts", "snapshot_event_window_days",
                 "max_page_fetches_per_feed", "pledge_window_days")
_POSITIVE = ("http_timeout_seconds", "max_body_bytes", "max_page_bytes", "gdelt_stale_after_hours",
             "news_stale_after_hours", "http_download_deadline_seconds")
_NOT_NEGATIVE = ("http_backoff_seconds", "stage_ahead", "min_baseline", "writer_wait_seconds", "politeness_seconds",
                 "doc_api_min_interval_seconds", "min_feed_text_chars", "workers", "http_min_bytes_per_second")


def _check_bound(key: str, value: Any, source: str) -> Any:
    if key in _AT_LEAST_ONE and value < 1:
        raise UserError(f"{source}: '{key}' must be at least 1, got {value}")
    if key in _POSITIVE and value <= 0:
        raise UserError(f"{source}: '{key}' must be greater than 0, got {value}")
    if key in _NOT_NEGATIVE and value < 0:
        raise UserError(f"{source}: '{key}' must be 0 or more, got {value}")
    if key == "quarantine_threshold" and not 0 <= value <= 1:
        raise UserError(f"{source}: 'quarantine_threshold' must be a share between 0 and 1, got {value}")
    return value


def _validate(settings: Settings, source: str) -> Settings:
    if settings.scope not in ("tracked", "all"):
        raise UserError(f"{source}: 'scope' must be 'tracked' or 'all', got {settings.scope!r}")
    conninfo = lake_postgres(settings.warehouse)
    if conninfo is not None and not conninfo.strip():
        raise UserError(f"{source}: warehouse 'ducklake:postgres:' names no database; add a libpq string, e.g. "
                        "\"ducklake:postgres:dbname=allywatch host=db.internal user=allywatch\"")
    if conninfo is not None and settings.lake_data_path is None:
        raise UserError(f"{source}: warehouse {redacted(settings.warehouse)} needs lake_data_path, the folder "
                        "for the lake's Parquet files: set it in allywatch.toml or ALLYWATCH_LAKE_DATA_PATH")
    return settings


def load_settings(config_path: Path | None = None, warehouse: Path | None = None) -> Settings:
    """Defaults, then the TOML file (explicit path, or ./allywatch.toml if present), then env."""
    values: dict[str, Any] = {}
    known = {f.name for f in fields(Settings)}
    path = config_path or (Path("allywatch.toml") if Path("allywatch.toml").exists() else None)
    if config_path is not None and not config_path.exists():
        raise UserError(f"config file not found: {config_path} (pass an existing TOML file or omit --config)")
    if path is not None:
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise UserError(f"{path}: not valid TOML ({exc})") from None
        for key, value in raw.items():
            if key not in known:
                raise UserError(f"{path}: unknown key '{key}' (known keys: {', '.join(sorted(known))})")
            values[key] = _coerce(key, value, str(path))
    for key in known:
        env_value = os.environ.get(f"ALLYWATCH_{key.upper()}")
        if env_value is not None:
            values[key] = _coerce(key, env_value, f"ALLYWATCH_{key.upper()}", from_file=False)
    if warehouse is not None:
        values["warehouse"] = warehouse
    return _validate(replace(Settings(), **values), str(path or "settings"))
