"""The download deadline and minimum rate settings: read from the config and environment, refused when
they make no sense, handed to every download through the retry policy."""
from __future__ import annotations

from pathlib import Path

import pytest

from flows import UserError
from flows.collect.http import retry_policy
from flows.config import load_settings


def test_pace_settings_reach_the_retry_policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert (retry_policy(load_settings()).deadline_seconds, retry_policy(load_settings()).min_bytes_per_second) \
        == (900.0, 10_000.0)
    config = tmp_path / "a.toml"
    config.write_text("http_download_deadline_seconds = 60\nhttp_min_bytes_per_second = 0\n")
    policy = retry_policy(load_settings(config))
    assert (policy.deadline_seconds, policy.min_bytes_per_second) == (60, None)  # 0 turns the rate check off
    monkeypatch.setenv("ALLYWATCH_HTTP_MIN_BYTES_PER_SECOND", "2500.5")
    assert retry_policy(load_settings(config)).min_bytes_per_second == 2500.5


@pytest.mark.parametrize(("text", "message"), [
    ("http_download_deadline_seconds = 0\n", "'http_download_deadline_seconds' must be greater than 0"),
    ("http_download_deadline_seconds = -5\n", "'http_download_deadline_seconds' must be greater than 0"),
    ("http_download_deadline_seconds = nan\n", "'http_download_deadline_seconds' must be a finite number"),
    ("http_download_deadline_seconds = inf\n", "'http_download_deadline_seconds' must be a finite number"),
    ('http_download_deadline_seconds = "soon"\n', "'http_download_deadline_seconds' must be a number"),
    ("http_min_bytes_per_second = -1\n", "'http_min_bytes_per_second' must be 0 or more"),
    ("http_min_bytes_per_second = nan\n", "'http_min_bytes_per_second' must be a finite number"),
])
def test_bad_pace_settings_are_one_clear_line(tmp_path: Path, text: str, message: str) -> None:
    config = tmp_path / "bad.toml"
    config.write_text(text)
    with pytest.raises(UserError) as caught:
        load_settings(config)
    assert message in str(caught.value) and "\n" not in str(caught.value)


def test_a_bad_pace_from_the_environment_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALLYWATCH_HTTP_DOWNLOAD_DEADLINE_SECONDS", "nan")
    with pytest.raises(UserError, match="'http_download_deadline_seconds' must be a finite number"):
        load_settings()
