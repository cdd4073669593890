"""The parts of a sentence a reading stays within: clauses ("ma", "mentre", ";") and the
phrases between commas, colons and dashes."""

from __future__ import annotations

from .clubs import CLUB_KEY
from .document import Document

__all__ = ["clause_ids", "comma_segments"]

FRONTING = frozenset({"su", "per", "sul", "sulla", "sullo", "sull'"})  # "Su Cistana, però, ..."


def clause_ids(doc: Document, sent: int) -> list[int]:
    """Clause number of each token of a sentence; "ma", "mentre", ";" start a new clause.

    Memoised on the document: anaphora, club relations and the extractor all ask for the same
    sentences, and recomputing them per caller was a measurable share of the time.
    """
    memo = doc.clause_memo
    found = memo.get(sent)
    if found is None:
        found = memo[sent] = _clause_ids(doc, sent)
    return found


def _clause_ids(doc: Document, sent: int) -> list[int]:
    s = doc.sentences[sent]
    toks = doc.tokens
    # "Su Cistana, però, si è mosso il Bologna": after a fronted object an adverb set between
    # commas is an aside, and the suitor that follows is still about him
    fronted = toks[s.tok_start].low in FRONTING
    breaks = {doc.key_tok[m.start] for m in doc.cues_in("clause", sent)}
    if fronted:
        breaks = {t for t in breaks if not (toks[t - 1].text == "," and toks[t + 1].text == ",")}
    # In a headline a comma before a new subject club starts a clause: "Juve, il City torna su X".
    # So does a comma before a new name once the clause has a name and a club: "Gila verso il
    # Milan, Frattesi-Napoli si chiude".
    # And a comma before a new deal noun once the clause has a name and a club: "il Milan chiede
    # Füllkrug, scambio Pierotti-Bernabé" (the verb's object does not reach the next item).
    opens = {doc.key_tok[c.start] for kind in ("deal", "stage") for c in doc.cues_in(kind, sent)}
    seen_club = seen_name = seen_person = False
    for t in range(s.tok_start, s.tok_end - 1 if s.heading else s.tok_start):
        tok = doc.tokens[t]
        seen_club = seen_club or tok.kind == "club"
        seen_name = seen_name or (tok.is_cap and t > s.tok_start)
        seen_person = seen_person or (tok.is_cap and tok.kind != "club" and t > s.tok_start)
        if tok.text == "," and doc.tok_key[t] >= 0:
            nxt = doc.keys[doc.tok_key[t] + 1]
            after = doc.tokens[t + 1]
            fresh = (after.is_cap and not after.text.isupper()) or (seen_person and t + 1 in opens)
            # "Cambiaso, la Juve rilancia": a headline's name alone, then the club at work on him
            named_only = all(x.is_cap for x in doc.tokens[s.tok_start : t])
            if (nxt == CLUB_KEY and not named_only) or (seen_club and seen_name and fresh):
                breaks.add(t)
                seen_club = seen_name = seen_person = False
    ids, current = [], 0
    for t in range(s.tok_start, s.tok_end):
        if t in breaks or doc.tokens[t].text == ";":
            current += 1
        ids.append(current)
    return ids


def comma_segments(doc: Document, sent: int) -> list[int]:
    """Segment number of each token of a sentence, counting commas, colons and dashes.

    Memoised on the document like ``clause_ids``: the extractor and ``club_refs`` both ask for
    every sentence.
    """
    memo = doc.segment_memo
    found = memo.get(sent)
    if found is None:
        s = doc.sentences[sent]
        found, current = [], 0
        for tok in doc.tokens[s.tok_start : s.tok_end]:
            if tok.text in {",", ";", ":", "(", ")", "–", "—"}:  # compiled to a frozenset constant
                current += 1
            found.append(current)
        memo[sent] = found
    return found
