"""A small news site on 127.0.0.1 for the fetch tests: pages, feeds, sitemaps, failures.

`Site.hits[path]` counts the requests each path received, so tests can show what was
(and was not) downloaded. Every route is a plain function of the handler; unknown paths
are 404. Responses carry Content-Length (keep-alive), except the streamed huge page.
"""

from __future__ import annotations

import contextlib
import gzip
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from graph_builder.fetch.http import FetchConfig, HttpClient
from graph_builder.fetch.polite import PoliteClient

SLOW_S = 3.0  # the slow page waits this long; tests use a timeout well below it
ROBOTS = b"User-agent: *\nDisallow: /private/\n"


def article(
    title: str,
    *,
    site: str = "Báo Thử",
    published: str = "2024-03-05T08:30:00+07:00",
    author: str = "Lan Anh",
) -> bytes:
    return f"""<!doctype html><html lang="vi"><head><meta charset="utf-8">
<title>{title} - {site}</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{published}">
<meta name="author" content="{author}">
</head><body><header><nav>Trang chủ</nav></header><article><h1>{title}</h1>
<p>Ngày 5/3/2024, Bộ Giáo dục và Đào tạo tổ chức hội thảo về chương trình giáo dục phổ
thông mới, với sự tham gia của đại diện các sở giáo dục và đào tạo trên cả nước.</p>
</article></body></html>""".encode()


RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Tin</title><link>/</link>
<item><title>A</title><link>/news/a.html</link></item>
<item><title>B</title><link>/news/b.html?utm_source=rss&amp;utm_medium=feed</link></item>
<item><title>PDF</title><link>/files/report.pdf</link></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Tin</title>
<entry><title>C</title><link rel="alternate" href="/news/c.html"/>
<link rel="enclosure" href="/files/c.jpg"/></entry>
<entry><title>A again</title><link href="/news/a.html#top"/></entry>
</feed>"""

INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>/sitemaps/news.xml.gz</loc></sitemap>
<sitemap><loc>/sitemap_index.xml</loc></sitemap>
</sitemapindex>"""

URLSET = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>/news/d.html</loc></url>
<url><loc>/private/secret.html</loc></url>
<url><loc>/old/e.html</loc></url>
</urlset>"""


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: SiteServer

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        self.server.site.record(path, self.headers.get("User-Agent", ""))
        route = ROUTES.get(path, _not_found)
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            route(self)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the tests read `Site.hits`, not a log."""

    def send(
        self,
        status: int,
        body: bytes,
        content_type: str = "text/html; charset=utf-8",
        **headers: str,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)


def _not_found(h: Handler) -> None:
    h.send(404, b"<h1>Not found</h1>")


def _flaky(h: Handler) -> None:
    """503 the first time, then the page: one retry gets it."""
    if h.server.site.hits["/news/flaky.html"] == 1:
        h.send(503, b"busy", "text/plain", Retry_After="0")
    else:
        h.send(200, article("Trang lúc được lúc không"))


def _slow(h: Handler) -> None:
    h.server.site.stop.wait(SLOW_S)
    h.send(200, article("Trang chậm"))


def _huge_streamed(h: Handler) -> None:
    """No Content-Length: the client must stop reading at its cap by itself."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Connection", "close")
    h.end_headers()
    h.wfile.write(b"<html><body>")
    for _ in range(64):  # 4 MiB, far past the tests' cap
        if h.server.site.stop.is_set():
            return
        h.wfile.write(b"<p>" + b"x" * 65536 + b"</p>")


ROUTES: dict[str, Callable[[Handler], None]] = {
    "/robots.txt": lambda h: h.send(
        h.server.site.robots_status, h.server.site.robots, "text/plain"
    ),
    "/news/a.html": lambda h: h.send(200, article("Hội thảo giáo dục")),
    "/news/b.html": lambda h: h.send(200, article("Kế hoạch chuyển đổi số", site="Báo Số")),
    "/news/c.html": lambda h: h.send(200, article("Đề án đào tạo")),
    "/news/d.html": lambda h: h.send(200, article("Chương trình mục tiêu")),
    "/news/e.html": lambda h: h.send(200, article("Trang đã chuyển")),
    "/old/e.html": lambda h: h.send(301, b"", Location="/news/e.html"),
    "/old/secret": lambda h: h.send(302, b"", Location="/private/secret.html"),
    "/private/secret.html": lambda h: h.send(200, article("Bí mật")),
    "/news/flaky.html": _flaky,
    "/news/slow.html": _slow,
    "/news/huge.html": lambda h: h.send(200, b"x" * 300_000),
    "/news/huge-streamed.html": _huge_streamed,
    "/files/report.pdf": lambda h: h.send(200, b"%PDF-1.4 " + b"0" * 1000, "application/pdf"),
    "/feed.rss": lambda h: h.send(200, RSS, "application/rss+xml"),
    "/feed.atom": lambda h: h.send(200, ATOM, "application/atom+xml"),
    "/sitemap_index.xml": lambda h: h.send(200, INDEX, "application/xml"),
    "/sitemaps/news.xml.gz": lambda h: h.send(200, gzip.compress(URLSET), "application/gzip"),
}


class Site:
    """The running server: its base URL and what it was asked for."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.hits: Counter[str] = Counter()
        self.robots, self.robots_status = ROBOTS, 200  # a test may change them first
        self.agents: set[str] = set()
        self.stop = threading.Event()
        self._lock = threading.Lock()

    def url(self, path: str) -> str:
        return self.base + path

    def record(self, path: str, agent: str) -> None:
        with self._lock:
            self.hits[path] += 1
            self.agents.add(agent)

    def pages_hit(self) -> Counter[str]:
        """Requests other than robots.txt, feeds and sitemaps."""
        listings = {"/robots.txt", "/feed.rss", "/feed.atom", "/sitemap_index.xml"}
        return Counter(
            {p: n for p, n in self.hits.items() if p not in listings and "sitemaps/" not in p}
        )


class SiteServer(ThreadingHTTPServer):
    daemon_threads = True
    site: Site

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that drops a connection (as ours does on a refused body) is no error."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


@contextlib.contextmanager
def serve_site() -> Iterator[Site]:
    """The site on 127.0.0.1 at a free port (bound to port 0), for the `with` block."""
    server = SiteServer(("127.0.0.1", 0), Handler)
    server.site = Site(f"http://127.0.0.1:{server.server_address[1]}")
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield server.site
    finally:
        server.site.stop.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
        time.sleep(0)  # let handler threads see `stop`


def fast_config(**overrides: object) -> FetchConfig:
    """No pauses, small limits: the site is local and the tests should be quick."""
    settings: dict[str, object] = {
        "delay": 0.0,
        "backoff": 0.0,
        "retries": 1,
        "connect_timeout": 5.0,
        "read_timeout": 1.0,
        "max_bytes": 200_000,
    }
    settings.update(overrides)
    return FetchConfig(**settings)  # type: ignore[arg-type]


def make_client(**overrides: object) -> PoliteClient:
    return PoliteClient(HttpClient(fast_config(**overrides)))
