"""How the press puts a name on stage: as the answer to a colon or a question ("Il nome? Stanislav
Lobotka."), in a sentence of its own ("E poi c'è Oumar Solet."), with his age opening the next
sentence ("Il 37enne, in scadenza..."), or as the town of a dateline ("BORMIO (14 luglio 2017) –").
Each tells the reader who the next lines are about; the first four make a player, the last a place."""

from __future__ import annotations

from .document import Document
from .nameguards import MONTHS
from .names import NameMention
from .text import AGE_RE

__all__ = ["aged_after", "colon_reveal", "dateline_town", "presented", "question_reveal"]


def dateline_town(doc: Document, m: NameMention) -> bool:
    """A town in capitals opening a sentence with a date: "BORMIO (14 luglio 2017) –",
    "ZEIST, 19 marzo 2024 –", "CASTELROTTO (Alpe di Siusi), 20 luglio 2018 –". Where the piece
    was written, named again in its headline ("Bormio, Cairo chiude al Milan"); a label in
    capitals without a date ("INSIGNE –") may be a roundup's player."""
    toks = doc.tokens
    if m.first != doc.sentences[m.sent].tok_start:
        return False
    nxt = [t.text for t in toks[m.last + 1 : min(m.last + 12, doc.sentences[m.sent].tok_end)]]
    if not toks[m.last].text.isupper():  # "Collecchio, 9 agosto 2017 –": a day and a month
        return nxt[:1] == [","] and len(nxt) > 2 and nxt[1].isdigit() and nxt[2] in MONTHS
    if nxt[:1] == ["("] and ")" in nxt and not nxt[1][:1].isdigit():
        nxt = nxt[nxt.index(")") + 1 :]  # "CASTELROTTO (Alpe di Siusi), 20 luglio 2018 –"
    return nxt[:1] in (["("], [","]) and nxt[1:2] != [] and nxt[1].isdigit()


def aged_after(doc: Document, k: int) -> bool:
    """The next sentence opens on the man's age ("Il 37enne", "Il ventiseienne del Verona"):
    the press's way of going on about a player it has just named."""
    nxt = k + 1 + (doc.keys[k + 1 : k + 2] == ["¶"])
    return nxt < len(doc.keys) and AGE_RE.match(doc.keys[nxt]) is not None


REVEAL_REACH = 6  # keys before the colon of "Secondo round: Davide Frattesi."
REVEAL_NOUNS = frozenset(
    "acquisto colpo obiettivo rinforzo sogno innesto priorità nome idea pallino regalo".split()
)


def colon_reveal(doc: Document, m: NameMention, k_first: int, after: list[str]) -> bool:
    """A short lead, a colon and the name closing the sentence: "Secondo round: Davide Frattesi.",
    "Il Milan ha già un acquisto in canna: Ruben Loftus-Cheek." The press reveals the man a
    story is about this way; a club man is introduced by his role instead."""
    if keys_before := doc.keys[doc.sent_keys[m.sent][0] : k_first]:
        colon = keys_before[-1] == ":"
    else:
        return False
    ends = after[:1] in (["."], ["¶"], ["!"])
    lead = len(keys_before) - 1 - (keys_before[0] == "¶")
    # "un acquisto in canna:", "il rinforzo che Fonseca chiede da settimane in mezzo al campo:"
    lo = doc.sent_keys[m.sent][0]
    roles = doc.starting_at("role")
    named_for = any(
        key in REVEAL_NOUNS or ((r := roles.get(lo + i)) is not None and r.value == "player")
        for i, key in enumerate(keys_before[:-1])
    )  # also a kind of player: "il Napoli ha già trovato il suo nuovo centravanti: Arkadiusz Milik."
    short = 0 < lead <= REVEAL_REACH
    return colon and ends and (short or named_for) and not doc.sentences[m.sent].heading


def question_reveal(doc: Document, m: NameMention, k_first: int, after: list[str]) -> bool:
    """The web's way of keeping the reader on the page: a short question, then the man as the
    answer, "Il nome? Stanislav Lobotka.", "Avete capito di chi parliamo? Di Gianluca Lapadula,
    il centravanti che...". The question asks for the name, or for who."""
    lo = doc.sent_keys[m.sent][0]
    if m.sent == 0 or doc.keys[lo:k_first] not in ([], ["di"]) or after[:1] not in ([","], ["."], ["¶"]):
        return False
    prev = doc.keys[slice(*doc.sent_keys[m.sent - 1])]
    asks = "chi" in prev or not REVEAL_NOUNS.isdisjoint(prev)
    return prev[-1:] == ["?"] and asks and len(prev) <= REVEAL_REACH and not doc.sentences[m.sent].heading


# the lists a club keeps of its targets: "sul taccuino di Meluso c'è", "in cima alla lista c'è"
LIST_NOUNS = frozenset("lista liste taccuino taccuini agenda radar mirino cima pole preferenze".split())
# "E poi c'è", "C'è poi", "In cima c'è", "In pole c'è", "In prima fila c'è": a roundup's turn
PRESENTING = frozenset("¶ e poi c è anche infine ancora in cima pole prima fila".split())


def presented(doc: Document, m: NameMention, k_first: int, after: list[str]) -> bool:
    """A sentence that only brings the man on stage, "E poi c'è Oumar Solet.", "C'è poi Thomas
    Kristensen.": a roundup turning to its next player, whose story the sentences after tell.
    So does a list's "c'è": "In cima alla lista di Gasperini c'è Gianluca Scamacca:"."""
    lead = doc.keys[doc.sent_keys[m.sent][0] : k_first]
    if doc.sentences[m.sent].heading or after[:1] not in (["."], ["¶"], [":"], [","]):
        return False
    listed = lead[-2:] == ["c", "è"] and not LIST_NOUNS.isdisjoint(lead)
    return listed or ("c" in lead and "è" in lead and set(lead) <= PRESENTING and after[:1] != [","])
