"""Token-sequence phrase matching: the one mechanism behind clubs, outlets, cues and roles."""

from __future__ import annotations

from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Generic, TypeVar

from .text import SENTINEL

__all__ = ["Match", "PhraseBook", "PhraseIndex"]

V = TypeVar("V")
Entry = tuple[tuple[str, ...], tuple[bool, ...], V]  # a phrase's words, wildcards and value
# Per family: the phrases still possible, and the length of the first when it is known to match
# (one or two words, both checked by the pair), else 0.
Plan = tuple[tuple[str, tuple[Entry[V], ...], int], ...]
WORD_CACHE = 50_000  # distinct words memoised per index or book
PAIR_CACHE = 200_000  # distinct word pairs memoised per index or book before starting over


@dataclass(slots=True, unsafe_hash=True)
class Match(Generic[V]):
    """A phrase found at ``[start, end)`` of the key sequence it was searched in.

    Treat it as immutable (it is hashed). It is not declared frozen because a frozen dataclass
    sets each field through ``object.__setattr__``, which made creating one, as every article
    does hundreds of times, about three times slower.
    """

    start: int
    end: int
    value: V


class PhraseIndex(Generic[V]):
    """Phrases as token tuples, indexed by first token, matched leftmost-longest.

    Looking phrases up by their first token keeps matching linear in the article length
    whatever the lexicon size, unlike one regex alternation of hundreds of phrases. A token
    marked as wildcard matches any key that starts with it ("trattativ*").
    """

    def __init__(self, entries: Iterable[tuple[Sequence[str], Sequence[bool], V]]) -> None:
        self._exact: dict[str, list[Entry[V]]] = {}
        self._prefix: dict[str, list[Entry[V]]] = {}
        lengths: set[int] = set()
        self.size = 0
        for words, wild, value in entries:
            words, wild = tuple(words), tuple(wild)
            if not words:
                continue
            entry = (words, wild, value)
            if wild[0]:
                self._prefix.setdefault(words[0], []).append(entry)
                lengths.add(len(words[0]))
            else:
                self._exact.setdefault(words[0], []).append(entry)
            self.size += 1
        for bucket in (*self._exact.values(), *self._prefix.values()):
            bucket.sort(key=lambda e: -len(e[0]))
        self._prefix_lengths = sorted(lengths)
        self._cache: dict[str, tuple[Entry[V], ...]] = {}
        self._pairs: dict[tuple[str, str | None], tuple[Entry[V], ...]] = {}

    def _candidates(self, key: str) -> tuple[Entry[V], ...]:
        """Phrases whose first token fits ``key``, longest first (memoised: words repeat).

        A tuple, not a list: the memo holds one per word met for every family, mostly empty,
        and the garbage collector skips a tuple of constants, where it walks every list.
        """
        cached = self._cache.get(key)
        if cached is None:
            found = list(self._exact.get(key, ()))
            if _prefixed(key, self._prefix, self._prefix_lengths):  # else the exact bucket is sorted
                for n in self._prefix_lengths:
                    if n <= len(key):
                        found.extend(self._prefix.get(key[:n], ()))
                found.sort(key=lambda e: -len(e[0]))
            cached = tuple(found)
            if len(self._cache) < WORD_CACHE:
                self._cache[key] = cached
        return cached

    def _viable(self, key: str, nxt: str | None) -> tuple[Entry[V], ...]:
        """``_viable`` of the candidates at ``key``, memoised per pair of words."""
        pair = (key, nxt)
        found = self._pairs.get(pair)
        if found is None:
            if len(self._pairs) >= PAIR_CACHE:
                self._pairs.clear()
            found = self._pairs[pair] = _viable(self._candidates(key), nxt)
        return found

    def starts(self, key: str) -> bool:
        """Whether some phrase can begin with ``key`` (cheap: most words start none)."""
        return key in self._exact or _prefixed(key, self._prefix, self._prefix_lengths)

    def fits_at(self, keys: Sequence[str], i: int) -> bool:
        """Whether some phrase's first two words fit ``keys`` at ``i``: necessary for a match,
        and a cheap way to rule one out."""
        return bool(self._viable(keys[i], keys[i + 1] if i + 1 < len(keys) else None))

    def match_at(self, keys: Sequence[str], i: int) -> Match[V] | None:
        """The longest phrase starting at ``keys[i]``, or None."""
        return _longest(keys, i, self._viable(keys[i], keys[i + 1] if i + 1 < len(keys) else None))

    def find_all(self, keys: Sequence[str]) -> list[Match[V]]:
        """Leftmost-longest, non-overlapping matches over the whole sequence."""
        found: list[Match[V]] = []
        i, n = 0, len(keys)
        while i < n:
            m = self.match_at(keys, i)
            if m is None:
                i += 1
            else:
                found.append(m)
                i = m.end
        return found


def _prefixed(key: str, prefixes: Container[str], lengths: list[int]) -> bool:
    """Whether some prefix of ``key`` of one of the ``lengths`` (ascending) is in ``prefixes``."""
    for n in lengths:
        if n > len(key):
            return False
        if key[:n] in prefixes:
            return True
    return False


def _viable(candidates: Sequence[Entry[V]], nxt: str | None) -> tuple[Entry[V], ...]:
    """The candidates (longest first) that the next key ``nxt`` leaves possible.

    Most phrases fail on their second word, and word pairs repeat, so filtering once per pair
    spares the per-position walk. A one-word phrase always matches: nothing after it is kept.
    ``nxt`` is None at the last position, where only one-word phrases fit.
    """
    kept: list[Entry[V]] = []
    for entry in candidates:
        words, wild, _ = entry
        if len(words) == 1:
            kept.append(entry)
            break
        if nxt is not None and (_fits(nxt, words[1]) if wild[1] else nxt == words[1]):
            kept.append(entry)
    return tuple(kept)


def _settled(viable: tuple[Entry[V], ...]) -> int:
    """The length of the first of the ``viable`` phrases when the word pair that left it viable
    already matched all of it (one or two words), else 0: ``_longest`` would return it unwalked."""
    n = len(viable[0][0])
    return n if n <= 2 else 0


def _longest(keys: Sequence[str], i: int, viable: tuple[Entry[V], ...]) -> Match[V] | None:
    """The first (longest) of the ``viable`` phrases at ``i`` that lines up with ``keys``: their
    first two words are known to fit, so only longer phrases need a walk."""
    end = len(keys)
    for words, wild, value in viable:
        n = len(words)
        if n <= 2 or (i + n <= end and _rest_matches(keys, i, words, wild)):
            return Match(i, i + n, value)
    return None


def _rest_matches(keys: Sequence[str], i: int, words: tuple[str, ...], wild: tuple[bool, ...]) -> bool:
    """True when ``words[2:]`` (with wildcards) line up with ``keys`` from position ``i + 2``."""
    for j in range(2, len(words)):
        word, key = words[j], keys[i + j]
        if not (_fits(key, word) if wild[j] else key == word):
            return False
    return True


def _fits(key: str, prefix: str) -> bool:
    """A wildcard's match: any key that starts with ``prefix`` but the break between sentences
    (a lone "*" stands for one word, and no phrase crosses into the next sentence)."""
    return key.startswith(prefix) and key != SENTINEL


class PhraseBook(Generic[V]):
    """Several phrase families matched in one pass over the keys.

    Each family keeps its own leftmost-longest matching. Two memos let the pass skip most
    positions with one dict lookup: per word, the families that can start there; per pair of
    consecutive words, the families (and their phrases) still possible after the second word.
    """

    def __init__(self, families: dict[str, PhraseIndex[V]]) -> None:
        self.families = families
        indexes = families.values()
        # Every family's first words together: one look tells the words that start no phrase.
        self._exact = set().union(*(index._exact for index in indexes))
        self._prefix = set().union(*(index._prefix for index in indexes))
        self._prefix_lengths = sorted(set().union(*(index._prefix_lengths for index in indexes)))
        self._starts: dict[str, tuple[tuple[str, tuple[Entry[V], ...]], ...]] = {}
        self._plans: dict[tuple[str, str | None], Plan[V]] = {}

    def _families_at(self, key: str) -> tuple[tuple[str, tuple[Entry[V], ...]], ...]:
        """The families that can start at ``key``, each with its candidate phrases."""
        found = self._starts.get(key)
        if found is None:
            found = ()
            if key in self._exact or _prefixed(key, self._prefix, self._prefix_lengths):
                pairs = ((name, index._candidates(key)) for name, index in self.families.items())
                found = tuple((name, cands) for name, cands in pairs if cands)
            if len(self._starts) < WORD_CACHE:
                self._starts[key] = found
        return found

    def _plan(self, pair: tuple[str, str | None]) -> Plan[V]:
        """The families whose phrases may start at ``pair[0]`` given ``pair[1]``, with those phrases.

        Most matches are of one or two words, which the pair settles: the plan says so, and
        ``find_all`` takes them without walking the keys (``_longest`` would return the first).
        """
        if len(self._plans) >= PAIR_CACHE:
            self._plans.clear()
        key, nxt = pair
        plan = ((name, _viable(cands, nxt)) for name, cands in self._families_at(key))
        found = self._plans[pair] = tuple((name, viable, _settled(viable)) for name, viable in plan if viable)
        return found

    def find_all(self, keys: Sequence[str]) -> dict[str, list[Match[V]]]:
        """Leftmost-longest matches of every family, as ``find_all`` of each would give."""
        found: dict[str, list[Match[V]]] = {name: [] for name in self.families}
        free = dict.fromkeys(self.families, 0)
        plans, plan_of = self._plans, self._plan
        for i, pair in enumerate(pairwise([*keys, None])):  # each key with the next (None at the end)
            plan = plans.get(pair)
            if plan is None:
                plan = plan_of(pair)
            for name, viable, settled in plan:
                if i < free[name]:
                    continue
                m = Match(i, i + settled, viable[0][2]) if settled else _longest(keys, i, viable)
                if m is not None:
                    found[name].append(m)
                    free[name] = m.end
        return found
