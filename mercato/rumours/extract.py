"""The rumour extractor: from a cleaned Italian article to the transfer rumours it reports."""

from __future__ import annotations

import logging
import re
from collections import Counter
from datetime import date

from .assemble import Assembly
from .carries import carry_leads, carry_seekers
from .citations import credited_outlets
from .clauses import clause_ids, comma_segments
from .document import Document, build_document
from .eras import as_of, latest_year
from .freeagents import free_agents
from .labels import Labels, apply_direction, bracketed_club, labelled_paragraphs
from .lexicon import Lexicon, load_lexicon
from .mentions import collect_mentions
from .model import Rumour
from .money import Sums, contract_year, read_sums
from .moves import Mention, Reading, read_mention
from .orphans import orphan_sentences
from .people import Person, bystanders, find_people, strangers
from .recaps import read_recap
from .relations import ClubRef, club_refs
from .retrospect import retold_sentences
from .scope import Scope
from .staff import add_staff_refs, club_of, staff_led_paragraphs
from .swaps import apply_swaps
from .topics import club_cities, paragraph_topics, topic_clubs, topic_of

__all__ = ["MAX_CHARS", "extract_rumours"]

log = logging.getLogger(__name__)

PUNCT = frozenset({",", ";", ":", "(", ")", "–", "—"})  # where the stretch of one player ends
# A minute of play ("al 17'", "all'88'"): match reports give several, market news none.
MINUTE_RE = re.compile(r"\b(?:al|all'|dal|nel)\s*\d{1,3}['’](?!\w)")
# A bare minute mark ("RETI: 22' Balotelli", "Recupero 3'"): a report's scoreline and subs.
FORMATION_RE = re.compile(r"\(\d-\d-\d(?:-\d)?\)")  # a line-up's shape: "(4-2-3-1)"
BARE_MINUTE_RE = re.compile(r"(?<![\w'])\d{1,3}(?:\+\d)?['’](?![\w'])")
# A headline that announces the market ("Il punto sul mercato") over a match's ratings.
MARKET_HEADLINE_RE = re.compile(r"\b(?:calcio)?mercato\b", re.IGNORECASE)
# Past this many words a text is a full article, and a full article about a move names the
# market at least once; a one-line flash may be telegraphic ("Chiesa? Ad attenderlo c'è il Napoli").
FULL_ARTICLE_KEYS = 120
# An article about moves uses a word of the market ("trattativa", "offerta", "mercato") far more
# often than once in this many words; a ranking or an obituary that drops one "colpo" does not.
KEYS_PER_MARKET_WORD = 250
STAFF_ROLES = frozenset({"coach", "director", "president"})  # men who act for a club
MAX_CHARS = 200_000  # an article is a few thousand characters; past this it is not one


def extract_rumours(
    text: str,
    *,
    title: str | None = None,
    publisher: str | None = None,
    lexicon: Lexicon | None = None,
    published: date | None = None,
) -> list[Rumour]:
    """The transfer rumours reported by ``text``, in the order the article first gives them.

    ``title`` helps find the club the story is about; ``publisher`` is the outlet that
    published the article, never listed among the outlets it cites. ``lexicon`` defaults to
    the repository's ``data/lexicon`` (or ``$MERCATO_LEXICON_DIR``); ``published`` dates the
    article, so that a man who coaches now is read as the player he was then (eras.py).
    Text that is not football news, empty text or noise yields an empty list. Coaches,
    directors, presidents, agents and journalists are never a rumour's player; coach moves
    are not reported.
    """
    if not text or not text.strip():
        return []
    if len(text) > MAX_CHARS:
        log.warning("text of %d characters truncated to %d for rumour extraction", len(text), MAX_CHARS)
        text = text[:MAX_CHARS]
    lex = lexicon or load_lexicon()
    lex = as_of(lex, published.year) if published else as_of(lex, latest_year(text), at_latest=True)
    doc = build_document(text, lex, title=title)
    doc.background_sents |= retold_sentences(doc, published.year if published else None)
    read_recap(doc)  # "il mercato ufficiale": the window's deals told in the perfect
    if not any(t.kind == "club" for t in doc.tokens):
        return []
    market = len(doc.cues.get("market", ())) if "market" in lex.cues else len(doc.keys)
    if len(doc.keys) > FULL_ARTICLE_KEYS and market * KEYS_PER_MARKET_WORD < len(doc.keys):
        return []  # hardly a word of the market: a match report, a ranking, an obituary
    if _match_report(doc, text):
        return []  # "al 17'", "all'88'": a match report, whatever its quotes say of the market
    if len(FORMATION_RE.findall(text, 0, 20_000)) >= 2:
        return []  # "Como (4-2-3-1): Reina; ...": both line-ups of a match preview
    people = find_people(doc, lex)
    scope = Scope(doc)
    players = [p for p in people if p.player and not scope.only_outside(p)]
    if not players:
        return []
    staff = [p for p in people if p.role in STAFF_ROLES]
    scope.name_others([p for p in people if p.role is not None or (p.player and p not in players)])
    pipeline = _Pipeline(doc, lex, publisher, staff)
    return pipeline.run(players, strangers(doc, people), scope, bystanders(people))


def _match_report(doc: Document, text: str) -> bool:
    """Minutes of play ("al 17'", "Dal 60' Kean 6") mark a match report, whatever its quotes say
    of the market, unless its headlines announce the market too ("le pagelle ... Il punto sul
    mercato"): then its asides on moves are what the article is for."""
    played = len(MINUTE_RE.findall(text, 0, 20_000)) >= 2 or len(BARE_MINUTE_RE.findall(text, 0, 20_000)) >= 3
    if not played:
        return False
    for i, s in enumerate(doc.sentences):
        if not (s.title or s.heading):
            return True  # the headlines are over, none of them the market's
        if MARKET_HEADLINE_RE.search(doc.sentence_text(i)):
            return False
    return True


def _selling(refs: list[ClubRef]) -> set[str]:
    """Clubs shown selling or keeping and never buying, among ``refs``."""
    buying = {r.name for r in refs if r.relation in ("to", "competitor", "counterpart")}
    return {r.name for r in refs if r.relation in ("from", "own")} - buying


class _Pipeline:
    """The article-wide analyses every mention is read against, then mention by mention."""

    def __init__(
        self, doc: Document, lexicon: Lexicon, publisher: str | None, staff: list[Person] | None = None
    ) -> None:
        self.doc = doc
        self.nicknames = lexicon.player_nicknames
        n = len(doc.sentences)
        self.refs = [club_refs(doc, i) for i in range(n)]
        self.segments = [comma_segments(doc, i) for i in range(n)]
        self.clauses = [clause_ids(doc, i) for i in range(n)]
        self.explicit: set[int] = set()
        self.stated: set[int] = set()  # sections whose club a title, heading or label states
        named = {r.name for refs in self.refs for r in refs}
        # the club of a coach or director the article names counts toward its topic, when the
        # article names that club too (so a man who has moved on lends none)
        staff_clubs = Counter(
            club for p in staff or [] if (club := club_of(p, lexicon)) is not None and club in named
        )
        self.topics = topic_clubs(doc, self.refs, self.explicit, self.stated, staff_clubs)
        self.para_topics = paragraph_topics(doc, self.refs, club_cities(named, lexicon))
        for para, club in staff_led_paragraphs(doc, staff or [], lexicon, self.refs).items():
            self.para_topics.setdefault(para, club)
        add_staff_refs(doc, self.refs, self.clauses, self.segments, staff or [], lexicon, self.topics)
        # A club the article only shows selling or keeping is never the story's unnamed buyer.
        relations = [(r.name, r.relation) for refs in self.refs for r in refs]
        buying = {name for name, rel in relations if rel in ("to", "competitor", "counterpart")}
        keeping = {name for name, rel in relations if rel in ("from", "own")}
        self.selling = keeping - buying
        # A section that states its own club (a live blog's "ORE 12.40 - ROMA: ...") is its own
        # story: what the club does in the other entries says nothing about this one.
        self.entry_selling = {
            section: _selling(
                [r for refs in self.refs for r in refs if doc.sentences[r.sent].section == section]
            )
            for section in self.explicit
            if section > 0
        }
        # so is an entry of a post led by a label ("▪️ KURTIC – ..."): the club refusing a bid in
        # the entry above ("GERVINHO – il Parma ha detto no") may buy in this one
        self.entry_selling.update(
            {
                -1 - para: _selling(
                    [r for refs in self.refs for r in refs if doc.sentences[r.sent].para == para]
                )
                for para in labelled_paragraphs(doc)
            }
        )
        talking = {name for name, rel in relations if rel == "counterpart"}
        self.only_buying = buying - keeping - talking  # never the unnamed seller either
        self.outlets = credited_outlets(doc, lexicon, publisher)
        self.labels = Labels(doc)  # "USCITE", "➕ ENTRATE | ...", "Cessioni: Pato (Corinthians)"
        self._money: dict[tuple[int, int], Sums] = {}  # by sentence and player
        self._names: dict[int, list[tuple[int, int, int]]] = {}
        self._bystanders: dict[int, tuple[int, ...]] = {}  # set by run(), read by _read()

    def run(
        self, players: list[Person], strangers: set[int], scope: Scope, bystanders: dict[int, tuple[int, ...]]
    ) -> list[Rumour]:
        self._bystanders = bystanders  # "dopo quella di Joshua Zirkzee al Manchester United": his club
        mentions = collect_mentions(self.doc, players, self.nicknames, strangers)
        mentions = [m for m in mentions if not scope.excludes(m)]
        for m in mentions:
            if m.kind == "name":
                self._names.setdefault(m.sent, []).append((m.first, m.last, m.person))
        readings = [self._read(m, mentions) for m in mentions]
        carry_seekers(self.doc, self.refs, mentions, readings)
        carry_leads(self.doc, self.refs, self.topics, mentions, readings)
        apply_swaps(mentions, readings, self.refs)
        # player -> sentence -> buyers read there, by name or by a reference ("il Fenerbahçe ha
        # chiesto informazioni per il serbo" tells who buys when a headline only says "si tratta")
        buyers_at: dict[int, dict[int, set[str]]] = {}
        for mention, reading in zip(mentions, readings, strict=True):
            if mention.kind in ("name", "anaphor") and not reading.background:
                at = buyers_at.setdefault(mention.person, {})
                at.setdefault(mention.sent, set()).update(reading.buyers)
        assembly = Assembly(
            self.doc,
            self.topics,
            self.selling,
            self.outlets,
            self.money,
            lambda s: {r.name for r in self.refs[s]},
            only_buying=self.only_buying,
            stated=self.stated,
            entry_selling=self.entry_selling,
            solo=self._solo(mentions),
            labelled=self._unnamed_labelled(mentions),
            buyers_at=buyers_at,
            orphans=orphan_sentences(self.doc, mentions),
            leaving=self._leaving(mentions, readings),
            para_topics=self.para_topics,
        )
        for person in free_agents(self.doc, mentions):
            assembly.story(person).free_agent = True
        # A club hung on the name ("Gomez del Liverpool") outranks one read from a reference.
        for kind in ("name", "anaphor", "entry"):
            for mention, reading in zip(mentions, readings, strict=True):
                story = assembly.story(mention.person)
                if mention.kind == kind and not self._seller_bought(mention, reading, buyers_at):
                    story.from_club = story.from_club or reading.from_club
        for mention, reading in zip(mentions, readings, strict=True):
            assembly.add(mention, reading)
        return assembly.rumours(players)

    @staticmethod
    def _seller_bought(m: Mention, r: Reading, buyers_at: dict[int, dict[int, set[str]]]) -> bool:
        """The seller guessed as the other side of the story's club's talk is a club another
        sentence sends him to: "De Paul verso l'Atletico", then "l'Udinese e l'Atletico hanno
        trovato l'accordo". That side buys; it is not his club."""
        if not (r.talk_buyer and r.talk_seller):
            return False
        at = buyers_at.get(m.person, {})
        return any(r.talk_seller in found for sent, found in at.items() if sent != m.sent)

    def _leaving(self, mentions: list[Mention], readings: list[Reading]) -> set[int]:
        """Players named on their way out of the club their section is about, or of no club
        named ("Bologna, Svanberg saluta"), with no buyer in that clause."""
        leaving = set()
        for m, r in zip(mentions, readings, strict=True):
            topic = self.topics.get(self.doc.sentences[m.sent].section)
            named_out = m.kind == "name" and r.outgoing and not r.background and not r.buyers
            if named_out and topic is not None and r.from_club in (None, topic):
                leaving.add(m.person)
        return leaving

    def _unnamed_labelled(self, mentions: list[Mention]) -> set[int]:
        """Sections whose heading names their club and whose text names no player ("La Juve
        osserva. ... Spalletti apprezza il classe 2001"): about the article's player, for that club."""
        named = {self.doc.sentences[m.sent].section for m in mentions if m.kind == "name"}
        return {s.section for s in self.doc.sentences if s.heading and s.section in self.explicit} - named

    def _solo(self, mentions: list[Mention]) -> dict[int, int]:
        """Paragraph -> the player it names, for paragraphs that name exactly one."""
        named: dict[int, set[int]] = {}
        for m in mentions:
            if m.kind == "name":
                named.setdefault(self.doc.sentences[m.sent].para, set()).add(m.person)
        return {para: next(iter(people)) for para, people in named.items() if len(people) == 1}

    def _read(self, m: Mention, mentions: list[Mention]) -> Reading:
        rivals = tuple(
            o.first for o in mentions if o.sent == m.sent and o.person != m.person and o.kind == "name"
        ) + self._bystanders.get(m.sent, ())
        topic = topic_of(self.doc, m.sent, self.topics, self.para_topics)
        reading = read_mention(self.doc, m, self.refs, self.clauses, self.segments, topic, rivals)
        bracket = bracketed_club(self.doc, m, self.refs[m.sent])  # "Pulisic (Chelsea, 20 mln)"
        apply_direction(reading, self.labels.at(m.sent, m.kind != "continuation"), topic, *bracket)
        return reading

    def money(self, sent: int, person: int = -1) -> Sums:
        """Fee offered, bonus, contract year and asking price of a sentence, read once however
        many rumours use it.

        When the sentence names several players, only the stretch about ``person`` counts: his
        phrase and the ones after it, up to the phrase of the next player ("Gila, valutato 40
        milioni dalla Lazio, e Kristensen, per cui l'Udinese chiede 20": appositions follow).
        """
        cached = self._money.get((sent, person))
        if cached is None:
            start, end = self._stretch(sent, person)
            text = self.doc.text[start:end]
            fee, bonus, ask = read_sums(text)
            cached = self._money[(sent, person)] = (fee, bonus, contract_year(text), ask)
        return cached

    def _stretch(self, sent: int, person: int) -> tuple[int, int]:
        s = self.doc.sentences[sent]
        names = self._names.get(sent, [])
        mine = [first for first, _, p in names if p == person]
        if not mine or all(p == person for _, _, p in names):
            return s.start, s.end
        toks = self.doc.tokens
        before = [last for _, last, p in names if p != person and last < mine[0]]
        after = [first for first, _, p in names if p != person and first > mine[-1]]

        def last_punct(first: int, last: int) -> int:
            return next((t for t in range(last, first - 1, -1) if toks[t].text in PUNCT), -1)

        lo, hi = s.tok_start, s.tok_end - 1
        if before:
            lo = max(last_punct(before[-1] + 1, mine[0] - 1), before[-1] + 1)
        if after:
            cut = last_punct(mine[-1] + 1, after[0] - 1)
            hi = cut if cut >= 0 else after[0] - 1
        return toks[lo].start, toks[hi].end
