from pathlib import Path

import pytest

from flows import UserError
from flows.config import load_settings


def test_defaults_track_venezuela_and_its_patrons(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    settings = load_settings(warehouse=tmp_path / "w.duckdb")
    assert settings.clients == ("VEN",)
    assert "RUS" in settings.patrons and settings.pressure_states == ("USA",)
    assert settings.snapshot == tmp_path / "w_bi.duckdb"


def test_toml_and_environment_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "a.toml"
    config.write_text('clients = ["syr"]\nquarantine_threshold = 0.2\n')
    monkeypatch.setenv("ALLYWATCH_PATRONS", "RUS,IRN")
    settings = load_settings(config)
    assert settings.clients == ("SYR",) and settings.patrons == ("RUS", "IRN")
    assert settings.quarantine_threshold == 0.2


@pytest.mark.parametrize(("text", "message"), [
    ("colour = 1\n", "unknown key 'colour'"),
    ('quarantine_threshold = "lots"\n', "'quarantine_threshold' must be a number"),
    ('clients = ["VENEZUELA"]\n', "not ISO3"),
    ('scope = "some"\n', "'scope' must be 'tracked' or 'all'"),
    ("clients = [\n", "not valid TOML"),
])
def test_bad_config_is_one_clear_line(tmp_path: Path, text: str, message: str) -> None:
    config = tmp_path / "bad.toml"
    config.write_text(text)
    with pytest.raises(UserError) as caught:
        load_settings(config)
    assert message in str(caught.value) and "\n" not in str(caught.value)


def test_missing_config_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="config file not found"):
        load_settings(tmp_path / "nope.toml")


def test_schedules_take_cron_or_seconds_from_toml_and_environment(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "a.toml"
    config.write_text('news_schedule = 7200\nmarts_schedule = "0 5 * * *"\nserve_limit = 2\n'
                      'feeds = ["https://example.org/feed.xml"]\n')
    monkeypatch.setenv("ALLYWATCH_GDELT_EVENTS_SCHEDULE", "900")
    settings = load_settings(config)
    assert (settings.gdelt_events_schedule, settings.news_schedule, settings.marts_schedule) == (900, 7200, "0 5 * * *")
    assert settings.serve_limit == 2 and settings.feeds == ("https://example.org/feed.xml",)


@pytest.mark.parametrize(("text", "message"), [
    ('news_schedule = "every hour"\n', "'news_schedule' is not a valid cron expression"),
    ("marts_schedule = 15\n", "'marts_schedule' as an interval must be at least 60 seconds"),
    ("gdelt_events_schedule = true\n", "'gdelt_events_schedule' must be a cron string or a number of seconds"),
    ("serve_limit = 0\n", "'serve_limit' must be at least 1"),
    ('serve_limit = "two"\n', "'serve_limit' must be a number"),
    ("feeds = 3\n", "'feeds' must be a list of strings"),
])
def test_bad_schedule_settings_are_one_clear_line(tmp_path: Path, text: str, message: str) -> None:
    config = tmp_path / "bad.toml"
    config.write_text(text)
    with pytest.raises(UserError) as caught:
        load_settings(config)
    assert message in str(caught.value) and "\n" not in str(caught.value)
