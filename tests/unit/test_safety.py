"""URL safety for article fetches: private and link-local addresses refused, loopback allowed."""
from __future__ import annotations

from pathlib import Path

import pytest

from flows import UserError
from flows.collect.feeds import read_feeds_file
from flows.collect.http import FetchError
from flows.collect.safety import check_url_allowed


@pytest.mark.parametrize("url", ["http://10.1.2.3/a", "http://192.168.0.10/", "http://172.16.5.4/x",
                                 "http://169.254.169.254/latest/meta-data", "http://[fe80::1]/", "http://0.0.0.0/"])
def test_private_and_link_local_addresses_are_refused(url: str) -> None:
    with pytest.raises(FetchError, match="non-public address"):
        check_url_allowed(url)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080/a", "http://localhost/x", "http://[::1]/"])
def test_loopback_stays_allowed(url: str) -> None:
    check_url_allowed(url)


def test_private_allowed_by_configuration_and_other_schemes_refused() -> None:
    check_url_allowed("http://10.1.2.3/a", allow_private=True)
    for url in ("file:///etc/passwd", "ftp://example.com/x", "gopher://x"):
        with pytest.raises(FetchError, match="only http"):
            check_url_allowed(url)


def test_feeds_file_formats(tmp_path: Path) -> None:
    toml = tmp_path / "feeds.toml"
    toml.write_text('feeds = ["https://a.example/rss", "https://b.example/atom"]\n')
    assert read_feeds_file(toml) == ["https://a.example/rss", "https://b.example/atom"]
    text = tmp_path / "feeds.txt"
    text.write_text("# my outlets\nhttps://a.example/rss\n\n  https://c.example/feed  \n")
    assert read_feeds_file(text) == ["https://a.example/rss", "https://c.example/feed"]
    with pytest.raises(UserError, match="not valid TOML"):
        (tmp_path / "bad.toml").write_text("feeds = [\n")
        read_feeds_file(tmp_path / "bad.toml")
