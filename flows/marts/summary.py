"""The dyad summary: what `allywatch run` prints per tracked patron -> client."""
from __future__ import annotations

from dataclasses import dataclass

import duckdb

from flows.config import Settings
from flows.db import sql_text


@dataclass(frozen=True)
class DyadYear:
    patron_iso3: str
    client_iso3: str
    year: int
    support_events: int
    support_intensity: float
    military: int
    economic: int
    energy: int
    diplomatic: int
    humanitarian: int
    material_share: float | None
    appeals: int


def dyad_summary(con: duckdb.DuckDBPyConnection, settings: Settings) -> list[DyadYear]:
    rows = con.execute(sql_text("queries/summary_dyad_year.sql"),
                       {"patrons": list(settings.patrons), "clients": list(settings.clients)}).fetchall()
    return [DyadYear(*row) for row in rows]


def pressure_by_year(con: duckdb.DuckDBPyConnection, settings: Settings
                     ) -> list[tuple[str, str, int, int, float]]:
    """(pressure state, client, year, events, intensity) of pressure toward each client."""
    return con.execute(sql_text("queries/summary_pressure_year.sql"),
                       {"pressure": list(settings.pressure_states),
                        "clients": list(settings.clients)}).fetchall()
