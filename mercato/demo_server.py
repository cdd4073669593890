"""A static server for the bundled demo press (`data/demo/`) on 127.0.0.1, port chosen by the OS.

The demo's files hold `{{BASE}}` where an absolute URL needs the host and port, and
`{{OFFSITE}}` for a link that must count as another domain (`localhost` instead of the IP):
both are known only once the server has a port, so they are filled in per response.
Query strings are ignored when finding the file, like a CMS ignores `utm_*` parameters, and
every response carries an ETag honoured by `If-None-Match`, so conditional requests can be tested.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import logging
import mimetypes
import threading
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

__all__ = ["DemoServer", "main"]

log = logging.getLogger(__name__)

TEXT_TYPES = (".html", ".xml", ".txt", ".json", ".rss", ".atom")


class _Handler(BaseHTTPRequestHandler):
    """GET and HEAD of files under the root, with the placeholders filled in."""

    server_version = "mercato-demo/1"

    def __init__(self, *args: object, root: Path, **kwargs: object) -> None:
        self.root = root
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def log_message(self, format: str, *args: object) -> None:
        log.debug("demo server: " + format, *args)

    def _resolve(self) -> Path | None:
        path = unquote(urlsplit(self.path).path)
        target = (self.root / path.lstrip("/")).resolve()
        if not target.is_relative_to(self.root):
            return None
        if target.is_dir():
            target = target / "index.html"
        return target if target.is_file() else None

    def _send(self, with_body: bool) -> None:
        target = self._resolve()
        if target is None:
            self.send_error(404, "Not Found")
            return
        body = target.read_bytes()
        if target.suffix in TEXT_TYPES:
            host, port = self.server.server_address[:2]
            body = body.replace(b"{{BASE}}", f"http://{host}:{port}".encode())
            body = body.replace(b"{{OFFSITE}}", f"http://localhost:{port}".encode())
        ctype = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if target.suffix == ".xml":
            ctype = "application/xml"
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def do_GET(self) -> None:
        self._send(True)

    def do_HEAD(self) -> None:
        self._send(False)


class DemoServer:
    """Serve a folder on 127.0.0.1 in a background thread; use as a context manager."""

    def __init__(self, root: Path, host: str = "127.0.0.1", port: int = 0) -> None:
        self.root = Path(root).resolve()
        self.httpd = ThreadingHTTPServer((host, port), partial(_Handler, root=self.root))
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> DemoServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def main(argv: list[str] | None = None) -> None:
    """`python -m mercato.demo_server ROOT`: serve and print the base URL (for tests and by hand)."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("root", type=Path)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args(argv)
    server = DemoServer(args.root, port=args.port)
    print(server.base_url, flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server.httpd.serve_forever()


if __name__ == "__main__":
    main()
