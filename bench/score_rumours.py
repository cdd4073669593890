#!/usr/bin/env python3
"""Score the rumour extractor in-process on a gold file, with the reference scorer's matching rules.

Usage: python bench/score_rumours.py [GOLD.jsonl] [TEXT_DIR] [-v] [--json OUT] [--demo]
Defaults to the development set in tests/fixtures/rumours. Tune only on dev.jsonl; run
heldout.jsonl for the final numbers. A text file is cleaned as ``mercato extract`` cleans it (its
first line becomes the title, boilerplate such as "LEGGI ANCHE" lines goes), so these numbers are
the reference scorer's. ``--demo`` scores the demo press gold instead: each page of
``data/demo`` is cleaned as ``mercato extract`` would (``{{BASE}}`` -> the demo server) and read with
its title, so a second writer's HTML is measured without building a text directory by hand.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

from mercato.rumours import extract_rumours
from mercato.rumours.scoring import score

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "rumours"
DEMO_GOLD = ROOT / "tests" / "fixtures" / "demo_expected" / "rumours.jsonl"
DEMO_ROOT = ROOT / "data" / "demo"
DEMO_BASE = "http://127.0.0.1:8765"
Article = tuple[str, str | None, date | None]  # cleaned text, title and date, as the CLI reads them


def _text_article(path: Path) -> Article | None:
    """The cleaned text, title and date of ``<id>.txt`` or, failing that, ``<id>.html``, exactly as
    ``mercato extract`` reads them (the reference scorer accepts both)."""
    from mercato.cleaning import clean_html, clean_text

    html = path.with_suffix(".html")
    if path.exists():
        article = clean_text(path.read_text(encoding="utf-8")).article
    elif html.exists():
        article = clean_html(html.read_bytes(), html.resolve().as_uri()).article
    else:
        return None
    return ("", None, None) if article is None else (article.text, article.title, article.published)


def _demo_article(gold: dict) -> Article | None:
    """The cleaned text, title and date of a demo page, as the CLI reads it (no URL, no publisher)."""
    from mercato.cleaning import clean_html

    page = DEMO_ROOT / gold["path"].lstrip("/")
    if not page.exists():
        return None
    raw = page.read_bytes().replace(b"{{BASE}}", DEMO_BASE.encode())  # pages keep their own charset
    article = clean_html(raw, page.resolve().as_uri()).article
    return ("", None, None) if article is None else (article.text, article.title, article.published)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", default=str(FIXTURES / "dev.jsonl"))
    ap.add_argument("texts", nargs="?", default=str(FIXTURES / "texts"))
    ap.add_argument("-v", action="store_true", help="list false positives, misses and wrong fields")
    ap.add_argument("--json", help="write the predictions and the score to this file")
    ap.add_argument("--demo", action="store_true", help="score the demo press gold (HTML pages)")
    args = ap.parse_args(argv)
    if args.demo:
        args.gold = str(DEMO_GOLD)
    pairs, dump = [], {}
    elapsed = 0.0
    for line in Path(args.gold).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        gold = json.loads(line)
        path = Path(args.texts) / f"{gold['id']}.txt"
        article = _demo_article(gold) if args.demo else _text_article(path)
        if article is None:
            print(f"skip {gold['id']}: no text", file=sys.stderr)
            continue
        started = time.perf_counter()
        found = extract_rumours(article[0], title=article[1], published=article[2]) if article[0] else []
        elapsed += time.perf_counter() - started
        predictions = [r.to_dict() for r in found]
        pairs.append((gold, predictions))
        dump[gold["id"]] = predictions
    result = score(pairs)
    if args.v:
        for miss in result.misses:
            print(miss["id"], "FP", miss["fp"], "FN", miss["fn"])
            for wrong in miss["fields"]:
                print("    ", wrong)
    accuracy = " ".join(f"{k}={v:.2f}" for k, v in result.accuracy().items() if v is not None)
    print(
        f"{Path(args.gold).name}: docs={len(pairs)} P={result.precision:.3f} R={result.recall:.3f} "
        f"F1={result.f1:.3f} tp={result.tp} fp={result.fp} fn={result.fn} "
        f"never_player_hits={result.never_player_hits} | {accuracy} | {elapsed * 1000:.0f} ms"
    )
    if args.json:
        Path(args.json).write_text(
            json.dumps({"predictions": dump, "misses": result.misses}, indent=1, ensure_ascii=False),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
