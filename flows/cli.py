"""The `allywatch` command line (Typer). Thin: it checks input, then calls flows or stage functions."""
from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

# Prefect reads these when it is imported: no analytics, and room for the first migration of the
# ephemeral server on a slow machine. Values the user sets win.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

import typer

from flows import __version__
from flows.cli_guard import (
    DEBUG,
    existing_dir,
    exit_if_all_bad,
    exit_if_all_failed,
    fail,
    flow_call,
    guarded,
    install_interrupt_handler,
    no_stray_warehouse,
    ordered,
    settings_for,
    when,
)
from flows.cli_options import Config, Feeds, Format, Warehouse
from flows.console import (
    OutputFormat,
    err,
    out,
    print_batches,
    print_published,
    print_run_summary,
    print_snapshot_headlines,
    published_paths,
)

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="allywatch: measure, from the news, how much support states give their allies.")

def _version(value: bool) -> None:
    if value:
        out.print(f"allywatch {__version__}", markup=False, highlight=False)
        raise typer.Exit()


@app.callback()
def options(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                  help="Print the version and exit.")] = False,
            debug: Annotated[bool, typer.Option("--debug", help="Show full tracebacks (Prefect's and ours).")]
            = False) -> None:
    """allywatch: measure, from the news, how much support states give their allies."""
    if debug:
        DEBUG.set()
    else:
        DEBUG.clear()


def _config_arg(config: Path | None) -> str | None:
    return str(config) if config else None


@app.command()
def run(warehouse: Warehouse = None, config: Config = None,
        source_dir: Annotated[Path | None, typer.Option(help="Local GDELT mirror folder.")] = None,
        feed: Feeds = None,
        input_path: Annotated[Path | None, typer.Option("--input", help="Local articles.")] = None) -> None:
    """Run the whole pipeline once; with no source options, on the bundled offline sample."""
    settings = settings_for(warehouse, config)
    from flows.pipelines import pipeline

    if input_path is not None and not input_path.exists():
        fail(f"input not found: {input_path} (pass a .jsonl/.txt/.html file or a folder of them)")
    source = existing_dir(source_dir, "--source-dir")
    from flows.console import read_run_summary
    from flows.writer_lock import writer_lock

    def action() -> tuple[dict[str, Any], tuple[list, list, list]]:
        # The flow takes the same (re-entrant) lock; holding it here too keeps the summary read inside it.
        with writer_lock(settings.warehouse, settings.writer_wait_seconds, "allywatch run"):
            result = pipeline(str(settings.warehouse), str(config) if config else None, source_dir=source,
                              feeds=feed, inputs=[str(input_path)] if input_path else None)
            return result, read_run_summary(settings)

    with no_stray_warehouse(settings):
        result, figures = flow_call(action)
    print_batches(result["batches"])
    on_sample = source is None and not feed and input_path is None
    print_run_summary(settings, result["paths"], figures, on_sample)


@app.command()
def gdelt(warehouse: Warehouse = None, config: Config = None,
          base_url: Annotated[str | None, typer.Option(help="Folder URL holding the GDELT lists and files.")] = None,
          source_dir: Annotated[Path | None, typer.Option(help="Local mirror with the same layout.")] = None,
          since: Annotated[str | None, typer.Option(help="UTC date or YYYYMMDDHHMMSS, inclusive.")] = None,
          until: Annotated[str | None, typer.Option(help="UTC date or YYYYMMDDHHMMSS, inclusive.")] = None,
          scope: Annotated[str | None, typer.Option(help="tracked (default) or all.")] = None,
          max_files: Annotated[int | None, typer.Option(min=1, help="At most this many files.")] = None,
          translated: Annotated[bool, typer.Option(help="Also read GDELT's translated stream.")] = False,
          workers: Annotated[int | None, typer.Option(min=1, help="Fetch and stage on N local Dask workers.")]
          = None) -> None:
    """Load pending GDELT 2.0 export files, or a backfill range."""
    if base_url and source_dir:
        fail("give --base-url or --source-dir, not both")
    if scope not in (None, "tracked", "all"):
        fail(f"--scope must be 'tracked' or 'all', got {scope!r}")
    settings = settings_for(warehouse, config)
    start, end = when(since), when(until, end_of_day=True)
    ordered(start, end)
    folder = existing_dir(source_dir, "--source-dir")
    from flows.gdelt_flow import gdelt_events

    with no_stray_warehouse(settings):
        # publish: a run that loaded something refreshes the snapshot, Parquet and reports under its lock.
        batches = flow_call(lambda: gdelt_events(str(settings.warehouse), _config_arg(config), source_dir=folder,
                                               base_url=base_url, since=start, until=end, scope=scope,
                                               max_files=max_files, translated=translated or None,
                                               publish=True, workers=workers))
    _loaded_and_published(settings, batches)


@app.command()
def news(warehouse: Warehouse = None, config: Config = None,
         feed: Feeds = None,
         feeds_file: Annotated[Path | None, typer.Option(help="TOML (feeds = [...]) or one URL per line.")] = None,
         doc_query: Annotated[list[str] | None, typer.Option(help="GDELT DOC API query (repeatable).")] = None,
         input_path: Annotated[Path | None, typer.Option("--input", help="A .jsonl/.txt/.html file or folder.")]
         = None,
         workers: Annotated[int | None, typer.Option(min=1, help="Code articles on N local Dask workers.")]
         = None) -> None:
    """Load RSS/Atom feeds, GDELT DOC API results and local article files, coding their text into events.

    With no source option, the config's feeds and doc_queries (what the scheduled news flow reads).
    """
    from flows.collect.feeds import read_feeds_file

    feeds = list(feed or []) + (guarded(lambda: read_feeds_file(feeds_file)) if feeds_file else [])
    queries = list(doc_query or [])
    if input_path is not None and not input_path.exists():
        fail(f"input not found: {input_path} (pass a .jsonl/.txt/.html file or a folder of them)")
    settings = settings_for(warehouse, config)
    if not feeds and not queries and input_path is None:
        feeds, queries = list(settings.feeds), list(settings.doc_queries)
    if not feeds and not queries and input_path is None:
        fail("nothing to load: give --feed URL (repeatable), --feeds-file FILE, --doc-query Q or --input PATH, "
             "or set feeds / doc_queries in the config")
    from flows.news_flow import news as news_flow
    from flows.news_flow import news_sources

    inputs = [str(input_path)] if input_path else []
    # Sources a rerun skips as already loaded are not in its batches: they count as not failed.
    sources = [s for s in news_sources(feeds, queries, inputs, datetime.now(UTC)) if s.kind != "page_retries"]
    with no_stray_warehouse(settings):
        batches = flow_call(lambda: news_flow(str(settings.warehouse), _config_arg(config), feeds=feeds,
                                            inputs=inputs, doc_queries=queries, publish=True, workers=workers))
    _loaded_and_published(settings, batches, len(sources))


def _loaded_and_published(settings: Any, batches: list[dict], sources: int | None = None) -> None:
    print_batches(batches)
    if any(b["status"] == "loaded" for b in batches):
        print_published(published_paths(settings))
        print_snapshot_headlines(settings)
    exit_if_all_failed(batches, sources)


@app.command()
def extract(input_path: Annotated[str, typer.Option("--input", help="JSONL file, or - for stdin.")] = "-",
            output: Annotated[str, typer.Option(help="JSONL file, or - for stdout.")] = "-",
            workers: Annotated[int | None, typer.Option(min=1, help="Code on a local Dask cluster of N workers.")]
            = None) -> None:
    """Code text into events: JSONL in ({"id","text","date"?,"language"?}), one event per line out."""
    import sys

    from flows.normalize.extract import extract_lines

    if input_path != "-" and not Path(input_path).is_file():
        fail(f"input not found: {input_path} (pass a JSONL file or - for stdin)")
    if workers:
        from flows.extract_flow import extract_fanout
        from flows.fanout import task_runner

        counts = flow_call(lambda: extract_fanout.with_options(task_runner=task_runner(workers, None))(
            input_path, output))
        err.print(f"{counts['lines']} lines, {counts['coded_events']} events, {counts['bad_lines']} bad lines",
                  markup=False)
        exit_if_all_bad(counts["lines"], counts["bad_lines"])
        return
    source = sys.stdin if input_path == "-" else open(input_path, encoding="utf-8")  # noqa: SIM115
    sink = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")  # noqa: SIM115
    try:
        stats = extract_lines(source, lambda line: sink.write(line + "\n"),
                              lambda message: err.print(message, markup=False, highlight=False))
    finally:
        for handle in (source, sink):
            if handle not in (sys.stdin, sys.stdout):
                handle.close()
    err.print(f"{stats.lines} lines, {stats.coded_events} events, {stats.bad_lines} bad lines", markup=False)
    exit_if_all_bad(stats.lines, stats.bad_lines)


@app.command()
def recode(warehouse: Warehouse = None, config: Config = None,
           since: Annotated[str | None, typer.Option(help="Only articles published on or after this date.")] = None
           ) -> None:
    """Re-run the current text coder over stored articles, replacing their events in one transaction."""
    settings = settings_for(warehouse, config)
    start = when(since)
    from flows.load.recode import recode as recode_articles
    from flows.prepare import prepared_warehouse
    from flows.writer_lock import writer_lock

    if settings.warehouse_missing:
        fail(f"warehouse not found: {settings.warehouse} (run `allywatch run` first or pass --warehouse)")

    def action():
        # A writer like any load: an overlapping run waits for it instead of failing on a busy file.
        with writer_lock(settings.warehouse, settings.writer_wait_seconds, "allywatch recode"):
            with prepared_warehouse(settings) as con:
                recoded = recode_articles(con, start.date() if start else None)
            return recoded, _publish(settings, config) if recoded.articles else None

    result, paths = flow_call(action)
    out.print(f"recoded {result.articles} articles with coder {result.coder_version}: "
              f"{result.events_before} text events before, {result.events_after} after", markup=False)
    _print_publication(settings, paths)


def _print_publication(settings: Any, paths: dict[str, str] | None) -> None:
    if paths:  # a command that changed the warehouse published: the files, then the answer they give
        print_published(paths)
        print_snapshot_headlines(settings)


def _publish(settings: Any, config: Path | None) -> dict[str, str]:
    """The marts flow (snapshot, Parquet, reports, Data Docs); callers hold the writer lock or not."""
    from flows.marts_flow import marts

    return marts(str(settings.warehouse), _config_arg(config))


@app.command()
def publish(warehouse: Warehouse = None, config: Config = None) -> None:
    """Publish now: the BI snapshot, the Parquet marts, the HTML reports and Data Docs (every load does this)."""
    settings = settings_for(warehouse, config)
    if settings.warehouse_missing:
        fail(f"warehouse not found: {settings.warehouse} (run `allywatch run` first or pass --warehouse)")
    print_published(flow_call(lambda: _publish(settings, config)))
    print_snapshot_headlines(settings)


@app.command()
def report(warehouse: Warehouse = None, config: Config = None,
           client: Annotated[str | None, typer.Option(help="Client ISO3 (default: configured).")] = None,
           out_dir: Annotated[Path | None, typer.Option("--out", help="Folder for the HTML file.")] = None) -> None:
    """Write the static HTML report for a client."""
    settings = settings_for(warehouse, config)
    if client is not None and (len(client) != 3 or not client.isalpha()):
        fail(f"--client must be an ISO3 code such as VEN, got {client!r}")
    if client is not None and client.upper() not in settings.clients:
        # The marts are built for the configured clients only: any other code would give empty sections.
        fail(f"--client {client.upper()} is not a configured client (clients = {list(settings.clients)}); "
             "add it to the config's clients and run a load first")
    from flows.db import connect
    from flows.marts.report import write_report
    from flows.writer_lock import writer_lock

    def action() -> Path:
        # A publisher like the marts flow: under the writer lock, so two never write one file at once.
        with writer_lock(settings.warehouse, settings.writer_wait_seconds, "allywatch report"):
            con = connect(settings.warehouse, read_only=True)
            try:
                return write_report(con, settings, (client or settings.clients[0]).upper(),
                                    out_dir or settings.reports)
            finally:
                con.close()

    out.print(f"report: {guarded(action)}", markup=False)


@app.command()
def quarantine(warehouse: Warehouse = None, config: Config = None,
               batch: Annotated[str | None, typer.Option(help="Only this batch id.")] = None,
               stage: Annotated[str | None, typer.Option(help="Only this stage.")] = None,
               replay: Annotated[bool, typer.Option(help="Re-run the batch's rows through the current rules.")]
               = False,
               limit: Annotated[int, typer.Option(min=1)] = 50, output_format: Format = OutputFormat.table) -> None:
    """List quarantined rows with their reasons, or replay a batch's rows after a fix."""
    settings = settings_for(warehouse, config)
    from flows.console import print_quarantine
    from flows.prepare import prepared_warehouse

    if replay:
        if not batch:
            fail("--replay needs --batch ID (see `allywatch quarantine` for batch ids)")
        from flows.load.replay import replay_batch
        from flows.writer_lock import writer_lock

        def run_replay():
            with writer_lock(settings.warehouse, settings.writer_wait_seconds, "allywatch quarantine --replay"):
                with prepared_warehouse(settings) as con:
                    replayed = replay_batch(con, batch, settings)
                return replayed, _publish(settings, config) if replayed.replayed else None

        result, paths = flow_call(run_replay)
        out.print(f"replayed {result.replayed} rows of {result.batch_id}: {result.loaded} loaded, "
                  f"{result.duplicate} duplicate, {result.still_quarantined} still quarantined", markup=False,
                  soft_wrap=True)
        _print_publication(settings, paths)
        return

    from flows.cli_read import quarantine_listing

    listing = guarded(lambda: quarantine_listing(settings, batch, stage, limit))
    print_quarantine(listing.columns, listing.rows, output_format)


@app.command()
def validate(warehouse: Warehouse = None, config: Config = None) -> None:
    """Warehouse-wide checks and every GX suite over stored rows; builds Data Docs; exit 1 when one fails."""
    settings = settings_for(warehouse, config)
    from flows.db import connect
    from flows.validate.data_docs import build_data_docs, validate_warehouse
    from flows.validate.warehouse_checks import run_checks
    from flows.writer_lock import writer_lock

    def action() -> tuple[list[tuple[str, bool, str]], Path]:
        # Data Docs are published files, as in the marts flow: written under the writer lock.
        with writer_lock(settings.warehouse, settings.writer_wait_seconds, "allywatch validate"):
            con = connect(settings.warehouse, read_only=True)
            try:
                checks = run_checks(con)
                outcomes = validate_warehouse(con)
                docs = build_data_docs(con, settings.data_docs, outcomes, checks)
                checks += [(f"suite {o.suite}", o.success, f"{o.rows} rows, " + (
                    ", ".join(f"{k} ({v})" for k, v in sorted(o.failed_expectations.items()))
                    or "all expectations hold")) for o in outcomes]
                return checks, docs
            finally:
                con.close()

    checks, docs = guarded(action)
    for name, ok, detail in checks:
        (out if ok else err).print(f"{'ok  ' if ok else 'FAIL'} {name}: {detail}", markup=False, highlight=False)
    out.print(f"data docs: {docs.resolve()}", markup=False, highlight=False, soft_wrap=True)
    if not all(ok for _, ok, _ in checks):
        raise typer.Exit(1)


@app.command()
def status(warehouse: Warehouse = None, config: Config = None, output_format: Format = OutputFormat.table) -> None:
    """Per source: newest item loaded vs seen upstream, failures, last batches, active alerts.

    Exits 1 when a source is stale beyond its threshold, so cron or a monitor can page someone.
    """
    settings = settings_for(warehouse, config)
    from flows.cli_read import stale_sources, status_listings
    from flows.console import print_status

    listings = guarded(lambda: status_listings(settings))
    stale = stale_sources(settings, listings[0])
    print_status(*listings, output_format)
    for line in stale:
        err.print(f"stale {line}", markup=False, highlight=False, soft_wrap=True)
    if stale:
        raise typer.Exit(1)


@app.command()
def serve(warehouse: Warehouse = None, config: Config = None) -> None:
    """Serve the scheduled deployments gdelt_events, news and marts until interrupted (needs a Prefect server).

    Schedules and the cap on concurrent runs come from the config (gdelt_events_schedule, news_schedule,
    marts_schedule, serve_limit); every run gets this command's warehouse and config.
    """
    settings = settings_for(warehouse, config)
    # The config the settings came from, so runs read the same file whatever their working directory.
    config_file = config or (Path("allywatch.toml") if Path("allywatch.toml").exists() else None)
    from flows.serve import serve_deployments

    guarded(lambda: serve_deployments(settings, config_file))


def main() -> None:
    """The `allywatch` console script and `python -m flows.cli`."""
    install_interrupt_handler()
    app()


if __name__ == "__main__":
    main()
