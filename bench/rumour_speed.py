#!/usr/bin/env python3
"""Time the rumour extractor per article: mean, median and p95 over the dev texts and the seed,
plus one 2 MB blob of random words (which must yield nothing, fast enough not to stall a crawl).

Usage: python bench/rumour_speed.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

from mercato.cleaning import clean_html
from mercato.rumours import extract_rumours, load_lexicon

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "rumours"
SEED = ROOT.parent / "shared" / "seed-article.txt"


def _texts() -> list[str]:
    ids = [
        json.loads(line)["id"] for line in (FIXTURES / "dev.jsonl").read_text().splitlines() if line.strip()
    ]
    texts = [_text(FIXTURES / "texts" / f"{i}.txt") for i in ids]
    if SEED.exists():
        texts.append(SEED.read_text(encoding="utf-8"))
    return texts


def _text(path: Path) -> str:
    """A fixture's article text: the .txt itself, or the text cleaned out of its .html page
    (extraction is timed, not cleaning)."""
    if path.exists():
        return path.read_text(encoding="utf-8")
    html = path.with_suffix(".html")
    article = clean_html(html.read_bytes(), html.resolve().as_uri()).article
    return article.text if article else ""


def _joined(texts: list[str], target: int = 3_000) -> list[str]:
    """Consecutive dev texts joined into ~3,000-character articles: the issue's "typical article"
    is longer than most fixtures, so its time is measured rather than extrapolated per character."""
    joined, current = [], ""
    for text in texts:
        current = f"{current}\n\n{text}" if current else text
        if len(current) >= target:
            joined.append(current[:target].rsplit(" ", 1)[0])
            current = ""
    return joined


def _blob(size: int = 2_000_000) -> str:
    """Random words, some capitalised, with punctuation and blank lines: noise, not news."""
    rng = random.Random(7)
    alphabet = "abcdefghilmnopqrstuvz"
    words = []
    total = 0
    while total < size:
        w = "".join(rng.choice(alphabet) for _ in range(rng.randint(2, 10)))
        w = w.capitalize() if rng.random() < 0.15 else w
        w += rng.choice(["", "", "", ",", ".", ".\n\n"])
        words.append(w)
        total += len(w) + 1
    return " ".join(words)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5, help="passes over the texts (the first warms caches)")
    args = ap.parse_args(argv)
    load_lexicon()  # loading the lexicon is a once-per-process cost, not per article
    texts = _texts()
    times: list[float] = []
    for _ in range(args.repeat):
        for text in texts:
            start = time.perf_counter()
            extract_rumours(text)
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    chars = statistics.mean(len(t) for t in texts)
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    per_kchar = statistics.mean(times) / chars * 1000
    print(
        f"articles={len(texts)} x{args.repeat} mean_chars={chars:.0f} "
        f"mean={statistics.mean(times):.2f} ms median={statistics.median(times):.2f} ms p95={p95:.2f} ms "
        f"({per_kchar:.2f} ms per 1,000 characters)"
    )
    if SEED.exists():
        seed = SEED.read_text(encoding="utf-8")
        runs = []
        for _ in range(max(args.repeat, 20)):
            start = time.perf_counter()
            extract_rumours(seed)
            runs.append((time.perf_counter() - start) * 1000)
        print(f"seed chars={len(seed)} median={statistics.median(runs):.2f} ms")
    long_texts = _joined(texts)
    long_runs: list[float] = []
    for _ in range(args.repeat):
        for text in long_texts:
            start = time.perf_counter()
            extract_rumours(text)
            long_runs.append((time.perf_counter() - start) * 1000)
    long_chars = statistics.mean(len(t) for t in long_texts)
    print(
        f"joined articles={len(long_texts)} mean_chars={long_chars:.0f} "
        f"mean={statistics.mean(long_runs):.2f} ms median={statistics.median(long_runs):.2f} ms "
        f"({statistics.mean(long_runs) / long_chars * 1000:.2f} ms per 1,000 characters)"
    )
    blob = _blob()
    start = time.perf_counter()
    found = extract_rumours(blob)
    elapsed = (time.perf_counter() - start) * 1000
    print(f"blob={len(blob) / 1e6:.1f} MB rumours={len(found)} time={elapsed:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
