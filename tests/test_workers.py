"""CleanerPool: deadlines, crashed workers and many pages, always answered with a CleanResult.

``scripted_clean`` stands in for clean_html inside the workers; its URL says what to do:
``slow:<pidfile>`` writes the worker's pid and sleeps far past any deadline, ``crash:`` kills the
worker process, ``raise:`` raises, anything else runs the real cleaner.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

import pytest

from mercato.cleaning import CleanResult, clean_html
from mercato.workers import CleanerPool

FIXTURES = Path(__file__).parent / "fixtures" / "cleaning"
PAGES = {p.name: p.read_bytes() for p in sorted(FIXTURES.glob("*.html"))}


def scripted_clean(html: bytes | str, url: str, **kwargs: object) -> CleanResult:
    if url.startswith("slow:"):
        Path(url.removeprefix("slow:")).write_text(str(os.getpid()))
        time.sleep(60)
    if url.startswith("crash:"):
        os._exit(3)
    if url.startswith("raise:"):
        raise ValueError("boom")
    return clean_html(html, url, **kwargs)  # type: ignore[arg-type]


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


@pytest.fixture
def pool() -> CleanerPool:
    with CleanerPool(max_workers=1, timeout_s=3.0, clean_fn=scripted_clean) as cleaner:
        yield cleaner


def test_inline_pool_runs_in_the_caller() -> None:
    cleaner = CleanerPool(max_workers=0)
    result = cleaner.submit(PAGES["jsonld_article.html"], "https://www.corrierebiancoverde.it/a").result(0)
    assert result.article is not None and result.article.title.startswith("Lupi, accordo vicino")
    assert cleaner.submit(b"<<<>>>", "https://x.it/garbage").result(0).drop_reason == "parse_error"
    cleaner.close()


def test_inline_crash_is_a_parse_error(caplog: pytest.LogCaptureFixture) -> None:
    cleaner = CleanerPool(max_workers=0, clean_fn=scripted_clean)
    with caplog.at_level(logging.ERROR, logger="mercato.workers"):
        assert cleaner.submit(b"<html/>", "raise:https://x.it/boom").result(0).drop_reason == "parse_error"
    assert "raise:https://x.it/boom" in caplog.text


def test_many_pages_come_back_like_inline() -> None:
    names = list(PAGES) * 4
    inline = CleanerPool(max_workers=0)
    expected = [inline.submit(PAGES[n], f"https://example.it/{n}").result(0) for n in names]
    with CleanerPool(max_workers=2, timeout_s=20) as cleaner:
        futures = [cleaner.submit(PAGES[n], f"https://example.it/{n}") for n in names]
        results = [f.result(timeout=60) for f in futures]
    assert results == expected
    assert {r.drop_reason for r in results} == {None, "empty", "not_article", "non_italian"}


def test_timeout_kills_the_worker_and_the_pool_goes_on(pool: CleanerPool, tmp_path: Path) -> None:
    pidfile = tmp_path / "pid"
    started = time.monotonic()
    result = pool.submit(b"<html></html>", f"slow:{pidfile}").result(timeout=30)
    assert result.drop_reason == "timeout"
    assert time.monotonic() - started < 20
    pid = int(pidfile.read_text())
    deadline = time.monotonic() + 10
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(pid), "the runaway worker is still running"
    after = pool.submit(PAGES["og_only.html"], "https://www.tifocampano.it/a").result(timeout=30)
    assert after.article is not None


def test_crashed_worker_is_a_parse_error_naming_the_url(
    pool: CleanerPool, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="mercato.workers"):
        died = pool.submit(b"<html/>", "crash:https://x.it/dies").result(timeout=30)
        raised = pool.submit(b"<html/>", "raise:https://x.it/raises").result(timeout=30)
    assert died.drop_reason == raised.drop_reason == "parse_error"
    assert "crash:https://x.it/dies" in caplog.text and "raise:https://x.it/raises" in caplog.text
    assert pool.submit(PAGES["og_only.html"], "https://x.it/ok").result(timeout=30).article is not None


def test_oversized_page_never_reaches_a_worker(pool: CleanerPool) -> None:
    cleaner = CleanerPool(max_workers=1, max_bytes=100, clean_fn=scripted_clean)
    future = cleaner.submit(b"x" * 101, "crash:https://x.it/huge")  # would kill a worker if shipped
    assert future.done() and future.result().drop_reason == "too_large"
    cleaner.close()


def test_submit_after_close_is_a_caller_bug() -> None:
    cleaner = CleanerPool(max_workers=1)
    cleaner.close()
    cleaner.close()  # idempotent
    with pytest.raises(RuntimeError):
        cleaner.submit(PAGES["og_only.html"], "https://x.it/late")
