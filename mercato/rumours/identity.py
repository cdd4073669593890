"""Who a reference can be: a press nickname names the player it stands for ("il Pipita" is
Higuaín), and a nationality fits one man only ("il nigeriano" is not the Lukaku already called
"il belga"). Kept apart from anaphora.py, which decides whom a reference follows."""

from __future__ import annotations

from .document import Document
from .lexicon import person_key
from .moves import Mention
from .people import Person

__all__ = ["nickname_mentions", "one_nationality"]


def nickname_mentions(doc: Document, players: list[Person], nicknames: dict[str, str]) -> list[Mention]:
    """ "il Pipita", "la Joya", "Big Rom": a press nickname names the player whose surname it
    stands for, when the article names him (names.toml [player_nicknames])."""
    owner: dict[str, int] = {}
    for pid, person in enumerate(players):
        for word in person_key(person.name).split():
            owner.setdefault(word, pid)
    found = []
    toks = doc.tokens
    # the first word of each nickname ("big" of "Big Rom", "jo" of "Jo-Jo"): most words open none
    starts = {key.replace("-", " ").split(" ", 1)[0] for key in nicknames}
    for t, tok in enumerate(toks):
        if not tok.text[:1].isupper() or tok.kind != "word" or person_key(tok.text) not in starts:
            continue
        for width in (3, 2, 1):  # "Jo-Jo", "Big Rom", "Pipita"
            end = t + width - 1
            if end >= len(toks) or toks[end].sent != tok.sent:
                continue
            target = nicknames.get(person_key(doc.span(t, end)))
            if target is not None and target in owner:
                found.append(Mention(owner[target], tok.sent, t, end))
                break
    return found


def one_nationality(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """A man has one nationality: after "il belga" is Lukaku, "il nigeriano" is someone else
    (Osimhen, named as the man Lukaku would replace), so it is no mention of Lukaku."""
    national = {doc.key_tok[c.start] for c in doc.cues.get("anaphora", ()) if c.value == "nationality"}
    named: dict[int, set[int]] = {}
    for m in mentions:
        if m.kind == "name":
            named.setdefault(m.sent, set()).add(m.person)
    seen: dict[int, str] = {}
    kept = []
    for m in mentions:
        word = doc.tokens[m.first].low if m.kind == "anaphor" and m.first in national else ""
        if word and m.person in seen and seen[m.person] != word:
            continue
        if word and named.get(m.sent - 1) == {m.person}:
            seen.setdefault(m.person, word)  # sure only right after a sentence naming him alone
        kept.append(m)
    return kept
