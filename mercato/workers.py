"""Run the cleaner in worker processes so that one pathological page cannot stall the crawl.

trafilatura and lxml are CPU-bound and a handful of real pages make them spin for minutes; a
pebble process pool gives each page a deadline and kills the worker that overruns it. Every
outcome, including timeouts and crashed workers, arrives as a ``CleanResult`` in the future.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Callable
from concurrent.futures import CancelledError, Future
from functools import partial
from typing import Any

from pebble import ProcessExpired, ProcessFuture, ProcessPool

from mercato.cleaning import MAX_HTML_BYTES, CleanResult, clean_html

__all__ = ["DEFAULT_TIMEOUT_S", "DEFAULT_WORKERS", "CleanerPool"]

LOGGER = logging.getLogger(__name__)

DEFAULT_WORKERS = 2  # the machines have 2 cores
DEFAULT_TIMEOUT_S = 20.0
# Recycle workers now and then: lxml and regex caches only grow over a long crawl.
MAX_TASKS_PER_WORKER = 500

CleanFn = Callable[..., CleanResult]


def _done(result: CleanResult) -> Future[CleanResult]:
    future: Future[CleanResult] = Future()
    future.set_result(result)
    return future


def _mp_context(start_method: str | None) -> Any:
    """Workers start from a fresh forkserver by default: forking a Twisted process with live
    threads can copy a held lock into the child and deadlock it."""
    if start_method is None or start_method not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context()
    context = multiprocessing.get_context(start_method)
    if start_method == "forkserver":
        context.set_forkserver_preload(["mercato.cleaning"])  # import trafilatura once, not per worker
    return context


class CleanerPool:
    """``submit(html, url, encoding)`` returns a future that always resolves to a CleanResult.

    ``max_workers=0`` cleans inline in the caller (tests, one-off CLI use); inline calls have no
    deadline because nothing can kill them. The size cap is checked before a page is shipped to a
    worker. ``clean_fn`` must be a picklable top-level function with clean_html's signature.
    """

    def __init__(
        self,
        max_workers: int = DEFAULT_WORKERS,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        *,
        max_bytes: int = MAX_HTML_BYTES,
        clean_fn: CleanFn = clean_html,
        start_method: str | None = "forkserver",
        max_tasks: int = MAX_TASKS_PER_WORKER,
    ) -> None:
        if max_workers < 0 or timeout_s <= 0:
            raise ValueError("max_workers must be >= 0 and timeout_s > 0")
        self.max_workers, self.timeout_s, self.max_bytes = max_workers, timeout_s, max_bytes
        self._clean_fn = clean_fn
        self._pool: ProcessPool | None = None
        self._closed = False
        if max_workers > 0:
            context = _mp_context(start_method)
            self._pool = ProcessPool(max_workers=max_workers, max_tasks=max_tasks, context=context)

    def submit(self, html: bytes | str, url: str, encoding: str | None = None) -> Future[CleanResult]:
        """Schedule one page; the deadline runs from the moment a worker picks it up."""
        if self._closed:
            raise RuntimeError("CleanerPool is closed")
        if len(html) > self.max_bytes:
            return _done(CleanResult(drop_reason="too_large"))
        kwargs = {"encoding": encoding, "max_bytes": self.max_bytes}
        if self._pool is None:
            return _done(self._run_inline(html, url, kwargs))
        try:
            task = self._pool.schedule(self._clean_fn, (html, url), kwargs, timeout=self.timeout_s)
        except RuntimeError as exc:  # the pool broke (workers cannot start) or was closed
            LOGGER.error("cleaner pool unusable (%s), dropping %s", exc, url)
            return _done(CleanResult(drop_reason="parse_error"))
        out: Future[CleanResult] = Future()
        task.add_done_callback(partial(_relay, out=out, url=url, timeout_s=self.timeout_s))
        # a consumer that gives up (asyncio cancellation) frees the worker too
        out.add_done_callback(lambda f: task.cancel() if f.cancelled() else None)
        return out

    def _run_inline(self, html: bytes | str, url: str, kwargs: dict[str, Any]) -> CleanResult:
        try:
            result = self._clean_fn(html, url, **kwargs)
        except Exception as exc:
            LOGGER.error("cleaner crashed on %s: %r", url, exc)
            return CleanResult(drop_reason="parse_error")
        return _checked(result, url)

    def close(self, *, wait: bool = True) -> None:
        """Finish queued pages (``wait``) or abandon them, then stop the workers."""
        self._closed = True
        if self._pool is None:
            return
        if wait:
            self._pool.close()
        else:
            self._pool.stop()
        self._pool.join()
        self._pool = None

    def __enter__(self) -> CleanerPool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close(wait=exc_info[0] is None)


def _checked(result: object, url: str) -> CleanResult:
    if not isinstance(result, CleanResult):
        LOGGER.error("cleaner returned %r instead of a CleanResult for %s", type(result), url)
        return CleanResult(drop_reason="parse_error")
    if result.drop_reason == "parse_error":
        LOGGER.warning("page could not be parsed: %s", url)
    return result


def _relay(task: ProcessFuture, *, out: Future[CleanResult], url: str, timeout_s: float) -> None:
    """Turn whatever ended the task into a CleanResult on ``out`` (runs in pebble's thread)."""
    try:
        result = _checked(task.result(), url)
    except TimeoutError:
        LOGGER.warning("cleaning took over %ss, worker killed: %s", timeout_s, url)
        result = CleanResult(drop_reason="timeout")
    except CancelledError:  # the pool was stopped or the consumer gave up
        LOGGER.info("cleaning cancelled: %s", url)
        result = CleanResult(drop_reason="timeout")
    except ProcessExpired as exc:
        LOGGER.error("cleaner worker died (exit code %s) on %s", exc.exitcode, url)
        result = CleanResult(drop_reason="parse_error")
    except Exception as exc:
        LOGGER.error("cleaner crashed on %s: %r", url, exc)
        result = CleanResult(drop_reason="parse_error")
    if out.set_running_or_notify_cancel():
        out.set_result(result)
