"""Date bounds in GX suites: datetime64 columns (the fast, vectorized path) and text dates agree."""
from __future__ import annotations

import duckdb
import pandas as pd

from flows.validate.suites import run_suite

ROWS = """
select * from (values
    (1, 11::bigint, date '2025-01-01'),
    (2, 12, date '9999-12-31'),
    (3, 13, date '0001-01-01'),
    (4, 14, null::date),
    (5, 15, date '1978-12-31'),
    (6, 16, date '1979-01-01')
) as t(row_id, global_event_id, event_date)
"""
BOUNDS = {"min_event_date": "1979-01-01", "max_event_date": "2026-01-01", "max_rows": 6}


def stg_frame(dates_as_text: bool) -> pd.DataFrame:
    cast = "event_date::varchar as event_date" if dates_as_text else "event_date"
    frame = duckdb.sql(f"select row_id, global_event_id, {cast} from ({ROWS}) order by row_id").df()
    frame["quad_class"], frame["goldstein"], frame["avg_tone"], frame["num_articles"] = 1, 0.0, 0.0, 1
    return frame


def failing(frame: pd.DataFrame) -> set[tuple[int, str]]:
    return {(f.row_id, f.expectation) for f in run_suite("stg_event", frame, BOUNDS).failures}


def test_years_outside_the_nanosecond_range_fail_the_bounds_instead_of_overflowing() -> None:
    frame = stg_frame(dates_as_text=False)
    assert pd.api.types.is_datetime64_any_dtype(frame["event_date"])
    assert failing(frame) == {(2, "stg_event.event_date_in_range"), (3, "stg_event.event_date_in_range"),
                              (5, "stg_event.event_date_in_range"), (4, "stg_event.event_date_cast")}


def test_text_dates_and_datetime_columns_fail_the_same_rows() -> None:
    assert failing(stg_frame(dates_as_text=True)) == failing(stg_frame(dates_as_text=False))
