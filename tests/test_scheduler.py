"""The scheduler without waiting for the clock: fire times across DST, jobs, misfire, coalesce.

Fire times are asked of the triggers directly; misfire, coalescing and max_instances run a
real APScheduler (BackgroundScheduler) under time-machine, moving the clock past fire times
and waking the scheduler up.
"""

from __future__ import annotations

import datetime as dt
import logging
import signal
import threading
import time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine
from apscheduler.events import EVENT_JOB_MAX_INSTANCES, EVENT_JOB_MISSED
from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy.orm import Session

from mercato.childcrawl import CrawlRunner
from mercato.crawlstate import open_database
from mercato.db.models import CrawlRun
from mercato.locks import SCHEDULER_LOCK, HeldLocks, LockBusy, holders
from mercato.scheduler import (
    NIGHTLY,
    PlannedJob,
    ScheduleConfig,
    Scheduler,
    catch_up,
    describe_jobs,
    fire_times,
    make_trigger,
    missed_fire_time,
)

ROME = ZoneInfo("Europe/Rome")
REGISTRY = """
[[source]]
name = "alpha"
title = "Alpha"
home = "http://alpha.test/"
allowed_domains = ["alpha.test"]
feeds = ["http://alpha.test/feed"]
schedule = "15 */2 * 1,6,7,8 *"

[[source]]
name = "beta"
title = "Beta"
home = "http://beta.test/"
allowed_domains = ["beta.test"]
feeds = ["http://beta.test/feed"]

[[source]]
name = "gamma"
title = "Gamma (disabled)"
home = "http://gamma.test/"
allowed_domains = ["gamma.test"]
feeds = ["http://gamma.test/feed"]
enabled = false
schedule = "0 * * * *"
"""


@pytest.fixture()
def config(tmp_path: Path) -> ScheduleConfig:
    path = tmp_path / "sources.toml"
    path.write_text(REGISTRY, encoding="utf-8")
    return ScheduleConfig(sources_file=path, database_url=f"sqlite:///{tmp_path / 'm.db'}", jitter=0)


def local(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=ROME)


def utc_hours(times: list[dt.datetime]) -> list[str]:
    return [t.astimezone(dt.UTC).strftime("%m-%d %H:%M") for t in times]


def test_nightly_stays_at_0430_local_across_both_dst_changes() -> None:
    trigger = make_trigger("30 4 * * *", "Europe/Rome")
    spring = fire_times(trigger, local(2026, 3, 27, 12, 0), 3)  # DST starts Sunday 29 March 2026
    assert [t.strftime("%d %H:%M") for t in spring] == ["28 04:30", "29 04:30", "30 04:30"]
    assert utc_hours(spring) == ["03-28 03:30", "03-29 02:30", "03-30 02:30"]
    autumn = fire_times(trigger, local(2026, 10, 23, 12, 0), 3)  # DST ends Sunday 25 October 2026
    assert utc_hours(autumn) == ["10-24 02:30", "10-25 03:30", "10-26 03:30"]


def test_cron_inside_the_dst_hour_documented_behaviour() -> None:
    """APScheduler 3 runs a 02:15 job once in March (the hour does not exist) and twice in
    October (the hour happens twice): why the nightly default sits at 04:30."""
    trigger = make_trigger("15 2 * * *", "Europe/Rome")
    assert utc_hours(fire_times(trigger, local(2026, 3, 28, 12, 0), 2)) == ["03-29 01:15", "03-30 00:15"]
    assert utc_hours(fire_times(trigger, local(2026, 10, 24, 12, 0), 3)) == [
        "10-25 00:15", "10-25 01:15", "10-26 01:15"]


def test_crontab_weekdays_count_from_sunday() -> None:
    """APScheduler 3 numbers weekdays from Monday; our registry speaks standard crontab."""
    weekdays = fire_times(make_trigger("0 6 * * 1-5", "Europe/Rome"), local(2026, 3, 1, 12, 0), 6)
    assert [t.strftime("%a") for t in weekdays] == ["Mon", "Tue", "Wed", "Thu", "Fri", "Mon"]
    sundays = fire_times(make_trigger("0 6 * * 0,7", "Europe/Rome"), local(2026, 3, 1, 12, 0), 2)
    assert [t.strftime("%a %d") for t in sundays] == ["Sun 08", "Sun 15"]
    odd = fire_times(make_trigger("0 6 * * */2", "Europe/Rome"), local(2026, 3, 1, 0, 0), 4)
    assert [t.strftime("%a") for t in odd] == ["Sun", "Tue", "Thu", "Sat"]
    with pytest.raises(ValueError, match="expected 5 fields"):
        make_trigger("30 4 * *", "Europe/Rome")


def test_jitter_delays_within_its_bound() -> None:
    trigger = make_trigger("30 4 * * *", "Europe/Rome", jitter=600)
    start = local(2026, 3, 10, 12, 0)
    for _ in range(20):
        fire = trigger.get_next_fire_time(None, start)
        assert local(2026, 3, 11, 4, 30) <= fire <= local(2026, 3, 11, 4, 40)


def test_jobs_have_stable_ids_and_re_adding_replaces(config: ScheduleConfig) -> None:
    sched = Scheduler(config, scheduler_cls=BackgroundScheduler)
    sched.add_jobs(func=print)
    sched.add_jobs(func=print)  # a reload must not double the jobs
    sched.scheduler.start(paused=True)
    try:
        jobs = {j.id: j for j in sched.scheduler.get_jobs()}
        assert sorted(jobs) == [NIGHTLY, "source:alpha"]  # gamma is disabled, beta has no schedule
        for job in jobs.values():
            assert (job.max_instances, job.coalesce, job.misfire_grace_time) == (1, True, 6 * 3600)
        assert jobs[NIGHTLY].args == (PlannedJob(NIGHTLY, (), "30 4 * * *"),)
    finally:
        sched.scheduler.shutdown(wait=False)


def test_show_lists_next_fire_times(config: ScheduleConfig) -> None:
    shown = dict((job.id, times) for job, times in describe_jobs(config, local(2026, 5, 31, 23, 0), 2))
    assert [t.strftime("%m-%d %H:%M") for t in shown[NIGHTLY]] == ["06-01 04:30", "06-02 04:30"]
    assert [t.strftime("%m-%d %H:%M") for t in shown["source:alpha"]] == ["06-01 00:15", "06-01 02:15"]


def _run_scheduler(config: ScheduleConfig, start: dt.datetime, jump_to: dt.datetime,
                   job: threading.Event | None = None, listen: int = 0) -> tuple[list[dt.datetime], list]:
    """Start at `start`, move the clock to `jump_to` (host asleep), wake up; what ran, what events."""
    ran: list[dt.datetime] = []
    events: list = []
    done = threading.Event()

    def crawl(planned: PlannedJob) -> None:
        ran.append(dt.datetime.now(ROME))
        done.set()
        if job is not None:
            job.wait(10)

    with time_machine.travel(start, tick=True) as traveller:
        sched = Scheduler(config, scheduler_cls=BackgroundScheduler)
        def listener(event: object) -> None:
            events.append(event)
            done.set()

        if listen:
            sched.scheduler.add_listener(listener, listen)
        sched.add_jobs(func=crawl)
        sched.scheduler.remove_job("source:alpha")
        sched.scheduler.start()
        try:
            traveller.move_to(jump_to)
            sched.scheduler.wakeup()
            done.wait(3)
            time.sleep(0.3)
            if job is not None:  # a second fire time while the first run is still going
                traveller.move_to(jump_to + dt.timedelta(days=1))
                sched.scheduler.wakeup()
                time.sleep(0.5)
                job.set()
        finally:
            sched.scheduler.shutdown(wait=True)
    return ran, events


def test_late_wakeup_within_grace_runs_once_coalesced(config: ScheduleConfig) -> None:
    # Asleep from 10 March 04:00 to 12 March 06:00: three 04:30 runs are due; one run happens.
    ran, _ = _run_scheduler(config, local(2026, 3, 10, 4, 0), local(2026, 3, 12, 6, 0))
    assert len(ran) == 1 and ran[0].date() == dt.date(2026, 3, 12)


def test_wakeup_after_the_grace_skips_the_run(config: ScheduleConfig) -> None:
    late = config.with_(misfire_grace=3600)
    ran, events = _run_scheduler(late, local(2026, 3, 10, 4, 0), local(2026, 3, 10, 6, 0),
                                 listen=EVENT_JOB_MISSED)
    assert ran == [] and [e.job_id for e in events] == [NIGHTLY]


def test_overrunning_crawl_is_not_doubled(config: ScheduleConfig) -> None:
    release = threading.Event()
    ran, events = _run_scheduler(config, local(2026, 3, 10, 4, 0), local(2026, 3, 10, 4, 31),
                                 job=release, listen=EVENT_JOB_MAX_INSTANCES)
    assert len(ran) == 1 and [e.job_id for e in events] == [NIGHTLY]


def test_missed_fire_time_and_catch_up_after_a_restart(config: ScheduleConfig) -> None:
    now = local(2026, 3, 10, 7, 0)
    assert missed_fire_time("30 4 * * *", "Europe/Rome", now, 6 * 3600) == local(2026, 3, 10, 4, 30)
    assert missed_fire_time("30 4 * * *", "Europe/Rome", now, 3600) is None
    jobs = [PlannedJob(NIGHTLY, (), "30 4 * * *"), PlannedJob("source:alpha", ("alpha",), "0 6 * * *")]
    engine = open_database(config.database_url)
    try:
        with Session(engine) as session:
            assert catch_up(session, jobs, config, now) == {NIGHTLY, "source:alpha"}
            session.add(CrawlRun(spider="news", trigger="schedule", status="ok", sources=["alpha", "beta"],
                                 started_at=local(2026, 3, 10, 4, 33)))
            session.add(CrawlRun(spider="news", trigger="manual", status="ok", sources=["alpha"],
                                 started_at=local(2026, 3, 10, 6, 30)))  # manual runs do not count
            session.flush()
            assert catch_up(session, jobs, config, now) == {"source:alpha"}
    finally:
        engine.dispose()


def test_a_second_scheduler_on_the_same_database_refuses_to_start(config: ScheduleConfig) -> None:
    engine = open_database(config.database_url)
    try:
        with HeldLocks(engine, [SCHEDULER_LOCK], "scheduler (pid 1 on elsewhere)"), \
                pytest.raises(LockBusy, match="scheduler \\(pid 1 on elsewhere\\)"):
            Scheduler(config, scheduler_cls=BackgroundScheduler).serve()
    finally:
        engine.dispose()


def test_serve_plans_jobs_and_releases_its_lock(config: ScheduleConfig,
                                                caplog: pytest.LogCaptureFixture) -> None:
    """serve() with a BackgroundScheduler returns at once: enough to check its start-up."""
    class QuietRunner(CrawlRunner):
        def run(self, job: PlannedJob) -> int:  # never start a real crawl from a unit test
            ran.append(job.id)
            return 0

    ran: list[str] = []
    saved = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}
    sched = Scheduler(config, scheduler_cls=BackgroundScheduler)
    sched.runner = QuietRunner(config, sched.stop)
    try:
        # 05:00 in Rome: the 04:30 nightly run is due (missed while the scheduler was down).
        with caplog.at_level(logging.INFO, logger="mercato.scheduler"), \
                time_machine.travel(local(2026, 3, 10, 5, 0), tick=True):
            sched.serve()
            time.sleep(0.3)
        assert sorted(j.id for j in sched.scheduler.get_jobs()) == [NIGHTLY, "source:alpha"]
        assert "job source:alpha (crawl of alpha): next run 2026-06-01T00:15" in caplog.text
        assert "was due at 2026-03-10T04:30+01:00 and has not run: running it now" in caplog.text
        assert ran == [NIGHTLY]
    finally:
        sched.scheduler.shutdown(wait=False)
        for sig, handler in saved.items():
            signal.signal(sig, handler)
    engine = open_database(config.database_url)
    try:
        assert holders(engine, [SCHEDULER_LOCK]) == []
    finally:
        engine.dispose()
