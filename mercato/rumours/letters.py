"""Readers' letters: a mailbag prints each question as a quote signed with a name and a town
("«Messi all'Inter: è possibile?» – Gianluca Sormani, Milano"). The reader wishes or asks; the
paper answers in the next paragraph, and only the answer reports a move under way."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # document.py calls this module while it builds the Document
    from .document import Document

__all__ = ["signed_letters"]

NAME_WORD = r"[A-ZÀ-Ý][\w'’-]+"
# A whole paragraph that is a quote and its signature: a reader's name, a comma, his town.
LETTER_RE = re.compile(
    rf"^[«\"“].*[»\"”]\s*[–—-]\s*{NAME_WORD}(?:\s+{NAME_WORD}){{1,2}}\s*,\s*{NAME_WORD}(?:\s+\w+){{0,3}}$",
    re.S,
)


def signed_letters(doc: Document) -> set[int]:
    """The sentences of every paragraph that is a reader's signed quote."""
    spans: dict[int, list[int]] = {}
    for index, sentence in enumerate(doc.sentences):
        if not sentence.title:  # a signed question is often read as a heading: no full stop
            spans.setdefault(sentence.para, []).append(index)
    found: set[int] = set()
    for indexes in spans.values():
        first, last = doc.sentences[indexes[0]], doc.sentences[indexes[-1]]
        if LETTER_RE.match(doc.text[first.start : last.end].strip()):
            found.update(indexes)
    return found
