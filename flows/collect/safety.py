"""Which URLs a collector may fetch: http(s) only, and only to globally reachable addresses (SSRF), unless
configuration allows private ones. Loopback stays allowed for local mirrors and tests.

The address policy is the standard library's `is_global` (IANA special-purpose registries), plus what it
misses: multicast, reserved and site-local addresses, and IPv6 forms that carry an IPv4 address to another
network (IPv4-mapped, 6to4, NAT64), which are judged by the IPv4 address inside.
"""
from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from flows.collect.http import FetchError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

NAT64_PREFIX = ipaddress.IPv6Network("64:ff9b::/96")  # RFC 6052 well-known prefix: the last 32 bits are IPv4


class AddressRefused(FetchError):
    """A host resolved to an address the policy refuses: permanent, never retried."""


def embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address reaches: IPv4-mapped, 6to4 (2002::/16) or NAT64 (64:ff9b::/96)."""
    if not isinstance(address, ipaddress.IPv6Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address in NAT64_PREFIX:
        return ipaddress.IPv4Address(int(address) & 0xFFFF_FFFF)
    return None


def is_public(address: IPAddress) -> bool:
    """Globally reachable unicast: is_global, and not multicast, reserved or site-local."""
    inner = embedded_ipv4(address)
    if inner is not None:
        return is_public(inner)
    site_local = isinstance(address, ipaddress.IPv6Address) and address.is_site_local
    return address.is_global and not (address.is_multicast or address.is_reserved or site_local)


def address_allowed(address: IPAddress, allow_private: bool = False) -> bool:
    """Public addresses, and loopback (this machine; also as ::ffff:127.x); everything when allow_private."""
    if allow_private or address.is_loopback:
        return True
    mapped = address.ipv4_mapped if isinstance(address, ipaddress.IPv6Address) else None
    return (mapped is not None and mapped.is_loopback) or is_public(address)


def refusal_message(host: str, address: IPAddress) -> str:
    return (f"refused, {host} resolves to the non-public address {address} "
            "(set allow_private_addresses = true to allow it)")


def check_url_allowed(url: str, allow_private: bool = False) -> None:
    """Raise FetchError when the URL is not http(s) or its host resolves to a forbidden address.

    An early, clear refusal; the pinned transport (flows/collect/pinned.py) checks again the address it
    actually connects to, for every hop.
    """
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
        if not address_allowed(address, allow_private):
            raise AddressRefused(f"{url}: {refusal_message(parts.hostname, address)}")
