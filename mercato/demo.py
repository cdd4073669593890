"""`mercato demo`: serve the bundled demo press, crawl it with the real spiders, show the result."""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

from rich.console import Console

from mercato import settings as mercato_settings
from mercato.crawl import LOOPBACK_SETTINGS, run_crawl
from mercato.db.engine import make_engine, make_sessionmaker
from mercato.demo_server import DemoServer
from mercato.logsetup import setup_logging, stderr_console
from mercato.summary import render_run_summary, run_summary

__all__ = ["DEMO_DIR", "DEMO_SOURCES", "run_demo"]

log = logging.getLogger(__name__)

DEMO_DIR = Path(mercato_settings.PROJECT_DIR) / "data" / "demo"
DEMO_SOURCES = DEMO_DIR / "sources.toml"
# The demo's URLs contain the port, so a stable one keeps re-runs idempotent (same canonical
# URLs); when it is taken, any free port will do for a one-off run.
DEMO_PORT = 8765


def _serve() -> DemoServer:
    try:
        return DemoServer(DEMO_DIR, port=DEMO_PORT)
    except OSError:
        log.info("port %d is taken: serving the demo on a free port", DEMO_PORT)
        return DemoServer(DEMO_DIR)


def run_demo(database_url: str | None = None) -> None:
    """Crawl the demo press into `database_url` (default: the configured database) and summarise."""
    url = database_url or mercato_settings.database_url()
    console = Console()
    progress = sys.stderr.isatty()
    setup_logging(quiet=True, console=stderr_console() if progress else None)
    started = time.monotonic()
    with _serve() as server:
        console.print(f"Demo press served at {server.base_url}; crawling into {url}")
        stats = run_crawl([], sources_file=DEMO_SOURCES, base_url=server.base_url,
                          overrides={**LOOPBACK_SETTINGS, "MERCATO_DATABASE_URL": url,
                                     "LOG_ENABLED": False, "MERCATO_PROGRESS": progress})
    elapsed = time.monotonic() - started
    if stats.get("finish_reason") != "finished":
        raise RuntimeError(f"demo crawl ended early: {stats.get('finish_reason')}")
    engine = make_engine(url)
    try:
        with make_sessionmaker(engine)() as session:
            console.print(render_run_summary(run_summary(session, stats["mercato/run_id"])))
    finally:
        engine.dispose()
    console.print(f"Crawl took {elapsed:.1f} s.")
