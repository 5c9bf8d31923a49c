"""A real HTTP server on 127.0.0.1 serving Arabic pages, a feed and hostile redirects."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

BODY = ("قال وزير الخارجية السعودي عادل الجبير إن المحادثات مع الولايات المتحدة مستمرة، "
        "وأضاف أن الجانبين بحثا العلاقات الثنائية وسبل تعزيزها في المجالات كافة. ")
PAGES = {
    "/article.html": f"""<!doctype html><html><head><title>الجبير: المحادثات مستمرة</title>
<meta property="article:published_time" content="2015-08-02"></head><body>
<nav>الرئيسية | أخبار</nav><article><h1>الجبير: المحادثات مستمرة</h1>
<p>{BODY * 3}</p><p>{BODY}</p></article><footer>جميع الحقوق محفوظة</footer></body></html>""",
    "/article2.html": f"""<!doctype html><html><head><title>الرياض تستضيف مؤتمرا</title></head>
<body><article><h1>الرياض تستضيف مؤتمرا</h1><p>{BODY.replace("الجبير", "كيري") * 3}</p>
</article></body></html>""",
    "/english.html": """<!doctype html><html><head><title>English news</title></head><body>
<article><p>The foreign minister said on Sunday that the talks with Washington would
continue next week, adding that both sides discussed bilateral relations at length and
agreed to meet again in Riyadh.</p><p>Officials declined to comment further.</p></article>
</body></html>""",
}


class Handler(BaseHTTPRequestHandler):
    agents: ClassVar[list[str]] = []

    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def _send(self, status: int, body: bytes, ctype: str, extra: dict[str, str] | None = None
              ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        Handler.agents.append(self.headers.get("User-Agent", ""))
        port = self.server.server_address[1]
        if self.path in PAGES:
            self._send(200, PAGES[self.path].encode(), "text/html; charset=utf-8")
        elif self.path == "/feed.xml":
            items = "".join(
                f"<item><title>خبر {i}</title><link>http://127.0.0.1:{port}{p}</link>"
                f"<pubDate>Sun, 02 Aug 2015 10:00:00 GMT</pubDate></item>"
                for i, p in enumerate(["/article.html", "/article2.html", "/missing.html"]))
            feed = (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
                    f"<title>أخبار</title><link>http://127.0.0.1:{port}/</link>{items}"
                    "</channel></rss>")
            self._send(200, feed.encode(), "application/rss+xml")
        elif self.path == "/redirect-private":
            self._send(302, b"", "text/plain", {"Location": "http://10.1.2.3/secret"})
        elif self.path == "/redirect-metadata":
            self._send(302, b"", "text/plain",
                       {"Location": "http://169.254.169.254/latest/meta-data/"})
        elif self.path == "/redirect-ok":
            self._send(302, b"", "text/plain", {"Location": "/article.html"})
        elif self.path == "/big":
            self._send(200, b"a" * 200_000, "text/plain")
        else:
            self._send(404, b"not found", "text/plain")


@pytest.fixture(scope="session")
def server() -> Iterator[str]:
    """Base URL of the test server."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
