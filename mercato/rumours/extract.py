"""The rumour extractor: from a cleaned Italian article to the transfer rumours it reports."""

from __future__ import annotations

import logging

from .anaphora import collect_mentions
from .assemble import Assembly
from .citations import credited_outlets
from .document import Document, build_document
from .lexicon import Lexicon, load_lexicon
from .model import Rumour
from .money import contract_year, parse_fee
from .moves import Mention, Reading, apply_swaps, read_mention
from .people import Person, find_people
from .relations import clause_ids, club_refs, comma_segments
from .topics import topic_clubs

__all__ = ["MAX_CHARS", "extract_rumours"]

log = logging.getLogger(__name__)

MAX_CHARS = 200_000  # an article is a few thousand characters; past this it is not one


def extract_rumours(
    text: str, *, title: str | None = None, publisher: str | None = None, lexicon: Lexicon | None = None
) -> list[Rumour]:
    """The transfer rumours reported by ``text``, in the order the article first gives them.

    ``title`` helps find the club the story is about; ``publisher`` is the outlet that
    published the article, never listed among the outlets it cites. ``lexicon`` defaults to
    the repository's ``data/lexicon`` (or ``$MERCATO_LEXICON_DIR``). Text that is not
    football news, empty text or noise yields an empty list. Coaches, directors, presidents,
    agents and journalists are never a rumour's player; coach moves are not reported.
    """
    if not text or not text.strip():
        return []
    if len(text) > MAX_CHARS:
        log.warning("text of %d characters truncated to %d for rumour extraction", len(text), MAX_CHARS)
        text = text[:MAX_CHARS]
    lex = lexicon or load_lexicon()
    doc = build_document(text, lex, title=title)
    if not any(t.kind == "club" for t in doc.tokens):
        return []
    players = [p for p in find_people(doc, lex) if p.player]
    if not players:
        return []
    return _Pipeline(doc, lex, publisher).run(players)


class _Pipeline:
    """The article-wide analyses every mention is read against, then mention by mention."""

    def __init__(self, doc: Document, lexicon: Lexicon, publisher: str | None) -> None:
        self.doc = doc
        n = len(doc.sentences)
        self.refs = [club_refs(doc, i) for i in range(n)]
        self.segments = [comma_segments(doc, i) for i in range(n)]
        self.clauses = [clause_ids(doc, i) for i in range(n)]
        self.topics = topic_clubs(doc, self.refs)
        # A club the article only shows selling or keeping is never the story's unnamed buyer.
        relations = [(r.name, r.relation) for refs in self.refs for r in refs]
        buying = {name for name, rel in relations if rel in ("to", "competitor", "counterpart")}
        keeping = {name for name, rel in relations if rel in ("from", "own")}
        self.selling = keeping - buying
        talking = {name for name, rel in relations if rel == "counterpart"}
        self.only_buying = buying - keeping - talking  # never the unnamed seller either
        self.outlets = credited_outlets(doc, lexicon, publisher)
        self._money: dict[int, tuple[int | None, int | None, int | None]] = {}

    def run(self, players: list[Person]) -> list[Rumour]:
        mentions = collect_mentions(self.doc, players)
        readings = [self._read(m, mentions) for m in mentions]
        apply_swaps(mentions, readings, self.refs)
        assembly = Assembly(
            self.doc,
            self.topics,
            self.selling,
            self.outlets,
            self.money,
            lambda s: {r.name for r in self.refs[s]},
            only_buying=self.only_buying,
        )
        # A club hung on the name ("Gomez del Liverpool") outranks one read from a reference.
        for kind in ("name", "anaphor"):
            for mention, reading in zip(mentions, readings, strict=True):
                story = assembly.story(mention.person)
                if mention.kind == kind:
                    story.from_club = story.from_club or reading.from_club
        for mention, reading in zip(mentions, readings, strict=True):
            assembly.add(mention, reading)
        return assembly.rumours(players)

    def _read(self, m: Mention, mentions: list[Mention]) -> Reading:
        rivals = tuple(
            o.first for o in mentions if o.sent == m.sent and o.person != m.person and o.kind == "name"
        )
        topic = self.topics.get(self.doc.sentences[m.sent].section)
        return read_mention(self.doc, m, self.refs, self.clauses, self.segments, topic, rivals)

    def money(self, sent: int) -> tuple[int | None, int | None, int | None]:
        """Fee, bonus and contract year of a sentence, read once however many rumours use it."""
        cached = self._money.get(sent)
        if cached is None:
            text = self.doc.sentence_text(sent)
            cached = self._money[sent] = (*parse_fee(text), contract_year(text))
        return cached
