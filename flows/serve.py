"""`allywatch serve`: the scheduled deployments (gdelt_events, news, marts) served from one process.

`deployment_table` is the one place that says which flows are deployed, from which entrypoint, on which
schedule and with which parameters: `serve` builds its deployments from it, and a test holds
prefect.yaml (for work pools and `prefect deploy --all`) to the same table.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from flows import UserError
from flows.config import SCHEDULE_KEYS, Settings

if TYPE_CHECKING:
    from prefect.deployments.runner import RunnerDeployment
    from prefect.schedules import Schedule

DEPLOYMENT_NAME = "allywatch"
TAGS = ("allywatch",)
# The `pipeline` flow runs all three once, for one-off runs: it has no schedule, so it is not served.
ENTRYPOINTS = {"gdelt_events": "flows.gdelt_flow.gdelt_events", "news": "flows.news_flow.news",
               "marts": "flows.marts_flow.marts"}
# Load flows end with a marts run when they loaded something, so the BI snapshot follows the data.
PUBLISHING_FLOWS = frozenset({"gdelt_events", "news"})


@dataclass(frozen=True)
class ServedDeployment:
    flow_name: str
    entrypoint: str  # a module path, importable from any working directory (the package is installed)
    schedule: str | int  # cron expression (UTC) or interval in seconds
    parameters: dict[str, Any]

    @property
    def full_name(self) -> str:
        return f"{self.flow_name}/{DEPLOYMENT_NAME}"


def deployment_table(settings: Settings, config: Path | None = None) -> list[ServedDeployment]:
    """The served deployments. Paths are made absolute: a run must find the warehouse and config the user
    named however its process was started."""
    base = {"warehouse": str(settings.warehouse.resolve()), "config": str(config.resolve()) if config else None}
    return [ServedDeployment(flow_name, entrypoint, getattr(settings, SCHEDULE_KEYS[flow_name]),
                             {**base, "publish": True} if flow_name in PUBLISHING_FLOWS else dict(base))
            for flow_name, entrypoint in ENTRYPOINTS.items()]


def prefect_schedule(value: str | int) -> Schedule:
    """A config schedule value as a Prefect schedule, always in UTC (GDELT's clock)."""
    from prefect.schedules import Cron, Interval

    if isinstance(value, int):
        return Interval(timedelta(seconds=value), timezone="UTC")
    return Cron(value, timezone="UTC")


def build_deployments(settings: Settings, config: Path | None) -> list[RunnerDeployment]:
    from prefect.deployments.runner import EntrypointType
    from prefect.utilities.importtools import import_object

    deployments = []
    for spec in deployment_table(settings, config):
        flow = import_object(spec.entrypoint)
        deployments.append(flow.to_deployment(
            name=DEPLOYMENT_NAME, schedule=prefect_schedule(spec.schedule), parameters=spec.parameters,
            tags=list(TAGS), entrypoint_type=EntrypointType.MODULE_PATH))
    return deployments


def _check_api() -> str:
    """The API URL, or a one-line error: served schedules need a server that outlives this process."""
    from prefect.client.orchestration import get_client
    from prefect.settings import get_current_settings

    url = get_current_settings().api.url
    if not url:
        raise UserError("allywatch serve needs a Prefect server: run `prefect server start`, then "
                        "export PREFECT_API_URL=http://127.0.0.1:4200/api")
    with get_client(sync_client=True) as client:
        problem = client.api_healthcheck()
    if problem is not None:
        raise UserError(f"cannot reach the Prefect API at {url} ({type(problem).__name__}); "
                        "is `prefect server start` running?")
    return str(url)


def serve_deployments(settings: Settings, config: Path | None) -> None:
    """Register the three deployments and run their flow runs here until interrupted.

    `limit` caps the flow runs this process executes at once (Prefect's serve has no cap by default);
    runs over the cap wait as scheduled runs until a slot frees.
    """
    from prefect import serve

    _check_api()
    serve(*build_deployments(settings, config), limit=settings.serve_limit)
