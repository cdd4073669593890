"""How many pages per second the clean stage handles inline and in the worker pool.

Reports numbers, never pass/fail: ``python bench/clean_speed.py [--rounds N] [--workers N]``.
Pages are the cleaning fixtures plus the demo press articles when data/demo is built.
"""

from __future__ import annotations

import argparse
import logging
import time
from pathlib import Path

from mercato.cleaning import clean_html
from mercato.workers import CleanerPool

__all__ = ["load_pages", "main"]

LOGGER = logging.getLogger("bench.clean_speed")
ROOT = Path(__file__).resolve().parents[1]
DEMO_BASE = b"http://127.0.0.1:8000"


def load_pages() -> list[tuple[bytes, str]]:
    """(html, url) for every fixture page and demo article found."""
    pages = [(p.read_bytes(), f"https://example.it/{p.name}")
             for p in sorted((ROOT / "tests/fixtures/cleaning").glob("*.html"))]
    demo = ROOT / "data/demo"
    for path in sorted(demo.glob("*/**/*.html")):
        if "_build" not in path.parts:
            url = DEMO_BASE.decode() + "/" + path.relative_to(demo).as_posix()
            pages.append((path.read_bytes().replace(b"{{BASE}}", DEMO_BASE), url))
    return pages


def _rate(count: int, seconds: float) -> str:
    return f"{count / seconds:8.1f} pages/s ({count} pages in {seconds:.2f} s)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="times each page is cleaned")
    parser.add_argument("--workers", type=int, default=2, help="pool size")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    pages = load_pages() * args.rounds
    total_bytes = sum(len(html) for html, _ in pages)
    LOGGER.info("%d pages, %.1f KiB on average", len(pages), total_bytes / len(pages) / 1024)

    clean_html(*pages[0])  # imports and regex compilation out of the measurement
    started = time.perf_counter()
    for html, url in pages:
        clean_html(html, url)
    LOGGER.info("inline          %s", _rate(len(pages), time.perf_counter() - started))

    started = time.perf_counter()
    with CleanerPool(max_workers=args.workers) as pool:
        pool.submit(*pages[0]).result()
        warm = time.perf_counter()
        futures = [pool.submit(html, url) for html, url in pages]
        for future in futures:
            future.result()
        done = time.perf_counter()
    LOGGER.info("pool start-up   %.2f s", warm - started)
    LOGGER.info("pool (%d workers) %s", args.workers, _rate(len(pages), done - warm))


if __name__ == "__main__":
    main()
