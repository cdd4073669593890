"""`mercato extract` on every demo article matches its expected JSON (tests/fixtures/demo_expected).

Headline (not the site-suffixed <title>), date, first and last sentence, and no boilerplate
phrase of the outlet's template in the text.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from mercato.cleaning import clean_html, merge_pages
from mercato.document import extract_document

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "data" / "demo"
EXPECTED = sorted((ROOT / "tests" / "fixtures" / "demo_expected").glob("*/*.json"))
BASE = "http://127.0.0.1:8765"


def page_file(tmp_path: Path, path: str) -> Path:
    """The demo page with its placeholders filled, as the server would send it."""
    body = (DEMO / path.lstrip("/")).read_bytes().replace(b"{{BASE}}", BASE.encode())
    out = tmp_path / Path(path).name
    out.write_bytes(body)
    return out


@pytest.mark.parametrize("expected_file", EXPECTED, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_extract_matches_expected(expected_file: Path, tmp_path: Path) -> None:
    want: dict[str, Any] = json.loads(expected_file.read_text(encoding="utf-8"))
    html = page_file(tmp_path, want["path"])
    got = extract_document(html, url=BASE + want["path"])
    article = got["article"]
    text = article["text"]
    next_page = DEMO / want["path"].lstrip("/").replace(".html", "-2.html")
    if next_page.exists():  # a split article: the crawler fetches page 2, here we join it by hand
        first = clean_html(html.read_bytes(), BASE + want["path"]).article
        second = clean_html(page_file(tmp_path, "/" + str(next_page.relative_to(DEMO))).read_bytes(),
                            BASE + "/" + str(next_page.relative_to(DEMO))).article
        text = merge_pages(first, [second]).text
    assert article["title"] == want["title"]
    assert article["published"] == want["published"]
    assert article["author"] == want["author"]
    assert article["language"] == "it"
    assert text.startswith(want["first_sentence"]), text[:200]
    assert text.rstrip().endswith(want["last_sentence"]), text[-200:]
    for phrase in want["must_not_contain"]:
        assert phrase not in text


def test_cli_prints_the_stable_json_contract(tmp_path: Path) -> None:
    want = json.loads(EXPECTED[0].read_text(encoding="utf-8"))
    html = page_file(tmp_path, want["path"])
    result = subprocess.run([sys.executable, "-m", "mercato.cli", "extract", str(html), "--url",
                             BASE + want["path"]], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"article", "rumours"}
    assert set(data["article"]) == {"title", "text", "published", "author", "url", "language"}
    assert data["article"]["url"] == BASE + want["path"]
    assert isinstance(data["rumours"], list)


def test_cli_missing_file_is_one_line(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "mercato.cli", "extract", str(tmp_path / "nope.html")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr.startswith("mercato: ") and result.stderr.count("\n") == 1
    assert "nope.html" in result.stderr


def test_plain_text_file_has_no_url_and_reads_its_date(tmp_path: Path) -> None:
    text = tmp_path / "flash.txt"
    text.write_text("date 2025-11-16 Il Torino ha chiuso per Ricardo Pepi: al PSV vanno 12 milioni. "
                    "L'attaccante americano, classe 2003, è atteso domani per le visite mediche.",
                    encoding="utf-8")
    got = extract_document(text)
    assert got["article"]["url"] is None
    assert got["article"]["published"] == "2025-11-16"
    assert got["article"]["text"].startswith("Il Torino ha chiuso per Ricardo Pepi")
