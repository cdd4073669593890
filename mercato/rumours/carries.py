"""Clubs a sentence names for the player the next sentence names: a club seeking "un
attaccante" before his name, or a lead ("la pista porta al Verona") to where he plays. Apart
from extract.py, which reads each mention on its own first."""

from __future__ import annotations

from .document import Document
from .moves import Mention, Reading
from .nameguards import LEADS
from .relations import ClubRef

__all__ = ["carry_leads", "carry_seekers"]


def carry_seekers(
    doc: Document, refs: list[list[ClubRef]], mentions: list[Mention], readings: list[Reading]
) -> None:
    """ "La Roma cerca ancora un attaccante. Il nome resta quello di Zirkzee: contatti con
    il Manchester United": a club seeking a player ("un attaccante") in the sentence before,
    naming no one, is the buyer of the player the next sentence names when his own names none."""
    named = {m.sent for m in mentions if m.kind == "name"}
    for m, r in zip(mentions, readings, strict=True):
        prev = m.sent - 1
        if m.kind != "name" or r.buyers or r.background or r.owners or "renewal" in r.deals or prev < 0:
            continue
        if prev in named or doc.sentences[prev].para != doc.sentences[m.sent].para:
            continue
        seekers = {x.name for x in refs[prev] if x.relation == "to"}
        wanted = any(c.value == "player" for c in doc.cues_in("role", prev))  # "un attaccante"
        if wanted and len(seekers) == 1 and r.from_club not in seekers:
            r.buyers = list(seekers)
            if r.counterparts:
                r.from_club, r.counterparts = r.from_club or r.counterparts[0], []


def carry_leads(
    doc: Document,
    refs: list[list[ClubRef]],
    topics: dict[int, str],
    mentions: list[Mention],
    readings: list[Reading],
) -> None:
    """ "Per la porta la pista più calda porta al Verona. L'Udinese ha avviato i contatti per
    Montipò": a lead that names only the club where the target plays, the sentence before
    the one naming him, is his club when his own sentence names none."""
    named = {m.sent for m in mentions if m.kind == "name"}
    for m, r in zip(mentions, readings, strict=True):
        prev = m.sent - 1
        if m.kind != "name" or r.from_club or r.background or prev < 0 or prev in named:
            continue
        if doc.sentences[prev].para != doc.sentences[m.sent].para:
            continue
        before = refs[prev]
        keys = doc.keys
        led = [
            x for x in before if x.relation == "from" and keys[x.key - 1] == "a" and keys[x.key - 2] in LEADS
        ]
        if len(led) != 1 or len(before) != 1 or led[0].name in r.buyers:
            continue
        # another club of his own sentence, not the lead's, says the lead may be a city's
        # other club: "porta a Torino. Pjaca, che la Juventus acquistò..."
        topic = topics.get(doc.sentences[m.sent].section)
        own = {x.name for x in refs[m.sent]} - set(r.buyers) - {topic}
        if led[0].name in own or not own:
            r.from_club = led[0].name
