"""Token-sequence phrase matching: the one mechanism behind clubs, outlets, cues and roles."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

__all__ = ["Match", "PhraseBook", "PhraseIndex"]

V = TypeVar("V")
Entry = tuple[tuple[str, ...], tuple[bool, ...], V]  # a phrase's words, wildcards and value


@dataclass(frozen=True, slots=True)
class Match(Generic[V]):
    """A phrase found at ``[start, end)`` of the key sequence it was searched in."""

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
        self._exact: dict[str, list[tuple[tuple[str, ...], tuple[bool, ...], V]]] = {}
        self._prefix: dict[str, list[tuple[tuple[str, ...], tuple[bool, ...], V]]] = {}
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
        self._cache: dict[str, list[tuple[tuple[str, ...], tuple[bool, ...], V]]] = {}

    def _candidates(self, key: str) -> list[tuple[tuple[str, ...], tuple[bool, ...], V]]:
        """Phrases whose first token fits ``key``, longest first (memoised: words repeat)."""
        cached = self._cache.get(key)
        if cached is None:
            cached = list(self._exact.get(key, ()))
            for n in self._prefix_lengths:
                if n <= len(key):
                    cached.extend(self._prefix.get(key[:n], ()))
            cached.sort(key=lambda e: -len(e[0]))
            if len(self._cache) < 50_000:
                self._cache[key] = cached
        return cached

    def starts(self, key: str) -> bool:
        """Whether some phrase can begin with ``key``."""
        return bool(self._candidates(key))

    def starts_each(self, keys: Sequence[str]) -> list[bool]:
        """``starts`` of every key in one call: the tokeniser asks it of every word of an article."""
        cache, candidates = self._cache, self._candidates
        return [bool(cache[k]) if k in cache else bool(candidates(k)) for k in keys]

    def match_at(self, keys: Sequence[str], i: int) -> Match[V] | None:
        """The longest phrase starting at ``keys[i]``, or None."""
        return _longest(keys, i, self._candidates(keys[i]))

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


def _longest(
    keys: Sequence[str], i: int, candidates: list[Entry[V]]
) -> Match[V] | None:
    """The first (longest) of ``candidates`` that lines up with ``keys`` from position ``i``."""
    end = len(keys)
    for words, wild, value in candidates:
        n = len(words)
        if n == 1:
            return Match(i, i + 1, value)
        if i + n > end:
            continue
        second = keys[i + 1]  # most candidates fail here: check it before the full walk
        if not (second.startswith(words[1]) if wild[1] else second == words[1]):
            continue
        if n == 2 or _matches(keys, i, words, wild):
            return Match(i, i + n, value)
    return None


def _matches(keys: Sequence[str], i: int, words: tuple[str, ...], wild: tuple[bool, ...]) -> bool:
    """True when ``words`` (with wildcards) lines up with ``keys`` from position ``i``."""
    if i + len(words) > len(keys):
        return False
    for j in range(1, len(words)):  # the first token was checked when the phrase was picked
        word, star, key = words[j], wild[j], keys[i + j]
        if not (key.startswith(word) if star else key == word):
            return False
    return True


class PhraseBook(Generic[V]):
    """Several phrase families matched in one pass over the keys.

    Each family keeps its own leftmost-longest matching; a per-word memo of which families can
    start at that word lets the pass skip the many words no phrase begins with.
    """

    def __init__(self, families: dict[str, PhraseIndex[V]]) -> None:
        self.families = families
        self._starts: dict[str, tuple[tuple[str, list[Entry[V]]], ...]] = {}

    def _families_at(self, key: str) -> tuple[tuple[str, list[Entry[V]]], ...]:
        """The families that can start at ``key``, each with its candidate phrases: memoised
        together so the pass over an article does one dict lookup per word."""
        found = self._starts.get(key)
        if found is None:
            pairs = ((name, index._candidates(key)) for name, index in self.families.items())
            found = tuple((name, cands) for name, cands in pairs if cands)
            if len(self._starts) < 50_000:
                self._starts[key] = found
        return found

    def find_all(self, keys: Sequence[str]) -> dict[str, list[Match[V]]]:
        """Leftmost-longest matches of every family, as ``find_all`` of each would give."""
        found: dict[str, list[Match[V]]] = {name: [] for name in self.families}
        free = dict.fromkeys(self.families, 0)
        families_at = self._families_at
        for i, key in enumerate(keys):
            for name, candidates in families_at(key):
                if i < free[name]:
                    continue
                m = _longest(keys, i, candidates)
                if m is not None:
                    found[name].append(m)
                    free[name] = m.end
        return found
