"""The club that speaks in the first person plural inside a director's or coach's quote.

"A margine dell'evento Marotta: «Su Lookman abbiamo fatto un'offerta all'Atalanta»": the quote
names the club that sells and leaves the buyer to the speaker. roles.toml [people_clubs] says
whose man the speaker is; as in staff.py, his club counts only when the article names it too,
so an interview from an earlier window never gains a club it does not mention.
"""

from __future__ import annotations

from bisect import insort

from .coref import Person
from .document import Document
from .lexicon import Lexicon
from .relations import ClubRef
from .staff import BUYING, club_of

__all__ = ["add_speaker_refs"]

# Verbs in the first person plural that put the speaker's club at work ("abbiamo fatto
# un'offerta", "stiamo trattando", "vogliamo"), and the "ci" of "ci piace".
WE = frozenset("abbiamo stiamo siamo vogliamo possiamo dobbiamo ci".split())
QUOTES = frozenset({'"', "«", "»"})  # text normalisation turns «» into '"'; raw text may keep them


def add_speaker_refs(
    doc: Document,
    refs: list[list[ClubRef]],
    clauses: list[list[int]],
    segments: list[list[int]],
    staff: list[Person],
    lexicon: Lexicon,
    topics: dict[int, str | None],
) -> None:
    """Add the speaker's club, as a buyer, to each quoted sentence of his where "we" talk with
    another club ("abbiamo fatto un'offerta all'Atalanta") and no club is named buying."""
    spans = _quote_spans(doc)
    if not spans:
        return
    named = {doc.sentences[r.sent].para: set() for sent_refs in refs for r in sent_refs}
    for sent_refs in refs:
        for r in sent_refs:
            named[doc.sentences[r.sent].para].add(r.name)
    for lo, hi in spans:
        speaker = _speaker(doc, staff, lo, hi)
        club = club_of(speaker, lexicon) if speaker is not None else None
        if club is None:
            continue
        sentence = doc.sentences[doc.tokens[lo].sent]
        if club != topics.get(sentence.section) and club not in named.get(sentence.para, ()):
            continue
        for t in range(lo + 1, hi):
            tok = doc.tokens[t]
            if tok.low not in WE:
                continue
            sent_refs = refs[tok.sent]
            if any(r.relation in BUYING or r.name == club for r in sent_refs):
                continue
            if not any(r.relation == "counterpart" and lo < r.tok < hi for r in sent_refs):
                continue  # "we" talk with another club: "abbiamo fatto un'offerta all'Atalanta"
            base = doc.sentences[tok.sent].tok_start
            k = next((doc.tok_key[x] for x in range(t, hi) if doc.tok_key[x] >= 0), -1)  # "ci" has none
            clause, segment = clauses[tok.sent][t - base], segments[tok.sent][t - base]
            ref = ClubRef(t, k, club, tok.sent, "to", clause, segment)
            insort(sent_refs, ref, key=lambda r: r.tok)
            break


def _quote_spans(doc: Document) -> list[tuple[int, int]]:
    """Token ranges between paired quote marks, the marks included."""
    marks = [t for t, tok in enumerate(doc.tokens) if tok.text in QUOTES]
    return list(zip(marks[::2], marks[1::2], strict=False))


def _speaker(doc: Document, staff: list[Person], lo: int, hi: int) -> Person | None:
    """The club man named next to the quote: in the sentence that opens it, before the quote
    ("Marotta: «...»"), or in the sentence that closes it, after ("«...», ha detto Marotta")."""
    opening, closing = doc.tokens[lo].sent, doc.tokens[hi].sent
    best: tuple[int, Person] | None = None
    for person in staff:
        for m in person.mentions:
            if m.sent == opening and m.last < lo:
                distance = lo - m.last
            elif m.sent == closing and m.first > hi:
                distance = m.first - hi
            else:
                continue
            if best is None or distance < best[0]:
                best = (distance, person)
    return best[1] if best else None
