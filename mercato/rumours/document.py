"""The analysed article: sentences, tokens with clubs and outlets merged, canonical keys, cues."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from .clubs import merge_entities, resolve_nicknames
from .descriptions import name_described_clubs, name_led_shirts
from .history import date_the_past
from .letters import signed_letters
from .lexicon import Lexicon
from .phrases import Match
from .sentences import Sentence, segment
from .standins import national_colours, nickname_men, surname_men
from .text import SENTINEL, Token, normalize, tokenize

__all__ = ["SENTINEL", "Document", "build_document"]

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
    # sentences that tell no move under way: the passato remoto, a reader's signed letter
    background_sents: set[int] = field(default_factory=set)
    recap: bool = False  # a window's recap: its perfect is the news (recaps.py)
    clause_memo: dict[int, list[int]] = field(default_factory=dict, repr=False)  # relations.clause_ids
    segment_memo: dict[int, list[int]] = field(default_factory=dict, repr=False)  # relations.comma_segments
    _by_start: dict[str, dict[int, Match[str]]] = field(default_factory=dict, repr=False)
    _by_sent: dict[str, list[list[Match[str]]]] = field(default_factory=dict, repr=False)
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

    def set_cues(self, family: str, matches: list[Match[str]]) -> None:
        """Replace the matches of ``family`` (sorted by start), as a reading of the whole article
        may (recaps.py), and forget what was indexed from the old ones."""
        self.cues[family] = matches
        for index in (self._by_start, self._by_sent, self._by_end):
            index.pop(family, None)

    def cues_in(self, family: str, sent: int) -> list[Match[str]]:
        """Cue matches of ``family`` that start in sentence ``sent`` (matches are sorted by start)."""
        by_sent = self._by_sent.get(family)
        if by_sent is None:
            by_sent = self._by_sent[family] = self._split_by_sentence(self.cues.get(family, []))
        return list(by_sent[sent])  # a fresh list, as callers may extend it

    def _split_by_sentence(self, matches: list[Match[str]]) -> list[list[Match[str]]]:
        """``matches`` grouped by the sentence they start in: every sentence asks for each family."""
        by_sent: list[list[Match[str]]] = [[] for _ in self.sentences]
        for m in matches:
            t = self.key_tok[m.start]
            if t >= 0:  # a sentinel is in no sentence
                by_sent[self.tokens[t].sent].append(m)
        return by_sent


def build_document(text: str, lexicon: Lexicon, *, title: str | None = None) -> Document:
    """Normalise, segment, tokenise and annotate ``text`` (the title, if any, goes first)."""
    body = normalize(text or "")
    title_text = normalize(title).strip() if title else ""
    full = f"{title_text}\n\n{body}" if title_text else body
    sentences = segment(full, title_end=len(title_text))
    tokens: list[Token] = []
    keys: list[str] = []
    key_tok: list[int] = []
    tok_key: list[int] = []
    sent_keys: list[tuple[int, int]] = []
    heads = lexicon.description_heads
    named: list[str] = []  # clubs named in tokens[:seen]: what "il club inglese" may point back to
    seen = 0
    # "il Toro" for Lautaro, "il centrocampista azzurro" for an Italy player: no club
    men = nickname_men(full, lexicon) | national_colours(full, lexicon) | surname_men(full, lexicon)
    for index, sent_tokens in enumerate(_sentence_tokens(full, sentences)):
        merged = merge_entities(sent_tokens, lexicon, men)
        if heads and not heads.isdisjoint([tok.low for tok in merged]):  # most sentences describe no club
            named += _named(tokens, seen)
            merged = name_described_clubs(merged, heads, lexicon.described, named, lexicon.people_clubs)
            seen = len(tokens) + len(merged)  # the call named this sentence's clubs
        sentence = sentences[index]
        sentence.tok_start = t = len(tokens)
        keys.append(SENTINEL)
        key_tok.append(-1)
        first = k = len(keys)
        for tok in merged:
            tok.sent = index
            if tok.canon:
                tok_key.append(k)
                keys.append(tok.canon)
                key_tok.append(t)
                k += 1
            else:
                tok_key.append(-1)
            t += 1
        tokens += merged
        sentence.tok_end = t
        sent_keys.append((first, k))
    keys.append(SENTINEL)
    key_tok.append(-1)
    resolve_nicknames(tokens, sentences, lexicon)
    name_led_shirts(tokens, lexicon.people_clubs)
    doc = Document(full, sentences, tokens, keys, key_tok, tok_key, sent_keys)
    doc.cues = lexicon.book.find_all(keys)
    _drop_preposition_ad(doc)
    date_the_past(doc)
    doc.background_sents |= signed_letters(doc)
    return doc


def _named(tokens: list[Token], start: int) -> list[str]:
    """The clubs named by ``tokens[start:]`` (by proper name, or by a description resolved), in
    order. Read only when a sentence holds a description: most sentences need no list of clubs."""
    return [
        tokens[t].ref.name
        for t in range(start, len(tokens))
        if tokens[t].kind == "club" and len(tokens[t].ref.candidates) == 1
    ]


def _sentence_tokens(text: str, sentences: list[Sentence]) -> list[list[Token]]:
    """The tokens of each sentence, cut from one pass over the whole text.

    No token spans whitespace, so for a sentence with whitespace (or the text's edge) on both
    sides the slice of the whole text's tokens is what tokenising it alone gives; one without
    (a metadata line cut mid-word) is tokenised alone.
    """
    tokens = tokenize(text)
    starts = [tok.start for tok in tokens]
    out = []
    for s in sentences:
        if (s.start == 0 or text[s.start - 1].isspace()) and (s.end == len(text) or text[s.end].isspace()):
            out.append(tokens[bisect_left(starts, s.start) : bisect_left(starts, s.end)])
        else:
            out.append(tokenize(text, s.start, s.end))
    return out


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
