"""`mercato schedule`: an APScheduler 3.x BlockingScheduler that starts the nightly crawl.

One job crawls every enabled source at MERCATO_SCHEDULE_CRON (04:30 Europe/Rome, outside the
02:00-03:00 DST hole), one job per source with its own `schedule`. Every job runs
`scrapy crawl` in a child process (the reactor cannot restart) while holding that crawl's
source locks (`mercato.locks`). `max_instances=1` skips an overrunning job instead of doubling
it; `coalesce=True` turns a backlog into one run; the misfire grace lets a late scheduler (host
asleep) still run it, and `catch_up()` does the same for runs missed while it was not running.

Jobs are planned from the registry at start (restart after changing a `schedule`); the
nightly job re-reads the registry each night, so enabling a source needs no restart.
Daylight saving: APScheduler 3 runs a cron time inside 02:00-03:00 once on the last Sunday of
March (the hour does not exist) and twice on the last Sunday of October (it happens twice).
Weekdays in crontab lines count from Sunday=0 as in cron, not from Monday as in APScheduler 3.
"""

from __future__ import annotations

import datetime as dt
import logging
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger
from sqlalchemy import select

from mercato import settings as mercato_settings
from mercato.childcrawl import CrawlRunner
from mercato.db.models import CrawlRun
from mercato.registry import Source, load_registry

__all__ = ["NIGHTLY", "PlannedJob", "ScheduleConfig", "Scheduler", "catch_up", "describe_jobs",
           "fire_times", "make_trigger", "missed_fire_time", "plan_jobs", "run_once"]

log = logging.getLogger(__name__)

NIGHTLY = "nightly"
DOW_NAMES = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")


@dataclass(frozen=True)
class ScheduleConfig:
    """Everything the scheduler needs, read once from mercato.settings (env overrides included)."""

    cron: str = mercato_settings.MERCATO_SCHEDULE_CRON
    timezone: str = mercato_settings.MERCATO_SCHEDULE_TIMEZONE
    jitter: int = mercato_settings.MERCATO_SCHEDULE_JITTER
    misfire_grace: int = mercato_settings.MERCATO_SCHEDULE_MISFIRE_GRACE
    lock_wait: float = mercato_settings.MERCATO_LOCK_WAIT
    stale_after: float = mercato_settings.MERCATO_LOCK_STALE_AFTER
    sources_file: Path = Path(mercato_settings.MERCATO_SOURCES_FILE)
    database_url: str = field(default_factory=mercato_settings.database_url)
    base_url: str | None = None  # fills {{BASE}} of the demo registry
    settings: dict[str, Any] = field(default_factory=dict)  # extra -s options for the child

    def with_(self, **changes: Any) -> ScheduleConfig:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


@dataclass(frozen=True)
class PlannedJob:
    """One scheduler job: stable id, the sources it crawls (empty = every enabled one), its cron."""

    id: str
    sources: tuple[str, ...]
    cron: str

    @property
    def name(self) -> str:
        return "nightly crawl of all enabled sources" if self.id == NIGHTLY else f"crawl of {self.sources[0]}"


def _crontab_dow(field_: str) -> str:
    """Crontab weekdays (0 or 7 = Sunday) as names: APScheduler 3 numbers them from Monday."""
    if field_ == "*" or any(c.isalpha() for c in field_):
        return field_
    days: set[int] = set()
    for part in field_.split(","):
        rng, _, step = part.partition("/")
        if rng == "*":
            lo, hi = 0, 6
        else:
            lo_s, _, hi_s = rng.partition("-")
            lo, hi = int(lo_s), int(hi_s or (6 if step else lo_s))
        days.update(d % 7 for d in range(lo, hi + 1, int(step or 1)))
    return ",".join(DOW_NAMES[d] for d in sorted(days))


def make_trigger(cron: str, timezone: str, jitter: int | None = None) -> CronTrigger:
    """A CronTrigger from a standard 5-field crontab line, evaluated in `timezone`."""
    fields = cron.split()
    if len(fields) != 5:
        raise ValueError(f"cron {cron!r}: expected 5 fields (minute hour day month weekday)")
    minute, hour, day, month, dow = fields
    return CronTrigger(minute=minute, hour=hour, day=day, month=month, day_of_week=_crontab_dow(dow),
                       timezone=timezone, jitter=jitter or None)


def plan_jobs(registry: list[Source], cron: str) -> list[PlannedJob]:
    """The nightly job plus one job per enabled source that has its own schedule."""
    jobs = [PlannedJob(NIGHTLY, (), cron)]
    jobs += [PlannedJob(f"source:{s.name}", (s.name,), s.schedule)
             for s in registry if s.enabled and s.schedule]
    return jobs


def describe_jobs(config: ScheduleConfig, now: dt.datetime | None = None,
                  count: int = 3) -> list[tuple[PlannedJob, list[dt.datetime]]]:
    """Each planned job with its next `count` fire times (before jitter), for --show and status."""
    now = now or dt.datetime.now(dt.UTC)
    registry = load_registry(config.sources_file, base_url=config.base_url)
    return [(job, fire_times(make_trigger(job.cron, config.timezone), now, count))
            for job in plan_jobs(registry, config.cron)]


def _after(when: dt.datetime) -> dt.datetime:
    """One second later, computed in UTC: local arithmetic drops `fold` in the repeated DST hour."""
    return when.astimezone(dt.UTC) + dt.timedelta(seconds=1)


def fire_times(trigger: CronTrigger, start: dt.datetime, count: int) -> list[dt.datetime]:
    """The trigger's next `count` fire times from `start` (local time of the trigger's zone)."""
    times: list[dt.datetime] = []
    nxt = trigger.get_next_fire_time(None, start)
    while nxt is not None and len(times) < count:
        times.append(nxt)
        nxt = trigger.get_next_fire_time(nxt, _after(nxt))
    return times


def missed_fire_time(cron: str, timezone: str, now: dt.datetime, grace: float) -> dt.datetime | None:
    """The latest fire time in [now - grace, now], if the cron had one."""
    trigger = make_trigger(cron, timezone)
    last, nxt = None, trigger.get_next_fire_time(None, now - dt.timedelta(seconds=grace))
    while nxt is not None and nxt <= now:
        last, nxt = nxt, trigger.get_next_fire_time(nxt, _after(nxt))
    return last


def catch_up(session: Any, jobs: list[PlannedJob], config: ScheduleConfig,
             now: dt.datetime) -> set[str]:
    """Ids of jobs that should run right away: fired within the grace, no scheduled run since.

    APScheduler's misfire grace only covers a scheduler that is running but late; with the
    in-memory job store a restart forgets the missed run. The run records remember it.
    """
    due = set()
    for job in jobs:
        fired = missed_fire_time(job.cron, config.timezone, now, config.misfire_grace)
        if fired is None:
            continue
        runs = session.execute(select(CrawlRun.sources).where(
            CrawlRun.trigger == "schedule", CrawlRun.started_at >= fired)).scalars().all()
        if not any(not job.sources or set(job.sources) <= set(run_sources) for run_sources in runs):
            log.warning("%s was due at %s and has not run: running it now", job.name,
                        fired.isoformat(timespec="minutes"))
            due.add(job.id)
    return due


class Scheduler:
    """The long-running scheduler process: jobs, signals, and a clean stop of the child crawl."""

    def __init__(self, config: ScheduleConfig, *, scheduler_cls: type[BaseScheduler] = BlockingScheduler,
                 runner: CrawlRunner | None = None) -> None:
        self.config = config
        self.stop = threading.Event()
        self.runner = runner or CrawlRunner(config, self.stop)
        self.scheduler = scheduler_cls(
            timezone=config.timezone, executors={"default": ThreadPoolExecutor(max_workers=4)},
            job_defaults={"max_instances": 1, "coalesce": True, "misfire_grace_time": config.misfire_grace})

    def add_jobs(self, now: dt.datetime | None = None, due: set[str] | frozenset[str] = frozenset(),
                 func: Callable[[PlannedJob], Any] | None = None) -> list[Any]:
        """Add every planned job with a stable id (re-adding replaces, never duplicates)."""
        registry = load_registry(self.config.sources_file, base_url=self.config.base_url)
        now = now or dt.datetime.now(dt.UTC)
        added = []
        for job in plan_jobs(registry, self.config.cron):
            extra = {"next_run_time": now} if job.id in due else {}
            added.append(self.scheduler.add_job(
                func or self.runner.run, make_trigger(job.cron, self.config.timezone, self.config.jitter),
                args=[job], id=job.id, name=job.name, replace_existing=True, max_instances=1,
                coalesce=True, misfire_grace_time=self.config.misfire_grace, **extra))
        return added

    def request_stop(self, signum: int, _frame: Any = None) -> None:
        """First signal: stop scheduling, ask the child crawl to finish gracefully. Second: force."""
        if self.stop.is_set():
            log.warning("second %s: forcing the crawl to stop", signal.Signals(signum).name)
            self.runner.signal_children(signal.SIGTERM)
            return
        log.warning("%s received: stopping (the running crawl finishes its in-flight items)",
                    signal.Signals(signum).name)
        self.runner.request_stop()
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)

    def serve(self) -> None:
        """Run until SIGTERM/SIGINT; return once the running crawl (if any) has ended.

        The scheduler holds the SCHEDULER_LOCK row for its lifetime, so a second scheduler on
        the same database exits with LockBusy instead of crawling everything twice.
        """
        from sqlalchemy.orm import Session

        from mercato.crawlstate import open_database
        from mercato.locks import SCHEDULER_LOCK, HeldLocks, make_owner

        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, self.request_stop)
        engine = open_database(self.config.database_url)
        try:
            with HeldLocks(engine, [SCHEDULER_LOCK], make_owner("scheduler"),
                           stale_after=self.config.stale_after):
                registry = load_registry(self.config.sources_file, base_url=self.config.base_url)
                with Session(engine) as session:
                    due = catch_up(session, plan_jobs(registry, self.config.cron), self.config,
                                   dt.datetime.now(dt.UTC))
                now = dt.datetime.now(dt.UTC)
                for job in self.add_jobs(now, due=due):
                    nxt = now if job.id in due else job.trigger.get_next_fire_time(None, now)
                    log.info("job %s (%s): next run %s", job.id, job.name, nxt.isoformat(timespec="minutes"))
                if not self.stop.is_set():  # a signal during start-up: do not start at all
                    self.scheduler.start()  # blocks until request_stop() shuts it down
                self.runner.wait_idle()
        finally:
            engine.dispose()
        log.info("scheduler stopped")


def run_once(config: ScheduleConfig) -> int:
    """`mercato schedule --once`: the nightly job now, in the foreground; its exit code."""
    stop = threading.Event()
    runner = CrawlRunner(config, stop)

    def on_signal(signum: int, _frame: Any) -> None:
        if stop.is_set():
            log.warning("second %s: forcing the crawl to stop", signal.Signals(signum).name)
            runner.signal_children(signal.SIGTERM)
            return
        log.warning("%s received: stopping the crawl gracefully", signal.Signals(signum).name)
        runner.request_stop()

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, on_signal)
    return runner.run(PlannedJob(NIGHTLY, (), config.cron))
