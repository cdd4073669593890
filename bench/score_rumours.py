#!/usr/bin/env python3
"""Score the rumour extractor in-process on a gold file, with the reference scorer's matching rules.

Usage: python bench/score_rumours.py [GOLD.jsonl] [TEXT_DIR] [-v] [--json OUT]
Defaults to the development set in tests/fixtures/rumours. Tune only on dev.jsonl; run
heldout.jsonl for the final numbers.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from mercato.rumours import extract_rumours
from mercato.rumours.scoring import score

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "rumours"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", default=str(FIXTURES / "dev.jsonl"))
    ap.add_argument("texts", nargs="?", default=str(FIXTURES / "texts"))
    ap.add_argument("-v", action="store_true", help="list false positives, misses and wrong fields")
    ap.add_argument("--json", help="write the predictions and the score to this file")
    args = ap.parse_args(argv)
    pairs, dump = [], {}
    started = time.perf_counter()
    for line in Path(args.gold).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        gold = json.loads(line)
        path = Path(args.texts) / f"{gold['id']}.txt"
        if not path.exists():
            print(f"skip {gold['id']}: no {path.name}", file=sys.stderr)
            continue
        predictions = [r.to_dict() for r in extract_rumours(path.read_text(encoding="utf-8"))]
        pairs.append((gold, predictions))
        dump[gold["id"]] = predictions
    elapsed = time.perf_counter() - started
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
