"""Roles read from the story around a name: a coach-story word in the same phrase ("esonerato
Vieira") and a sentence opening with a role noun ("Il tecnico, ...") about the last person named.
Apart from roles.py, which reads the words right around each name."""

from __future__ import annotations

from bisect import bisect_left

from .document import Document
from .names import NameMention

__all__ = ["NON_PLAYER_ROLES", "exit_via", "moved_by_deal", "read_role_context"]

# "place": a name after "via", "piazza", "stadio" ("in via Aldo Rossi") is a street, not a man;
# "alias": a nickname made of a prefix and a name ("Big Rom", "Magic Mike") stands for a man the
# article names otherwise, and is no one of its own.
NON_PLAYER_ROLES = frozenset({"coach", "director", "president", "agent", "journalist", "place", "alias"})

# Punctuation and clause words a coach-story word does not reach across.
PHRASE_BREAKS = frozenset({",", ";", ":", ".", "(", ")", "ma", "mentre", "che", "perché", "rispetto"})
ROLE_CONTEXT_REACH = 8  # keys between a coach-story word and the name it colours
NAME_KEYS = 3  # keys of a name after its first: "Paolo Montero" has one, "Marten de Roon" two
APPOSITION_REACH = 5  # tokens from a role noun to the name it introduces ("della Lazio, Igli Tare")


def read_role_context(doc: Document, mentions: list[NameMention]) -> None:
    """Coach stories and role nouns standing for the last person named.

    A sentence about a bench ("esonerato Vieira", "sulla panchina della Roma") makes the people
    it names coaches unless the press calls them players outright; a sentence opening with
    "Il tecnico, ..." or "Il direttore sportivo ..." gives that role to the person named just before.
    """
    found = sorted(doc.cues.get("role_context", ()), key=lambda c: c.start)
    context_keys = [m.start for m in found]
    last: NameMention | None = None
    by_sent: dict[int, list[NameMention]] = {}
    for m in mentions:
        by_sent.setdefault(m.sent, []).append(m)
    for index in range(len(doc.sentences)):
        here = by_sent.get(index, [])
        starts = [doc.key_of(o.first, o.last) for o in here]
        for m, k in zip(here, starts, strict=True):
            j = bisect_left(context_keys, k - ROLE_CONTEXT_REACH)
            near = [
                found[i].value
                for i in range(j, len(found))
                if context_keys[i] <= k + ROLE_CONTEXT_REACH
                and _same_phrase(doc.keys, context_keys[i], k)
                # "il nuovo allenatore Antonio Conte ha chiesto Romelu Lukaku": the man named
                # nearer the word is the one it describes
                and not any(context_keys[i] < o < k for o in starts)
            ]
            if near and not m.strong and m.role is None:
                m.weak_role = m.weak_role or near[0]  # "esonerato Vieira"; "tre dei suoi assistiti"
            elif "retired" in near and m.role in (None, "player"):
                m.weak_role = "retired"  # "l'ex capitano Quagliarella, che ha appeso gli scarpini"
        lo, hi = doc.sent_keys[index]
        clients = any(lo <= c.start < hi and c.value == "agent" for c in found)
        subject = here[0] if here and here[0].first == doc.sentences[index].tok_start else None
        if clients and subject is not None and not subject.strong and subject.role is None:
            # "his clients" belong to the sentence's subject however far: "Giorgio Parenti ha
            # l'ufficio in corso Magenta [...]: tre dei suoi assistiti erano in campo"
            subject.weak_role = "agent"
        opening = doc.starting_at("role").get(lo)
        if opening is not None and doc.key_tok[lo] == doc.sentences[index].tok_start:
            opening = None  # a role noun takes an article ("Il ds", "L'ad"): "Ad attenderlo" is none
        whose = opening is not None and doc.keys[opening.end : opening.end + 1] == ["di"]
        if whose and opening.value == "agent":
            opening = None  # "L'agente del portiere ha incontrato la dirigenza": the last man's agent
        if (
            opening is not None
            and opening.value in NON_PLAYER_ROLES
            and last is not None
            and last.sent == index - 1
            and not last.player_signal
            and not doc.sentences[last.sent].heading  # "RINNOVO PER LOBOTKA" / "L'inviato di..."
        ):
            t = doc.key_tok[opening.end] if opening.end < len(doc.keys) else -1
            # "Il direttore sportivo della Lazio, Igli Tare, ha fatto il punto": the role is
            # the name's it introduces a few words on, not the last man's
            own = bool(here) and t >= 0 and 0 <= here[0].first - t <= APPOSITION_REACH
            if (t < 0 or not doc.tokens[t].is_cap) and not own:
                last.weak_role = last.weak_role or opening.value
        if here:
            last = here[0]  # the subject of the sentence, usually named first


def _same_phrase(keys: list[str], cue: int, k: int) -> bool:
    """A coach-story word colours a name only inside its own phrase: "esonerato Vieira", "la
    panchina di Gasperini". Before the name, a comma or a clause word between them ("poco
    considerato dal nuovo tecnico, farà il percorso inverso rispetto a Abraham") means the name
    belongs to another clause; after it, an apposition comma is allowed ("Vieira, esonerato")."""
    if cue > k:
        if keys[cue - 1] == "di":
            return False  # "non rientra nei piani del nuovo allenatore": another man's
        between = keys[k + 1 : cue]
        for i, key in enumerate(between):
            # "Paolo Montero, che da quest'estate guida la seconda squadra": a relative opened
            # right after the name describes him
            described = key == "che" and 1 <= i <= NAME_KEYS and between[i - 1] == ","
            described = described and "," not in between[: i - 1]
            if key in PHRASE_BREAKS and key != "," and not described:
                return False
        return True
    return not any(key in PHRASE_BREAKS for key in keys[cue + 1 : k])


EXIT_VIA_AFTER = frozenset({"e", "poi", "anche", "quindi", "ora"})  # "e via Matuidi": an exit too


def exit_via(doc: Document, first: int, sent: int) -> bool:
    """The name at token ``first`` follows a "via" opening a clause of its own ("via il regista,
    dentro due esterni", ": via Higuaín"), which sends a man out; a street's "via" follows a
    preposition ("in via Aldo Rossi")."""
    start = doc.sentences[sent].tok_start
    if first - 1 <= start or doc.tokens[first - 1].low != "via":
        return first - 1 == start and doc.tokens[start].low == "via"
    prev = doc.tokens[first - 2]
    return prev.kind == "punct" or prev.low in EXIT_VIA_AFTER


# Nouns of a move whose object the name after "dal Sassuolo di" is.
MOVE_NOUNS = frozenset(
    "arrivo acquisto cessione prestito passaggio trasferimento approdo ritorno addio ingaggio".split()
)


def moved_by_deal(keys: list[str], k_first: int) -> bool:
    """ "l'arrivo dal Sassuolo di Federico Lodigiani", "il passaggio al Milan di Leão": the name is
    the man the move takes, not the coach of "il Sassuolo di De Zerbi"."""
    return k_first >= 4 and keys[k_first - 3] in ("da", "a") and keys[k_first - 4] in MOVE_NOUNS
