"""Swaps told in one sentence: "Scambio Loftus-Cheek per McKennie tra Milan e Juventus"."""

from __future__ import annotations

from .moves import IGNORED, Mention, Reading
from .relations import ClubRef

__all__ = ["apply_swaps"]


def apply_swaps(mentions: list[Mention], readings: list[Reading], refs: list[list[ClubRef]]) -> None:
    """ "Scambio Loftus-Cheek per McKennie tra Milan e Juventus": two players, two clubs and a
    swap in one sentence; each player goes from the club named in his position to the other."""
    by_sent: dict[int, list[tuple[Mention, Reading]]] = {}
    for m, r in zip(mentions, readings, strict=True):
        if m.kind == "name":
            by_sent.setdefault(m.sent, []).append((m, r))
    for sent, items in by_sent.items():
        persons = list(dict.fromkeys(m.person for m, _ in items))
        if len(persons) != 2 or not any("swap" in r.deals for _, r in items):
            continue
        clubs = list(dict.fromkeys(x.name for x in refs[sent] if x.relation not in IGNORED))
        if len(clubs) != 2:
            continue
        # A club hung on a player ("Mainoo del Manchester United", "tratta Mainoo con lo United")
        # says which side he is on; otherwise the clubs are named in the players' order.
        known: dict[int, str] = {}
        for m, r in items:  # one side each: the first player the club was hung on keeps it
            if r.from_club in clubs and r.from_club not in known.values() and m.person not in known:
                known[m.person] = r.from_club
        for m, r in items:  # or the club he is brought to: "porta Pellegrini in bianconero"
            going = [c for c in r.buyers if c in clubs]
            if m.person not in known and len(going) == 1:
                mine = clubs[1 - clubs.index(going[0])]
                if mine not in known.values():
                    known[m.person] = mine
        for m, r in items:
            i = persons.index(m.person)
            other = next((c for p, c in known.items() if p != m.person), None)
            mine = known.get(m.person) or (clubs[1 - clubs.index(other)] if other else clubs[i])
            theirs = clubs[1 - clubs.index(mine)]
            r.from_club, r.buyers, r.open_clubs, r.competitor_only = mine, [theirs], [], False
            r.deals = [*r.deals, "swap"]
