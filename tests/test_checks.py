"""`mercato check-sources` tells a user which outlet broke: run here against the demo press."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from mercato.checks import check_all, check_source, render_checks
from mercato.demo_server import DemoServer
from mercato.registry import load_registry

ROOT = Path(__file__).resolve().parents[1]


def demo_sources(server: DemoServer):
    return load_registry(ROOT / "data" / "demo" / "sources.toml", base_url=server.base_url)


def test_every_demo_outlet_checks_ok(demo_site: DemoServer) -> None:
    results = check_all(demo_sources(demo_site), timeout=10)
    assert [r.source for r in results] == ["il-mercatino", "calcio-oggi", "radio-rossonera",
                                          "gazzettino-sport"]
    for r in results:
        assert r.ok, r
        assert r.entries >= 8 and r.title and r.published and r.text_chars > 500
    assert render_checks(results).row_count == 4


def test_a_moved_feed_is_reported_not_raised(demo_site: DemoServer) -> None:
    source = dataclasses.replace(demo_sources(demo_site)[0],
                                 feeds=(demo_site.base_url + "/il-mercatino/feed-old.xml",))
    result = check_source(source, timeout=10)
    assert not result.ok and "listing" in (result.error or "") and "404" in (result.error or "")
