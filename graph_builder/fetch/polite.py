"""robots.txt and redirects on top of `HttpClient`: what may be fetched, and from where.

robots.txt follows RFC 9309: fetched once per host and run (redirects followed); a 4xx
means no rules (everything allowed), a 5xx or no answer means "assume disallowed" (the
site may be down, and hammering it is the worst thing a crawler can do). Each redirect
hop is checked again, so a redirect cannot lead into a disallowed path or host.
"""

from __future__ import annotations

from urllib.parse import urldefrag, urljoin
from urllib.robotparser import RobotFileParser

from ..config import FETCH_MAX_CRAWL_DELAY_S, FETCH_ROBOTS_AGENT
from .http import Check, FetchError, HttpClient, Reply, check_url, host_of

REDIRECTS = frozenset({301, 302, 303, 307, 308})


class Robots:
    """robots.txt rules per host (scheme://host:port), read on first use and kept."""

    def __init__(self, http: HttpClient, *, agent: str = FETCH_ROBOTS_AGENT) -> None:
        self._http, self._agent = http, agent
        self._rules: dict[str, RobotFileParser | str] = {}  # a str: why all is disallowed

    def refusal(self, url: str) -> str | None:
        """None if `url` may be fetched, else the reason."""
        rules = self._for(host_of(url))
        if isinstance(rules, str):
            return rules
        return None if rules.can_fetch(self._agent, url) else "disallowed by robots.txt"

    def delay(self, url: str) -> float:
        """The pause before a request to this host: ours, or Crawl-delay when larger."""
        rules = self._for(host_of(url))
        asked = rules.crawl_delay(self._agent) if isinstance(rules, RobotFileParser) else None
        asked_s = min(float(asked), FETCH_MAX_CRAWL_DELAY_S) if asked else 0.0
        return max(self._http.config.delay, asked_s)

    def _for(self, host: str) -> RobotFileParser | str:
        if host not in self._rules:
            self._rules[host] = self._read(host)
        return self._rules[host]

    def _read(self, host: str) -> RobotFileParser | str:
        parser = RobotFileParser(f"{host}/robots.txt")
        try:
            reply = follow(self._http, f"{host}/robots.txt", hops=self._http.config.max_redirects)
        except FetchError as e:
            return f"robots.txt unreachable ({e}): assumed disallowed"
        if reply.status >= 500:
            return f"robots.txt unreachable (HTTP {reply.status}): assumed disallowed"
        parser.parse(reply.body.decode("utf-8", "replace").splitlines() if reply.body else [])
        parser.modified()  # can_fetch answers False until a parser says when it last read
        return parser


def follow(
    http: HttpClient,
    url: str,
    *,
    hops: int,
    check: Check | None = None,
    robots: Robots | None = None,
) -> Reply:
    """GET `url` and the redirects after it, up to `hops` of them, each checked by `robots`."""
    for _ in range(hops + 1):
        check_url(url)
        if robots is not None and (refusal := robots.refusal(url)):
            raise FetchError(refusal)
        delay = robots.delay(url) if robots is not None else None
        reply = http.request(url, check=check, delay=delay)
        location = reply.headers.get("location")
        if reply.status not in REDIRECTS or not location:
            return reply
        url = urldefrag(urljoin(reply.url, location.strip())).url
    raise FetchError(f"more than {hops} redirects")


class PoliteClient:
    """What the rest of the package uses: robots.txt, redirects, pauses, limits."""

    def __init__(self, http: HttpClient) -> None:
        self.http = http
        self.robots = Robots(http)

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.http.close()

    def get(self, url: str, *, check: Check | None = None) -> Reply:
        """The final reply (its `url` is where the redirects ended); non-200 raises."""
        reply = follow(
            self.http, url, hops=self.http.config.max_redirects, check=check, robots=self.robots
        )
        if reply.status != 200:
            raise FetchError(f"HTTP {reply.status}")
        return reply
