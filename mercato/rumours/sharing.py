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
        mine = [x for x in here if own <= x.segment <= after]
        # "Ngonge verso il Napoli e Buchanan all'Inter": in one phrase, each his own club
        # ("Kulusevski e Bentancur verso il Tottenham": a list shares its club)
        names = sorted([first, *(t for t in rivals if seg_of[t - base] == own)])
        if len(names) == 1:
            return mine
        listed = [t for t in names if t > first and _listed_with(doc, first, t)]
        return [x for x in mine if x.tok < names[0] or max(t for t in names if t < x.tok) in (first, *listed)]
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


LIST_JOINS = frozenset({"e", "ed", ","})


def _listed_with(doc: Document, first: int, other: int) -> bool:
    """Whether only names and "e" or commas stand between the name at ``first`` and the one at
    ``other``: "Kulusevski e Bentancur", "Santon e Zaniolo"."""
    return all(
        doc.tokens[t].low in LIST_JOINS or doc.tokens[t].is_cap for t in range(first + 1, other)
    )


def _owner(doc: Document, club: ClubRef, names: list[int]) -> int:
    """Which of the players named around ``club`` its words are about: the object of its verb
    when it is a subject ("Senza Omorodion, il Chelsea ha chiesto informazioni per João Félix"),
    else the nearest name ("la cessione di Reijnders al City, resta il futuro di Musah")."""
    after = [t for t in names if t > club.tok]
    if after and cue_after(doc, club.key) is not None:
        return min(after)
    # a comma closes the phrase: "Torres torna all'Atletico, Cerci arriva al Milan"
    sent = doc.tokens[club.tok].sent
    seg_of, base = comma_segments(doc, sent), doc.sentences[sent].tok_start
    phrase = [t for t in names if seg_of[t - base] == seg_of[club.tok - base]]
    return min(phrase or names, key=lambda t: (abs(t - club.tok), t > club.tok))
