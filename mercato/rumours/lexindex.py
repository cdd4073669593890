"""The indexes a lexicon is matched with, built once when it loads: clubs' and outlets' names
and nicknames as token keys, cue phrases, the known people and their surnames. Split from
lexicon.py, which reads the files and holds the result."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .phrases import PhraseIndex
from .text import canon_phrase, fold, normalize, person_key, plain, tokenize

if TYPE_CHECKING:
    from .lexicon import Club, Entity, Outlet

__all__ = [
    "PARTICLES",
    "cue_index",
    "cue_words",
    "described_adjectives",
    "known_people_index",
    "name_entries",
    "national_rivals",
    "nickname_clubs",
    "nickname_entries",
]

# Capitalised particles that belong to the name they precede (Di Lorenzo, De Winter, Lo Celso).
PARTICLES = frozenset(
    "di de da del della dos du van von der den ter ten le la lo el al ben bin mac mc st san".split()
)


def surface_keys(form: str, *, lower: bool) -> tuple[str, ...]:
    toks = tokenize(normalize(form))
    return tuple(fold(t.text) if lower else plain(t.text) for t in toks)


def group(
    pairs: Iterable[tuple[tuple[str, ...], Entity]],
) -> list[tuple[tuple[str, ...], tuple[bool, ...], tuple[Entity, ...]]]:
    grouped: dict[tuple[str, ...], list[Entity]] = {}
    for key, entity in pairs:
        if key and entity not in grouped.setdefault(key, []):
            grouped[key].append(entity)
    return [(key, (False,) * len(key), tuple(ents)) for key, ents in grouped.items()]


def national_rivals(clubs: dict[str, Club], colours: list[str]) -> re.Pattern[str] | None:
    """One pattern for every other name of the clubs that wear the national colours, so that an
    article is searched once, not once per name."""
    folded = {fold(w) for w in colours}
    wearing = [c for c in clubs.values() if not folded.isdisjoint(fold(n) for n in c.nicknames)]
    forms = {fold(f) for c in wearing for f in (c.name, *c.aliases, *c.nicknames)} - folded
    if not forms:
        return None
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, forms))) + r")\b")


def nickname_clubs(clubs: dict[str, Club], nicknames: dict[str, str]) -> dict[str, str]:
    """Players' nicknames that a club goes by too ("Toro"), each with that club."""
    keys = {person_key(k) for k in nicknames}
    return {person_key(a): c.name for c in clubs.values() for a in c.aliases if person_key(a) in keys}


def name_entries(clubs: dict[str, Club], outlets: dict[str, Outlet]):
    pairs = [
        (surface_keys(f, lower=False), ("club", c.name))
        for c in clubs.values()
        for f in (c.name, *c.aliases)
    ]
    pairs += [
        (surface_keys(f, lower=False), ("outlet", o.name))
        for o in outlets.values()
        for f in (o.name, *o.aliases)
    ]
    return group(pairs)


def nickname_entries(clubs: dict[str, Club]):
    return group(
        (surface_keys(n, lower=True), ("club", c.name)) for c in clubs.values() for n in c.nicknames
    )


def described_adjectives(
    leagues: dict[str, list[str]], clubs: dict[str, Club], named: dict[str, list[str]]
) -> dict[str, frozenset[str]]:
    """Adjective -> the clubs it may mean: every club of the leagues it names ("inglese" -> the
    Premier League) plus the clubs listed for it by name ("toscano" -> Fiorentina, Empoli...)."""
    out: dict[str, set[str]] = {}
    for league, adjectives in leagues.items():
        members = {c.name for c in clubs.values() if c.league == league}
        for adjective in adjectives:
            out.setdefault(adjective.lower(), set()).update(members)
    for adjective, names in named.items():
        out.setdefault(adjective.lower(), set()).update(name for name in names if name in clubs)
    return {adjective: frozenset(names) for adjective, names in out.items()}


def known_people_index(table: dict[str, list[str]]) -> dict[str, str]:
    """Full names and their surnames mapped to the role (all of them are non-player roles)."""
    known: dict[str, str] = {}
    surnames: dict[str, set[str]] = {}
    for role, names in table.items():
        for name in names:
            key = person_key(name)
            known[key] = role
            surnames.setdefault(key.split(" ", 1)[-1], set()).add(role)  # "de rossi", not "rossi"
            words = key.split()
            if len(words) > 2 and words[-2] not in PARTICLES:  # "gian piero gasperini": "gasperini"
                surnames.setdefault(words[-1], set()).add(role)
    for surname, roles in surnames.items():
        if surname not in known:  # every role listed is a non-player one: any of them will do
            known[surname] = sorted(roles)[0]
    return known


def cue_words(tables: dict[str, dict[str, list[str]]]) -> frozenset[str]:
    return frozenset(
        word
        for table in tables.values()
        for phrases in table.values()
        for phrase in phrases
        for word, wild in zip(*canon_phrase(phrase), strict=True)
        if len(word) >= 4 and not wild
    )


def cue_index(table: dict[str, list[str]]) -> PhraseIndex[str]:
    entries = []
    for label, phrases in table.items():
        for phrase in phrases:
            words, wild = canon_phrase(phrase)
            entries.append((words, wild, label))
    return PhraseIndex(entries)
