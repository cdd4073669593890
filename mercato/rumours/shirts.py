"""Club words used about a person or glued to a name: "il bianconero McKennie", "il friulano",
"Gila-Milan". Kept apart from relations.py, which reads what these tell about a club mention."""

from __future__ import annotations

from .clubcues import is_name_key
from .clubs import SHIRT_ARTICLES, is_shirt
from .document import Document

__all__ = ["demonym", "shirt_before_name", "shirt_put_on", "tight_dash"]

# Singular masculine articles, bare or joined to a preposition, before a man's regional adjective.
MASCULINE_ARTICLES = frozenset("il lo l' al allo all' del dello dell' dal dallo dall' col sul nel".split())
PERSON_ADJECTIVES = frozenset("giovane esperto talentuoso nuovo".split())  # "il giovane friulano"


def demonym(doc: Document, k: int) -> bool:
    """A regional nickname in the singular after "il"/"lo" ("il friulano", "il sardo", "al giovane
    friulano") is a man of that region; the club goes in the plural ("i friulani") or with its
    colours."""
    t = doc.key_tok[k]
    tok = doc.tokens[t]
    if not (tok.ref.nickname and tok.text.islower() and not is_shirt(tok) and t > 1):
        return False
    before = doc.tokens[t - 1].low
    if before in PERSON_ADJECTIVES:  # "al giovane friulano", "l'esperto sardo": still a man
        before = doc.tokens[t - 2].low
    return before in MASCULINE_ARTICLES


def tight_dash(doc: Document, k: int) -> bool:
    """ "Gila-Milan" joins a name and a club; a spaced dash ("12 GEN - La Lazio") separates."""
    t = doc.key_tok[k]
    return doc.keys[k] == "-" and t > 0 and doc.tokens[t - 1].end == doc.tokens[t].start


def shirt_before_name(doc: Document, k: int) -> bool:
    """A club nickname used as a person's adjective: "il bianconero McKennie", or alone as
    a noun, "il rossonero ha detto sì" (the club itself is "la Dea", "i rossoneri", "il Diavolo")."""
    t = doc.key_tok[k]
    tok = doc.tokens[t]
    if not is_shirt(tok) or t == 0 or doc.tokens[t - 1].low not in SHIRT_ARTICLES:
        return False
    if t > 1 and doc.tokens[t - 2].low.startswith(("vest", "indoss", "scel", "sceg", "prefer", "sogn")):
        # "spinge per vestire il bianconero", "ha scelto il nerazzurro": the shirt he would
        # wear, the club he chose, no person
        return False
    nxt = doc.tokens[t + 1] if t + 1 < len(doc.tokens) else None
    if nxt is not None and nxt.kind == "word" and nxt.sent == tok.sent and nxt.is_cap:
        return not nxt.text.isupper()
    return doc.tokens[t - 1].low != "la" and tok.text.islower()


def shirt_put_on(doc: Document, k: int) -> bool:
    """ "Douglas Luiz è bianconero", "João Félix è rossonero:": a name, "è" and a club's colours,
    not "è rossonero da sette anni", is the shirt he has just put on."""
    keys = doc.keys
    t = doc.key_tok[k]
    return (
        keys[k - 1] == "è"
        and k > 1
        and is_name_key(doc, k - 2)
        and doc.tokens[t].ref is not None
        and doc.tokens[t].ref.nickname
        and keys[k + 1 : k + 2] not in (["da"], ["di"])
    )
