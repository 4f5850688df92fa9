"""The polite client against a real local server: retries, limits, robots.txt, redirects."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from graph_builder.fetch.http import USER_AGENT, FetchError, HttpClient, Throttle
from graph_builder.fetch.polite import PoliteClient
from graph_builder.fetch.run import require_html
from tests.fetch.site import Site, fast_config, make_client, serve_site


@pytest.fixture
def site() -> Iterator[Site]:
    with serve_site() as running:
        yield running


def test_page_and_user_agent(site: Site) -> None:
    with make_client() as client:
        reply = client.get(site.url("/news/a.html"), check=require_html)
    assert reply.status == 200
    assert b"H\xe1\xbb\x99i th\xe1\xba\xa3o" in reply.body  # "Hội thảo" in UTF-8
    assert site.agents == {USER_AGENT}
    assert USER_AGENT.startswith("PolicyKG/") and "(+https://" in USER_AGENT
    assert site.hits["/robots.txt"] == 1


def test_robots_read_once_per_host(site: Site) -> None:
    with make_client() as client:
        for path in ("/news/a.html", "/news/c.html", "/news/d.html"):
            client.get(site.url(path))
    assert site.hits["/robots.txt"] == 1


def test_redirect_gives_final_url(site: Site) -> None:
    with make_client() as client:
        reply = client.get(site.url("/old/e.html"))
    assert reply.url == site.url("/news/e.html")
    assert site.hits["/old/e.html"] == 1


@pytest.mark.parametrize(
    ("path", "reason", "requests"),
    [
        ("/private/secret.html", "disallowed by robots.txt", 0),
        ("/old/secret", "disallowed by robots.txt", 1),  # each hop is checked
        ("/news/missing.html", "HTTP 404", 1),  # a 4xx is not retried
        ("/news/slow.html", "timed out (tried 2 times)", 2),
        ("/news/huge.html", "too large: 300000 bytes is over the 200000-byte limit", 1),
        ("/news/huge-streamed.html", "too large: over the 200000-byte limit", 1),
        ("/files/report.pdf", "not HTML (application/pdf)", 1),
    ],
)
def test_failures_say_why(site: Site, path: str, reason: str, requests: int) -> None:
    with make_client() as client, pytest.raises(FetchError) as caught:
        client.get(site.url(path), check=require_html)
    assert str(caught.value) == reason
    assert site.hits[path] == requests


def test_5xx_is_retried(site: Site) -> None:
    with make_client(retries=1) as client:
        reply = client.get(site.url("/news/flaky.html"))
    assert reply.status == 200
    assert site.hits["/news/flaky.html"] == 2


def test_5xx_gives_up_after_the_retries(site: Site) -> None:
    with make_client(retries=0) as client, pytest.raises(FetchError, match=r"^HTTP 503$"):
        client.get(site.url("/news/flaky.html"))


def test_unreachable_host_is_a_reason() -> None:
    with serve_site() as gone:
        url = gone.url("/news/a.html")
    with make_client(retries=0) as client, pytest.raises(FetchError) as caught:
        client.get(url)
    assert str(caught.value).startswith("robots.txt unreachable (connection failed")


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("file:///etc/passwd", "not an http(s) URL"),
        ("not a url", "not a valid URL"),
        ("mailto:a@b.vn", "not an http(s) URL"),
        ("http://127.0.0.1:xyz/", "not a valid URL"),
        ("http://[::1/", "not a valid URL"),
    ],
)
def test_not_a_web_url(url: str, reason: str) -> None:
    with make_client() as client, pytest.raises(FetchError) as caught:
        client.get(url)
    assert str(caught.value).startswith(reason)


def recording_client(slept: list[float], **overrides: object) -> PoliteClient:
    """A client whose pauses are recorded instead of slept (the clock is real)."""
    return PoliteClient(HttpClient(fast_config(**overrides), sleep=slept.append))


def test_crawl_delay_wins_when_larger(site: Site) -> None:
    site.robots = b"User-agent: *\nCrawl-delay: 30\n"
    slept: list[float] = []
    with recording_client(slept, delay=0.5) as client:
        client.get(site.url("/news/a.html"))
        client.get(site.url("/news/c.html"))
    assert len(slept) == 2  # robots.txt -> a.html -> c.html: two pauses
    assert all(25 < pause <= 30 for pause in slept)


def test_our_delay_when_robots_asks_less(site: Site) -> None:
    site.robots = b"User-agent: PolicyKG\nCrawl-delay: 1\nDisallow: /news/c.html\n"
    slept: list[float] = []
    with recording_client(slept, delay=20) as client:
        client.get(site.url("/news/a.html"))
        with pytest.raises(FetchError, match="robots"):
            client.get(site.url("/news/c.html"))  # the rules for our name apply
    assert len(slept) == 1 and 15 < slept[0] <= 20


@pytest.mark.parametrize(("status", "allowed"), [(404, True), (403, True), (503, False)])
def test_robots_status(site: Site, status: int, allowed: bool) -> None:
    """RFC 9309: a 4xx means no rules; a 5xx means assume everything is disallowed."""
    site.robots_status = status
    with make_client(retries=0) as client:
        if allowed:
            assert client.get(site.url("/private/secret.html")).status == 200
        else:
            with pytest.raises(FetchError, match=r"robots.txt unreachable \(HTTP 503\)"):
                client.get(site.url("/news/a.html"))


def test_retry_pause_grows_and_follows_retry_after(site: Site) -> None:
    slept: list[float] = []
    with recording_client(slept, retries=2, backoff=4.0) as client:
        client.get(site.url("/news/flaky.html"))  # 503 with Retry-After: 0, then 200
    assert slept == [4.0]


def test_throttle_waits_per_host() -> None:
    now, slept = [100.0], []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    throttle = Throttle(sleep=sleep, clock=lambda: now[0])
    throttle.wait("http://a", 2.0)
    throttle.wait("http://b", 2.0)  # another host: no wait
    now[0] += 0.5
    throttle.wait("http://a", 2.0)
    assert slept == [1.5]
