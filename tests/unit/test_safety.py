"""URL safety for article fetches: only globally reachable addresses, loopback allowed."""
from __future__ import annotations

import ipaddress
from pathlib import Path

import pytest

from flows import UserError
from flows.collect.feeds import read_feeds_file
from flows.collect.http import FetchError
from flows.collect.safety import AddressRefused, check_url_allowed


@pytest.mark.parametrize("url", ["http://10.1.2.3/a", "http://192.168.0.10/", "http://172.16.5.4/x",
                                 "http://169.254.169.254/latest/meta-data", "http://[fe80::1]/", "http://0.0.0.0/"])
def test_private_and_link_local_addresses_are_refused(url: str) -> None:
    with pytest.raises(FetchError, match="non-public address"):
        check_url_allowed(url)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080/a", "http://localhost/x", "http://[::1]/"])
def test_loopback_stays_allowed(url: str) -> None:
    check_url_allowed(url)


# (address, the address the standard library should judge, allowed). The second column is written by
# hand: the IPv4 address inside IPv4-mapped, NAT64 (64:ff9b::/96) and 6to4 (2002::/16) forms.
ADDRESSES = [
    ("100.64.0.1", "100.64.0.1", False),            # shared address space (carrier-grade NAT)
    ("100.100.100.200", "100.100.100.200", False),  # a cloud metadata address inside 100.64.0.0/10
    ("169.254.169.254", "169.254.169.254", False),  # link-local, cloud metadata
    ("10.0.0.1", "10.0.0.1", False),
    ("10.255.255.254", "10.255.255.254", False),
    ("172.16.0.1", "172.16.0.1", False),
    ("172.31.255.254", "172.31.255.254", False),
    ("192.168.1.1", "192.168.1.1", False),
    ("0.0.0.0", "0.0.0.0", False),
    ("224.0.0.1", "224.0.0.1", False),              # multicast: is_global says True, never a web server
    ("240.0.0.1", "240.0.0.1", False),
    ("fc00::1", "fc00::1", False),
    ("fd12:3456::1", "fd12:3456::1", False),
    ("fe80::1", "fe80::1", False),
    ("fec0::1", "fec0::1", False),                  # site-local (deprecated): is_global says True
    ("ff0e::1", "ff0e::1", False),                  # global-scope multicast
    ("::", "::", False),
    ("::ffff:10.0.0.1", "10.0.0.1", False),
    ("::ffff:100.100.100.200", "100.100.100.200", False),
    ("64:ff9b::a00:1", "10.0.0.1", False),          # NAT64 of 10.0.0.1: is_global says True
    ("64:ff9b::a9fe:a9fe", "169.254.169.254", False),
    ("2002:a00:1::", "10.0.0.1", False),            # 6to4 of 10.0.0.1: is_global says True
    ("2002:6464:64c8::1", "100.100.100.200", False),
    ("93.184.216.34", "93.184.216.34", True),
    ("8.8.8.8", "8.8.8.8", True),
    ("2606:2800:220:1:248:1893:25c8:1946", "2606:2800:220:1:248:1893:25c8:1946", True),
    ("::ffff:93.184.216.34", "93.184.216.34", True),
    ("64:ff9b::5db8:d822", "93.184.216.34", True),
    ("2002:5db8:d822::1", "93.184.216.34", True),
]


def _url(address: str) -> str:
    return f"http://[{address}]/x" if ":" in address else f"http://{address}/x"


@pytest.mark.parametrize(("address", "judged", "allowed"), ADDRESSES)
def test_address_policy_follows_the_standard_library(address: str, judged: str, allowed: bool) -> None:
    stdlib = ipaddress.ip_address(judged)
    # The table agrees with the stdlib: public means is_global and unicast (and not site-local).
    site_local = isinstance(stdlib, ipaddress.IPv6Address) and stdlib.is_site_local
    assert allowed == (stdlib.is_global and not stdlib.is_multicast and not site_local)
    if allowed:
        check_url_allowed(_url(address))
    else:
        with pytest.raises(AddressRefused, match=r"non-public address .*allow_private_addresses = true"):
            check_url_allowed(_url(address))
    check_url_allowed(_url(address), allow_private=True)  # the setting still allows everything


@pytest.mark.parametrize("address", ["::ffff:127.0.0.1", "127.0.0.2"])
def test_other_loopback_forms_stay_allowed(address: str) -> None:
    check_url_allowed(_url(address))


@pytest.mark.parametrize("address", ["64:ff9b::7f00:1", "2002:7f00:1::"])
def test_loopback_behind_a_gateway_is_not_ours(address: str) -> None:
    """127.0.0.1 inside NAT64 or 6to4 is reached through a gateway, not on this machine."""
    with pytest.raises(AddressRefused, match="non-public address"):
        check_url_allowed(_url(address))


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
