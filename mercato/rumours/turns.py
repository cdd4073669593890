"""Sentences that go on about the last player named without naming him the usual way: an
interview's answer to the question that named him, the rest of the quote that named him; and
the sentence whose role noun announces the next man instead ("ha chiuso per il centravanti.
Krstović arriva")."""

from __future__ import annotations

from .document import Document
from .moves import Mention
from .text import QUOTE_MARKS

__all__ = ["answers", "names_next", "same_quote"]

ANSWER_LABELS = ("R:", "R.", "R -", "R –", "RISPOSTA:", "Risposta:")


def answers(doc: Document, index: int, last: Mention) -> bool:
    """An interview's answer, a quote right after the question that names him ("Direttore, a che
    punto è l'operazione Lazzari?" / "«Con la SPAL abbiamo trovato l'accordo»"), is about him as
    fully as a pronoun would be: its clubs count, not only its words of the deal."""
    question = doc.sentence_text(index - 1).rstrip() if index > 0 else ""
    answer = doc.sentence_text(index)
    # a transcript marks the answer instead of quoting it: "D: Lucca è vicino?" / "R: Con l'Udinese..."
    opens = answer[:1] in QUOTE_MARKS or answer.startswith(ANSWER_LABELS)
    return last.sent == index - 1 and question.endswith("?") and opens


def same_quote(doc: Document, index: int, last: Mention) -> bool:
    """A sentence still inside the quote that named him ("«Andrea all'Inter ha giocato poco. Con
    l'Empoli siamo a buon punto per un prestito»"): the speaker goes on about the same man."""
    opened = doc.sentences[last.sent]
    opener = doc.text[opened.start : opened.start + 1]
    if opened.para != doc.sentences[index].para or opener not in QUOTE_MARKS:
        return False
    between = doc.text[opened.start + 1 : doc.sentences[index].start]
    return not any(mark in between for mark in QUOTE_MARKS)


def names_next(doc: Document, index: int, by_sent: dict[int, list[Mention]], person: int) -> bool:
    """The next sentence of the paragraph opens on another player: a role noun ending this one
    announces him ("l'Atalanta ha chiuso per il centravanti. Nikola Krstović arriva dal Lecce")."""
    nxt = by_sent.get(index + 1)
    if not nxt or index + 1 >= len(doc.sentences) or nxt[0].person == person:
        return False
    after = doc.sentences[index + 1]
    return after.para == doc.sentences[index].para and nxt[0].first <= after.tok_start + 1
