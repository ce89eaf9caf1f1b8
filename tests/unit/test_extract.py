"""Extract JSONL: contract keys, bad lines reported by number, the stream keeps going."""
from __future__ import annotations

import json

from flows.normalize.extract import ExtractStats, extract_lines
from flows.reference import vocabulary

CONTRACT_KEYS = {"id", "source", "target", "cameo", "plover", "quad_class", "goldstein", "support_category",
                 "direction", "negated", "amount_usd", "amount_original", "amount_currency", "evidence",
                 "confidence"}


def run(lines: list[str]) -> tuple[list[dict], list[str], ExtractStats]:
    out: list[str] = []
    warnings: list[str] = []
    stats = extract_lines(iter(lines), out.append, warnings.append)
    return [json.loads(line) for line in out], warnings, stats


def test_round_trip_gives_contract_objects() -> None:
    lines = [
        json.dumps({"id": "a1", "text": "Russia sent two Tu-160 bombers to Caracas.", "date": "2018-12-10"}),
        json.dumps({"id": "a2", "text": "Maduro pidió a China ampliar la cooperación militar.",
                    "language": "es"}, ensure_ascii=False),
        json.dumps({"id": "a3", "text": "China lent Venezuela $5 billion. The weather was mild."}),
    ]
    events, warnings, stats = run(lines)
    assert warnings == []
    assert (stats.lines, stats.coded_events, stats.bad_lines) == (3, 3, 0)
    assert [e["id"] for e in events] == ["a1", "a2", "a3"]
    for e in events:
        assert set(e) == CONTRACT_KEYS
        assert set(e["source"]) == set(e["target"]) == {"text", "country", "sector"}
        assert e["direction"] in vocabulary()["directions"]
    first, second, third = events
    assert (first["source"]["country"], first["target"]["country"], first["cameo"]) == ("RUS", "VEN", "072")
    assert first["support_category"] == "military" and first["plover"] == "AID" and first["quad_class"] == 2
    assert (second["source"]["country"], second["target"]["country"]) == ("VEN", "CHN")
    assert second["cameo"] == "0212"
    assert third["amount_usd"] == 5e9 and third["support_category"] == "economic"


def test_non_ascii_text_is_written_as_is() -> None:
    out: list[str] = []
    extract_lines([json.dumps({"id": "x", "text": "Rusia envió dos bombarderos a Venezuela."})], out.append,
                  lambda _: None)
    assert "envió" in out[0]


def test_bad_line_in_the_middle_is_reported_and_the_rest_coded() -> None:
    lines = [
        json.dumps({"id": "ok1", "text": "Russia sent two oil tankers to Venezuela."}),
        "{not json",
        "",
        json.dumps({"text": "Cuba sent doctors to Venezuela."}),
        json.dumps({"id": "d", "text": "Cuba sent doctors to Venezuela.", "date": "10/12/2018"}),
        json.dumps({"id": "t", "text": 42}),
        json.dumps({"id": "l", "text": "x", "language": "fr"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "ok2", "text": "Iran sent five fuel tankers to Venezuela."}),
    ]
    events, warnings, stats = run(lines)
    assert [e["id"] for e in events] == ["ok1", "ok2"]
    assert all(e["support_category"] == "energy" for e in events)
    assert (stats.lines, stats.coded_events, stats.bad_lines) == (8, 2, 6)
    assert [w.split(":")[0] for w in warnings] == ["line 2", "line 4", "line 5", "line 6", "line 7", "line 8"]
    assert "invalid JSON" in warnings[0] and ";" in warnings[0]
    assert "missing \"id\"" in warnings[1]
    assert "bad \"date\"" in warnings[2] and "YYYY-MM-DD" in warnings[2]
    assert "not a string" in warnings[3]
    assert "language" in warnings[4]
    assert "not a JSON object" in warnings[5]


def test_lines_without_events_write_nothing() -> None:
    events, warnings, stats = run([json.dumps({"id": "n", "text": "Oil prices rose on Monday."})])
    assert (events, warnings, stats.lines, stats.coded_events) == ([], [], 1, 0)


def test_input_is_consumed_as_a_stream() -> None:
    seen: list[int] = []

    def lines():
        for n in range(3):
            seen.append(n)
            yield json.dumps({"id": f"s{n}", "text": "Russia sent troops to Venezuela."})

    written: list[str] = []

    def write(line: str) -> None:
        written.append(line)
        assert len(seen) == len(written)  # each event is written before the next line is read

    stats = extract_lines(lines(), write, lambda _: None)
    assert stats.coded_events == 3
