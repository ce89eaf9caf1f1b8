"""A transport that connects only to the address it checked (against DNS rebinding).

httpx resolves a host itself when it connects, so a check made beforehand can be answered with a public
address and the connection with a private one. Here the connection layer resolves each host once, applies
the address policy to every address it got, and connects to one of those addresses. It sits under the
connection pool, so every hop of a redirect and every new connection is covered. TLS still verifies and
sends SNI for the host name: httpcore passes the origin's host to start_tls, not the address dialled.
"""
from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass

import httpcore
import httpx

from flows.collect.safety import AddressRefused, IPAddress, address_allowed, refusal_message


@dataclass(frozen=True)
class AddressGuard:
    """The address policy for page fetches; allow_private is the `allow_private_addresses` setting."""
    allow_private: bool = False

    def checked_addresses(self, host: str, port: int) -> list[IPAddress]:
        """The host's addresses, resolved once; AddressRefused when any of them is not allowed."""
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror as exc:  # a ConnectError, retried like httpx's own failed lookups
            raise httpcore.ConnectError(f"{host} does not resolve: {exc}") from None
        addresses = list(dict.fromkeys(ipaddress.ip_address(info[4][0]) for info in infos))
        for address in addresses:
            if not address_allowed(address, self.allow_private):
                raise AddressRefused(f"{host}:{port}: {refusal_message(host, address)}")
        return addresses

    def transport(self) -> httpx.BaseTransport:
        return PinnedTransport(self)


class PinnedBackend(httpcore.SyncBackend):
    """httpcore's socket backend, dialling the checked addresses instead of the host name."""

    def __init__(self, guard: AddressGuard) -> None:
        self.guard = guard

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None) -> httpcore.NetworkStream:
        failure: Exception | None = None
        for address in self.guard.checked_addresses(host, port):
            try:  # a numeric host: the socket layer does no second lookup that could answer differently
                return super().connect_tcp(str(address), port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        raise failure or httpcore.ConnectError(f"{host} resolves to no address")


class PinnedTransport(httpx.HTTPTransport):
    """httpx's own transport (exception mapping, streaming) over a pool that uses PinnedBackend.

    Environment proxies are not used: through a proxy the proxy would resolve the host, not us.
    """

    def __init__(self, guard: AddressGuard) -> None:
        super().__init__()
        limits = httpx.Limits(max_connections=100, max_keepalive_connections=20)  # httpx's defaults
        # httpx takes no network backend, so its pool is replaced by one built the way httpx builds it.
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(), max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections, keepalive_expiry=limits.keepalive_expiry,
            network_backend=PinnedBackend(guard))
