"""Run one scheduled crawl as a `scrapy crawl` child process, under its sources' locks.

The scheduler process holds the locks (and heartbeats them) for as long as the child lives,
relays the child's log lines into its own log, and on shutdown sends the child SIGTERM: Scrapy
then stops taking new requests, lets in-flight items through the pipelines and records the run
as "interrupted". The child runs in its own session so a Ctrl-C in the scheduler's terminal
reaches only the scheduler, which forwards exactly one signal (a second would force Scrapy).
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import subprocess
import threading
import time
from typing import TYPE_CHECKING

from mercato import settings as mercato_settings
from mercato.crawl import crawl_command
from mercato.crawlstate import open_database
from mercato.locks import HeldLocks, LockBusy, make_owner
from mercato.registry import load_registry, select_sources

if TYPE_CHECKING:
    from mercato.scheduler import PlannedJob, ScheduleConfig

__all__ = ["CHILD_LOG_FORMAT", "EXIT_BUSY", "CrawlRunner"]

log = logging.getLogger(__name__)
child_log = logging.getLogger("mercato.child")

CHILD_LOG_FORMAT = "%(levelname)s %(name)s: %(message)s"  # the relay adds time and level
EXIT_BUSY = 3
STOP_TIMEOUT = 300.0  # seconds a stopping crawl gets before it is killed
LEVELS = {"DEBUG": logging.DEBUG, "INFO": logging.INFO, "WARNING": logging.WARNING,
          "ERROR": logging.ERROR, "CRITICAL": logging.CRITICAL}


class CrawlRunner:
    """The job function of the scheduler (`run`), and the registry of running children."""

    def __init__(self, config: ScheduleConfig, stop: threading.Event) -> None:
        self.config = config
        self.stop = stop
        self._children: set[subprocess.Popen[str]] = set()
        self._lock = threading.RLock()  # RLock: the signal handler may interrupt its own thread
        self._idle = threading.Condition()
        self._active = 0

    def command(self, names: list[str]) -> list[str]:
        argv = crawl_command(names, sources_file=self.config.sources_file, trigger="schedule",
                             base_url=self.config.base_url)
        extra = {"LOG_FORMAT": CHILD_LOG_FORMAT, **self.config.settings}
        for key, value in extra.items():
            argv += ["-s", f"{key}={value}"]
        return argv

    def run(self, job: PlannedJob) -> int:
        """Crawl the job's sources in a child process; the child's exit code (EXIT_BUSY if locked)."""
        with self._idle:
            self._active += 1
        try:
            return self._run(job)
        finally:
            with self._idle:
                self._active -= 1
                self._idle.notify_all()

    def _run(self, job: PlannedJob) -> int:
        if self.stop.is_set():
            return 0
        registry = load_registry(self.config.sources_file, base_url=self.config.base_url)
        chosen = [s for s in select_sources(registry, list(job.sources)) if s.enabled]
        if not chosen:
            log.warning("%s: no enabled source to crawl", job.name)
            return 0
        names = [s.name for s in chosen]
        engine = open_database(self.config.database_url)
        try:
            with HeldLocks(engine, names, make_owner("schedule crawl"), wait=self.config.lock_wait,
                           stale_after=self.config.stale_after, stop=self.stop):
                return self._spawn(job, names)
        except LockBusy as exc:
            log.error("%s skipped: %s", job.name, exc)
            return EXIT_BUSY
        finally:
            engine.dispose()

    def _spawn(self, job: PlannedJob, names: list[str]) -> int:
        env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "mercato.settings", "PYTHONUNBUFFERED": "1",
               "MERCATO_DATABASE_URL": self.config.database_url}
        with self._lock:
            if self.stop.is_set():
                return 0
            proc = subprocess.Popen(self.command(names), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                    text=True, encoding="utf-8", errors="replace", env=env,
                                    cwd=mercato_settings.PROJECT_DIR, start_new_session=True)
            self._children.add(proc)
        started = time.monotonic()
        log.info("%s started (pid %d, %d source(s))", job.name, proc.pid, len(names))
        try:
            self._relay(proc, job.id)
            code = proc.wait()
        finally:
            with self._lock:
                self._children.discard(proc)
        took = time.monotonic() - started
        if code == 0:
            log.info("%s ended after %.0f s", job.name, took)
        else:
            log.error("%s failed with exit code %d after %.0f s", job.name, code, took)
        return code

    def _relay(self, proc: subprocess.Popen[str], job_id: str) -> None:
        """Child lines into our log, at their own level (continuation lines keep the last one)."""
        level = logging.INFO
        assert proc.stdout is not None
        for raw in proc.stdout:
            line = raw.rstrip()
            if not line:
                continue
            level = LEVELS.get(line.split(" ", 1)[0], level)
            child_log.log(level, "[%s] %s", job_id, line)

    def signal_children(self, sig: int) -> None:
        with self._lock:
            for proc in self._children:
                if proc.poll() is None:
                    log.info("sending %s to crawl pid %d", signal.Signals(sig).name, proc.pid)
                    proc.send_signal(sig)

    def request_stop(self, timeout: float = STOP_TIMEOUT) -> None:
        """No new crawl starts; a running one gets SIGTERM, and is killed if alive after `timeout`."""
        self.stop.set()
        self.signal_children(signal.SIGTERM)
        watchdog = threading.Timer(timeout, self.kill_children)
        watchdog.daemon = True
        watchdog.start()

    def kill_children(self) -> None:
        with self._lock:
            for proc in self._children:
                if proc.poll() is None:
                    log.error("crawl pid %d still running after the stop request: killing it", proc.pid)
                    with contextlib.suppress(ProcessLookupError):
                        os.killpg(proc.pid, signal.SIGKILL)

    def wait_idle(self, timeout: float = STOP_TIMEOUT + 30) -> bool:
        """Wait for the running jobs (child crawl, lock release) to end; True if they did."""
        with self._idle:
            return self._idle.wait_for(lambda: not self._active, timeout=timeout)
