"""Malformed news inputs beside clean ones, through `python -m flows.cli news`: each bad line or DOC API
entry is quarantined with its reason and the rest of its source loads; a source with nothing readable
fails alone in the ledger; the clean sources load; no traceback; a rerun adds nothing."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pytest_httpserver import HTTPServer

from tests.readback import rows

DAY = "2018-12-10"
STORIES = {
    "bombers": "Russia sent two strategic bombers to Venezuela on Monday in a show of support, the Kremlin said.",
    "loan": "China lent Venezuela five billion dollars for oil projects, the finance ministry in Caracas said.",
    "doctors": "Cuba will send doctors and engineers to Venezuela under a cooperation agreement signed on Friday.",
    "drones": "Iran delivered surveillance drones to the Venezuelan army, according to officials in Tehran.",
    "ships": "Turkey sent two cargo ships with food to Venezuela, the foreign ministry in Ankara announced.",
}


def _line(key: str, **changes: object) -> bytes:
    item = {"url": f"https://{key}.example/story", "title": key.title(), "text": STORIES[key], "date": DAY,
            "language": "en", **changes}
    return json.dumps(item).encode("utf-8")


def _inputs(folder: Path) -> Path:
    folder.mkdir()
    (folder / "clean.jsonl").write_bytes(_line("bombers") + b"\n" + _line("loan") + b"\n")
    (folder / "latin1.jsonl").write_bytes(_line("doctors") + b"\n" + '{"text": "Cooperación"}'.encode("latin-1")
                                          + b"\n")
    (folder / "url_number.jsonl").write_bytes(_line("drones", url=12345) + b"\n")
    (folder / "odd_fields.jsonl").write_bytes(_line("ships") + b"\n" + _line("drones", language=["en"]) + b"\n"
                                              + _line("drones", title={"en": "Drones"}) + b"\n")
    return folder


PAGE = ("<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{first}</p>"
        "<p>{second}</p></article></body></html>")
PAGES = {
    "/doc/good": ("Radars for Caracas", "Venezuela asked Russia for new radars and missiles on Thursday.",
                  "The request was made during a visit of the defence minister to Moscow, officials said."),
    "/doc/dated": ("Oil deal", "China and Venezuela signed an oil supply agreement worth two billion dollars.",
                   "The deal covers deliveries over five years from the Orinoco belt, the ministry said."),
}


def _doc_api(httpserver: HTTPServer) -> None:
    url = httpserver.url_for
    for path, (title, first, second) in PAGES.items():
        httpserver.expect_request(path).respond_with_data(PAGE.format(title=title, first=first, second=second),
                                                          content_type="text/html; charset=utf-8")
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    answers = {
        "good": {"articles": [{"url": url("/doc/good"), "title": "Radars", "seendate": "20251030T080000Z",
                               "language": "English"}]},
        "month thirteen": {"articles": [{"url": url("/doc/never"), "title": "x", "seendate": "20251330T080000Z"},
                                        {"url": url("/doc/dated"), "title": "Oil", "seendate": "20251030T080000Z",
                                         "language": "English"}]},
        "strings": {"articles": [url("/doc/never"), url("/doc/never2")]},
    }
    for query, answer in answers.items():
        httpserver.expect_request("/api/v2/doc/doc", query_string={
            "query": query, "mode": "artlist", "format": "json", "maxrecords": "250", "timespan": "1d"}
        ).respond_with_json(answer)



def test_bad_inputs_fail_alone_and_clean_ones_load(prefect_api_url: str, tmp_path: Path,
                                                   httpserver: HTTPServer) -> None:
    _doc_api(httpserver)
    config = tmp_path / "allywatch.toml"
    config.write_text("\n".join(["politeness_seconds = 0.0", "http_retries = 1", "doc_api_min_interval_seconds = 0.0",
                                 f'doc_api_url = "{httpserver.url_for("/api/v2/doc/doc")}"']) + "\n")
    warehouse = tmp_path / "w.duckdb"
    args = [sys.executable, "-m", "flows.cli", "news", "--warehouse", str(warehouse), "--config", str(config),
            "--input", str(_inputs(tmp_path / "inputs")),
            "--doc-query", "good", "--doc-query", "month thirteen", "--doc-query", "strings"]
    env = {**os.environ, "PREFECT_API_URL": prefect_api_url, "PREFECT_LOGGING_LEVEL": "ERROR"}
    run = subprocess.run(args, capture_output=True, text=True, timeout=300, env=env, cwd=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Traceback" not in run.stdout + run.stderr

    ledger = {Path(r[0]).name if r[1] == "file" else r[0]: r[2:] for r in rows(warehouse,
              "select item, source, status, received, loaded, quarantined, error from batch_ledger")}
    assert ledger["clean.jsonl"][:4] == ("loaded", 2, 2, 0)
    assert ledger["latin1.jsonl"][:4] == ("loaded", 2, 1, 1)
    assert ledger["odd_fields.jsonl"][:4] == ("loaded", 3, 1, 2)
    assert ledger["good"][:4] == ("loaded", 1, 1, 0)
    assert ledger["month thirteen"][:4] == ("loaded", 2, 1, 1)
    status, _, _, _, error = ledger["url_number.jsonl"]
    assert status == "failed" and "url_number.jsonl" in error and 'line 1: "url" must be a string, got int' in error
    status, _, _, _, error = ledger["strings"]
    assert status == "failed" and "DOC API 'strings'" in error and "article 1: not an object but str" in error

    reasons = {r[0] for r in rows(warehouse, "select reason from quarantine where stage = 'parse'")}
    assert reasons == {
        "latin1.jsonl line 2: not UTF-8 (byte 0xf3 at column 20); save the file as UTF-8",
        'odd_fields.jsonl line 2: "language" must be a string, got list ["en"]',
        'odd_fields.jsonl line 3: "title" must be a string, got dict {"en": "Drones"}',
        "DOC API 'month thirteen' article 1: \"seendate\" '20251330T080000Z' is not a date (YYYYMMDDTHHMMSSZ)",
    }
    titles = {r[0] for r in rows(warehouse, "select title from stg_article")}
    assert titles == {"Bombers", "Loan", "Doctors", "Ships", "Radars", "Oil"}
    ledger_rows = rows(warehouse, "select received, loaded, quarantined, filtered, duplicate from batch_ledger")
    assert all(r[0] == r[1] + r[2] + r[3] + r[4] for r in ledger_rows)

    again = subprocess.run(args, capture_output=True, text=True, timeout=300, env=env, cwd=tmp_path)
    assert again.returncode == 0 and "Traceback" not in again.stdout + again.stderr, again.stdout + again.stderr
    assert rows(warehouse, "select count(*) from stg_article") == [(6,)]
