"""Incremental crawling end to end on the demo press, each crawl a child process.

Fake site: a copy of `data/demo/` served on 127.0.0.1 (four outlets, a feed and a news sitemap
each, ETags answered with 304). `tests/fixtures/demo_additions/` overlays three new Il
Mercatino articles and its updated feed and sitemap. Every test gets its own SQLite file
(`MERCATO_DATABASE_URL`) and data folder (logs). Counts come from the run row's stats:
`mercato/article_pages` counts article page downloads (our middleware), cross-checked against
Scrapy's `downloader/request_count` minus listings and robots.txt.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from scrapy import Spider
from scrapy.exceptions import DropItem
from scrapy.http import Request, Response
from scrapy.statscollectors import StatsCollector
from scrapy.utils.test import get_crawler
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from mercato.crawl import LOOPBACK_SETTINGS, crawl_command
from mercato.crawlstate import open_database
from mercato.db.models import Article, CrawlRun, HttpValidator, RunSourceStats, SeenUrl
from mercato.demo_server import DemoServer
from mercato.extensions import CrawlStateExtension, progress_table
from mercato.items import ArticleItem
from mercato.locks import HeldLocks
from mercato.logsetup import setup_logging
from mercato.middlewares import ConditionalRequestMiddleware
from mercato.registry import load_registry

ROOT = Path(__file__).resolve().parents[1]
DEMO_DIR = ROOT / "data" / "demo"
DEMO_SOURCES = DEMO_DIR / "sources.toml"
ADDITIONS = ROOT / "tests" / "fixtures" / "demo_additions"
LOOPBACK = [arg for key, value in LOOPBACK_SETTINGS.items() for arg in ("-s", f"{key}={value}")]
CLI = "import typer, sys; from mercato import cli_ops; typer.run(getattr(cli_ops, sys.argv.pop(1)))"

needs_demo = pytest.mark.skipif(not DEMO_SOURCES.is_file(), reason="the demo press registry is not built yet")


# -- offline: the components on their own -------------------------------------------------------

class StubSpider:
    """What the middleware and the extension use of NewsSpider: sources, count(), crawl_state."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.sources = {"a": None, "b": None}
        self.crawl_state: Any = None

    def count(self, source: str, key: str, n: int = 1) -> None:
        self.crawler.stats.inc_value(f"mercato/{key}", n)
        self.crawler.stats.inc_value(f"mercato/source/{source}/{key}", n)


@pytest.fixture()
def state(tmp_path: Path) -> Iterator[tuple[CrawlStateExtension, StubSpider]]:
    """A crawl state extension opened on a fresh database with one earlier ok run of source a."""
    url = f"sqlite:///{tmp_path / 'state.db'}"
    engine = open_database(url)
    with Session(engine) as s, s.begin():
        run = CrawlRun(spider="news", trigger="schedule", status="ok", sources=["a"], started_at=LAST_OK)
        s.add(run)
        s.flush()
        s.add(RunSourceStats(run_id=run.id, source="a"))
        s.add(HttpValidator(url="http://a.test/feed", etag='"v1"',
                            last_modified="Mon, 02 Mar 2026 00:00:00 GMT"))
        s.add(SeenUrl(url="http://a.test/old", source="a", outcome="stored"))
    engine.dispose()
    crawler = get_crawler(Spider, {"MERCATO_DATABASE_URL": url})
    crawler.stats = StatsCollector(crawler)
    spider = StubSpider(crawler)
    crawler.spider = spider
    ext = CrawlStateExtension.from_crawler(crawler)
    ext.spider_opened(spider)
    yield ext, spider
    if ext.engine is not None:
        ext.spider_closed(spider, "shutdown")


LAST_OK = dt.datetime(2026, 3, 2, 4, 30, tzinfo=dt.UTC)


def test_freshness_is_relative_to_the_last_good_run(state: tuple[CrawlStateExtension, StubSpider]) -> None:
    ext, spider = state
    assert spider.crawl_state is ext
    assert ext.is_fresh("a", LAST_OK + dt.timedelta(minutes=1))
    assert ext.is_fresh("a", LAST_OK - dt.timedelta(minutes=30))  # within the margin
    assert not ext.is_fresh("a", LAST_OK - dt.timedelta(days=1))
    assert ext.is_fresh("a", None)  # undated entries are always fetched
    assert ext.is_fresh("b", LAST_OK - dt.timedelta(days=300))  # b never had a good run


def test_conditional_headers_and_304_counting(state: tuple[CrawlStateExtension, StubSpider]) -> None:
    ext, spider = state
    mw = ConditionalRequestMiddleware.from_crawler(spider.crawler)
    feed = Request("http://a.test/feed", meta={"listing": "feeds", "mercato_source": "a"})
    mw.process_request(feed)
    assert feed.headers[b"If-None-Match"] == b'"v1"'
    assert feed.headers[b"If-Modified-Since"] == b"Mon, 02 Mar 2026 00:00:00 GMT"
    section = Request("http://a.test/", meta={"listing": "sections", "mercato_source": "a"})
    mw.process_request(section)
    assert b"If-None-Match" not in section.headers
    mw.process_response(feed, Response(feed.url, status=304))
    sitemap = Request("http://a.test/sitemap.xml", meta={"listing": "sitemaps", "mercato_source": "a"})
    mw.process_response(sitemap, Response(sitemap.url, status=200, headers={"ETag": '"s1"'}))
    article = Request("http://a.test/gone", meta={"mercato_source": "a"})
    mw.process_response(article, Response(article.url, status=404))
    stats = spider.crawler.stats
    assert stats.get_value("mercato/source/a/feeds_not_modified") == 1
    assert stats.get_value("mercato/source/a/article_pages") == 1
    assert stats.get_value("mercato/source/a/requests") == 3
    assert ext.is_seen("http://a.test/gone")  # a 404 is not asked for again
    ext.spider_closed(spider, "finished")
    engine = open_database(ext.url)
    with Session(engine) as s:
        assert s.get(HttpValidator, "http://a.test/sitemap.xml").etag == '"s1"'
        assert s.get(SeenUrl, "http://a.test/gone").outcome == "gone:404"
    engine.dispose()


def test_items_are_recorded_as_seen_except_our_own_store_errors(
        state: tuple[CrawlStateExtension, StubSpider]) -> None:
    ext, spider = state
    assert ext.is_seen("http://a.test/old") and not ext.is_seen("http://a.test/new")
    ext.item_scraped(ArticleItem(url="http://a.test/new", source="a",
                                 listed_url="http://a.test/new?utm_source=rss"))
    ext.item_dropped(ArticleItem(url="http://a.test/en", source="a"), DropItem("non_italian: http://a.test/en"))
    ext.item_dropped(ArticleItem(url="http://a.test/x", source="a"), DropItem("store_error: http://a.test/x"))
    ext.listing_fetched("http://a.test/feed", '"v2"', None)
    ext.spider_closed(spider, "shutdown")  # interrupted: validators are not kept
    engine = open_database(ext.url)
    with Session(engine) as s:
        outcomes = dict(s.execute(select(SeenUrl.url, SeenUrl.outcome)).all())
        assert s.get(HttpValidator, "http://a.test/feed").etag == '"v1"'
    engine.dispose()
    assert outcomes == {"http://a.test/old": "stored", "http://a.test/new": "stored",
                        "http://a.test/en": "dropped:non_italian"}


def test_progress_table_and_log_file(tmp_path: Path) -> None:
    from rich.console import Console

    stats = {"mercato/source/a/requests": 12, "mercato/source/a/articles_new": 4,
             "mercato/source/a/rumours_found": 3, "mercato/source/b/feeds_not_modified": 2}
    console = Console(record=True, width=120)
    console.print(progress_table(stats, ["a", "b"], 3.2))
    text = console.export_text()
    assert "mercato crawl — 3 s" in text
    rows = {cells[0]: cells[1:] for line in text.splitlines() if line.startswith("│")
            for cells in [[c.strip() for c in line.strip("│").split("│")]]}
    assert "┃ pages fetched ┃ not modified ┃ articles new ┃ duplicates ┃ rumours ┃ errors ┃" in text
    assert rows == {"a": ["12", "0", "4", "0", "3", "0"], "b": ["0", "2", "0", "0", "0", "0"]}
    path = setup_logging(quiet=True, name="test", data_dir=tmp_path)
    try:
        logging.getLogger("mercato.test").info("into the file only")
        assert path is not None and "mercato.test: into the file only" in path.read_text(encoding="utf-8")
    finally:
        setup_logging(quiet=False, data_dir=tmp_path)


# -- end to end: crawls as child processes on the demo press -------------------------------------


@pytest.fixture()
def press(tmp_path: Path) -> Iterator[DemoServer]:
    """A private copy of the demo press (the additions test writes into it)."""
    root = tmp_path / "press"
    shutil.copytree(DEMO_DIR, root, ignore=shutil.ignore_patterns("_build"))
    with DemoServer(root) as server:
        yield server


@pytest.fixture()
def env(tmp_path: Path) -> dict[str, str]:
    url = f"sqlite:///{tmp_path / 'mercato.db'}"
    open_database(url).dispose()
    return {**os.environ, "MERCATO_DATABASE_URL": url, "MERCATO_DATA_DIR": str(tmp_path / "data"),
            "SCRAPY_SETTINGS_MODULE": "mercato.settings",
            **{f"MERCATO_{k}": str(v) for k, v in LOOPBACK_SETTINGS.items()}}


def last_run(env: dict[str, str]) -> tuple[CrawlRun, dict[str, RunSourceStats]]:
    engine = create_engine(env["MERCATO_DATABASE_URL"])
    try:
        with Session(engine) as s:
            run = s.execute(select(CrawlRun).order_by(CrawlRun.id.desc()).limit(1)).scalar_one()
            return run, {r.source: r for r in run.per_source}
    finally:
        engine.dispose()


def scrapy_crawl(env: dict[str, str], base_url: str) -> dict[str, Any]:
    argv = crawl_command([], sources_file=DEMO_SOURCES, base_url=base_url) + LOOPBACK
    done = subprocess.run(argv, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    run, _ = last_run(env)
    assert run.status == "ok", run.error
    return run.stats


def article_downloads(stats: dict[str, Any], base_url: str) -> int:
    """Independent of our counter: every download minus the registry's listings and robots.txt."""
    listings = sum(len(s.feeds) + len(s.sitemaps) + len(s.sections)
                   for s in load_registry(DEMO_SOURCES, base_url=base_url) if s.enabled)
    return stats.get("downloader/request_count", 0) - listings - 1


@needs_demo
def test_second_crawl_downloads_nothing_and_additions_exactly_three(press: DemoServer,
                                                                    env: dict[str, str]) -> None:
    gone = press.base_url + "/il-mercatino/gone.html"
    engine = open_database(env["MERCATO_DATABASE_URL"])
    with Session(engine) as s, s.begin():  # seen 61 days ago: past the 60-day horizon
        s.add(SeenUrl(url=gone, source="il-mercatino", outcome="stored",
                      seen_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=61)))
    first = scrapy_crawl(env, press.base_url)
    with Session(engine) as s:
        assert s.get(SeenUrl, gone) is None and first["mercato/seen_expired"] == 1
        stored = set(s.execute(select(Article.url)).scalars())
        assert stored and stored <= set(s.execute(select(SeenUrl.url)).scalars())
    engine.dispose()
    second = scrapy_crawl(env, press.base_url)
    shutil.copytree(ADDITIONS, Path(press.root), dirs_exist_ok=True)
    third = scrapy_crawl(env, press.base_url)
    counts = [s.get("mercato/article_pages", 0) for s in (first, second, third)]
    print("article pages downloaded per crawl:", counts,
          "requests:", [s.get("downloader/request_count") for s in (first, second, third)])
    assert counts[0] > 10 and counts[1:] == [0, 3]
    assert [article_downloads(s, press.base_url) for s in (first, second, third)] == counts
    registry = load_registry(DEMO_SOURCES, base_url=press.base_url)
    listings = sum(len(s.feeds) + len(s.sitemaps) for s in registry)
    assert second.get("mercato/feeds_not_modified") == listings  # every feed and sitemap answered 304
    assert third.get("mercato/articles_new") == 3
    assert third.get("mercato/source/il-mercatino/feeds_not_modified", 0) == 0  # its listings changed


def _run_cli(command: str, *args: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", CLI, command, *args], env=env, cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@needs_demo
def test_schedule_once_runs_the_nightly_job_in_a_child(press: DemoServer, env: dict[str, str],
                                                        tmp_path: Path) -> None:
    proc = _run_cli("schedule", "--once", "--sources", str(DEMO_SOURCES), "--base-url", press.base_url,
                    env=env)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err[-3000:]
    run, per_source = last_run(env)
    assert (run.trigger, run.status) == ("schedule", "ok")
    assert sum(r.articles_new for r in per_source.values()) > 10
    log_text = (tmp_path / "data" / "logs" / "scheduler.log").read_text(encoding="utf-8")
    assert "mercato.child: [nightly] INFO scrapy.core.engine: Spider opened" in log_text


@needs_demo
def test_sigterm_stops_the_scheduler_and_its_child_gracefully(press: DemoServer, env: dict[str, str]) -> None:
    """The long-running scheduler, started two minutes after the nightly time: it catches up at
    once (run missed while it was down), then gets SIGTERM in the middle of the crawl."""
    due = dt.datetime.now(ZoneInfo("Europe/Rome")) - dt.timedelta(minutes=2)
    slow = {**env, "MERCATO_DOWNLOAD_DELAY": "0.2", "MERCATO_CONCURRENT_REQUESTS": "2",
            "MERCATO_SCHEDULE_CRON": f"{due.minute} {due.hour} * * *"}
    proc = _run_cli("schedule", "--sources", str(DEMO_SOURCES), "--base-url", press.base_url, env=slow)
    engine = create_engine(env["MERCATO_DATABASE_URL"])
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            with Session(engine) as s:
                if s.scalar(select(func.count()).select_from(Article)):
                    break
            time.sleep(0.1)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
        run, per_source = last_run(env)
        assert run.status == "interrupted", err[-3000:]
        assert run.finished_at is not None and per_source  # the run row was completed
        with Session(engine) as s:
            articles = s.scalar(select(func.count()).select_from(Article))
            assert 0 < articles == run.stats["mercato/articles_new"]  # every stored item counted
            assert articles < 40  # it did stop early
            assert s.scalar(select(func.count()).select_from(HttpValidator)) == 0  # no 304 next time
    finally:
        engine.dispose()
    assert proc.returncode == 0
    assert "has not run: running it now" in err
    assert "SIGTERM received: stopping" in err and "scheduler stopped" in err


@needs_demo
def test_manual_crawl_exits_or_waits_when_the_scheduler_holds_a_source(
        press: DemoServer, env: dict[str, str], tmp_path: Path) -> None:
    registry = tmp_path / "sources.toml"  # the manual CLI has no --base-url: fill the placeholder
    registry.write_text(DEMO_SOURCES.read_text(encoding="utf-8").replace("{{BASE}}", press.base_url),
                        encoding="utf-8")
    engine = open_database(env["MERCATO_DATABASE_URL"])
    args = ("--sources", str(registry), "il-mercatino")
    try:
        with HeldLocks(engine, ["il-mercatino"], "schedule crawl (pid 1 on elsewhere)"):
            proc = _run_cli("crawl", *args, "--no-wait", env=env)
            _, err = proc.communicate(timeout=60)
        assert proc.returncode == 3
        assert "'il-mercatino' is being crawled by schedule crawl (pid 1 on elsewhere)" in err
        assert "use --wait to wait for it" in err
        with HeldLocks(engine, ["il-mercatino"], "schedule crawl (pid 2 on elsewhere)"):
            proc = _run_cli("crawl", *args, "--wait", env=env)
            assert proc.stderr is not None
            waiting = ""
            while "waiting up to" not in waiting and proc.poll() is None:
                waiting = proc.stderr.readline()
        _, err = proc.communicate(timeout=120)  # the "scheduled" crawl ended: the manual one goes on
    finally:
        engine.dispose()
    assert "is being crawled by schedule crawl (pid 2 on elsewhere)" in waiting
    assert proc.returncode == 0, err[-3000:]
    run, per_source = last_run(env)
    assert (run.trigger, run.status, sorted(per_source)) == ("manual", "ok", ["il-mercatino"])
