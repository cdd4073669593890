"""Which clubs of a sentence that names several players belong to which player.

A headline of several stories gives each player the clubs of his own phrase; prose naming
several players in one clause gives each club to the player its words are about. Split from
moves.py, which reads one mention once its clubs are known.
"""

from __future__ import annotations

from .clauses import clause_ids, comma_segments
from .clubcues import cue_after
from .document import Document
from .relations import ClubRef

__all__ = ["shared_clubs"]


def shared_clubs(
    doc: Document,
    first: int,
    last: int,
    here: list[ClubRef],
    sent_refs: list[ClubRef],
    rivals: tuple[int, ...],
) -> list[ClubRef]:
    """The clubs among ``here`` that belong to the player named at tokens ``first``-``last``,
    when the sentence also names the players starting at ``rivals``."""
    s = doc.sentences[doc.tokens[first].sent]
    base = s.tok_start
    seg_of = comma_segments(doc, doc.tokens[first].sent)
    if s.heading:
        # a headline of several stories: "Pohjanpalo ha svolto le visite col Palermo, derby di
        # mercato per Borrelli" gives each player the clubs of his own phrase
        own = seg_of[first - base]
        taken = {seg_of[t - base] for t in rivals}
        # and the phrase after his colon, when no one else is in it: "Lapadula saluta: c'è lo Spezia"
        colon = next((t for t in range(last + 1, s.tok_end) if seg_of[t - base] > own), -1)
        # not a list ("Koulibaly, Milik e Allan:"), whose items name no club, unlike a story
        # before his ("Scuffet piace al Pisa, Lapadula saluta: c'è lo Spezia")
        listed = own - 1 in taken and not any(x.segment == own - 1 for x in sent_refs)
        alone = taken.isdisjoint({own, own + 1}) and not listed
        after = own + 1 if colon > 0 and doc.tokens[colon].text == ":" and alone else own
        return [x for x in here if own <= x.segment <= after]
    # prose naming several players in one clause: a club belongs to the name nearest before
    # it ("la cessione di Reijnders al City già definita, resta il futuro di Musah:
    # l'Atalanta ha chiesto informazioni")
    # (a club before them all is theirs together: "Juventus: Hancko e David i nomi per
    # gennaio"; a seller is placed by the seller rules: "l'Udinese 20 per Kristensen")
    clause_of = clause_ids(doc, doc.tokens[first].sent)
    clause = clause_of[first - base]
    names = [first, *(t for t in rivals if clause_of[t - base] == clause)]
    seller = ("from", "own")
    return [x for x in here if x.relation in seller or x.tok < min(names) or _owner(doc, x, names) == first]


def _owner(doc: Document, club: ClubRef, names: list[int]) -> int:
    """Which of the players named around ``club`` its words are about: the object of its verb
    when it is a subject ("Senza Omorodion, il Chelsea ha chiesto informazioni per João Félix"),
    else the nearest name ("la cessione di Reijnders al City, resta il futuro di Musah")."""
    after = [t for t in names if t > club.tok]
    if after and cue_after(doc, club.key) is not None:
        return min(after)
    return min(names, key=lambda t: (abs(t - club.tok), t > club.tok))
