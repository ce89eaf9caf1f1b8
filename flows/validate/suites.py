"""Load GX suites from expectations/*.json and run them row by row on a batch's DataFrame.

Suites name reference sets as "$name" strings (e.g. "$cameo_codes"); they are filled from the
project's reference data when the suite is loaded, so the JSON stays short and never drifts.
"""
from __future__ import annotations

import json
import logging
import os
import threading
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from typing import Any

import duckdb
import pandas as pd

from flows import EXPECTATIONS_DIR
from flows.db import sql_text
from flows.reference import event_types, vocabulary

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
INDEX_COLUMN = "row_id"
# One validation at a time per process: the flow stages a GDELT group in a thread while the writer
# gates its daily facts, and both would share one GX context and its pandas batch definition.
_GX_LOCK = threading.Lock()


@dataclass(frozen=True)
class RowFailure:
    row_id: int
    expectation: str
    reason: str


@dataclass
class SuiteOutcome:
    suite: str
    rows: int
    failures: list[RowFailure] = field(default_factory=list)
    failed_expectations: dict[str, int] = field(default_factory=dict)
    # One entry per expectation: name, type, column, success, unexpected_count, examples (for Data Docs).
    expectations: list[dict[str, Any]] = field(default_factory=list)

    @property
    def success(self) -> bool:
        return not self.failed_expectations


def reference_sets() -> dict[str, list[Any]]:
    vocab = vocabulary()
    return {
        "cameo_codes": sorted(event_types()),
        "directions": vocab["directions"],
        "support_categories": vocab["support_categories"],
        "origins": vocab["origins"],
        "languages": vocab["languages"],
        "quad_classes": vocab["quad_classes"],
        "quad_class_texts": [str(q) for q in vocab["quad_classes"]],
        "source_kinds": vocab["source_kinds"],
        "sectors": [*sorted(vocab["sectors"]), ""],
    }


def _fill(value: Any, params: Mapping[str, Any]) -> Any:
    if isinstance(value, str) and value.startswith("$"):
        key = value[1:]
        if key not in params:
            raise KeyError(f"suite parameter {value} has no value")
        return params[key]
    if isinstance(value, dict):
        return {k: _fill(v, params) for k, v in value.items()}
    if isinstance(value, list):
        return [_fill(v, params) for v in value]
    return value


@cache
def suite_definition(name: str) -> dict:
    with open(EXPECTATIONS_DIR / f"{name}.json", encoding="utf-8") as f:
        return json.load(f)


@cache
def gx_context():  # GX is imported lazily: its import is slow, and commands like `extract` never need it
    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    batch_definition = (context.data_sources.add_pandas("allywatch")
                        .add_dataframe_asset("batch").add_batch_definition_whole_dataframe("whole"))
    return context, batch_definition


def build_suite(name: str, params: Mapping[str, Any], timestamp_columns: set[str] = frozenset()):
    from great_expectations.core import ExpectationSuite
    from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

    definition = suite_definition(name)
    merged = {**reference_sets(), **params}
    configs = [
        ExpectationConfiguration(type=e["type"], meta=e.get("meta", {}),
                                 kwargs=_timestamp_bounds(_fill(e["kwargs"], merged), timestamp_columns))
        for e in definition["expectations"]
    ]
    return ExpectationSuite(name=definition["name"], expectations=configs)


def _timestamp_bounds(kwargs: dict, timestamp_columns: set[str]) -> dict:
    """String date bounds on a datetime64 column become Timestamps (GX would make them dates)."""
    if kwargs.get("column") not in timestamp_columns:
        return kwargs
    return {k: pd.Timestamp(v) if k in ("min_value", "max_value") and isinstance(v, str) else v
            for k, v in kwargs.items()}


def _date_columns(name: str) -> set[str]:
    """Columns a suite bounds with strings: dates or $parameters for dates (GX makes them date bounds)."""
    return {e["kwargs"]["column"] for e in suite_definition(name)["expectations"]
            if e["type"] == "expect_column_values_to_be_between"
            and isinstance(e["kwargs"].get("min_value"), str)}


def _as_date(value: Any) -> date | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return date.min  # unreadable: rejected by every lower bound rather than skipped as a null


def _as_dates(values: pd.Series) -> pd.Series:
    """GX reads date bounds as datetime.date objects, so the column must hold date objects too."""
    return pd.Series([_as_date(v) for v in values], index=values.index, dtype="object")


def run_suite(name: str, frame: pd.DataFrame, params: Mapping[str, Any] | None = None) -> SuiteOutcome:
    """Validate a frame (which has a row_id column) and list every failing row with its expectation.

    An expectation that cannot be evaluated raises SuiteError: a broken rule must never pass silently.
    """
    outcome = SuiteOutcome(suite=name, rows=len(frame))
    if frame.empty:
        return outcome
    frame = frame.copy()
    native: set[str] = set()
    for column in _date_columns(name) & set(frame.columns):
        if pd.api.types.is_datetime64_any_dtype(frame[column].dtype):
            # GX compares datetime64[ns] columns vectorized (Timestamp bounds); date objects go
            # through a Python call per value. Years outside 1677-2262 (no ns
            # form) are clipped to the ends, so they still fail any real bound instead of overflowing.
            values = frame[column]
            low, high = pd.Timestamp.min.ceil("s"), pd.Timestamp.max.floor("s")
            frame[column] = values.where(values.isna() | (values > low), low).where(
                values.isna() | (values < high), high).astype("datetime64[ns]")
            native.add(column)
        else:
            frame[column] = _as_dates(frame[column])
    with _GX_LOCK:
        _, batch_definition = gx_context()
        suite = build_suite(name, params or {}, timestamp_columns=native)
        batch = batch_definition.get_batch(batch_parameters={"dataframe": frame})
        with warnings.catch_warnings():
            # GX tests regex expectations with pandas str.contains, which warns about every pattern that
            # has a group; our patterns group alternatives on purpose and only ask whether a value matches.
            warnings.filterwarnings("ignore", "This pattern is interpreted as a regular expression", UserWarning)
            result = batch.validate(
                suite, result_format={"result_format": "COMPLETE", "unexpected_index_column_names": [INDEX_COLUMN]}
            )
    for item in result.results:
        if (item.exception_info or {}).get("raised_exception") or any(
                isinstance(v, dict) and v.get("raised_exception") for v in (item.exception_info or {}).values()):
            raise SuiteError(f"suite {name}: {item.expectation_config.type} on "
                             f"{item.expectation_config.kwargs.get('column')} could not be evaluated")
        meta = item.expectation_config.meta or {}
        expectation = f"{name}.{meta.get('name') or item.expectation_config.type}"
        reason = meta.get("reason") or expectation
        outcome.expectations.append({
            "name": expectation, "type": item.expectation_config.type,
            "column": item.expectation_config.kwargs.get("column"), "success": bool(item.success),
            "unexpected_count": int(item.result.get("unexpected_count") or 0), "reason": reason,
            "examples": [str(v)[:80] for v in (item.result.get("partial_unexpected_list") or [])[:5]]})
        if item.success:
            continue
        indexes = item.result.get("unexpected_index_list") or []
        outcome.failed_expectations[expectation] = len(indexes) or 1
        for entry in indexes:
            row_id = entry[INDEX_COLUMN] if isinstance(entry, dict) else entry
            outcome.failures.append(RowFailure(int(row_id), expectation, reason))
    return outcome


class ValidationGateError(Exception):
    """A whole-table check failed inside a load: the transaction is rolled back and the batch fails."""


class SuiteError(Exception):
    """An expectation could not be evaluated (a broken suite or frame), as opposed to failing rows."""


def support_suite_params(con: duckdb.DuckDBPyConnection) -> dict[str, list]:
    """The dimension keys the rows in support_touched resolve to (country codes, dim_date days)."""
    countries, days = con.execute(sql_text("checks/dimension_keys.sql")).fetchone()
    return {"country_codes": countries or [], "date_keys": days or []}
