"""robots.txt, fetched once per host and run, read with the standard library's parser."""
from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

import httpx

from flows.collect.http import USER_AGENT, FetchError, RetryPolicy, get_bytes
from flows.collect.safety import AddressRefused

ROBOTS_MAX_BYTES = 512_000


class RobotsCache:
    def __init__(self, client: httpx.Client, policy: RetryPolicy) -> None:
        self._client = client
        self._policy = policy
        self._parsers: dict[str, RobotFileParser | None] = {}

    def allowed(self, url: str) -> bool:
        """False when the host's robots.txt disallows the URL for our user agent.

        A missing robots.txt (4xx) allows everything; an unreachable one (5xx, network) allows
        nothing for now, the cautious reading: the article is retried on a later run.
        """
        parts = urlsplit(url)
        host = f"{parts.scheme}://{parts.netloc}"
        if host not in self._parsers:
            self._parsers[host] = self._load(urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", "")))
        parser = self._parsers[host]
        return True if parser is None else parser.can_fetch(USER_AGENT, url)

    def _load(self, robots_url: str) -> RobotFileParser | None:
        try:
            text = get_bytes(self._client, robots_url, ROBOTS_MAX_BYTES, self._policy).decode("utf-8", "replace")
        except AddressRefused:
            raise  # the page fails with the address reason, not as "disallowed by robots.txt"
        except FetchError as exc:
            if exc.status is not None and 400 <= exc.status < 500:
                return None
            parser = RobotFileParser()
            parser.disallow_all = True
            return parser
        parser = RobotFileParser()
        parser.parse(text.splitlines())
        return parser
