"""Players who travel the other way in a deal: "la Juventus verserà 28 milioni, mentre faranno
il percorso inverso Iling-Junior e Barrenechea", "24 milioni più i cartellini di Santon e Zaniolo".

Such a player is named in a sentence about another player's move and usually with no club of
his own nearby, so he is read as going where the main player goes. The words of the reverse
trip say the opposite: he goes from the buyer to the seller, and both moves are a swap.
"""

from __future__ import annotations

from dataclasses import replace

from .document import Document
from .model import Rumour

__all__ = ["Item", "reverse_moves", "reverse_players"]

# Canonical keys of a trip the other way ("percorso inverso", "in direzione opposta") or of a
# player given as part of the price ("contropartita tecnica", "più il cartellino di"); a bare
# "cartellino" is what any buyer pays for ("acquistare il cartellino di Rowe").
REVERSE = (
    ("percorso", "inverso"), ("strada", "inversa"), ("tragitto", "inverso"), ("viaggio", "inverso"),
    ("cammino", "inverso"), ("direzione", "opposta"), ("contropartita",), ("contropartite",),
    ("più", "cartellino"), ("più", "cartellini"),
)  # fmt: skip

Item = tuple[tuple[int, int], Rumour]  # (sentence, mention) order of a rumour, and the rumour


def reverse_players(doc: Document, named: dict[str, list[tuple[int, int]]]) -> set[str]:
    """Players named after the words of a trip the other way in the same sentence ("faranno
    il percorso inverso Iling-Junior"), given ``named``: player -> (sentence, first token)."""
    first_cue: dict[int, int] = {}  # sentence -> key of its first reverse cue (or past its end)
    out = set()
    for player, spots in named.items():
        for sent, tok in spots:
            if sent not in first_cue:
                first_cue[sent] = _first_reverse(doc, sent)
            if first_cue[sent] < doc.tok_key[tok]:
                out.add(player)
                break
    return out


def _first_reverse(doc: Document, sent: int) -> int:
    """Key index where the sentence's first reverse cue starts; past the sentence if none."""
    lo, hi = doc.sent_keys[sent]
    keys = doc.keys
    for j in range(lo, hi):
        if any(tuple(keys[j : j + len(cue)]) == cue for cue in REVERSE if keys[j] == cue[0]):
            return j
    return hi + 1


def reverse_moves(out: list[Item], reverse: set[str]) -> list[Item]:
    """Turn the moves of ``reverse`` players around the article's main move (the first one with
    both clubs of another player), and make both a swap."""
    if not reverse:
        return out
    ordered = sorted(out, key=lambda item: item[0])
    main = next(
        (
            r
            for _, r in ordered
            if r.player not in reverse and r.from_club and r.to_club and r.from_club != r.to_club
            and r.deal != "renewal"
        ),
        None,
    )
    if main is None:
        return out
    kept: list[Item] = []
    seen: set[str] = set()
    for key, r in ordered:
        if r.player in reverse and r.to_club in (main.to_club, main.from_club, None):
            if r.player not in seen:
                seen.add(r.player)
                kept.append((key, replace(r, from_club=main.to_club, to_club=main.from_club, deal="swap")))
        elif r is main:
            kept.append((key, replace(r, deal="swap")))
        else:
            kept.append((key, r))
    return kept
