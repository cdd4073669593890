"""The club a story is about: the fallback buyer when a sentence names no club of its own."""

from __future__ import annotations

import re
from collections import Counter

from .clubs import CLUB_KEY
from .document import Document
from .lexicon import Lexicon
from .relations import ClubRef
from .sentences import DATELINE_RE

__all__ = ["club_cities", "paragraph_topics", "topic_clubs", "topic_of"]

IGNORED = frozenset({"background", "role"})
BUYERS = frozenset({"to", "competitor"})
STAMP_RE = re.compile(r"(?:ore\s+)?\d{1,2}[:.]\d{2}\s*[-–—]\s*", re.I)
OPENING_REACH = 2  # tokens: "Milan, ...", "Il Milan, ...", "Juve:"
# A format's label before the club still leaves the club opening the title: "LIVE Milan, ...",
# "Calciomercato Inter: ...", "ESCLUSIVA Juve, ..."
FORMAT_LABELS = frozenset(
    "live diretta esclusiva ufficiale ultim'ora ultimora calciomercato mercato news flash breaking".split()
)
PLACE_PREPOSITIONS = frozenset({"a", "ad", "in"})  # "A Toronto, intanto, ..."
LABEL_REACH = 6  # tokens of a site's label before a bar: "CM.COM |", "CALCIOMERCATO NAPOLI |"


def topic_clubs(
    doc: Document,
    refs: list[list[ClubRef]],
    explicit: set[int] | None = None,
    stated: set[int] | None = None,
    staff_clubs: Counter[str] | None = None,
) -> dict[int, str | None]:
    """Topic club of each section.

    A heading or title that opens with a club ("Milan, pronto il rinnovo di Tomori") sets the
    topic of its section; otherwise the section follows the article: the club opening the
    title, else "in casa Milan" in the lead, else the club named most (headings count double).
    Sections whose own heading or label names the club are added to ``explicit``; those and
    the sections that follow a title opening with its club, to ``stated``.
    """
    article, titled = _article_topic(doc, refs, staff_clubs or Counter())
    sizes = Counter(s.para for s in doc.sentences)  # sentences per paragraph
    place = _place_dateline(doc) if titled else None
    topics: dict[int, str | None] = {}
    for index, sentence in enumerate(doc.sentences):
        if sentence.section in topics or sentence.title:
            continue  # only the first sentence of a heading says what the section is about
        dateline = index != place and (
            doc.keys[doc.sent_keys[index][0] + 1 : doc.sent_keys[index][0] + 2] == ["-"]
            or bool(DATELINE_RE.match(doc.sentence_text(index)))
        )
        labelled = (sentence.heading and not _standfirst(doc, index, sizes)) or dateline
        lead = _opening_club(doc, index, refs[index]) if labelled else None
        topics[sentence.section] = lead or article
        if lead and explicit is not None:
            explicit.add(sentence.section)  # said by a heading or a label, not guessed from counts
        if (lead or titled) and stated is not None:
            stated.add(sentence.section)
    topics.setdefault(0, article)
    if titled and stated is not None:
        stated.add(0)
    return topics


def _place_dateline(doc: Document) -> int | None:
    """The sentence opening the body with the article's only dateline ("ROMA – A Formello è
    cominciata la settimana..." under a Lazio title): the city the piece was filed from, not a
    club labelling a section, as the several datelines of a roundup are."""
    opening = [i for i, s in enumerate(doc.sentences) if i == 0 or doc.sentences[i - 1].para != s.para]
    found = [i for i in opening if not doc.sentences[i].heading and DATELINE_RE.match(doc.sentence_text(i))]
    if len(found) != 1:
        return None
    body = next((i for i, s in enumerate(doc.sentences) if not s.heading), None)
    return found[0] if found[0] == body else None


def _standfirst(doc: Document, index: int, sizes: Counter[int]) -> bool:
    """A heading of several sentences under the title ("I Red Devils offrono 55 milioni, la Dea
    fa muro. Il Psg chiede informazioni.") sums the article up; it labels no section of its own."""
    multiple = sizes[doc.sentences[index].para] > 1
    return multiple and doc.sentence_text(index).rstrip().endswith(".")


def _opening_club(doc: Document, index: int, sent_refs: list[ClubRef]) -> str | None:
    """The club a heading opens with ("Milan, ...", "Juve, idea Solet"), if any."""
    start = doc.sentences[index].tok_start
    stamp = STAMP_RE.match(doc.sentence_text(index))
    if stamp:  # a live blog's "ORE 10.20 - LAZIO: ..." opens with the time, then the club
        end = doc.sentences[index].start + stamp.end()
        start = next(
            (t for t in range(start, doc.sentences[index].tok_end) if doc.tokens[t].start >= end), start
        )
    # a site's label before a bar: "CM.COM | Lecce, l'Atalanta mette 20 milioni su Krstovic"
    label = doc.tokens[start : min(start + LABEL_REACH, doc.sentences[index].tok_end)]
    bars = [i for i, tok in enumerate(label) if tok.text == "|"]
    if len(bars) > 1:
        return None  # a table's row, "Morata | Real Madrid | definitivo": the club is a cell
    start += bars[0] + 1 if bars else 0
    for r in sent_refs:
        lead = doc.tokens[start : r.tok]
        if len(lead) <= OPENING_REACH and all(
            t.canon == "" or t.kind == "punct" or t.low in FORMAT_LABELS for t in lead
        ):
            paired = doc.keys[r.key + 1 : r.key + 3] in (["e", CLUB_KEY], ["o", CLUB_KEY])
            # "Inter e Juve? Parleranno con l'Atalanta": two clubs named together label no story
            return r.name if r.relation not in IGNORED and not paired else None
    return None


def _article_topic(
    doc: Document, refs: list[list[ClubRef]], staff_clubs: Counter[str]
) -> tuple[str | None, bool]:
    """The article's club, and whether its title says so by opening with it. Counted, each of
    its men named counts half a mention ("gradito a Cristian Chivu", "Piero Ausilio aspetta
    un'offerta"): the seller's president and coach are named too ("Lotito chiede 30 milioni")."""
    for index, sentence in enumerate(doc.sentences):
        if sentence.title or (sentence.heading and index == 0):
            # only the title's first sentence: "Luis Alberto saluta la Lazio. Il Besiktas sonda
            # Immobile" is a Lazio story with a second item
            club = _opening_club(doc, index, refs[index])
            if club:
                return club, True
            break
    for sent_refs in refs:
        for r in sent_refs:
            if r.relation == "topic" and doc.sentences[r.sent].para == doc.sentences[0].para:
                return r.name, True  # "in casa Milan" in the lead
    counts: Counter[str] = Counter({club: 0.5 * n for club, n in staff_clubs.items()})
    for sent_refs in refs:
        for r in sent_refs:
            if r.relation != "background":  # a president's or coach's club is the story's club
                counts[r.name] += 0.3 if r.relation in BUYERS else 3.0 if r.relation == "role" else 1.0
    return (counts.most_common(1)[0][0] if counts else None), False


def paragraph_topics(
    doc: Document, refs: list[list[ClubRef]], cities: dict[str, set[str]] | None = None
) -> dict[int, str]:
    """Paragraph -> the club its first sentence opens on as the subject ("Il Bologna, intanto,
    non si fa trovare impreparato. Per la successione il nome è quello di Vitík"): a chain
    piece turns to another club paragraph by paragraph, and the players it then names are that
    club's targets, not the article's club's. A paragraph opening on a city ("A Toronto,
    intanto, non intendono fermarsi") turns to its club, when ``cities`` (a word of a club's
    name -> the clubs the article names with it) gives one."""
    found: dict[int, str] = {}
    for index, sentence in enumerate(doc.sentences):
        toks = doc.tokens[sentence.tok_start : sentence.tok_start + 3]
        opening = index == 0 or doc.sentences[index - 1].para != sentence.para
        placed = len(toks) == 3 and toks[0].low in PLACE_PREPOSITIONS and toks[2].text == ","
        clubs = (cities or {}).get(toks[1].text, set()) if placed and opening else set()
        if len(clubs) == 1 and not sentence.heading:
            found[sentence.para] = next(iter(clubs))
        elif (club := _label_club(doc, index, refs[index])) is not None:
            found[sentence.para] = club
    body = next((s.para for s in doc.sentences if not s.title), None)  # the lead: the article's club
    for index, sentence in enumerate(doc.sentences):
        if sentence.heading or sentence.para == body or doc.sentences[index - 1].para == sentence.para:
            continue
        club = _opening_club(doc, index, refs[index])
        if club and all(r.relation not in ("from", "own") for r in refs[index] if r.name == club):
            found[sentence.para] = club
    return found


def _label_club(doc: Document, index: int, refs: list[ClubRef]) -> str | None:
    """The club of a numbered entry's label ("3. Napoli. Il Paris Saint-Germain si è raffreddato
    per Osimhen..."): a sentence of the club's name alone opens the paragraph, after its number."""
    sentences, toks = doc.sentences, doc.tokens
    sentence = sentences[index]
    if sentence.tok_end - sentence.tok_start > 2 or len(refs) != 1 or toks[sentence.tok_start].kind != "club":
        return None
    first = index  # back to the paragraph's first sentence: only its number may come before
    while first > 0 and sentences[first - 1].para == sentence.para:
        first -= 1
    numbered = first == index - 1 and toks[sentences[first].tok_start].text.isdigit()
    return refs[0].name if first == index or numbered else None


def topic_of(
    doc: Document, sent: int, topics: dict[int, str | None], para_topics: dict[int, str]
) -> str | None:
    """The club sentence ``sent`` is about: its paragraph's, when the paragraph opens on one
    ("Il Bologna, intanto, ..."), else its section's."""
    sentence = doc.sentences[sent]
    return para_topics.get(sentence.para) or topics.get(sentence.section)


def club_cities(named: set[str], lexicon: Lexicon) -> dict[str, set[str]]:
    """A word of the name of a club the article names -> those clubs: "Toronto" for the Toronto
    FC, "Manchester" for both Manchester clubs when both are named."""
    cities: dict[str, set[str]] = {}
    for name in named:
        club = lexicon.clubs.get(name)
        for form in (name, *(club.aliases if club else ())):
            for word in form.split():
                if len(word) > 3 and word[:1].isupper():
                    cities.setdefault(word, set()).add(name)
    return cities
