"""The club of a coach, director or president who acts in a sentence that names none, or who
says "we" in a quote ("Marotta: «Su Lookman abbiamo fatto un'offerta all'Atalanta»").

"Vagnati ha avviato i contatti con la Roma per Baldanzi": the press names the director, not
his club, and leaves the reader to know he works for Torino. roles.toml [people_clubs] says
who works where; the club counts only when the article names it too, so an article from an
earlier window, or about a man who has moved since, never gains a club it does not mention.
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Callable

from .clubcues import subject_relation
from .coref import Person
from .document import Document
from .lexicon import Lexicon, person_key
from .relations import ClubRef
from .text import QUOTE_MARKS

__all__ = [
    "add_staff_refs",
    "club_of",
    "staff_led_paragraphs",
]

# Buying is what his words say most surely: "tiene" or "chiude" said of a man may be "tiene
# d'occhio" or "chiude la porta", and a wrong seller costs more than a missed one.
ACTING = frozenset({"to"})
BUYING = frozenset({"to", "competitor"})
# Verbs in the first person plural that put the speaker's club at work ("abbiamo fatto
# un'offerta", "stiamo trattando", "vogliamo"), and the "ci" of "ci piace".
WE = frozenset("abbiamo stiamo siamo vogliamo possiamo dobbiamo ci".split())
DASHES = frozenset({"–", "—", "-"})
EXECUTIVES = frozenset({"director", "president"})  # men who speak for their club's market


def add_staff_refs(
    doc: Document,
    refs: list[list[ClubRef]],
    clauses: list[list[int]],
    segments: list[list[int]],
    staff: list[Person],
    lexicon: Lexicon,
    topics: dict[int, str | None],
) -> None:
    """Add to ``refs`` the club of each known club man who is the subject of a market verb and
    talks with another club in a sentence that names no buying club ("Tare ha chiesto
    informazioni al Brighton"), then of each who says "we" to another club in a quote; his club
    counts when it is the one his section is about or is named in his paragraph."""
    by_para: dict[int, set[str]] = {}
    for sent_refs in refs:
        for r in sent_refs:
            if r.relation != "background":
                by_para.setdefault(doc.sentences[r.sent].para, set()).add(r.name)

    def named(club: str, sent: int) -> bool:
        sentence = doc.sentences[sent]
        return club == topics.get(sentence.section) or club in by_para.get(sentence.para, ())

    def add(t: int, k: int, club: str, sent: int, relation: str) -> None:
        base = doc.sentences[sent].tok_start
        ref = ClubRef(t, k, club, sent, relation, clauses[sent][t - base], segments[sent][t - base])
        insort(refs[sent], ref, key=lambda r: r.tok)

    for person in staff:
        club = club_of(person, lexicon)
        for m in person.mentions if club is not None else ():
            sent_refs = refs[m.sent]
            if not named(club, m.sent) or any(r.relation in BUYING or r.name == club for r in sent_refs):
                continue
            if not any(r.relation in ("counterpart", "from") and r.tok > m.last for r in sent_refs):
                continue  # he talks with another club: "ha avviato i contatti con la Roma", or asks
                # its owner: "ha chiesto informazioni all'Atalanta per Krstović"
            k = doc.key_of(m.first, m.last, end=True)
            relation = subject_relation(doc, k) if k >= 0 else None
            if relation in ACTING:
                add(m.last, k, club, m.sent, relation)
    # A club man at work on a renewal works for the player's club ("De Laurentiis ha offerto un
    # prolungamento"): his club, when the article names it, keeps the player.
    in_article = {name for names in by_para.values() for name in names}
    for person in staff:
        club = club_of(person, lexicon)
        for m in person.mentions if club in in_article else ():
            renewal = any(c.value == "renewal" for c in doc.cues_in("deal", m.sent))
            k = doc.key_of(m.first, m.last, end=True)
            if renewal and not refs[m.sent] and k >= 0:
                add(m.last, k, club, m.sent, "own")
    for lo, hi in _quote_spans(doc):
        speaker = _speaker(doc, staff, lo, hi)
        club = club_of(speaker, lexicon) if speaker is not None else None
        sent = doc.tokens[lo].sent
        if speaker is not None and speaker.role in EXECUTIVES and club is None:
            # a club man of another window or a smaller club (Galliani at Monza): the club his
            # story is about is the one he speaks for
            club = topics.get(doc.sentences[sent].section)
        if club is not None and named(club, sent):
            _we(doc, refs, club, lo, hi, add)


def club_of(person: Person, lexicon: Lexicon) -> str | None:
    """His club by full name, or by a surname that only one listed man carries."""
    key = person_key(person.name)
    club = lexicon.people_clubs.get(key)
    if club is not None or " " in key:
        return club
    matches = {c for name, c in lexicon.people_clubs.items() if name.rsplit(" ", 1)[-1] == key}
    return next(iter(matches)) if len(matches) == 1 else None


def _we(
    doc: Document, refs: list[list[ClubRef]], club: str, lo: int, hi: int, add: Callable[..., None]
) -> None:
    """The speaker's club as a buyer where "we" talk with another club inside the quote
    ("abbiamo fatto un'offerta all'Atalanta") and no club is named buying, unless the article
    shows that other club buying."""
    buying = {r.name for sent_refs in refs for r in sent_refs if r.relation in BUYING}
    for t in range(lo + 1, hi):
        tok = doc.tokens[t]
        if tok.low not in WE:
            continue
        sent_refs = refs[tok.sent]
        if any(r.relation in BUYING or r.name == club for r in sent_refs):
            continue
        sides = {r.name for r in sent_refs if r.relation == "counterpart" and lo < r.tok < hi}
        if not sides:
            continue  # "we" talk with another club: "abbiamo fatto un'offerta all'Atalanta"
        if sides & buying:
            continue  # "Viti al Nizza", then "con il Nizza abbiamo trovato l'intesa": we sell
        k = next((doc.tok_key[x] for x in range(t, hi) if doc.tok_key[x] >= 0), -1)  # "ci" has none
        add(t, k, club, tok.sent, "to")
        return


def _quote_spans(doc: Document) -> list[tuple[int, int]]:
    """Token ranges between paired quote marks, the marks included."""
    marks = [t for t, tok in enumerate(doc.tokens) if tok.text in QUOTE_MARKS]
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
            elif m.sent == opening and lo < m.first < hi and _broken_by(doc, m.first):
                distance = m.first - lo  # "«Pessina è nostro – ha esordito Galliani –. Con..."
            elif m.sent == closing and m.first > hi:
                distance = m.first - hi
            else:
                continue
            if best is None or distance < best[0]:
                best = (distance, person)
    if best is None and opening > 0 and doc.sentence_text(opening - 1).rstrip().endswith("?"):
        return _interviewee(doc, staff)
    return best[1] if best else None


def _interviewee(doc: Document, staff: list[Person]) -> Person | None:
    """The club man whose name opens the title before a colon ("Galliani: «Tevez, aspettiamo il
    City»"): an interview's every answer to a question is his, though no answer names him again.
    A quote after no question may be anyone's; the answer's "we" is his club."""
    for person in staff:
        for m in person.mentions:
            s = doc.sentences[m.sent]
            colon = [t.text for t in doc.tokens[m.last + 1 : m.last + 2]] == [":"]
            if s.title and m.first == s.tok_start and colon:
                return person
    return None


def _broken_by(doc: Document, t: int) -> bool:
    """A name a few words after a dash inside a quote: the speaker breaking in ("– ha esordito
    Galliani –"), as the Italian press writes an attribution in the middle of the words."""
    return any(tok.text in DASHES for tok in doc.tokens[max(t - 4, 0) : t])


def staff_led_paragraphs(
    doc: Document, staff: list[Person], lexicon: Lexicon, refs: list[list[ClubRef]]
) -> dict[int, str]:
    """Paragraph -> the club of the coach or director whose name opens it ("Chivu, intanto, ha
    un nome in cima alla sua lista: Ange-Yoan Bonny. I contatti tra l'Inter e il club emiliano
    sono avviati"): the club whose search it tells, as when the club itself opens it. His club
    must be named in the paragraph too, since the lexicon knows this season's benches and an
    older article may be about his club of then. The lead paragraph keeps the article's club."""
    body = next((s.para for s in doc.sentences if not s.title), None)
    in_para: dict[int, set[str]] = {}
    for sent_refs in refs:
        for r in sent_refs:
            in_para.setdefault(doc.sentences[r.sent].para, set()).add(r.name)
    found: dict[int, str] = {}
    for person in staff:
        club = club_of(person, lexicon)
        if club is None:
            continue
        for m in person.mentions:
            s = doc.sentences[m.sent]
            first = m.sent == 0 or doc.sentences[m.sent - 1].para != s.para
            named = club in in_para.get(s.para, set())
            if first and named and m.first == s.tok_start and not s.heading and s.para != body:
                found.setdefault(s.para, club)
    return found
