"""Names in capitals: headlines shout a surname ("GUDMUNDSSON spinge per l'Inter") and lists
label an entry with a full name ("KEITA BALDÉ: il senegalese sogna i bianconeri"). Split from
names.py, which finds the names written the usual way."""

from __future__ import annotations

from .document import Document
from .lexicon import Lexicon
from .namemention import NameMention
from .text import bare_lead, fold

__all__ = ["shouted_labels", "shouted_surnames"]


def shouted_surnames(doc: Document, mentions: list[NameMention], shouting: list[int]) -> list[NameMention]:
    """Headlines shout surnames ("GUDMUNDSSON spinge per l'Inter"): a word in capitals (one of
    the tokens ``shouting``) is a name when the article writes it as a surname elsewhere."""
    if not shouting:
        return mentions
    surnames = {fold(m.text.split()[-1]) for m in mentions}
    found = [
        NameMention(t, t, doc.tokens[t].text, doc.tokens[t].sent)
        for t in shouting
        if fold(doc.tokens[t].text) in surnames
    ]
    return sorted(mentions + found, key=lambda m: m.first) if found else mentions


def shouted_labels(
    doc: Document, mentions: list[NameMention], shouting: list[int], lexicon: Lexicon
) -> list[NameMention]:
    """A list item labelled by a full name in capitals ("↑ FEDERICO BERNARDESCHI - JUVENTUS.",
    "KEITA BALDÉ: il senegalese sogna i bianconeri"): two or three words in capitals opening
    their sentence, before a dash, a colon or a comma ("4. KEVIN STROOTMAN, IL GENOA SI AFFIDA
    ALL'ESPERIENZA"), none of them a common word."""
    toks, taken = doc.tokens, {t for m in mentions for t in range(m.first, m.last + 1)}
    found: list[NameMention] = []
    for t in shouting:
        s = doc.sentences[toks[t].sent]
        if t in taken or not bare_lead(toks[s.tok_start : t]):
            continue  # the run must open its sentence, after a thread's "2/8" or an emoji at most
        end = t
        while end + 1 < s.tok_end and toks[end + 1].kind == "word" and toks[end + 1].text.isupper():
            end += 1
        after = toks[end + 1].text if end + 1 < s.tok_end else ""
        words = [tok.text for tok in toks[t : end + 1]]
        if (
            2 <= len(words) <= 3
            # or the whole label of an entry: "↑ STANISLAV LOBOTKA. È lui il prescelto..."
            and (after in ("-", "–", ":", ",") or (after == "." and end + 2 == s.tok_end and s.heading))
            and not any(fold(w) in lexicon.non_names for w in words)
        ):
            found.append(NameMention(t, end, " ".join(words), toks[t].sent))
    if not found:
        return mentions
    inside = {t for m in found for t in range(m.first, m.last + 1)}  # "BERNARDESCHI" alone, shouted
    kept = [m for m in mentions if m.first not in inside]
    return sorted(kept + found, key=lambda m: m.first)
