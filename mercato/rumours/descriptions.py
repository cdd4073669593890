"""Clubs named by description: "il club inglese", "la società tedesca" (descriptions.toml).

Writers name a foreign club once and then describe it ("Il Chelsea segue Maignan. Il club
inglese resta alla finestra"). Read as plain words, the second sentence has no club and the
move is lost; read as the club, it is one more sentence about the same suitor. A description
points back: to the last club named before it whose league the adjective names.
"""

from __future__ import annotations

from .clubs import CLUB_KEY, Mention
from .text import Token

__all__ = ["name_described_clubs"]

# A description refers back only after a definite article: "un club inglese" is any club.
DEFINITE = frozenset(
    "il la lo l' del della dello dell' dal dalla dallo dall' al alla allo all' col nel nella "
    "nello nell' sul sulla sullo sull'".split()
)


def name_described_clubs(
    tokens: list[Token], heads: frozenset[str], clubs_of: dict[str, frozenset[str]], named: list[str]
) -> list[Token]:
    """``tokens`` (one sentence) with each "head + adjective" that fits a club of ``named``
    merged into a token of that club. ``named`` lists the clubs named so far, in order; it is
    extended with this sentence's clubs, so the caller can pass it on to the next sentence."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        club = _described(tokens, i, heads, clubs_of, named)
        if club is None:
            if tok.kind == "club" and len(tok.ref.candidates) == 1:
                named.append(tok.ref.name)
            out.append(tok)
            i += 1
            continue
        last = tokens[i + 1]
        surface = f"{tok.text} {last.text}"
        out.append(
            Token(
                text=surface,
                start=tok.start,
                end=last.end,
                kind="club",
                low=surface.lower(),
                canon=CLUB_KEY,
                sent=tok.sent,
                ref=Mention("club", club, (club,), False),
            )
        )
        named.append(club)
        i += 2
    return out


def _described(
    tokens: list[Token], i: int, heads: frozenset[str], clubs_of: dict[str, frozenset[str]], named: list[str]
) -> str | None:
    """The club that tokens ``i, i+1`` describe, if they form a description that fits one."""
    if i == 0 or i + 1 >= len(tokens) or tokens[i].low not in heads or tokens[i - 1].low not in DEFINITE:
        return None
    fits = clubs_of.get(tokens[i + 1].low)
    if not fits:
        return None
    return next((name for name in reversed(named) if name in fits), None)
