"""`mercato status` warnings, from run rows written directly into the database.

Each test builds a history (runs + per-source counters) and checks which sources are flagged:
the rules are in `mercato.status`'s docstring.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from mercato import settings as mercato_settings
from mercato.cli_ops import status
from mercato.crawlstate import open_database
from mercato.db.models import CrawlLock, CrawlRun, RunSourceStats
from mercato.locks import SCHEDULER_LOCK
from mercato.status import build_report, render_report, source_warnings

NOW = dt.datetime(2026, 3, 20, 8, 0, tzinfo=dt.UTC)


@pytest.fixture()
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = open_database(f"sqlite:///{tmp_path / 'status.db'}")
    yield engine
    engine.dispose()


def add_runs(session: Session, history: list[dict[str, tuple[int, int]]], *, status: str = "ok",
             days_ago_first: int | None = None) -> None:
    """One nightly run per entry, oldest first; each maps source -> (articles_new, not_modified)."""
    first = days_ago_first if days_ago_first is not None else len(history)
    for i, per_source in enumerate(history):
        started = NOW - dt.timedelta(days=first - i)
        run = CrawlRun(spider="news", trigger="schedule", status=status, started_at=started,
                       finished_at=started + dt.timedelta(minutes=5), sources=sorted(per_source))
        session.add(run)
        session.flush()
        for name, (new, not_modified) in per_source.items():
            session.add(RunSourceStats(run_id=run.id, source=name, articles_new=new,
                                       feeds_not_modified=not_modified, requests=10))
    session.flush()


def kinds(session: Session, sources: list[str] | None = None) -> dict[str | None, str]:
    report = build_report(session, sources=sources, now=NOW)
    return {w.source: w.kind for w in report.warnings}


def test_healthy_history_has_no_warning(engine: Engine) -> None:
    with Session(engine) as s:
        add_runs(s, [{"a": (5, 0), "b": (0, 1)}, {"a": (3, 0), "b": (0, 1)}, {"a": (0, 1), "b": (2, 0)}])
        assert kinds(s) == {}


def test_source_gone_silent_is_flagged_but_a_304_night_is_not(engine: Engine) -> None:
    with Session(engine) as s:
        add_runs(s, [{"a": (4, 0), "b": (4, 0)},
                     {"a": (0, 0), "b": (0, 0)}, {"a": (0, 0), "b": (0, 1)}, {"a": (0, 0), "b": (0, 0)}])
        assert kinds(s) == {"a": "silent"}  # b had a 304 in between: the outlet was just quiet
        message = build_report(s, now=NOW).warnings[0].message
        assert "a: no new article in its last 3 runs although its listings changed; it had 4 in run 1" \
            in message


def test_two_quiet_runs_or_a_never_productive_source_are_not_flagged(engine: Engine) -> None:
    with Session(engine) as s:
        add_runs(s, [{"a": (4, 0), "new": (0, 0)}, {"a": (0, 0), "new": (0, 0)},
                     {"a": (0, 0), "new": (0, 0)}])
        assert kinds(s) == {}


def test_silence_needs_a_day_not_just_three_runs(engine: Engine) -> None:
    with Session(engine) as s:
        add_runs(s, [{"a": (4, 0)}])
        for hours in (6, 4, 2):  # three 2-hourly runs in one night: an outlet may sleep
            started = NOW - dt.timedelta(hours=hours)
            run = CrawlRun(spider="news", trigger="schedule", status="ok", started_at=started, sources=["a"])
            s.add(run)
            s.flush()
            s.add(RunSourceStats(run_id=run.id, source="a"))
        s.flush()
        assert kinds(s) == {}


def test_feed_unchanged_for_a_week_is_flagged(engine: Engine) -> None:
    with Session(engine) as s:
        add_runs(s, [{"a": (6, 0)}] + [{"a": (0, 1)}] * 8)
        assert kinds(s) == {"a": "unchanged"}


def test_last_run_failed_and_stuck_run(engine: Engine) -> None:
    with Session(engine) as s:
        add_runs(s, [{"a": (3, 0), "b": (3, 0)}])
        add_runs(s, [{"a": (0, 0)}], status="failed", days_ago_first=0)
        s.add(CrawlRun(spider="news", trigger="manual", status="running", sources=["b"],
                       started_at=NOW - dt.timedelta(hours=13)))
        s.flush()
        assert kinds(s) == {"a": "failed", None: "stuck"}
        # A disabled source (not in the list asked about) is not reported.
        assert kinds(s, sources=["b"]) == {None: "stuck"}


def test_interrupted_runs_neither_break_nor_make_silence() -> None:
    def run(i: int, status: str, new: int) -> CrawlRun:
        r = CrawlRun(id=i, spider="news", trigger="schedule", status=status, sources=["a"],
                     started_at=NOW - dt.timedelta(days=10 - i))
        r.per_source = [RunSourceStats(run_id=i, source="a", articles_new=new, feeds_not_modified=0)]
        return r

    runs = [run(i, s, n) for i, s, n in [(1, "ok", 2), (2, "ok", 0), (3, "interrupted", 5), (4, "ok", 0),
                                           (5, "ok", 0)]]
    assert [w.kind for w in source_warnings(runs[::-1], ["a"], NOW)] == ["silent"]


def test_render_and_cli_exit_code(engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    registry = tmp_path / "sources.toml"
    registry.write_text('[[source]]\nname = "a"\ntitle = "A"\nhome = "http://a.test/"\n'
                        'allowed_domains = ["a.test"]\nfeeds = ["http://a.test/feed"]\n', encoding="utf-8")
    with Session(engine) as s, s.begin():
        add_runs(s, [{"a": (4, 0)}, {"a": (0, 0)}, {"a": (0, 0)}, {"a": (0, 0)}])
        s.add(CrawlLock(source="a", owner="manual crawl (pid 1 on host)"))
        s.add(CrawlLock(source=SCHEDULER_LOCK, owner="scheduler (pid 2 on host)"))
    with Session(engine) as s:
        assert render_report(build_report(s, now=NOW)) is not None
    monkeypatch.setattr(mercato_settings, "MERCATO_DATABASE_URL", str(engine.url))
    app = typer.Typer()
    app.command()(status)
    result = CliRunner().invoke(app, ["--sources", str(registry), "--runs", "3"])
    assert result.exit_code == 1, result.output
    flat = " ".join(result.output.split())  # rich wraps at the runner's 80 columns
    assert "warning [silent]: a: no new article" in flat
    assert "crawling now: a by manual crawl" in flat
    assert "nightly" in flat  # the next scheduled run
    assert "scheduler running: scheduler (pid 2 on host)" in flat
    with Session(engine) as s, s.begin():
        add_runs(s, [{"a": (2, 0)}], days_ago_first=0)
    result = CliRunner().invoke(app, ["--sources", str(registry)])
    assert result.exit_code == 0 and "no warnings" in result.output
    assert "scheduler running" in result.output
