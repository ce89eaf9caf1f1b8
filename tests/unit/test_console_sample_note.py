"""The run summary says the bundled sample is synthetic, and only when the run used it."""
from __future__ import annotations

import pytest

from flows.config import load_settings
from flows.console import print_run_summary


@pytest.mark.parametrize("on_sample", [True, False])
def test_the_sample_note_appears_only_on_the_sample(on_sample: bool, capsys: pytest.CaptureFixture[str]) -> None:
    print_run_summary(load_settings(), {}, ([], [], []), on_sample)
    printed = " ".join(capsys.readouterr().out.split())
    assert ("bundled sample, which is synthetic" in printed) is on_sample
