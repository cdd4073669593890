"""Players of the women's game: out of the men's market the gold and the users read.

The same outlets publish women's football in the same feeds ("Andressa Alves è una nuova giocatrice
della Roma femminile"), and its moves read exactly like the men's. Italian marks them by grammar and
by name: a woman's given name, a feminine role noun next to her name ("la centrocampista",
"un'attaccante", "giocatrice", "capitana") or her club's women's side ("Fiorentina Femminile",
"Juventus Women") in the same stretch of the sentence.
"""

from __future__ import annotations

from .coref import Person
from .document import Document
from .lexicon import Lexicon, person_key

__all__ = ["WOMEN_NOUNS", "WOMEN_SIDES", "women"]

# nouns only a woman of the game is called
WOMEN_NOUNS = frozenset(
    {"giocatrice", "giocatrici", "calciatrice", "calciatrici", "capitana", "portiera", "difensora"}
)
# role nouns of either gender: feminine only after a feminine article ("la centrocampista");
# "la punta", "l'ala", "la mezzala" are feminine words for men and are not here
SHARED_ROLES = frozenset(
    {"centrocampista", "attaccante", "trequartista", "regista", "terzina", "esterna", "difensore", "portiere"}
)
FEMININE_ARTICLES = frozenset({"la", "una", "un'", "della", "alla", "dalla", "sulla", "nella", "colla"})
WOMEN_SIDES = frozenset({"women", "femminile", "femminili", "ladies", "feminine", "femenino"})
STRETCH_ENDS = frozenset({",", ";", ":", "(", ")", "–", "-", "—", "."})


def women(doc: Document, people: list[Person], lexicon: Lexicon) -> list[Person]:
    """The people the article shows to be women: a woman's given name on a full mention, a
    feminine word beside one of her names, or a noun only a woman is called ("una nuova
    giocatrice della Roma") in a sentence that names no one else."""
    named: dict[int, set[int]] = {}
    for n, person in enumerate(people):
        for m in person.mentions:
            named.setdefault(m.sent, set()).add(n)
    found = []
    for n, person in enumerate(people):
        for m in person.mentions:
            words = person_key(m.text).split()
            given = words[:1] if len(words) > 1 else []
            before = doc.tokens[m.first - 1] if m.first > 0 else None
            if before is not None and before.sent == m.sent and before.text[:1].isupper():
                given.append(person_key(before.text))  # "Sara" left off the name "Del Vecchio"
            alone = named[m.sent] == {n}
            if (
                any(g in lexicon.women_names for g in given)
                or _feminine_stretch(doc, m.first, m.last)
                or (alone and _women_noun(doc, m.sent))
            ):
                found.append(person)
                break
    return found


def _women_noun(doc: Document, sent: int) -> bool:
    """A noun only a woman of the game is called, anywhere in the sentence."""
    s = doc.sentences[sent]
    return any(t.low in WOMEN_NOUNS for t in doc.tokens[s.tok_start : s.tok_end])


def _feminine_stretch(doc: Document, first: int, last: int) -> bool:
    """The words between the punctuation around a name ("Sara Del Vecchio, centrocampista della
    Fiorentina Femminile"), read for a noun, an article or a side only a woman has."""
    tokens = doc.tokens
    sent = tokens[first].sent
    lo = first
    while lo > 0 and tokens[lo - 1].sent == sent and tokens[lo - 1].text not in STRETCH_ENDS:
        lo -= 1
    hi = last
    while hi + 1 < len(tokens) and tokens[hi + 1].sent == sent and tokens[hi + 1].text not in STRETCH_ENDS:
        hi += 1
    if hi + 1 < len(tokens) and tokens[hi + 1].sent == sent and tokens[hi + 1].text in ",(":
        hi = _apposition_end(doc, hi + 1)  # "Maja Lindqvist, difensore svedese del Kristianstad,"
    for i in range(lo, hi + 1):
        if first <= i <= last:
            continue
        low = tokens[i].low
        if low in WOMEN_NOUNS:
            return True
        if low in SHARED_ROLES and i > 0 and tokens[i - 1].low in FEMININE_ARTICLES:
            return True
        if low in WOMEN_SIDES and i > 0 and tokens[i - 1].kind == "club":
            return True
    return False


def _apposition_end(doc: Document, start: int) -> int:
    """The last token of the apposition opened at ``start`` (up to the next comma or the end)."""
    tokens = doc.tokens
    sent = tokens[start].sent
    i = start + 1
    while i < len(tokens) and tokens[i].sent == sent and tokens[i].text not in STRETCH_ENDS:
        i += 1
    return i - 1
