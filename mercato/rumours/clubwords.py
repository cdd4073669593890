"""Small readings of the words around a club mention, which relations.py weighs one against
another: a verb that brings a player, an offer in the passive, an arrival after "dalla Juventus",
a word of his present contract, an announcement nearby."""

from __future__ import annotations

import re

from .clubcues import is_name_key
from .document import Document

__all__ = [
    "ARTICLES",
    "OFFER",
    "arrival_of_name",
    "brought",
    "contract_follows",
    "describes_a_player",
    "gapped",
    "offer_follows",
    "opens",
    "this_sentence",
    "told_official",
]

ARTICLES = frozenset("il lo la l' i gli le".split())  # an article opens a new noun phrase
OFFER = ("offert", "offr", "propost", "propon", "formalizz", "inoltr", "recapit")
# Words between a fronted club and the offer made to it: "all'Inter sarebbe stata presentata
# un'offerta", "al Copenaghen abbiamo presentato un'offerta", "al Milan hanno fatto una proposta".
OFFER_AUX = frozenset(
    "è sarebbe sarà stata stato già arrivata arrivato giunta giunto un una ha hanno abbiamo aveva "
    "avevano avevamo fatto".split()
)

BROUGHT_REACH = 8  # keys back from "e" to the verb that brings the first of two men
# "porta", "porterebbe", "riportare": a verb of bringing, not "il portiere" nor "il portavoce"
BRINGS_RE = re.compile(r"^(?:ri)?port(?:a|ano|are|ato|ata|erà|eranno|erebbe|erebbero)$")
ARRIVES = frozenset("arriva arriverà arrivano arriveranno arrivare arriverebbe arriverebbero".split())
ALSO = frozenset({"anche", "pure", "invece", "poi"})


def brought(doc: Document, j: int) -> bool:
    """The name ending at key ``j`` is the object of a verb of bringing ("porta Luca Pellegrini"),
    also the second of two ("porta Spinazzola nella Capitale e Pellegrini in bianconero")."""
    while j > 0 and is_name_key(doc, j):
        j -= 1
    if doc.keys[j] == "e":
        return any(BRINGS_RE.match(k) for k in doc.keys[max(j - BROUGHT_REACH, 0) : j])
    return bool(BRINGS_RE.match(doc.keys[j]))


def offer_follows(keys: list[str], j: int) -> bool:
    """An offer made to the club just named, in the passive: "(all'Inter) sarebbe stata
    presentata un'offerta", "è arrivata una proposta"."""
    for key in keys[j : j + 5]:
        if key.startswith(OFFER) or key.startswith("presentat"):
            return True
        if key not in OFFER_AUX:
            return False
    return False


def this_sentence(doc: Document, k: int, lo: int, hi: int) -> list[str]:
    """``keys[lo:hi]`` from the start of the sentence of the club at key ``k`` on: a cue looked
    for a few words back must not be the last word of the sentence before."""
    sent = doc.tokens[doc.key_tok[k]].sent
    return doc.keys[max(lo, doc.sent_keys[sent][0]) : hi]


def arrival_of_name(doc: Document, k: int) -> bool:
    """After a fronted "dalla Juventus": an arrival verb within four words, then a name, perhaps
    after an "anche" ("Dall'Empoli potrebbe arrivare anche Traoré")."""
    keys = doc.keys
    for j in range(k + 1, min(k + 5, len(keys) - 1)):
        if keys[j] in ARRIVES:
            j += keys[j + 1] in ALSO
            t = doc.key_tok[j + 1] if j + 1 < len(keys) else -1
            return t >= 0 and doc.tokens[t].is_cap
    return False


def contract_follows(doc: Document, k: int) -> bool:
    """A word of his present contract within the four words after the club: "con il Gladbach ha
    il contratto in scadenza", "con la Lazio è legato fino al 2027"; not a contract alone."""
    starts = doc.starting_at("move")
    return any(
        (match := starts.get(j)) is not None
        and match.value == "contract"
        and doc.keys[match.start] != "contratto"  # "firmerà con il Sassuolo un contratto": his new one
        for j in range(k + 1, min(k + 5, len(doc.keys)))
    )


def describes_a_player(doc: Document, k: int) -> bool:
    """Key ``k`` ends a nationality standing for a player, after its article: "l'olandese"."""
    noun = doc.ending_at("role").get(k) or doc.ending_at("anaphora").get(k)
    if noun is None or noun.value != "nationality":
        return False
    t = doc.key_tok[noun.start]
    return t > 0 and doc.tokens[t - 1].low in ARTICLES


def opens(doc: Document, t: int) -> bool:
    """Token ``t`` opens its sentence, after a dateline at most: "TORINO – Alla Continassa è il
    giorno di Mateta" is a scene, not where a player named before it plays."""
    start = doc.sentences[doc.tokens[t].sent].tok_start
    return all(tok.kind in ("club", "punct") for tok in doc.tokens[start:t])


def told_official(doc: Document, tok: int) -> bool:
    """An announcement in the title, the sentence or the next one ("Lo ha annunciato il club")."""
    sent = doc.tokens[tok].sent
    near = [s for s in {0, sent, sent + 1} if s < len(doc.sentences)]
    return any(c.value == "official" for s in near for c in doc.cues_in("stage", s))


def gapped(keys: list[str], k: int) -> bool:
    """ ", l'Udinese 20 per Kristensen": a roundup clause sharing the previous clause's verb."""
    nxt = keys[k + 1] if k + 1 < len(keys) else ""
    return keys[k - 1] == "," and nxt[:1].isdigit() and "per" in keys[k + 2 : k + 4]
