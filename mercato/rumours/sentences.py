"""Cut a cleaned article into paragraphs, headings, sections and sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["DATELINE_RE", "Sentence", "segment"]

# Metadata lines some cleaners put before the body ("date 2025-11-16", "Autore: ...").
META_RE = re.compile(
    r"^\s*(?:date|data|published|pubblicato)\s*:?\s*\d{4}-\d{2}-\d{2}(?:[T ][\d:.+Z-]+)?\s*", re.I
)
PARAGRAPH_RE = re.compile(r"[^\n]+")
# A sentence ends at . ! ? … (possibly followed by a closing quote) before a capital, a digit
# or an opening quote. Abbreviations and initials are checked separately.
SENTENCE_END_RE = re.compile(r"[.!?…]+[\"»”')\]]*\s+(?=[«\"“'(\[]?[A-ZÀ-ÖØ-Þ0-9])")
ABBREVIATIONS = frozenset(
    "sig sigg dott prof ing avv on sen mr mrs st vs ecc etc pag art n nr no tel ca cfr fig dr gen p ps "
    "ds dg ad".split()
)
# "n.", "nr.", "no." shorten "numero" only before a number: "ha detto no. Poi" ends a sentence.
NUMBER_ABBREVIATIONS = frozenset({"n", "nr", "no"})
LEAGUE_RE = re.compile(r"\b[Ss]erie [A-D]$")
LAST_WORD_RE = re.compile(r"\W*(\w+)")  # matched on reversed text: the last word, reversed
LAST_WORD_WINDOW = 40  # characters before a full stop that hold the word it ends, almost always
TERMINAL = frozenset(".!?…\"»”'")
MAX_HEADING_CHARS = 160
MAX_LABEL_WORDS = 8  # words of an entry label in capitals ("INTER, DOPPIA BEFFA.")
# "VERONA - ..." (a roundup's dateline) or "18:45 - ..." / "ORE 18.45 - ..." (a live blog's entry).
DATELINE_RE = re.compile(r"^(?:[A-ZÀ-Ý][A-ZÀ-Ý' .]{2,30}|(?:ore\s+)?\d{1,2}[:.]\d{2})\s+[-–—]\s+", re.I)


@dataclass(slots=True)
class Sentence:
    """One sentence with its offsets, paragraph, section and whether it is a heading/title.

    A section runs from a heading to the next one; sentences before the first heading belong
    to section 0, as does the title.
    """

    start: int
    end: int
    para: int
    section: int
    heading: bool
    title: bool = False
    tok_start: int = 0
    tok_end: int = 0


def segment(text: str, *, title_end: int = 0) -> list[Sentence]:
    """Sentences of ``text``; ``text[:title_end]`` is the title when one was given."""
    sentences: list[Sentence] = []
    section = 0
    body_start = META_RE.match(text, title_end)
    skip_to = body_start.end() if body_start else 0
    para = -1
    for m in PARAGRAPH_RE.finditer(text):
        para += 1
        start, end = max(m.start(), skip_to if m.start() < skip_to <= m.end() else m.start()), m.end()
        chunk = text[start:end].strip()
        if not chunk:
            continue
        start += len(text[start:end]) - len(text[start:end].lstrip())
        end = start + len(chunk)
        is_title = end <= title_end
        heading = is_title or _is_heading(chunk)
        if (heading and not is_title and sentences) or (DATELINE_RE.match(chunk) and sentences):
            section += 1  # a heading, or a dateline paragraph of a news roundup ("VERONA - ...")
        spans = _split(text, start, end)
        if not heading and len(spans) > 1 and _is_label(text[spans[0][0] : spans[0][1]]):
            # a roundup's entry opening with its label in capitals ("INTER, DOPPIA BEFFA. Per
            # Olivier Giroud...") is a heading of its own, over the rest of its paragraph
            section += 1 if sentences else 0
            sentences.append(Sentence(*spans[0], para, section, True))
            spans, para = spans[1:], para + 1
        # Headlines pack two stories with a full stop ("Tare sonda il City per Aké. Il
        # Galatasaray chiede Pavlovic"): they are split like prose and keep the heading flag.
        sentences.extend(Sentence(s, e, para, section, heading, is_title) for s, e in spans)
    return sentences


def _is_label(sentence: str) -> bool:
    """A short sentence all in capitals ("MILAN, IL BELGA IN EXTREMIS.")."""
    words = sentence.split()
    letters = [c for c in sentence if c.isalpha()]
    return 1 <= len(words) <= MAX_LABEL_WORDS and len(letters) >= 4 and all(c.isupper() for c in letters)


BULLETS = ("- ", "• ", "* ", "▪ ")


def _is_heading(chunk: str) -> bool:
    """A short line without final punctuation reads as a heading ("Milan, pronto il rinnovo")."""
    bare = chunk.rstrip("\"»”')]")
    return (
        len(chunk) <= MAX_HEADING_CHARS
        and chunk.count(" | ") < 2  # a table's row: "Morata | Real Madrid | definitivo | 20 mln"
        and not chunk.startswith(BULLETS)  # a list's item: "- Ngonge (Napoli, 18 mln)"
        and bool(bare)
        and bare[-1] not in ".…"
        and (bare[-1] not in TERMINAL or bare != chunk)
        and (len(chunk.split()) >= 2 or (chunk.isupper() and len(chunk) >= 3))  # a label: "TORINO"
    )


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = start
    for m in SENTENCE_END_RE.finditer(text, start, end):
        last = _last_word(text, cursor, m.start() + 1)
        # a lower-case "no." or "n." not before a number ends its sentence; "N. Barella" is an initial
        numbered = (
            last in NUMBER_ABBREVIATIONS
            and text[m.start() - 1].islower()
            and not text[m.end() : m.end() + 1].isdigit()
        )
        # "lasciare la Serie A. L'Atalanta..." ends there: a league's letter is no initial
        league = len(last) == 1 and LEAGUE_RE.search(text, max(cursor, m.start() - 8), m.start()) is not None
        if not numbered and not league and (last in ABBREVIATIONS or (len(last) == 1 and last.isalpha())):
            continue  # "Sig. Rossi", "J. Gomez", "S.S. Lazio"
        cut = m.end()
        spans.append((cursor, cursor + len(text[cursor:cut].rstrip())))  # the match holds a stop
        cursor = cut
    if cursor < end:
        spans.append((cursor, end))
    return [(s, e) for s, e in spans if e > s]


def _last_word(text: str, start: int, end: int) -> str:
    r"""The last word of ``text[start:end]``, lowercased ("" if none).

    Read backwards, the last word is what a match at the start finds: searching forwards for
    ``(\w+)\W*$`` retried the pattern at every character and backtracked through every word.
    Only the last few dozen characters are read, unless the word (or its absence) reaches back
    to the window's edge; a whole long run of initials ("A. B. C. ...") is never re-read.
    """
    window = max(start, end - LAST_WORD_WINDOW)
    word = LAST_WORD_RE.match(text[window:end][::-1])
    if window > start and (word is None or word.end() == end - window):
        word = LAST_WORD_RE.match(text[start:end][::-1])
    return word.group(1)[::-1].lower() if word else ""
