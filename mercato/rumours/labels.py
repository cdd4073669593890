"""Roundup sections labelled by direction ("USCITE", "POSSIBILI USCITE", "IN ENTRATA"): under such
a label every move leaves, or joins, the club the roundup is about, whatever each line says."""

from __future__ import annotations

import re

from .document import Document
from .moves import Reading

__all__ = ["apply_direction", "section_directions"]

EXIT_WORDS = frozenset("uscite uscita cessioni partenze".split())
ENTRY_WORDS = frozenset("entrate entrata acquisti arrivi".split())
LABEL_WORDS = 5  # a label is a few words ("POSSIBILI USCITE"), a headline says more
WORD_RE = re.compile(r"\w+")


def section_directions(doc: Document) -> dict[int, str]:
    """Section -> "out" or "in", for sections opened by a short label of one direction."""
    found: dict[int, str] = {}
    for index, sentence in enumerate(doc.sentences):
        if not sentence.heading or sentence.title or sentence.section in found:
            continue
        words = {w.lower() for w in WORD_RE.findall(doc.sentence_text(index))}
        if len(words) > LABEL_WORDS:
            continue
        leaving, joining = bool(words & EXIT_WORDS), bool(words & ENTRY_WORDS)
        if leaving != joining:
            found[sentence.section] = "out" if leaving else "in"
    return found


def apply_direction(r: Reading, direction: str | None, topic: str | None) -> None:
    """The other side of a talk under a label: "- Bruno Gaspar: trattativa avanzata con lo
    Sporting" under "POSSIBILI USCITE" is the buyer, under "ENTRATE" the seller."""
    if direction is None or topic is None or r.background or r.buyers or r.staying:
        return  # "Non si muoverà invece Allan" under "Le uscite": the label lists him to deny it
    others = [c for c in r.counterparts if c != topic]
    if direction == "out":
        r.outgoing = True
        if others and r.from_club in (None, topic):
            r.from_club, r.buyers, r.counterparts = topic, others, []
    elif others and r.from_club is None:
        r.from_club, r.buyers, r.counterparts = others[0], [topic], []
