"""A window's official recap, written the day after it closes ("il mercato ufficiale", "le
operazioni ufficiali"): its perfect tense is the news, not the past.

Anywhere else "Kucka è passato al Watford" or "Milik, preso dall'Ajax" tells a move already made,
and the Watford is where he plays now; in a recap it is the window's deal, official, and the
Watford is where he went. So in a recap the perfect's "past" cues go, their participles read as
official, a club after "passato a" / "approdato a" is a destination and one after "arrivato da" /
"preso da" the seller. A time word ("la scorsa estate", "anni fa") still dates a move to the past.
"""

from __future__ import annotations

import re

from .document import Document
from .moves import DONE_PARTICIPLES
from .phrases import Match

__all__ = ["read_recap", "window_recap"]

# The article lists the window's official moves: "il mercato ufficiale", "tutte le operazioni
# ufficiali". A window merely closed ("si è chiuso ieri") is not enough, nor "tutti i colpi" (a
# July roundup says it too): a squad's rundown or a spending recap tells the deals as the past of
# the story it is about.
RECAP_RE = re.compile(r"\bmercato ufficiale\b|\boperazioni ufficiali\b", re.IGNORECASE)
OPENING_PARAGRAPHS = 3  # a recap says so before its lists begin
TOWARD = frozenset("passato passata approdato approdata trasferito trasferita accasato accasata".split())
# the participles of a deal done (moves.py's, which a name lists in prose) and of a move made
DONE = DONE_PARTICIPLES | TOWARD | frozenset("preso presa volata partita emigrato".split())
AUXILIARIES = frozenset({",", ":", "è", "si", "ha", "stato", "stata"})


def window_recap(doc: Document) -> bool:
    """The headline or the first paragraphs say the article lists the window's official moves."""
    paras = sorted({s.para for s in doc.sentences})[: OPENING_PARAGRAPHS + 1]
    head = " ".join(doc.sentence_text(i) for i, s in enumerate(doc.sentences) if s.title or s.para in paras)
    return RECAP_RE.search(head) is not None


def read_recap(doc: Document) -> None:
    """Read the perfect of ``doc`` as the window's news when it is a window's official recap (see
    the module docstring); leave any other article as it is."""
    if not window_recap(doc):
        return
    keys = doc.keys
    official: list[Match[str]] = []
    moves = []
    for c in doc.cues.get("move", []):
        words = keys[c.start : c.end]
        if c.value == "past" and set(words) <= AUXILIARIES | DONE and DONE.intersection(words):
            official.append(Match(c.start, c.end, "official"))  # "è passato", ", preso"
        else:
            moves.append(c)
    sides = []
    for c in doc.cues.get("club_before", []):
        verb, prep = keys[c.end - 2 : c.end] if c.end - c.start >= 2 else ("", "")
        # "passato al Watford": where he went; "preso dall'Ajax": who sold him
        toward, sold = verb in TOWARD and prep in ("a", "in"), verb in DONE and prep == "da"
        side = "to" if toward else "from" if sold else ""
        if side:
            c = Match(c.start, c.end, side)
            official.append(Match(c.end - 2, c.end - 1, "official"))
        sides.append(c)
    doc.set_cues("move", moves)
    doc.set_cues("club_before", sides)
    doc.set_cues("stage", sorted([*doc.cues.get("stage", []), *official], key=lambda m: m.start))
    doc.recap = True
