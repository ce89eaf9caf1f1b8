"""Which URLs a collector may fetch: http(s) only, and never private or link-local addresses (SSRF),
unless configuration allows them. Loopback stays allowed for local mirrors and tests."""
from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from flows.collect.http import FetchError


def check_url_allowed(url: str, allow_private: bool = False) -> None:
    """Raise FetchError when the URL is not http(s) or its host resolves to a forbidden address."""
    try:
        parts = urlsplit(url)
        port = parts.port  # raises for a port that is not a number or is out of range
    except ValueError:
        raise FetchError(f"{url}: not a valid URL") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"{url}: refused, only http(s) URLs are fetched")
    try:
        infos = socket.getaddrinfo(parts.hostname, port or 443, proto=socket.IPPROTO_TCP)
    except socket.gaierror:
        raise FetchError(f"{url}: host {parts.hostname} does not resolve") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if address.is_loopback or allow_private:
            continue
        if address.is_private or address.is_link_local or address.is_reserved or address.is_multicast \
                or address.is_unspecified:
            raise FetchError(f"{url}: refused, {parts.hostname} resolves to the non-public address {address} "
                             "(set allow_private_addresses = true to allow it)")
