"""Surname coreference: "Gila" after "Mario Gila" is the same man, and so is a typo of him."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from .names import NameMention
from .roles import NON_PLAYER_ROLES
from .text import fold

__all__ = ["Person", "corefer", "split_tandems"]


@dataclass(slots=True)
class Person:
    """A person of the article with every mention merged by surname."""

    name: str
    keys: frozenset[str]
    mentions: list[NameMention] = field(default_factory=list)
    role: str | None = None
    player: bool = False


def corefer(mentions: list[NameMention]) -> list[Person]:
    """Merge mentions into people: full names first, then lone surnames to the nearest match.

    "Gila" after "Mario Gila" is the same man; "Kim" after "Kim Min-Jae" too. A lone word
    that matches no full name may still be a typo of one (rapidfuzz), else a person of its own.
    Indexes by word keep this linear in the number of names, whatever the text.
    """
    people: list[Person] = []
    by_full: dict[str, int] = {}
    by_word: dict[str, list[int]] = {}
    seen: dict[int, list[int]] = {}  # person -> token positions of the mentions given to him
    for m in mentions:
        words = _words(m.text)
        if len(words) < 2:
            continue
        key = " ".join(words)
        idx = by_full.get(key)
        if idx is None:
            wordset = set(words)
            candidates = sorted({i for w in words for i in by_word.get(w, ())})
            idx = next(
                (i for i in candidates if wordset <= people[i].keys or people[i].keys <= wordset), None
            )
        if idx is None:
            idx = len(people)
            people.append(Person(m.text, frozenset(words)))
            for w in words:
                by_word.setdefault(w, []).append(idx)
        by_full[key] = idx
        m.person = idx
        seen.setdefault(idx, []).append(m.first)
    surnames = {i: _surname(p) for i, p in enumerate(people)}
    by_surname: dict[str, list[int]] = {}
    for i, surname in surnames.items():
        by_surname.setdefault(surname, []).append(i)
    singles: dict[str, int] = {}
    for m in mentions:
        if m.person >= 0:
            continue
        word = " ".join(_words(m.text))
        parts = set(word.split("-")) | {word}
        owners = sorted({i for part in parts for i in by_word.get(part, ())} | set(by_surname.get(word, ())))
        if not owners and len(word) >= 5 and surnames:
            close = process.extract(word, surnames, scorer=fuzz.ratio, score_cutoff=90, limit=None)
            owners = sorted(i for _, _, i in close)
        if owners:
            m.person = _nearest(owners, seen, m)
        else:
            if word not in singles:
                singles[word] = len(people)
                people.append(Person(m.text, frozenset({word})))
            m.person = singles[word]
        seen.setdefault(m.person, []).append(m.first)
    for m in mentions:
        people[m.person].mentions.append(m)
    for person in people:  # "De Bruyne" in the title, "Kevin De Bruyne" in the text
        longest = max(len(_words(m.text)) for m in person.mentions)
        full = [m.text for m in person.mentions if len(_words(m.text)) == longest]
        # a heading's capitals ("NIKOLA KALINIĆ - MILAN") give way to the name as the text writes
        # it, or are written as a name when the text has no other form
        person.name = next((text for text in full if not text.isupper()), full[0].title())
    return people


@lru_cache(maxsize=1 << 14)
def _words(text: str) -> tuple[str, ...]:
    """The folded words of a name ("D'Ambrosio" -> d, ambrosio), memoised: every mention and
    every person asks several times, and names repeat across articles."""
    return tuple(fold(text).replace("'", " ").split())


def _surname(person: Person) -> str:
    return _words(person.name)[-1]


def _nearest(owners: list[int], seen: dict[int, list[int]], m: NameMention) -> int:
    """Among people sharing a surname, the one named last before ``m`` (else the first)."""

    def last_before(owner: int) -> int:
        positions = sorted(seen.get(owner, ()))
        j = bisect_left(positions, m.first)
        return positions[j - 1] if j else -1

    return max(owners, key=lambda o: (last_before(o), -o))


def split_tandems(people: list[Person]) -> None:
    """ "Tare-Allegri" names two people already known: its mentions take the first one's role.
    A side of the dash may be a surname of two words: "Ilić-Nicolussi Caviglia"."""
    surnames = {_surname(p): i for i, p in enumerate(people) if len(p.keys) > 1}
    for person in people:
        parts = _surname(person).split("-")
        if len(parts) > 1 and all(part in surnames for part in parts):
            owners = [people[surnames[part]] for part in parts]
        elif "-" in person.name:
            sides = person.name.split("-")
            owners = [o for side in sides if (o := _ending_in(people, person, side)) is not None]
            if len(owners) != len(sides):
                continue
        else:
            continue
        roles = [m.role for o in owners for m in o.mentions if m.role in NON_PLAYER_ROLES]
        for m in person.mentions:
            m.role = m.role or (roles[0] if roles else "tandem")
        person.role = "tandem"


def _ending_in(people: list[Person], person: Person, part: str) -> Person | None:
    """Another person of two or more words whose name ends with the words of ``part``."""
    words = _words(part)
    if not words:
        return None
    return next(
        (p for p in people if p is not person and len(p.keys) > 1 and _words(p.name)[-len(words) :] == words),
        None,
    )
