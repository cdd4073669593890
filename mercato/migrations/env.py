"""Alembic environment: runs on the connection mercato hands over, or on MERCATO_DATABASE_URL."""

from __future__ import annotations

from typing import Any

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy import Connection

from mercato.db.base import UTCDateTime
from mercato.db.models import Base

target_metadata = Base.metadata


def _render_item(kind: str, obj: Any, autogen_context: AutogenContext) -> str | bool:
    """Migrations must not import app types that may change: UTCDateTime is a plain DateTime."""
    if kind == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER most things
        compare_type=True,
        render_item=_render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Use the caller's connection (mercato.db.engine.migrate) or build one from settings."""
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from mercato.db.engine import make_engine
    from mercato.settings import database_url

    engine = make_engine(database_url())
    with engine.begin() as conn:
        _run(conn)


run_migrations_online()
