"""Scrapy settings and mercato settings in one flat module; every name can be overridden by env.

Any UPPER_CASE setting below can be set from the environment as ``MERCATO_<NAME>`` (for mercato's
own settings, which already start with ``MERCATO_``, the variable is the name itself), so a
system cron or a container needs no edited file: ``MERCATO_DOWNLOAD_DELAY=0``,
``MERCATO_DATABASE_URL=postgresql://...``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

PROJECT_DIR = Path(__file__).resolve().parent.parent

BOT_NAME = "mercato"
SPIDER_MODULES = ["mercato.spiders"]
NEWSPIDER_MODULE = "mercato.spiders"

# Politeness for real outlets: they are someone else's servers.
USER_AGENT = "mercato/0.1 (+https://github.com/mercato-press/mercato; transfer-news research crawler)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
DOWNLOAD_DELAY_JITTER = 0.5  # each delay is 0.5x to 1.5x DOWNLOAD_DELAY
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 4 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"
HTTPERROR_ALLOWED_CODES: list[int] = []
# A dropped page (listing, English, empty) is routine, counted in the stats: not a warning.
DEFAULT_DROPITEM_LOG_LEVEL = "INFO"

DOWNLOADER_MIDDLEWARES = {
    # Conditional GETs for feeds and sitemaps (ETag / Last-Modified from the last run).
    "mercato.middlewares.ConditionalRequestMiddleware": 560,
}
EXTENSIONS = {
    # Seen-state, sitemap freshness and validators; live progress when MERCATO_PROGRESS is set.
    "mercato.extensions.CrawlStateExtension": 500,
    "mercato.extensions.ProgressExtension": 510,
}

ITEM_PIPELINES = {
    "mercato.pipelines.clean.CleanPipeline": 100,
    "mercato.pipelines.extract.ExtractPipeline": 200,
    "mercato.pipelines.dedup.DedupPipeline": 300,
    "mercato.pipelines.store.StorePipeline": 400,
}

# mercato's own settings.
MERCATO_DATA_DIR = str(PROJECT_DIR / "data")
MERCATO_DATABASE_URL = ""  # empty: sqlite file MERCATO_DATA_DIR/mercato.db
MERCATO_SOURCES_FILE = str(PROJECT_DIR / "data" / "sources.toml")
MERCATO_CLEAN_WORKERS = 2  # worker processes for trafilatura (0 = inline)
MERCATO_CLEAN_TIMEOUT = 20.0  # seconds per page before its worker is killed
MERCATO_MAX_HTML_BYTES = 3 * 1024 * 1024
MERCATO_KEEP_RAW_HTML = True
MERCATO_TRIGGER = "manual"  # manual | schedule: recorded on the run row
MERCATO_SEEN_HORIZON_DAYS = 60
MERCATO_INCREMENTAL = True  # False: refetch everything (a full recrawl)
MERCATO_PROGRESS = False  # live rich table on stderr (the CLI turns it on in a terminal)
MERCATO_RUMOUR_SILENCE_DAYS = 120
# The scheduler (`mercato schedule`): nightly crawl of every enabled source, outside the DST hole.
MERCATO_SCHEDULE_CRON = "30 4 * * *"
MERCATO_SCHEDULE_TIMEZONE = "Europe/Rome"
MERCATO_SCHEDULE_JITTER = 600  # seconds of random delay, so many installs do not hit outlets at once
MERCATO_SCHEDULE_MISFIRE_GRACE = 6 * 3600  # a run missed (host asleep, scheduler down) still runs this late
MERCATO_LOCK_WAIT = 2 * 3600  # seconds a crawl waits for a source another crawl holds (when it waits)
MERCATO_LOCK_STALE_AFTER = 600  # a lock whose heartbeat is older than this belongs to a dead crawl


def _coerce(default: Any, raw: str) -> Any:
    """Read an env string as the type of the default it overrides."""
    if isinstance(default, bool):
        return raw.strip().lower() in ("1", "true", "yes", "on")
    if isinstance(default, int):
        return int(raw)
    if isinstance(default, float):
        return float(raw)
    if isinstance(default, list | dict):
        import json

        return json.loads(raw)
    return raw


def _apply_env_overrides(namespace: dict[str, Any]) -> None:
    for name, default in list(namespace.items()):
        if not name.isupper() or name.startswith("_"):
            continue
        env_name = name if name.startswith("MERCATO_") else f"MERCATO_{name}"
        raw = os.environ.get(env_name)
        if raw is not None:
            try:
                namespace[name] = _coerce(default, raw)
            except ValueError as exc:
                raise SystemExit(f"mercato: bad value for {env_name}={raw!r}: {exc}") from None


_apply_env_overrides(globals())


def database_url(data_dir: str | None = None) -> str:
    """The database URL in force: MERCATO_DATABASE_URL, or the SQLite file in the data folder."""
    if MERCATO_DATABASE_URL:
        return MERCATO_DATABASE_URL
    return f"sqlite:///{Path(data_dir or MERCATO_DATA_DIR) / 'mercato.db'}"
