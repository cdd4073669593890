"""Run one crawl in this process (the CLI) and build the `scrapy crawl` command (the scheduler).

Scrapy's reactor starts once per process: a caller that crawls more than once (the scheduler,
the tests) runs `crawl_command()` in a child process instead of `run_crawl()`.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from mercato.registry import load_registry, select_sources

__all__ = ["LOOPBACK_SETTINGS", "crawl_command", "crawl_settings", "run_crawl"]

log = logging.getLogger(__name__)

SPIDERS = ("news", "feeds", "sitemaps")

# On our own loopback server politeness delays only slow the tests and the demo down.
LOOPBACK_SETTINGS: dict[str, Any] = {
    "DOWNLOAD_DELAY": 0,
    "DOWNLOAD_DELAY_JITTER": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "RETRY_TIMES": 0,
}


def crawl_settings(overrides: Mapping[str, Any] | None = None) -> Settings:
    """mercato.settings (with its env overrides) plus per-run overrides."""
    settings = Settings()
    settings.setmodule("mercato.settings", priority="project")
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    return settings


def _spider_class(name: str) -> type:
    from mercato.spiders.base import NewsSpider
    from mercato.spiders.feeds import FeedsSpider
    from mercato.spiders.sitemaps import SitemapsSpider

    return {"news": NewsSpider, "feeds": FeedsSpider, "sitemaps": SitemapsSpider}[name]


def run_crawl(sources: list[str], *, sources_file: str | Path | None = None, spider: str = "news",
              base_url: str | None = None, overrides: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Crawl the named sources (all enabled when empty) once; return the crawl's final stats.

    The registry is validated first, so a bad file fails with its one-line error before any
    request is made.
    """
    settings = crawl_settings(overrides)
    registry = sources_file or settings.get("MERCATO_SOURCES_FILE")
    select_sources(load_registry(registry, base_url=base_url), sources)
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(_spider_class(spider))
    process.crawl(crawler, source=",".join(sources) or None, sources_file=str(registry),
                  base_url=base_url)
    process.start()
    return dict(crawler.stats.get_stats())


def crawl_command(sources: list[str], *, sources_file: str | Path | None = None, spider: str = "news",
                  trigger: str = "manual", base_url: str | None = None) -> list[str]:
    """The argv of `scrapy crawl` for a child process; settings travel as -s options."""
    argv = [sys.executable, "-m", "scrapy", "crawl", spider, "-s", f"MERCATO_TRIGGER={trigger}"]
    if sources:
        argv += ["-a", f"source={','.join(sources)}"]
    if sources_file:
        argv += ["-a", f"sources_file={sources_file}"]
    if base_url:
        argv += ["-a", f"base_url={base_url}"]
    return argv
