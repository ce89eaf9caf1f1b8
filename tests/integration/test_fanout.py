"""Fan-out: GDELT downloads and staging (parse + validate) on a local Dask cluster of 2 worker processes
give the same warehouse as the sequential run (loads stay in the flow's process, one writer)."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb
import pytest
from pytest_httpserver import HTTPServer

from flows.fanout import chunks
from tests.conftest import table_checksums
from tests.gdelt_files import event_row, write_export, write_lists

STAMPS = [f"20250301{h:02d}{m:02d}00" for h in range(2) for m in (0, 15, 30, 45)]


def _mirror(folder: Path) -> None:
    zips = [write_export(folder, stamp, [event_row(100 * n + i, url=f"https://o{i}.example.org/{n}")
                                         for i in range(6)])
            for n, stamp in enumerate(STAMPS)]
    write_lists(folder, zips)


def _serve(httpserver: HTTPServer, folder: Path, missing: str) -> str:
    for path in folder.iterdir():
        if path.name != missing:
            httpserver.expect_request(f"/gdeltv2/{path.name}").respond_with_data(path.read_bytes())
    return httpserver.url_for("/gdeltv2/")


@pytest.mark.slow  # a local Dask cluster: left out of `pytest` and CI for time; `pytest -m slow`
def test_two_dask_workers_give_the_same_warehouse_as_one_process(prefect_backend: None, tmp_path: Path,
                                                                httpserver: HTTPServer) -> None:
    from flows.gdelt_flow import gdelt_events

    _mirror(tmp_path / "m")
    missing = f"{STAMPS[3]}.export.CSV.zip"  # one listed file answers 404: recorded by the writer either way
    base = _serve(httpserver, tmp_path / "m", missing)
    config = tmp_path / "c.toml"
    config.write_text("http_retries = 1\nhttp_backoff_seconds = 0.01\nfiles_per_transaction = 3\n")
    runs = {}
    for name, workers in (("sequential", None), ("fanned", 2)):
        warehouse = tmp_path / f"{name}.duckdb"
        runs[name] = gdelt_events(str(warehouse), str(config), base_url=base, since=datetime(2025, 3, 1), scope="all",
                                  workers=workers)
    assert sorted(r["status"] for r in runs["fanned"]) == ["failed"] + ["loaded"] * 7
    assert table_checksums(tmp_path / "fanned.duckdb") == table_checksums(tmp_path / "sequential.duckdb")
    con = duckdb.connect(str(tmp_path / "fanned.duckdb"), read_only=True)
    try:
        assert con.execute("select count(*) from fact_event").fetchone()[0] == 42
    finally:
        con.close()
    assert _fanout_task_runs() == 4  # 8 files in 2 x 2 runs of consecutive files, one task each
    # 7 landed files in groups of 3: three groups staged on the workers, loaded by this process
    assert _task_runs_of("gdelt-stage-fanout", "gdelt-stage-") == 3
    assert _task_runs_of("gdelt-stage-fanout", "gdelt-load-") == 3


@pytest.mark.slow  # a local Dask cluster: left out of `pytest` and CI for time; `pytest -m slow`
def test_a_running_dask_scheduler_can_be_named_in_config(prefect_backend: None, tmp_path: Path,
                                                         httpserver: HTTPServer) -> None:
    from distributed import LocalCluster

    from flows.gdelt_flow import gdelt_events

    _mirror(tmp_path / "m")
    base = _serve(httpserver, tmp_path / "m", missing="")
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster:
        config = tmp_path / "c.toml"
        config.write_text(f'dask_scheduler = "{cluster.scheduler_address}"\nfiles_per_transaction = 3\n')
        batches = gdelt_events(str(tmp_path / "w.duckdb"), str(config), base_url=base, since=datetime(2025, 3, 1),
                               scope="all")
        keys = {str(entry[0]) for entry in cluster.scheduler.transition_log}
    assert [b["status"] for b in batches] == ["loaded"] * 8
    assert sum(key.startswith("fetch_gdelt-") for key in keys) == 8  # 8 files, 2 x 4 runs, via this scheduler
    assert sum(key.startswith("stage_gdelt-") for key in keys) == 3  # groups of 3, 3 and 2 files


def _fanout_task_runs() -> int:
    """gdelt-fetch task runs under the gdelt-fetch-fanout subflow, read back from the Prefect API."""
    return _task_runs_of("gdelt-fetch-fanout", "gdelt-fetch-")


def _task_runs_of(flow_name: str, task_prefix: str) -> int:
    """Completed task runs named task_prefix... of the one run of a flow, read back from the Prefect API."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowFilter, FlowFilterName, FlowRunFilter, FlowRunFilterId

    with get_client(sync_client=True) as client:
        runs = client.read_flow_runs(flow_filter=FlowFilter(name=FlowFilterName(any_=[flow_name])))
        assert len(runs) == 1
        tasks = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[runs[0].id])))
    mine = [t for t in tasks if t.name.startswith(task_prefix)]
    assert all(t.state.is_completed() for t in mine)
    return len(mine)


@pytest.mark.parametrize(("size", "parts", "expected"), [(10, 3, [4, 3, 3]), (2, 5, [1, 1]), (0, 3, [])])
def test_chunks_keep_order_and_balance(size: int, parts: int, expected: list[int]) -> None:
    items = list(range(size))
    split = chunks(items, parts)
    assert [len(c) for c in split] == expected
    assert [i for c in split for i in c] == items


@pytest.mark.slow  # a local Dask cluster: left out of `pytest` and CI for time; `pytest -m slow`
def test_extract_on_two_dask_workers_writes_what_one_process_writes(prefect_backend: None, tmp_path: Path) -> None:
    """The labelled sentences (both sets), with blank and bad lines mixed in, coded in chunks on 2 workers:
    the same events in the same order, the same warnings, the same counts as extract_lines."""
    import io

    from flows.extract_flow import extract_fanout
    from flows.fanout import task_runner
    from flows.normalize.extract import extract_lines

    labelled = Path(__file__).resolve().parents[1] / "data" / "labelled"
    lines = [line for name in ("dev.jsonl", "heldout.jsonl") for line in
             (labelled / name).read_text(encoding="utf-8").splitlines()]
    lines[5:5] = ["", "{not json", '{"id": "x"}']  # a blank line and two bad ones
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    expected, warnings = io.StringIO(), []
    single = extract_lines(lines, lambda event: expected.write(event + "\n"), warnings.append)
    out = tmp_path / "out.jsonl"
    counts = extract_fanout.with_options(task_runner=task_runner(2, None))(str(source), str(out), chunk_lines=40)
    assert out.read_text(encoding="utf-8") == expected.getvalue()
    assert counts == {"lines": single.lines, "coded_events": single.coded_events, "bad_lines": 2}
    assert single.coded_events > 100 and len(warnings) == 2
    assert _task_runs_of("extract", "extract-lines-") == -(-len(lines) // 40)


def _news_inputs(folder: Path) -> list[dict]:
    """Three JSONL input files of articles made of labelled sentences, one article repeated across files."""
    import json

    labelled = Path(__file__).resolve().parents[1] / "data" / "labelled" / "dev.jsonl"
    sentences = [json.loads(line) for line in labelled.read_text(encoding="utf-8").splitlines()]
    articles = [{"url": f"https://news{n % 3}.example.org/a{n}", "title": f"Article {n}", "date": s[0]["date"],
                 "language": s[0]["language"], "text": " ".join(x["text"] for x in s)}
                for n, s in enumerate(sentences[i:i + 4] for i in range(0, len(sentences), 4))]
    folder.mkdir()
    for part in range(3):
        chosen = articles[part::3] + ([articles[0]] if part == 2 else [])
        (folder / f"part{part}.jsonl").write_text("\n".join(json.dumps(a) for a in chosen) + "\n", encoding="utf-8")
    return articles


@pytest.mark.slow  # a local Dask cluster: left out of `pytest` and CI for time; `pytest -m slow`
def test_news_coding_on_two_dask_workers_gives_the_same_warehouse(prefect_backend: None, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Articles coded in chunks on 2 workers, loaded by this process: the same warehouse as coding in the load."""
    from flows import news_flow
    from flows.news_flow import news
    from flows.pipelines import SAMPLE_FEEDS

    articles = _news_inputs(tmp_path / "in")
    monkeypatch.setattr(news_flow, "ARTICLES_PER_CODE_TASK", 20)  # several code tasks from a small input
    feeds = [str(p) for p in SAMPLE_FEEDS]
    runs = {name: news(str(tmp_path / f"{name}.duckdb"), feeds=feeds, inputs=[str(tmp_path / "in")], workers=workers)
            for name, workers in (("sequential", None), ("fanned", 2))}
    assert runs["fanned"] == runs["sequential"]
    loaded_at = frozenset({"item_time"})
    assert table_checksums(tmp_path / "fanned.duckdb", skip_columns=loaded_at) == \
        table_checksums(tmp_path / "sequential.duckdb", skip_columns=loaded_at)
    con = duckdb.connect(str(tmp_path / "fanned.duckdb"), read_only=True)
    try:
        text_events = con.execute("select count(*) from fact_event where origin = 'text'").fetchone()[0]
        stored = con.execute("select count(*) from stg_article where source_kind = 'file'").fetchone()[0]
    finally:
        con.close()
    assert stored == len(articles) and text_events > 100
    file_batches = [r for r in runs["fanned"] if r["source"] == "file"]
    assert [r["duplicate"] for r in file_batches] == [0, 0, 1]  # the repeated article, counted not stored
    feed_articles = sum(r["received"] for r in runs["fanned"] if r["source"] == "rss")
    assert _task_runs_of("news-code-fanout", "news-code-") == -(-(len(articles) + feed_articles) // 20)
    # one window (2 feeds, 3 files, the page retries with nothing to retry): one load task, named for it
    assert _task_runs_of("news-code-fanout", "news-load-allywatch_en.xml..part2.jsonl (5 items)") == 1


def test_news_load_codes_the_articles_whose_code_task_failed(prefect_backend: None, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Code tasks that fail (as when a worker dies) leave their articles to the load, which codes them
    itself: the run still loads everything, the same as a run without fan-out. The fan-out subflow runs
    here on Prefect's thread runner, so a patched coder reaches its tasks; the Dask path is tested above."""
    from flows import news_flow
    from flows.news_flow import news

    _news_inputs(tmp_path / "in")
    monkeypatch.setattr(news_flow, "ARTICLES_PER_CODE_TASK", 20)

    def worker_lost(*_args: object, **_kwargs: object) -> list:
        raise RuntimeError("worker lost")

    sequential = news(str(tmp_path / "sequential.duckdb"), inputs=[str(tmp_path / "in")])
    monkeypatch.setattr(news_flow, "code_text", worker_lost)  # only the code tasks use this name
    settings = news_flow.run_settings(str(tmp_path / "fanned.duckdb"), None)
    news_flow.prepare_warehouse(settings)  # what news() does under the writer lock before its fan-out
    sources = news_flow.news_sources([], [], [str(tmp_path / "in")], news_flow.utc_now())
    state = news_flow.news_fanout(settings, sources, return_state=True)
    fanned = state.result()
    assert _code_task_states(state.state_details.flow_run_id) == ["FAILED"] * 4  # 70 distinct articles, 20 a task
    assert [r.status for r in fanned] == ["loaded"] * 3 and sum(r.events_loaded for r in fanned) > 100
    assert [(r.loaded, r.events_loaded) for r in fanned] == [(r["loaded"], r["events_loaded"]) for r in sequential]
    loaded_at = frozenset({"item_time"})
    assert table_checksums(tmp_path / "fanned.duckdb", skip_columns=loaded_at) == \
        table_checksums(tmp_path / "sequential.duckdb", skip_columns=loaded_at)


def _code_task_states(flow_run_id: object) -> list[str]:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    with get_client(sync_client=True) as client:
        tasks = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id])))
    return sorted(t.state.type.value for t in tasks if t.name.startswith("news-code-"))
