"""Roundup sections labelled by direction ("USCITE", "POSSIBILI USCITE", "IN ENTRATA"): under such
a label every move leaves, or joins, the club the roundup is about, whatever each line says."""

from __future__ import annotations

import re

from .document import Document
from .moves import Reading

__all__ = ["apply_direction", "labelled_paragraphs", "paragraph_directions", "section_directions"]

EXIT_WORDS = frozenset("uscite uscita cessioni partenze".split())
ENTRY_WORDS = frozenset("entrate entrata acquisti arrivi".split())
LABEL_WORDS = 5  # a label is a few words ("POSSIBILI USCITE"), a headline says more
WORD_RE = re.compile(r"\w+")
# A paragraph opened by its label in capitals: "➕ ENTRATE | Per la difesa si tratta...",
# "IN USCITA – Pinamonti a un passo dal Genoa".
INLINE_LABEL_RE = re.compile(r"^\W*([A-ZÀ-Ý][A-ZÀ-Ý' ]{2,30}?)\s*[|–—:]\s")
MARKED_RE = re.compile(r"\(in (uscita|entrata)\)")  # an entry's direction in brackets
# A paragraph opened in prose by its direction: "In uscita c'è Juraj Kucka.", "Il primo colpo è
# Valentin Mihăilă.": the club the story is about sells, or buys, whoever the talks are with.
OPENING_RE = re.compile(
    r"^(?:In (uscita|entrata)\b"
    r"|(?:Sul fronte|Capitolo|Tra|Sul mercato in) (?:delle |degli |le |gli )?"
    r"(uscite|uscita|cessioni|partenze|entrate|entrata|acquisti|arrivi)\b"
    r"|(?:Il |L')(?:primo |secondo |terzo |nuovo |vero |grande )?"
    r"(colpo|acquisto|rinforzo|innesto|regalo) (?:è|sarà|si chiama|risponde)\b)"
)


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


def paragraph_directions(doc: Document) -> dict[int, str]:
    """Paragraph -> "out" or "in", for paragraphs whose first sentence opens on a label of one
    direction in capitals, or on its direction in prose ("In uscita c'è...", "Sul fronte delle
    entrate...", "Il primo colpo è..."): the label covers the paragraph it leads."""
    found: dict[int, str] = {}
    seen: set[int] = set()
    for index, sentence in enumerate(doc.sentences):
        if sentence.para in seen:
            continue
        seen.add(sentence.para)
        text = doc.sentence_text(index)
        opening = OPENING_RE.match(text)
        if opening is not None:
            word = next(w for w in opening.groups() if w)
            found[sentence.para] = "out" if word in EXIT_WORDS else "in"
            continue
        marked = MARKED_RE.search(text)
        if marked is not None:  # "Radja Nainggolan – SALE (in uscita)."
            found[sentence.para] = "out" if marked.group(1) == "uscita" else "in"
            continue
        label = INLINE_LABEL_RE.match(text)
        if label is None:
            continue
        words = {w.lower() for w in WORD_RE.findall(label.group(1))}
        leaving, joining = bool(words & EXIT_WORDS), bool(words & ENTRY_WORDS)
        if leaving != joining:
            found[sentence.para] = "out" if leaving else "in"
    return found


def labelled_paragraphs(doc: Document) -> set[int]:
    """Paragraphs that open on a label in capitals ("▪️ KURTIC – Ci siamo...", "GERVINHO –"):
    the entries of a post, each its own story."""
    found: set[int] = set()
    seen: set[int] = set()
    for index, sentence in enumerate(doc.sentences):
        if sentence.para not in seen and not sentence.heading:
            seen.add(sentence.para)
            if INLINE_LABEL_RE.match(doc.sentence_text(index)):
                found.add(sentence.para)
    return found


def apply_direction(r: Reading, direction: str | None, topic: str | None) -> None:
    """The other side of a talk under a label: "- Bruno Gaspar: trattativa avanzata con lo
    Sporting" under "POSSIBILI USCITE" is the buyer, under "ENTRATE" the seller."""
    if direction is None or topic is None or r.background or r.staying:
        return  # "Non si muoverà invece Allan" under "Le uscite": the label lists him to deny it
    if direction == "out" and topic in r.buyers:
        # "l'Inter chiedeva un contributo sull'ingaggio" under "(in uscita)": the club that
        # sells him asks, it does not buy
        r.buyers = [c for c in r.buyers if c != topic]
    if r.buyers:
        return
    others = [c for c in r.counterparts if c != topic]
    if direction == "out":
        r.outgoing = True
        if others and r.from_club in (None, topic):
            r.from_club, r.buyers, r.counterparts = topic, others, []
    elif others and r.from_club is None:
        r.from_club, r.buyers, r.counterparts = others[0], [topic], []
