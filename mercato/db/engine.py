"""Engine and sessions: SQLite file by default (WAL, busy timeout), any SQLAlchemy URL otherwise."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

__all__ = ["DatabaseError", "make_engine", "make_sessionmaker", "migrate"]

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 30_000


class DatabaseError(RuntimeError):
    """The database URL is unusable or the server cannot be reached: a one-line message for users."""


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """WAL lets the CLI read while a crawl writes; the busy timeout makes writers wait, not fail."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    """Build an engine for `url`, creating the folder of an SQLite file if needed."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(f"invalid database URL {url!r}: {exc}") from None
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() in ("", "psycopg2"):
        # psycopg 3 is the driver we install; a bare postgresql:// URL means it.
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_driver_name() == "psycopg":
        # psycopg prepares a statement after 5 runs; a plan made while the tables were nearly
        # empty then sticks to a long crawl's connection (3.7x slower dedup at 30k articles).
        return create_engine(parsed, pool_pre_ping=True, connect_args={"prepare_threshold": None})
    return create_engine(parsed, pool_pre_ping=True)


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded values after commit, so callers can read what they just wrote."""
    return sessionmaker(engine, expire_on_commit=False)


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision (Alembic owns the schema, even on SQLite)."""
    from alembic import command
    from alembic.config import Config

    here = Path(__file__).resolve().parent.parent
    cfg = Config()
    cfg.set_main_option("script_location", str(here / "migrations"))
    cfg.attributes["connection"] = None
    try:
        with engine.begin() as connection:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "head")
    except Exception as exc:  # the driver's own error types vary: report one line
        raise DatabaseError(f"cannot migrate {engine.url.render_as_string(hide_password=True)}: "
                            f"{str(exc).splitlines()[0]}") from exc
