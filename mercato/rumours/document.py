"""The analysed article: sentences, tokens with clubs and outlets merged, canonical keys, cues."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from .clubs import merge_entities, resolve_nicknames
from .lexicon import Lexicon
from .phrases import Match
from .sentences import Sentence, segment
from .text import Token, normalize, tokenize

__all__ = ["SENTINEL", "Document", "build_document"]

YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
PAST_AUXILIARIES = frozenset("aveva avevano era erano fu furono".split())
PAST_ENDINGS = ("ò", "arono", "irono", "erono", "ettero")  # passato remoto: acquistò, passarono
REMOTE_PAST = frozenset("fu furono ebbe ebbero permise decise scelse prese mise volle vollero disse".split())
NOT_REMOTE = frozenset("può però ciò perciò giò".split())
SEASONS = frozenset(
    "estate inverno autunno primavera stagione gennaio febbraio giugno luglio agosto settembre".split()
)
SENTINEL = "¶"  # canonical key between sentences: no phrase crosses it


@dataclass
class Document:
    """Everything later stages read, computed once per article.

    ``keys`` is the canonical token stream (articles dropped, prepositions reduced, clubs as
    "§club"); ``key_tok[k]`` is the token behind key ``k`` (-1 for sentinels) and
    ``tok_key[t]`` the key of token ``t`` (-1 when the token has no key, e.g. an article).
    """

    text: str
    sentences: list[Sentence]
    tokens: list[Token]
    keys: list[str]
    key_tok: list[int]
    tok_key: list[int]
    sent_keys: list[tuple[int, int]] = field(default_factory=list)  # key range of each sentence
    cues: dict[str, list[Match[str]]] = field(default_factory=dict)
    past_sents: set[int] = field(default_factory=set)  # sentences told in the passato remoto
    clause_memo: dict[int, list[int]] = field(default_factory=dict, repr=False)  # relations.clause_ids
    _by_start: dict[str, dict[int, Match[str]]] = field(default_factory=dict, repr=False)
    _starts: dict[str, list[int]] = field(default_factory=dict, repr=False)
    _by_end: dict[str, dict[int, Match[str]]] = field(default_factory=dict, repr=False)

    def span(self, first: int, last: int) -> str:
        """Text from token ``first`` to token ``last`` inclusive."""
        return self.text[self.tokens[first].start : self.tokens[last].end]

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.text[s.start : s.end]

    def starting_at(self, family: str) -> dict[int, Match[str]]:
        """Matches of ``family`` by the key index they start at (families never overlap)."""
        if family not in self._by_start:
            self._by_start[family] = {m.start: m for m in self.cues.get(family, ())}
        return self._by_start[family]

    def ending_at(self, family: str) -> dict[int, Match[str]]:
        """Matches of ``family`` by the key index of their last key."""
        if family not in self._by_end:
            self._by_end[family] = {m.end - 1: m for m in self.cues.get(family, ())}
        return self._by_end[family]

    def key_of(self, first: int, last: int, *, end: bool = False) -> int:
        """Key index of the first (or, with ``end``, the last) keyed token in tokens first..last."""
        rng = range(last, first - 1, -1) if end else range(first, last + 1)
        for t in rng:
            if self.tok_key[t] >= 0:
                return self.tok_key[t]
        return -1

    def cues_in(self, family: str, sent: int) -> list[Match[str]]:
        """Cue matches of ``family`` that start in sentence ``sent`` (matches are sorted by start)."""
        lo, hi = self.sent_keys[sent]
        matches = self.cues.get(family, [])
        starts = self._starts.get(family)
        if starts is None:
            starts = self._starts[family] = [m.start for m in matches]
        return matches[bisect_left(starts, lo) : bisect_left(starts, hi)]


def build_document(text: str, lexicon: Lexicon, *, title: str | None = None) -> Document:
    """Normalise, segment, tokenise and annotate ``text`` (the title, if any, goes first)."""
    body = normalize(text or "")
    title_text = normalize(title).strip() if title else ""
    full = f"{title_text}\n\n{body}" if title_text else body
    sentences = segment(full, title_end=len(title_text))
    tokens: list[Token] = []
    for index, sentence in enumerate(sentences):
        sent_tokens = merge_entities(tokenize(full, sentence.start, sentence.end), lexicon)
        sentence.tok_start = len(tokens)
        for tok in sent_tokens:
            tok.sent = index
        tokens.extend(sent_tokens)
        sentence.tok_end = len(tokens)
    resolve_nicknames(tokens, sentences, lexicon)
    keys: list[str] = []
    key_tok: list[int] = []
    tok_key = [-1] * len(tokens)
    sent_keys: list[tuple[int, int]] = []
    for sentence in sentences:
        keys.append(SENTINEL)
        key_tok.append(-1)
        first = len(keys)
        for t in range(sentence.tok_start, sentence.tok_end):
            if tokens[t].canon:
                tok_key[t] = len(keys)
                keys.append(tokens[t].canon)
                key_tok.append(t)
        sent_keys.append((first, len(keys)))
    keys.append(SENTINEL)
    key_tok.append(-1)
    doc = Document(full, sentences, tokens, keys, key_tok, tok_key, sent_keys)
    doc.cues = lexicon.book.find_all(keys)
    _drop_preposition_ad(doc)
    _date_the_past(doc)
    return doc


def _drop_preposition_ad(doc: Document) -> None:
    """"ad" is the CEO (l'AD, dall'ad) and also "a" before a vowel ("una proposta ad Alessandro
    Bastoni"): the preposition must not make the player a director. Lowercase with no elided
    article before it, it is the preposition."""
    roles = doc.cues.get("role")
    if not roles:
        return
    kept = []
    for m in roles:
        t = doc.key_tok[m.start]
        elided = t > 0 and doc.tokens[t - 1].text.endswith("'")
        if m.end - m.start == 1 and doc.tokens[t].text == "ad" and not elided:
            continue
        kept.append(m)
    doc.cues["role"] = kept


def _remote_past(key: str) -> bool:
    """A verb in the passato remoto, the tense of history, not of rumours ("acquistò", "furono")."""
    if key in REMOTE_PAST:
        return True
    return len(key) > 3 and key.endswith(PAST_ENDINGS) and key not in NOT_REMOTE and not key.endswith("rò")


def _date_the_past(doc: Document) -> None:
    """ "Nel 2023 Juventus e Milan avevano chiesto informazioni": a year told in a past tense
    dates its phrase to the past, whatever the year (no list of years to keep up to date)."""
    found = []
    for index, (lo, hi) in enumerate(doc.sent_keys):
        keys = doc.keys[lo:hi]
        remote = [
            k for j, k in enumerate(keys, lo) if _remote_past(k) and doc.tokens[doc.key_tok[j]].text.islower()
        ]  # lowercase only: "Nicolò" is a name
        if remote:
            doc.past_sents.add(index)  # "furono tra i primi acquisti", "nel 2023 permise al Napoli"
        if not remote and not any(k in PAST_AUXILIARIES for k in keys):
            continue
        for j in range(1, len(keys)):
            if not YEAR_RE.match(keys[j]):
                continue
            if keys[j - 1] == "in":
                found.append(Match(lo + j - 1, lo + j + 1, "past"))
            elif j > 1 and keys[j - 2] == "in" and keys[j - 1] in SEASONS:
                found.append(Match(lo + j - 2, lo + j + 1, "past"))  # "nell'estate 2024 aveva perso"
    if found:
        taken = {m.start for m in doc.cues.get("move", ())}
        moves = doc.cues.get("move", []) + [m for m in found if m.start not in taken]
        doc.cues["move"] = sorted(moves, key=lambda m: m.start)
