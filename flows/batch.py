"""What a run says about one batch (a GDELT file, a news source's items): the ledger's row in memory."""
from __future__ import annotations

from dataclasses import dataclass, field

# A batch in one of these states is not loaded again by a run, whatever its source: a rejected batch
# (too large a failing share) is re-read only by an explicit `allywatch quarantine --replay`.
SETTLED = ("loaded", "rejected", "gave_up")


@dataclass
class BatchResult:
    batch_id: str
    source: str
    item: str
    status: str
    received: int = 0
    loaded: int = 0
    quarantined: int = 0
    filtered: int = 0
    duplicate: int = 0
    events_coded: int | None = None
    events_loaded: int | None = None
    error: str | None = None
    failed_expectations: dict[str, int] = field(default_factory=dict)

    @property
    def reconciles(self) -> bool:
        return self.received == self.loaded + self.quarantined + self.filtered + self.duplicate
