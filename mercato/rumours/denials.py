"""When a refusal ends a move and when it is a step of the talks: "la prima offerta è stata
respinta, ma si lavora al rilancio" is still a negotiation. Apart from moves.py, which reads
every other cue of a mention."""

from __future__ import annotations

from itertools import pairwise

from .document import Document

__all__ = ["settle_denial"]

BIDS = frozenset({"offerta", "proposta"})
FIRST_BID_REACH = 14  # keys from "la prima offerta" to the verb that refuses it


def _first_bid_refused(keys: list[str], k: int, lo: int) -> bool:
    """The refusal at key ``k`` is of a first bid: "la prima offerta ... è stata respinta"."""
    before = keys[max(lo, k - FIRST_BID_REACH) : k]
    return any(w == "prima" and nxt in BIDS for w, nxt in pairwise(before))


def settle_denial(doc: Document, sent: int, clause_of: list[int], base: int, stages: list[str]) -> list[str]:
    """A refusal followed, in a later clause, by talks going on is no end: "la prima offerta è
    stata respinta, ma si lavora al rilancio" is still a negotiation."""
    if "collapsed" not in stages:
        return stages
    denials = [c for c in doc.cues_in("stage", sent) if c.value == "collapsed"]
    if denials and all(_first_bid_refused(doc.keys, c.start, doc.sent_keys[sent][0]) for c in denials):
        # "la prima offerta, 45 milioni più 5, è stata rispedita al mittente", "dopo che la prima
        # proposta era stata respinta": a first bid turned down is a step of the talks
        return [s for s in stages if s != "collapsed"] + ["negotiation"]
    cues = [(doc.key_tok[c.start], c.value) for c in doc.cues_in("stage", sent)]
    last_denial = max(t for t, v in cues if v == "collapsed")
    later = [
        v
        for t, v in cues
        if t > last_denial
        and v in ("negotiation", "agreement")
        and clause_of[t - base] > clause_of[last_denial - base]
    ]
    return [s for s in stages if s != "collapsed"] + later if later else stages
