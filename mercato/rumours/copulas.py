"""Names after the verb "è": the target a sentence's subject names ("Il grande obiettivo per la
difesa è Benjamin Pavard"), or the man a cleft on "chi" is about ("Chi potrebbe partire è
Karlsson"). Both make the name a player of a move."""

from __future__ import annotations

from .document import SENTINEL, Document

__all__ = ["OBJECT_FAMILIES", "cleft_move", "named_target"]

OBJECT_FAMILIES = ("player", "deal", "stage", "club_after", "move")  # cue families of a move
CLAUSE_STOPS = frozenset({",", ";", ":", ".", "¶", "ma", "e", "che"})  # where a subject phrase starts


def cleft_move(doc: Document, sent: int, copula: int) -> bool:
    """ "Chi potrebbe partire è Karlsson", "Chi non si muove è Immobile": a sentence opening on
    "chi" and a move (or staying) before the verb that names the man it is about."""
    lo = doc.sent_keys[sent][0]
    opening = [k for k in range(lo, copula) if doc.keys[k] not in (SENTINEL, "¶")][:1]
    if not opening or doc.keys[opening[0]] != "chi":
        return False
    return any(
        opening[0] < c.start < copula for family in OBJECT_FAMILIES for c in doc.cues_in(family, sent)
    )


def named_target(doc: Document, copula: int) -> bool:
    """The subject of "è" before a name is a target ("Il preferito di Thiago Motta per l'esterno
    è Dan Ndoye"): a [player] object cue in the words before the verb, within its phrase."""
    ends = doc.ending_at("player")
    for k in range(copula - 1, max(copula - 9, 0), -1):
        if doc.keys[k] in CLAUSE_STOPS:
            return False
        match = ends.get(k)
        if match is not None and match.value == "object":
            return True
    return False
