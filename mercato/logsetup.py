"""Logging for the entry points (CLI, scheduler): stderr plus a rotating file under data/logs/.

Library modules only ever call `logging.getLogger(__name__)`; this is the one place that adds
handlers. Each entry point writes its own file (`mercato.log`, `scheduler.log`) because two
processes rotating one file would lose lines. Scrapy is told `LOG_ENABLED=False` by our callers
so its records flow through these handlers instead of a second stderr handler.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path
from typing import Any

from mercato import settings as mercato_settings

__all__ = ["LOG_FORMAT", "log_dir", "setup_logging", "stderr_console"]

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 5 * 1024 * 1024
BACKUPS = 5
_MARK = "_mercato_handler"
_CONSOLE: Any = None


def log_dir(data_dir: str | Path | None = None) -> Path:
    """Where the log files go: `<data dir>/logs`."""
    return Path(data_dir or mercato_settings.MERCATO_DATA_DIR) / "logs"


def stderr_console() -> Any:
    """The one rich Console on stderr shared by log lines and the live progress display."""
    global _CONSOLE
    if _CONSOLE is None:
        from rich.console import Console

        _CONSOLE = Console(stderr=True)
    return _CONSOLE


def _mark(handler: logging.Handler) -> logging.Handler:
    setattr(handler, _MARK, True)
    return handler


def setup_logging(quiet: bool = False, *, name: str = "mercato", data_dir: str | Path | None = None,
                  console: Any = None) -> Path | None:
    """Install mercato's handlers on the root logger, replacing whatever was there.

    An entry point owns the root logger: a `basicConfig` handler left in place would print
    every warning twice.

    `quiet` keeps stderr to warnings and errors; the file always gets INFO and up. With a rich
    `console` (a live progress display owns the terminal) stderr lines go through it, so they
    print above the display instead of through it. Returns the log file, or None if the data
    folder is not writable (then stderr alone is used, said once on stderr).
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
        if getattr(handler, _MARK, False):
            handler.close()
    if console is not None:
        from rich.logging import RichHandler

        stderr: logging.Handler = RichHandler(console=console, show_path=False, rich_tracebacks=False)
        stderr.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    else:
        stderr = logging.StreamHandler(sys.stderr)
        stderr.setFormatter(logging.Formatter(LOG_FORMAT))
    stderr.setLevel(logging.WARNING if quiet else logging.INFO)
    root.addHandler(_mark(stderr))
    root.setLevel(logging.INFO)
    logging.getLogger("alembic").setLevel(logging.WARNING)  # "setup plugin ..." on every migrate()
    path = log_dir(data_dir) / f"{name}.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                            encoding="utf-8")
    except OSError as exc:
        logging.getLogger(__name__).warning("no log file (%s): logging to stderr only", exc)
        return None
    file_handler.setFormatter(logging.Formatter(LOG_FORMAT))
    file_handler.setLevel(logging.INFO)
    root.addHandler(_mark(file_handler))
    return path
