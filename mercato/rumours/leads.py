"""Where a lead points: "la pista che porta a Napoli" names the club a player may join when
the story is already about him, and the club where a target plays when a club is searching."""

from __future__ import annotations

from .clubcues import is_name_key
from .document import Document

__all__ = ["door", "his_lead"]

# The lead of a move already in the story, before "porta a": "la pista che porta a Napoli".
LEAD_NOUNS = frozenset({"pista", "strada", "ultima", "voce", "voci"})
DOOR_ARTICLES = frozenset({"la", "una", "sulla", "alla", "della", "nella", "dalla"})


def his_lead(doc: Document, k: int) -> bool:
    """A lead of a player already in the story ("la pista che porta a Napoli", "l'ultima [voce]
    porta a Napoli") names where he may go, when no one is named after the club at key ``k``; a
    club's search ("l'alternativa porta a Firenze", "il piano B porta al Verona") names where its
    target plays."""
    keys = doc.keys
    j = k - 3 if keys[k - 3] != "che" else k - 4
    if keys[j] not in LEAD_NOUNS and not (keys[j] in ("calda", "concreta") and keys[j - 2] == "pista"):
        return False
    for x in range(k + 1, min(k + 12, len(keys))):
        if keys[x] in (".", "¶", "?", "!", ":", ";"):
            break
        if is_name_key(doc, x):
            return False  # "porta a Verona e si chiama Gift Orban": the target, named
    return True


def door(doc: Document, k: int) -> bool:
    """ "chiude la porta all'Inter": "porta" (key ``k``) after an article is a door, not a lead."""
    t = doc.key_tok[k]
    return t > 0 and doc.tokens[t - 1].low in DOOR_ARTICLES
