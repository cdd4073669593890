"""Which outlets an article credits, and which of its sentences each credit covers."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .document import Document
from .lexicon import Lexicon
from .text import fold

__all__ = ["credited_outlets"]

# An outlet the lexicon does not know, introduced by what it is: "secondo il quotidiano Olé",
# "riporta il portale Globo Esporte". Writers name the kind of source before an unfamiliar
# name; a bare capitalised word after "secondo" is as often a coach as a paper, so it is not read.
SOURCE_WORD_RE = re.compile(
    r"quotidiano|giornale|tabloid|settimanale|portale|sito|emittente|radio|testata|rivista"
)
DESCRIBED_OUTLET_RE = re.compile(
    rf"\b(?:{SOURCE_WORD_RE.pattern})"
    r"(?:\s+(?:sportivo|spagnolo|francese|tedesco|inglese|argentino|brasiliano|portoghese|turco|"
    r"olandese|belga|catalano|madrileno|britannico|americano|locale|online))?"
    r"\s+((?:[A-ZÀ-Þ][\w'’.éèàòùáíóúñç-]*)(?:\s+(?:[A-ZÀ-Þ][\w'’.éèàòùáíóúñç-]*|de|do|da|di|del|della|dello))*)"
)
# A local paper outside the list, named by its masthead pattern: "la Gazzetta di Parma",
# "L'Eco di Bergamo", "il Giornale di Sicilia" (not the national "Gazzetta dello Sport").
MASTHEAD_WORD_RE = re.compile(
    r"Gazzetta|Corriere|Eco|Giornale|Tribuna|Provincia|Nuova|Gazzettino|Secolo|Unione"
)
LOCAL_PAPER_RE = re.compile(
    rf"(?:\b(L['’]))?\b(?:{MASTHEAD_WORD_RE.pattern})"
    r"\s+(?:di|del|della|dell['’])\s*[A-ZÀ-Þ][\w]+"
)
LABEL_MARKS = frozenset({"–", "—", "-", ":"})
TRAILING_PARTICLES = frozenset({"de", "do", "da", "di", "del", "della", "dello"})
# A closing "Fonte: Tuttosport" line: the web's way of crediting the whole piece to a paper.
SOURCE_LINE_RE = re.compile(r"\s*(?:fonte|fonti)\s*:", re.I)


def credited_outlets(doc: Document, lexicon: Lexicon, publisher: str | None) -> list[list[str]]:
    """Outlets credited for each sentence, publisher excluded.

    Writers credit a source once and let it run: "come riportato da Tuttosport" covers what
    follows until another source is credited or a new section (heading) starts. Looking back,
    it covers its own paragraph ("Lo scrive Kicker") and, for the first credit of a section,
    the section's opening: a story is credited once, often after its first sentence.
    A credit in the headline or the first paragraph is the source of the whole article, as is a
    "Fonte: Tuttosport" line, wherever it stands. A lone
    capitalised word that opens a sentence ("Libero di...") counts only with a citation verb
    in its sentence. The publisher itself is never a credit, however the text names it.
    """
    own = fold(lexicon.outlet_name(publisher) or publisher) if publisher else ""
    cited = {  # sentences with a citation verb ("scrive", "secondo")
        doc.tokens[doc.key_tok[k]].sent
        for m in doc.cues.get("citation", ())
        for k in range(m.start, m.end)
        if doc.key_tok[k] >= 0
    }
    by_para: dict[int, list[str]] = {}
    local: list[tuple[int, int]] = []  # spans of local mastheads, which outrank a listed name inside
    for index in _sentences_with(doc, MASTHEAD_WORD_RE):
        sentence = doc.sentences[index]
        for m in LOCAL_PAPER_RE.finditer(doc.sentence_text(index)):
            name = m.group(0).replace("’", "'")
            if fold(name) != own and lexicon.outlet_name(name) == name:
                local.append((sentence.start + m.start(), sentence.start + m.end()))
                _add(by_para.setdefault(sentence.para, []), name)
    for t, tok in enumerate(doc.tokens):
        if tok.kind != "outlet" or (own and fold(tok.ref.name) == own):
            continue
        if any(lo <= tok.start < hi for lo, hi in local):
            continue
        sentence = doc.sentences[tok.sent]
        if t == sentence.tok_start and " " not in tok.text and tok.sent not in cited and not _label(doc, t):
            continue
        _add(by_para.setdefault(sentence.para, []), tok.ref.name)
    for index in _sentences_with(doc, SOURCE_WORD_RE):
        sentence = doc.sentences[index]
        for m in DESCRIBED_OUTLET_RE.finditer(doc.sentence_text(index)):
            words = m.group(1).split()
            while words and words[-1] in TRAILING_PARTICLES:
                words.pop()
            name = " ".join(words).rstrip(".,")
            if name and fold(name) != own and not _is_known(doc, sentence.start + m.start(1)):
                _add(by_para.setdefault(sentence.para, []), name)
    lead = _lead_paragraphs(doc) | {
        s.para for i, s in enumerate(doc.sentences) if SOURCE_LINE_RE.match(doc.sentence_text(i))
    }
    article = [name for para in sorted(lead) for name in by_para.get(para, [])]
    first_in_section: dict[int, list[str]] = {}
    for sentence in doc.sentences:
        if sentence.para not in lead and by_para.get(sentence.para):
            first_in_section.setdefault(sentence.section, by_para[sentence.para])
    out: list[list[str]] = []
    local: list[str] = []
    section = para = -1
    for sentence in doc.sentences:
        if sentence.section != section:
            section, local = sentence.section, first_in_section.get(sentence.section, [])
        if sentence.para != para:
            para = sentence.para
            if para not in lead and by_para.get(para):
                local = by_para[para]
        names = list(article)
        for name in local:
            _add(names, name)
        out.append(names)
    return out


def _label(doc: Document, t: int) -> bool:
    """The outlet heads its paragraph as a label ("TUTTOSPORT – Il giornale torinese..."), the
    way a press review gives each paper its paragraph."""
    sentence = doc.sentences[doc.tokens[t].sent]
    opens = doc.tokens[t].sent == 0 or doc.sentences[doc.tokens[t].sent - 1].para != sentence.para
    return opens and not sentence.title and t + 1 < len(doc.tokens) and doc.tokens[t + 1].text in LABEL_MARKS


def _sentences_with(doc: Document, word_re: re.Pattern[str]) -> list[int]:
    """The sentences, in order, that overlap a match of ``word_re`` in the whole text.

    The masthead and source patterns are case-sensitive and start with one of their words, so
    only a sentence holding one can match: one pass over the article spares searching the rest.
    A word hidden inside an earlier match still lies in a sentence that match overlaps.
    """
    starts = [s.start for s in doc.sentences]
    found: set[int] = set()
    for m in word_re.finditer(doc.text):
        first = max(bisect_right(starts, m.start()) - 1, 0)
        found.update(
            i for i in range(first, bisect_left(starts, m.end())) if doc.sentences[i].end > m.start()
        )
    return sorted(found)


def _add(names: list[str], name: str) -> None:
    if name not in names:
        names.append(name)


def _is_known(doc: Document, offset: int) -> bool:
    """The described name is a club or a known outlet already ("il quotidiano Marca")."""
    return any(t.start <= offset < t.end and t.kind in ("club", "outlet") for t in doc.tokens)


def _lead_paragraphs(doc: Document) -> set[int]:
    """The headline(s) and the first paragraph of the body: a credit there covers the article."""
    lead: set[int] = set()
    for sentence in doc.sentences:
        lead.add(sentence.para)
        if not sentence.heading and not sentence.title:
            break
    return lead
