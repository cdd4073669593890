"""Club words that stand for something else in one article: a player's nickname that a club goes
by too ("il Toro" for Lautaro), and the national colour on a man ("il centrocampista azzurro").
They are decided from the whole text before its clubs are merged, so that they stay words."""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .text import fold

__all__ = ["national_colours", "nickname_men", "surname_men"]

# The article and the articled prepositions a club takes and a man does not ("la Torres", "dal Santos").
CLUB_ARTICLES = (
    r"(?:il|lo|la|l'|al|allo|alla|all'|del|dello|della|dell'|dal|dallo|dalla|dall'|nel|nella|col|sul|contro)"
)


def nickname_men(text: str, lexicon: Lexicon) -> frozenset[str]:
    """Club names that stand for a player in this article: "il Toro" in a piece that names
    Lautaro and never the Torino is the striker, not the club."""
    lower = text.lower()
    if not any(nick in lower for nick in lexicon.nickname_clubs):
        return frozenset()  # most articles name none: no need to fold the whole text
    folded = fold(text)
    men = set()
    for nick, club in lexicon.nickname_clubs.items():
        target = lexicon.player_nicknames[nick]
        if nick in folded and target in folded and fold(club) not in folded:
            men.add(nick)
    return frozenset(men)


def national_colours(text: str, lexicon: Lexicon) -> frozenset[str]:
    """The national colours that stand for Italy here: "il centrocampista azzurro" in a piece that
    names none of the clubs wearing them, by name, alias or another nickname."""
    lower = text.lower()
    if lexicon.national_rivals is None or not any(colour in lower for colour in lexicon.national_colours):
        return frozenset()
    return frozenset() if lexicon.national_rivals.search(fold(text)) else lexicon.national_colours


def surname_men(text: str, lexicon: Lexicon) -> frozenset[str]:
    """Club names that are a named man's surname here: in a piece on "Fernando Torres" that never
    writes the club's article ("il Torres", "al Valencia"), a lone "Torres alle visite" is the
    striker again, not the Torres of Sassari."""
    men = set()
    for surname in lexicon.club_surnames:
        if surname not in text:
            continue
        named = re.search(rf"\b[A-ZÀ-Ý][a-zà-ÿ]+ {re.escape(surname)}\b", text)
        if named and not re.search(rf"\b{CLUB_ARTICLES}\s*{re.escape(surname)}\b", text, re.IGNORECASE):
            men.add(fold(surname))
    return frozenset(men)
