"""Shared fixtures: no proxies (nothing may reach the network), the demo press, databases.

The demo press (`data/demo/`) is served on 127.0.0.1 with a port chosen by the OS; its outlets,
special pages and expected outputs are described in `data/demo/MANIFEST.json`.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from mercato.db.engine import make_engine
from mercato.db.models import Base
from mercato.demo_server import DemoServer

ROOT = Path(__file__).resolve().parents[1]
DEMO_DIR = ROOT / "data" / "demo"
SHARED_DIR = ROOT.parent / "shared"
PG_ADMIN_URLS = ("postgresql+psycopg://postgres@127.0.0.1:5432/postgres",
                 "postgresql+psycopg://root@127.0.0.1:5432/postgres")

for _var in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
    os.environ.pop(_var, None)
os.environ["no_proxy"] = os.environ["NO_PROXY"] = "*"


@pytest.fixture(scope="session")
def demo_site() -> Iterator[DemoServer]:
    """The bundled demo press, served read-only for the whole session."""
    with DemoServer(DEMO_DIR) as server:
        yield server


@pytest.fixture(scope="session")
def demo_manifest() -> dict[str, Any]:
    return json.loads((DEMO_DIR / "MANIFEST.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED_DIR.is_dir():
        pytest.skip(f"the shared folder {SHARED_DIR} is absent on this machine")
    return SHARED_DIR


@pytest.fixture(scope="session")
def pg_server_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test session, dropped at the end.

    Uses the server on 127.0.0.1:5432 (our machines and CI run one); skips with a plain
    message when none answers, as on a laptop without PostgreSQL.
    """
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    name = f"mercato_test_{uuid.uuid4().hex[:8]}"
    for admin_url in PG_ADMIN_URLS:
        admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
            break
        except OperationalError:
            admin.dispose()
    else:
        pytest.skip("no PostgreSQL server answers on 127.0.0.1:5432 (start one to run these tests)")
    try:
        yield admin_url.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest) -> Iterator[Engine]:
    """A fresh schema on in-memory SQLite and on the session's PostgreSQL database (if any)."""
    url = "sqlite://" if request.param == "sqlite" else request.getfixturevalue("pg_server_url")
    eng = make_engine(url)
    Base.metadata.create_all(eng)
    yield eng
    Base.metadata.drop_all(eng)
    eng.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    with Session(engine) as s:
        yield s
