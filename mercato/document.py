"""`mercato extract`: clean one local file and read its rumours, as one stable JSON object."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mercato.cleaning import clean_html, clean_text
from mercato.registry import Source
from mercato.rumours import extract_rumours

__all__ = ["ARTICLE_KEYS", "DocumentError", "extract_document"]

ARTICLE_KEYS = ("title", "text", "published", "author", "url", "language")


class DocumentError(ValueError):
    """The file cannot be read or holds no article: a one-line message naming the file."""


def _publisher(url: str | None, sources: list[Source]) -> str | None:
    """The outlet that published the page, when its URL is on a registry outlet's domain."""
    if not url:
        return None
    return next((s.title for s in sources if s.allows(url)), None)


def extract_document(path: Path, *, url: str | None = None,
                     sources: list[Source] | None = None) -> dict[str, Any]:
    """`{"article": {...}, "rumours": [...]}` for an HTML file, or a .txt file of plain article text."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read: {exc.strerror}") from None
    if path.suffix.lower() == ".txt":
        result = clean_text(raw.decode("utf-8", errors="replace"), url=url)
    else:
        result = clean_html(raw, url or path.resolve().as_uri())
    if result.article is None:
        # A page the crawler would drop still answers with the contract's keys: no rumours,
        # and the reason, so scripts looping over files never see an error for a non-article.
        return {"article": dict.fromkeys(ARTICLE_KEYS) | {"url": url}, "rumours": [],
                "dropped": result.drop_reason}
    art = result.article
    rumours = extract_rumours(
        art.text, title=art.title, publisher=_publisher(url, sources or []), published=art.published
    )
    return {
        "article": {
            "title": art.title,
            "text": art.text,
            "published": art.published.isoformat() if art.published else None,
            "author": art.author,
            "url": url or (None if art.canonical_url.startswith("file:") else art.canonical_url or None),
            "language": art.language,
        },
        "rumours": [r.to_dict() for r in rumours],
    }
