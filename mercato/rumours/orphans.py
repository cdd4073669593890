"""Sums stated in sentences that name no player, and the move they price.

Writers often name the player once and give the money a paragraph later, in a sentence about
the directors: "Gila, il Milan accelera. ... Igli Tare ha proposto a Claudio Lotito 22 milioni
più 3 di bonus". No mention reads such a sentence (it names people, and a new paragraph ends
a continuation), so without this the fee of the move under discussion is lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .document import Document
from .money import Sums
from .moves import Mention

__all__ = ["MONEY_RE", "orphan_fee", "orphan_sentences"]

# A sum in a sentence: only those are read for a fee when they name no player.
MONEY_RE = re.compile(r"\d\s*(?:milion|mln)", re.IGNORECASE)

Money = Callable[[int, int], Sums]


def orphan_sentences(doc: Document, mentions: list[Mention]) -> dict[int, list[int]]:
    """Player -> later sentences of his section that no mention reads, that state a sum and
    come before the next player's name (the last player named is the one under discussion)."""
    read = {m.sent for m in mentions}
    named: dict[int, int] = {}
    for m in mentions:
        if m.kind == "name":
            named[m.sent] = m.person  # the last name of a sentence
    last: dict[int, int] = {}  # section -> the last player named so far
    out: dict[int, list[int]] = {}
    for index, sentence in enumerate(doc.sentences):
        if index in named:
            last[sentence.section] = named[index]
            continue
        owner = last.get(sentence.section)
        if owner is None or index in read or sentence.heading or index in doc.background_sents:
            continue
        if MONEY_RE.search(doc.text, sentence.start, sentence.end):
            out.setdefault(owner, []).append(index)
    return out


def orphan_fee(
    sents: Iterable[int],
    person: int,
    clubs: set[str | None],
    sole_move: bool,
    money: Money,
    clubs_in: Callable[[int], set[str]],
    main_move: bool = False,
) -> tuple[int | None, int | None]:
    """The first sum of ``sents`` for a player's move: his only move, the move whose clubs
    (``clubs``: buyer and seller) the sentence names, or, when the sentence names no club at
    all ("Tare ha proposto a Lotito 22 milioni"), the move of the club the story is about
    (``main_move``): a rival suitor is always named when the money is his."""
    for index in sents:
        named = clubs_in(index)
        if sole_move or (named & clubs) - {None} or (main_move and not named):
            fee, bonus, _, ask = money(index, person)
            if fee is not None or ask is not None:
                return (fee if fee is not None else ask), bonus
    return None, None
