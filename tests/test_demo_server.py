"""The demo server stands in for the real press in every test: its behaviour is part of the spec.

Fake site: any file under the root, `{{BASE}}`/`{{OFFSITE}}` filled in with this server's own
address, query strings ignored, 404 for anything else, ETags honoured with 304.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

import pytest

from mercato.demo_server import DemoServer


@pytest.fixture()
def site(tmp_path: Path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "feed.xml").write_bytes(b"<rss><link>{{BASE}}/out/a.html</link>"
                                                b"<link>{{OFFSITE}}/x.html</link></rss>")
    (tmp_path / "out" / "a.html").write_bytes("<p>citt\xe0</p>".encode("latin-1"))
    with DemoServer(tmp_path) as server:
        yield server


def get(url: str, headers: dict[str, str] | None = None) -> tuple[int, bytes, dict[str, str]]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, response.read(), dict(response.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, b"", dict(exc.headers)


def test_placeholders_filled_with_own_address(site: DemoServer) -> None:
    status, body, _ = get(site.base_url + "/out/feed.xml")
    port = site.base_url.rsplit(":", 1)[1]
    assert status == 200
    assert f"{site.base_url}/out/a.html".encode() in body
    assert f"http://localhost:{port}/x.html".encode() in body


def test_bytes_untouched_query_ignored_and_404(site: DemoServer) -> None:
    status, body, headers = get(site.base_url + "/out/a.html?utm_source=rss&utm_medium=feed")
    assert status == 200 and body == "<p>citt\xe0</p>".encode("latin-1")
    assert headers["Content-Type"] == "text/html"
    assert get(site.base_url + "/out/missing.html")[0] == 404
    assert get(site.base_url + "/../../etc/passwd")[0] == 404


def test_etag_gives_304(site: DemoServer) -> None:
    _, _, headers = get(site.base_url + "/out/feed.xml")
    status, body, _ = get(site.base_url + "/out/feed.xml", {"If-None-Match": headers["ETag"]})
    assert status == 304 and body == b""
