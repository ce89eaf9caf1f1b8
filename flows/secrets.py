"""Source credentials: tokens that are sent to one host each and never printed.

A token lives in a `Secret`, whose str() and repr() are masked, so it can sit inside Settings and
still never reach a log line, an exception message, a Prefect parameter or a Data Docs page by accident.
Only `reveal()` gives the value back, and only the HTTP auth hook calls it.
"""
from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator, Mapping
from typing import Any

import httpx

from flows import UserError

MASK = "***"
# A host name or IP literal, optionally with a port; no scheme, path or credentials.
_HOST_KEY = re.compile(r"^(?:\[[0-9a-fA-F:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)(?::\d{1,5})?$")


class Secret:
    """A string that masks itself everywhere except `reveal()`."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"Secret('{MASK}')"

    def __str__(self) -> str:
        return MASK

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


def _host_key(raw: str, source: str) -> str:
    key = raw.strip().lower()
    if not _HOST_KEY.match(key):
        # Host names are not secret, so naming the bad one helps without exposing anything.
        raise UserError(f"{source}: 'source_tokens' key {raw!r} must be a host name such as "
                        "\"feeds.example.org\" (optionally with :port), without scheme or path")
    return key


def parse_source_tokens(value: Any, source: str) -> dict[str, Secret]:
    """`{host: token}` from a TOML table, or from "host=token,host2=token2" in the environment.

    Error messages name the host or the position, never the value: the value may be the token.
    """
    if isinstance(value, str):
        pairs: list[tuple[str, Any]] = []
        for position, entry in enumerate((e for e in value.split(",") if e.strip()), start=1):
            host, sep, token = entry.partition("=")
            if not sep or not host.strip():
                raise UserError(f"{source}: 'source_tokens' entry {position} is not host=token")
            pairs.append((host, token.strip()))
    elif isinstance(value, Mapping):
        pairs = list(value.items())
    else:
        raise UserError(f"{source}: 'source_tokens' must be a table of host = \"token\" "
                        f"([source_tokens] in TOML), got {type(value).__name__}")
    tokens: dict[str, Secret] = {}
    for host, token in pairs:
        key = _host_key(str(host), source)
        if not isinstance(token, str):
            raise UserError(f"{source}: 'source_tokens' value for host '{key}' must be a string, "
                            f"got {type(token).__name__}")
        if not token:
            raise UserError(f"{source}: 'source_tokens' value for host '{key}' is empty")
        tokens[key] = Secret(token)
    return tokens


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def token_for(tokens: Mapping[str, Secret], url: httpx.URL) -> Secret | None:
    """The token for exactly this host (and port, when the key names one), or None.

    Plain http only gets a token on loopback: a bearer token in clear text would be readable by anyone
    on the path. GDELT's lists say http:// and its host redirects to https://, so the token rides on
    the https hop only.
    """
    host = (url.host or "").lower()
    if url.scheme != "https" and not (url.scheme == "http" and _is_loopback(host)):
        return None
    port = url.port
    with_port = f"{host}:{port}" if port is not None else None
    if with_port is not None and with_port in tokens:
        return tokens[with_port]
    return tokens.get(host)


class HostTokenAuth(httpx.Auth):
    """Adds `Authorization: Bearer <token>` to requests for a host that has a token, and to no others.

    httpx calls this for every request; collectors follow redirects themselves, one request per hop,
    so a redirect to another host is a new request that gets no token.
    """

    def __init__(self, tokens: Mapping[str, Secret]) -> None:
        self._tokens = dict(tokens)

    def auth_flow(self, request: httpx.Request) -> Iterator[httpx.Request]:
        token = token_for(self._tokens, request.url)
        if token is not None:
            request.headers["Authorization"] = f"Bearer {token.reveal()}"
        else:
            request.headers.pop("Authorization", None)
        yield request

    def __repr__(self) -> str:
        return f"HostTokenAuth(hosts={sorted(self._tokens)})"
