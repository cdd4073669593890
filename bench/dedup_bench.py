"""Benchmark of article dedup: throughput, detection per similarity band, false merges, scaling, memory.

Each synthetic article is stored as the store pipeline would (one transaction: insert, content
hash + MinHash, band rows, group linking); the dedup time is fingerprint + `index_article` +
`link_duplicates`. Run from the repository root:

    .venv/bin/python bench/dedup_bench.py --n 100000            # SQLite file in a temp folder
    .venv/bin/python bench/dedup_bench.py --n 10000 --url postgresql://postgres@127.0.0.1/bench
    .venv/bin/python bench/dedup_bench.py --n 30000 --url ... --pg-no-prepare
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dedup_corpus import Corpus, jaccard

from mercato.db.base import Base
from mercato.db.engine import make_engine
from mercato.db.models import Article, Source
from mercato.dedup.articles import index_article, link_duplicates
from mercato.dedup.fingerprint import FINGERPRINT_VERSION, NEAR_THRESHOLD, fingerprint

BANDS = ((0.0, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01))
WINDOW = 500


def ingest(url: str, n: int, seed: int, checkpoints: list[int], no_prepare: bool = False) -> dict:
    engine = make_engine(url)
    if no_prepare and engine.dialect.name == "postgresql":
        # psycopg prepares a statement after 5 runs; its generic plan, made while the tables
        # were nearly empty, can stay in use on a long-lived connection (see the report).
        engine = create_engine(engine.url, pool_pre_ping=True, connect_args={"prepare_threshold": None})
    Base.metadata.drop_all(engine)
    Base.metadata.create_all(engine)
    corpus = Corpus(n, seed=seed)
    dedup_ms: list[float] = []
    scaling: dict[int, tuple[float, float]] = {}
    sources: dict[str, int] = {}
    gen_s = store_s = 0.0
    t_gen = time.perf_counter()
    for i, doc in enumerate(corpus.docs()):
        t0 = time.perf_counter()
        gen_s += t0 - t_gen
        with Session(engine) as session, session.begin():
            if doc.outlet not in sources:
                src = Source(name=doc.outlet, home_url=f"https://{doc.outlet}.it")
                session.add(src)
                session.flush()
                sources[doc.outlet] = src.id
            article = Article(url=doc.url, canonical_url=doc.url, source_id=sources[doc.outlet],
                              text=doc.text, published=doc.published, content_hash="")
            session.add(article)
            session.flush()
            t1 = time.perf_counter()
            fp = fingerprint(doc.text)
            index_article(session, article, fp)
            link_duplicates(session, article)
            dedup_ms.append((time.perf_counter() - t1) * 1000)
        t_gen = time.perf_counter()
        store_s += t_gen - t0
        if i + 1 in checkpoints:
            window = dedup_ms[-min(WINDOW, (i + 1) // 2):]
            scaling[i + 1] = (statistics.mean(window), statistics.median(window))
            print(f"  {i + 1:>7} stored: dedup {scaling[i + 1][0]:.2f} ms/article "
                  f"(median {scaling[i + 1][1]:.2f}), {(i + 1) / store_s:.0f} articles/s", flush=True)
    return {"engine": engine, "corpus": corpus, "scaling": scaling, "store_s": store_s,
            "gen_s": gen_s, "dedup_ms": dedup_ms}


def evaluate(engine, corpus: Corpus) -> tuple[dict, int, int, int]:
    """Detection per true-Jaccard band, and merged pairs below 0.5 (planted or accidental)."""
    with Session(engine) as session:
        rows = session.execute(select(Article.id, Article.canonical_url, Article.duplicate_of_id)).all()
        root = {url: dup or aid for aid, url, dup in rows}
        members: dict[int, list[str]] = defaultdict(list)
        for url, r in root.items():
            members[r].append(url)
        grouped = [urls for urls in members.values() if len(urls) > 1]
        texts = dict(session.execute(select(Article.canonical_url, Article.text).where(
            Article.canonical_url.in_([u for g in grouped for u in g]))).all()) if grouped else {}
    detection = {band: [0, 0] for band in BANDS}
    for pair in corpus.pairs:
        band = next(b for b in BANDS if b[0] <= pair.jaccard < b[1])
        detection[band][1] += 1
        detection[band][0] += root[pair.base] == root[pair.copy]
    merged = false = accidental = 0
    planted = {frozenset((p.base, p.copy)) for p in corpus.pairs}
    for urls in grouped:
        for a, b in combinations(urls, 2):
            merged += 1
            accidental += frozenset((a, b)) not in planted
            false += jaccard(texts[a], texts[b]) < 0.5
    return detection, merged, false, accidental


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="articles to ingest")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--url", help="database URL (default: a fresh SQLite file in a temp folder)")
    parser.add_argument("--tracemalloc", action="store_true", help="also trace Python allocations (slower)")
    parser.add_argument("--pg-no-prepare", action="store_true",
                        help="PostgreSQL: disable psycopg's server-side prepared statements")
    args = parser.parse_args()
    checkpoints = sorted({k for k in (1_000, 10_000, 100_000) if k <= args.n} | {args.n})
    if args.tracemalloc:
        tracemalloc.start()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.url or f"sqlite:///{Path(tmp) / 'bench.db'}"
        print(f"dedup bench: {args.n} articles, seed {args.seed}, {FINGERPRINT_VERSION}, "
              f"threshold {NEAR_THRESHOLD}, {url.split('://')[0]}")
        run = ingest(url, args.n, args.seed, checkpoints, no_prepare=args.pg_no_prepare)
        detection, merged, false, accidental = evaluate(run["engine"], run["corpus"])
        run["engine"].dispose()
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print()
    print(f"ingest throughput   {args.n / run['store_s']:.0f} articles/s (store + dedup, "
          f"corpus generation excluded: {run['gen_s']:.0f} s)")
    print(f"dedup time          mean {statistics.mean(run['dedup_ms']):.2f} ms, "
          f"p95 {sorted(run['dedup_ms'])[int(len(run['dedup_ms']) * 0.95)]:.2f} ms")
    print("\n| true Jaccard | pairs | detected | rate |\n|---|---:|---:|---:|")
    for (lo, hi), (hit, total) in detection.items():
        label = f"{lo:.1f}-{min(hi, 1.0):.1f}" if hi <= 1.0 else f"{lo:.1f}+"
        print(f"| {label} | {total} | {hit} | {hit / total if total else 0:.3f} |")
    print(f"\nmerged pairs {merged} (not planted: {accidental}); false merges (true Jaccard < 0.5): {false}")
    print("\n| stored articles | dedup ms/article (mean) | median | vs 1k |\n|---:|---:|---:|---:|")
    first = run["scaling"][checkpoints[0]][0]
    for k, (mean, median) in run["scaling"].items():
        print(f"| {k} | {mean:.2f} | {median:.2f} | {mean / first:.2f}x |")
    print(f"\npeak memory (max RSS) {peak_rss:.0f} MB", end="")
    if args.tracemalloc:
        print(f"; Python allocations peak {tracemalloc.get_traced_memory()[1] / 2**20:.0f} MB", end="")
    print()


if __name__ == "__main__":
    main()
