"""The club the article hangs on a player's name: "Gomez del Liverpool", "Gila (Lazio)",
"Mario Gila, 25 anni, della Lazio", "il contratto di Vlahovic con la Juventus"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .document import Document
from .relations import ClubRef
from .roles import CLAUSE_VERBS
from .text import AGE_RE

if TYPE_CHECKING:
    from .moves import Mention

__all__ = ["attached_club"]

NOT_OWN_CLUB = frozenset({"to", "competitor", "counterpart", "background", "role"})
# A yes or a no to a club right after a name answers that club, it is not his club.
VERDICTS = frozenset({"no", "sì", "si", "niente", "stop", "ok"})


def attached_club(doc: Document, m: Mention, refs: list[ClubRef], seg_of: list[int]) -> ClubRef | None:
    """The club the article hangs on this player: "Gomez del Liverpool", "Gila (Lazio)",
    "il centrale della Lazio Gila", "Kristensen, classe 2002 dell'Udinese", "Raspadori, che
    all'Atletico trova pochi minuti", "il contratto di Vlahovic con la Juventus"."""
    if m.club_tok >= 0:
        return next((r for r in refs if r.tok == m.club_tok), None)
    s = doc.sentences[m.sent]
    base = s.tok_start
    k_last = doc.key_of(m.first, m.last, end=True)
    after = doc.keys[k_last + 1 : k_last + 3]
    if after in (["di", "§club"], ["da", "§club"], ["(", "§club"], ["con", "§club"]):
        return next((r for r in refs if r.key == k_last + 2), None)
    nxt = m.last + 1
    verdict = nxt + 1 < s.tok_end and doc.tokens[nxt + 1].low in VERDICTS  # "Buongiorno, no all'Atalanta"
    # "moglie di Ciro Immobile, ha fatto il giro dei tifosi del Beşiktaş": a verb after the comma
    # goes on with the sentence's subject; there is no apposition to hang a club on
    clause = nxt + 1 < s.tok_end and doc.tokens[nxt + 1].low in CLAUSE_VERBS
    if nxt + 1 < s.tok_end and doc.tokens[nxt].text in (",", ":", "(") and not verdict and not clause:
        apposition = seg_of[nxt + 1 - base]
        colon = doc.tokens[nxt].text == ":"  # after a colon only "il colombiano del Bologna"
        start_k = k_last
        credit = [t for t in range(nxt + 1, s.tok_end) if seg_of[t - base] == apposition]
        aged = _age_phrase([doc.tokens[t].low for t in credit])
        if (aged or any(doc.tokens[t].kind == "outlet" for t in credit)) and credit[-1] + 2 < s.tok_end:
            # a credit or his age between name and apposition: "Perišić: come anticipa Kicker,
            # l'esterno croato dell'Inter", "Mario Gila, 25 anni, della Lazio:"
            apposition, start_k = seg_of[credit[-1] + 2 - base], doc.key_of(credit[-1] + 1, credit[-1] + 1)
        for r in refs:
            if seg_of[r.tok - base] != apposition or r.relation in NOT_OWN_CLUB:
                continue
            if doc.keys[r.key + 1][:1].isdigit():
                continue  # "Gila, l'Udinese 20 per Kristensen": a new clause with its own price
            if r.relation not in ("genitive", "from") and doc.keys[r.key - 1] not in (
                "di",
                "da",
                "con",
                "a",
                "in",
            ):
                continue  # "Ndoye, il Napoli si sfila": a new subject, not an apposition
            if not colon or (r.relation == "genitive" and r.key - start_k <= 5):
                # "di proprietà del Milan ma in prestito al Genoa": where he plays is his club
                on_loan = (
                    x
                    for x in refs
                    if x.tok > r.tok and seg_of[x.tok - base] == apposition
                    and doc.keys[x.key - 2 : x.key] == ["prestito", "a"] and x.relation == "from"
                )
                return next(on_loan, r)
    later = [r for r in refs if r.tok > m.last]
    if (
        later
        and later[0].relation == "from"
        and later[0].key - k_last <= 4
        and all(k.isalpha() for k in doc.keys[k_last + 1 : later[0].key])
    ):
        return later[0]  # "Gila lascerà la Lazio"
    return None


def _age_phrase(words: list[str]) -> bool:
    """ "25 anni", "classe 2000", "28enne": an age, whatever the number."""
    if len(words) == 1:
        return AGE_RE.match(words[0]) is not None
    return len(words) == 2 and (
        (words[0].isdigit() and words[1] == "anni") or (words[0] == "classe" and words[1].isdigit())
    )
