"""Clubs named by description: "il club inglese", "la società tedesca" (descriptions.toml),
"la società di De Laurentiis" (roles.toml [people_clubs]).

Writers name a foreign club once and then describe it ("Il Chelsea segue Maignan. Il club
inglese resta alla finestra"). Read as plain words, the second sentence has no club and the
move is lost; read as the club, it is one more sentence about the same suitor. A description
points back: to the last club named before it whose league the adjective names.
"""

from __future__ import annotations

from .clubs import CLUB_KEY, Mention
from .lexindex import PARTICLES
from .text import Token

__all__ = ["name_described_clubs", "name_led_shirts"]

# A description refers back only after a definite article: "un club inglese" is any club.
DEFINITE = frozenset(
    "il la lo l' del della dello dell' dal dalla dallo dall' al alla allo all' col nel nella "
    "nello nell' sul sulla sullo sull'".split()
)


def name_described_clubs(
    tokens: list[Token],
    heads: frozenset[str],
    clubs_of: dict[str, frozenset[str]],
    named: list[str],
    people_clubs: dict[str, str] | None = None,
) -> list[Token]:
    """``tokens`` (one sentence) with each description that fits a club merged into a token of
    that club: "head + adjective" pointing back to a club of ``named`` (the clubs named so far,
    in order; extended with this sentence's clubs for the caller to pass on), or "head + di +
    the name of a club's president or coach" ("la società di De Laurentiis", "il club di Cairo")
    read from ``people_clubs``."""
    if not any(t.low in heads for t in tokens):  # most sentences describe no club: one pass
        named.extend(t.ref.name for t in tokens if t.kind == "club" and len(t.ref.candidates) == 1)
        return tokens
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        club, width = _described(tokens, i, heads, clubs_of, named)
        if club is None:
            club, width = _owned(tokens, i, heads, people_clubs or {})
        if club is None:
            if tok.kind == "club" and len(tok.ref.candidates) == 1:
                named.append(tok.ref.name)
            out.append(tok)
            i += 1
            continue
        last = tokens[i + width - 1]
        surface = " ".join(t.text for t in tokens[i : i + width])
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
        i += width
    return out


def _described(
    tokens: list[Token], i: int, heads: frozenset[str], clubs_of: dict[str, frozenset[str]], named: list[str]
) -> tuple[str | None, int]:
    """The club that tokens ``i, i+1`` describe, if they form a description that fits one."""
    if i == 0 or i + 1 >= len(tokens) or tokens[i].low not in heads or tokens[i - 1].low not in DEFINITE:
        return None, 0
    fits = clubs_of.get(tokens[i + 1].low)
    if not fits:
        return None, 0
    return next((name for name in reversed(named) if name in fits), None), 2


def _owned(
    tokens: list[Token], i: int, heads: frozenset[str], people_clubs: dict[str, str]
) -> tuple[str | None, int]:
    """ "La società di De Laurentiis": the club of the man named after "head + di"."""
    if i == 0 or tokens[i].low not in heads or tokens[i - 1].low not in DEFINITE:
        return None, 0
    if i + 2 >= len(tokens) or tokens[i + 1].low != "di" or not people_clubs:
        return None, 0
    club, n = _man_club(tokens, i + 2, people_clubs)
    return club, 2 + n


def _man_club(tokens: list[Token], i: int, people_clubs: dict[str, str]) -> tuple[str | None, int]:
    """The club of the man named from token ``i`` on, and how many tokens his name takes."""
    words = []
    for j, tok in enumerate(tokens[i : i + 4], i):
        # a particle inside the name: "il club di Pinto da Costa" is not Tiago Pinto's
        inside = tok.low in PARTICLES and j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper()
        if tok.kind != "word" or not (tok.text[:1].isupper() or (words and inside)):
            break
        words.append(tok.low)
    for n in range(len(words), 0, -1):  # the longest name first: "aurelio de laurentiis"
        key = " ".join(words[:n])
        club = people_clubs.get(key) or _by_surname(key, people_clubs)
        if club is not None:
            return club, n
    return None, 0


def name_led_shirts(tokens: list[Token], people_clubs: dict[str, str]) -> None:
    """ "I nerazzurri di Cristian Chivu": colours several clubs wear mean the club of the coach
    or president named after them, whatever club the paragraph named last (an Atalanta story
    speaking of the Inter that bids for its man)."""
    for i, tok in enumerate(tokens[:-2]):
        if tok.kind != "club" or len(tok.ref.candidates) < 2 or tokens[i + 1].low != "di":
            continue
        club, _ = _man_club(tokens, i + 2, people_clubs)
        if club in tok.ref.candidates:
            tok.ref.name = club


def _by_surname(surname: str, people_clubs: dict[str, str]) -> str | None:
    """The club of the only listed man with this surname ("de laurentiis", "cairo")."""
    clubs = {club for name, club in people_clubs.items() if name.endswith(" " + surname)}
    return next(iter(clubs)) if len(clubs) == 1 else None
