"""Anniversary pieces ("Accadde oggi", "Dieci anni fa il PSG svuotava il Milan"): the text retells
old windows in the historical present ("Calisto Tanzi cede Buffon"), which reads like today's
news; only the paragraphs that turn to the present ("Oggi il Milan cerca...") report rumours."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .document import Document

__all__ = ["retold_sentences"]

# A headline that announces a look back: "Accadde oggi", "Dieci anni fa", "vent'anni fa".
RETRO_TITLE = re.compile(
    r"\baccadde oggi\b|\banniversario\b|\bamarcord\b|\bc'era una volta\b"
    r"|\b(?:\w+|\d+)\s+anni\s+fa\b|\b(?:vent|trent|quarant|cinquant)'anni\s+fa\b",
    re.IGNORECASE,
)
ANNIVERSARY_RE = re.compile(r"\baccadde oggi\b")  # the rubric's "oggi" is the day recalled
# Words that bring a paragraph back to the days of the article.
PRESENT_WORDS = frozenset(
    "oggi adesso ora attualmente stamattina stasera ieri domani tuttora".split()
)
PRESENT_PHRASES = (
    "in queste ore", "nelle ultime ore", "in questi giorni", "questa estate", "quest'estate",
    "questo mercato", "questa sessione", "quest'anno", "questa stagione", "nei prossimi giorni",
    "di questi giorni", "nelle prossime ore",
)
# The anniversary's own day: "Dieci anni dopo, il Milan di Montella vive un gennaio diverso".
SINCE_RE = re.compile(r"\banni\s+dopo\b|'anni\s+dopo\b")
OLD_YEARS = 3  # a headline's year this far before the article's is history, not the window
BIRTH_RE = re.compile(r"\bclasse\s+(?:19|20)\d\d\b", re.IGNORECASE)
YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
WORD_RE = re.compile(r"[\w']+")


def retold_sentences(doc: Document, year: int | None) -> set[int]:
    """Sentences of an anniversary piece's paragraphs that stay in the past: the body opens on
    the past, a paragraph that names the present ("oggi", "dieci anni dopo", the article's year)
    turns to it, one that names a time long gone turns back, and "in queste ore" alone turns to
    the present only where nothing names the past."""
    title = " ".join(doc.text[s.start : s.end] for s in doc.sentences if s.title)
    if not title or not (RETRO_TITLE.search(title) or _old_year(title, year)):
        return set()
    paras: dict[int, list[int]] = {}
    retold: set[int] = set()
    for index, sentence in enumerate(doc.sentences):
        if not sentence.title:
            paras.setdefault(sentence.para, []).append(index)
        elif not _present(ANNIVERSARY_RE.sub(" ", doc.text[sentence.start : sentence.end].lower()), year):
            retold.add(index)  # "Dieci anni fa il PSG svuotava il Milan." (not "Oggi sognano Tonali")
    back = True  # the piece opens on the past its headline announces
    for indexes in paras.values():
        text = doc.text[doc.sentences[indexes[0]].start : doc.sentences[indexes[-1]].end].lower()
        # a paragraph that marks no time goes on in the time of the one before
        if _present(text, year):
            back = False
        elif _past(text, year):
            back = True  # "Vent'anni fa, nelle ultime ore di un mercato...": the hours of then
        elif any(p in text for p in PRESENT_PHRASES):
            back = False
        if back:
            retold.update(indexes)
    return retold


def _past(text: str, year: int | None) -> bool:
    """The paragraph names a time long gone: "dieci anni fa", a year before the article's."""
    if RETRO_TITLE.search(text):
        return True
    return any(int(y) < (year or 0) - 1 for y in YEAR_RE.findall(BIRTH_RE.sub(" ", text)))


def _old_year(title: str, year: int | None) -> bool:
    """A dated article whose headline names a window long gone ("Il domino dell'estate 2001")."""
    years = YEAR_RE.findall(BIRTH_RE.sub(" ", title))  # not "il classe 2003 Brentel": a birth
    return year is not None and any(int(y) <= year - OLD_YEARS for y in years)


def _present(text: str, year: int | None) -> bool:
    """The paragraph speaks of the days the article was written."""
    if not PRESENT_WORDS.isdisjoint(WORD_RE.findall(text)):
        return True
    if SINCE_RE.search(text):
        return True
    return year is not None and any(int(y) >= year for y in YEAR_RE.findall(text))
