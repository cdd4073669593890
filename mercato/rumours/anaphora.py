"""The words that refer back to the last-named player without naming him ("l'olandese", "lo segue")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .clauses import clause_ids
from .clubs import is_shirt
from .document import Document
from .phrases import Match
from .text import AGE_RE

__all__ = ["Anaphor", "epithet_heading", "find_anaphors"]

# Enclitic pronouns on infinitives: "seguirlo", "prenderlo", "riscattarlo", "pensarci".
ENCLITIC_RE = re.compile(r"^[a-zàèéìòù]{3,}(?:[aei]rlo|[aei]rla|[aei]rci|[aei]rgli|[aei]rsene)$")
DEFINITE = frozenset(
    "il lo la l' i gli le del dello della dell' dei degli al allo alla all' ai dal dallo dalla "
    "dall' sul sullo sulla sull' nel nello nella nell' per".split()
)
PLURAL = frozenset(
    "i gli le dei degli delle ai agli alle dai dagli dalle nei negli nelle sui sugli sulle".split()
)
SHIRT_NOUN_ARTICLES = frozenset({"il", "l'", "lo"})  # "la Viola", "i rossoneri" are the club
# Player nouns too generic to stand for the player just named ("riconoscere il talento",
# "serve un colpo", "il profilo giusto"): they introduce names, they do not refer back.
GENERIC_NOUNS = frozenset(
    "talento talenti colpo rinforzo obiettivo profilo nome big titolare riserva under stella "
    "campione fuoriclasse promessa prospetto perno jolly".split()
)
PRONOUN_PREPOSITIONS = frozenset({"di", "per", "su", "a", "con", "da"})
VERB_FAMILIES = ("stage", "club_after", "player", "deal")
# Verbs an object pronoun ("gli", "lo", "la") stands before, where the article of a noun
# never does: "gli ha offerto", "lo avrebbe chiesto", "gli propone un triennale".
CLITIC_HOSTS = frozenset(
    "ha hanno avrebbe avrebbero aveva avevano offre offrono propone propongono garantisce "
    "garantirebbe garantirebbero offrirebbe offrirebbero prospetta sta stanno vorrebbe".split()
)


@dataclass(slots=True)
class Anaphor:
    """Where a sentence refers back to a player, and the club it gives him, if any
    ("il centravanti del Napoli")."""

    tok: int
    club_tok: int = -1
    nominal: bool = False


def find_anaphors(doc: Document, sent: int) -> list[Anaphor]:
    """Every reference back to the last-named player, at most one per clause: "il Milan lo
    segue, mentre il Napoli lo considera un'opzione" speaks of him twice."""
    found = sorted(_nominal(doc, sent) + _pronominal(doc, sent), key=lambda a: a.tok)
    clauses = clause_ids(doc, sent)
    base = doc.sentences[sent].tok_start
    seen: set[int] = set()
    out: list[Anaphor] = []
    for anaphor in found:
        clause = clauses[anaphor.tok - base]
        if clause not in seen:
            seen.add(clause)
            out.append(anaphor)
    return out


def _nominal(doc: Document, sent: int) -> list[Anaphor]:
    s = doc.sentences[sent]
    toks, keys = doc.tokens, doc.keys
    roles = doc.cues_in("role", sent)
    taken = {k for m in roles if m.value != "player" for k in range(m.start, m.end + 1)}
    nominal = [m for m in doc.cues_in("anaphora", sent) if m.start not in taken]
    nominal += [m for m in roles if m.value == "player" and doc.keys[m.start] not in GENERIC_NOUNS]
    nominal += _ages(doc, sent, {m.start for m in nominal})
    out = []
    for m in sorted(nominal, key=lambda m: m.start):
        t = doc.key_tok[m.start]
        article = t - 1
        if article > s.tok_start and AGE_RE.match(toks[article].low):
            article -= 1  # "il 24enne uruguaiano del Manchester United"
        if article < s.tok_start or toks[article].low not in DEFINITE or toks[article].low in PLURAL:
            continue  # plurals ("il mercato dei difensori") speak of no one in particular
        nxt = doc.key_tok[m.end] if m.end < len(keys) else -1
        if nxt >= 0 and toks[nxt].is_cap:
            continue  # "il difensore Joe Gomez" introduces a name, handled as a mention
        if (
            t - 2 > s.tok_start
            and toks[t - 2].text == ","
            and toks[t - 3].is_cap
            and toks[t - 3].kind == "word"
        ):
            continue  # "Giovanni Leoni, il classe 2006": an apposition to the name just given
        club = -1
        if keys[m.start] == "ex":
            pass  # "l'ex Red Devils": the club he left, not his club
        elif keys[m.end : m.end + 1] == ["§club"] and toks[doc.key_tok[m.end]].ref.nickname:
            club = doc.key_tok[m.end]  # "il capitano biancoceleste"
        elif keys[m.end : m.end + 2] == ["di", "§club"]:
            club = doc.key_tok[m.end + 1]
        elif keys[m.end + 1 : m.end + 3] == ["di", "§club"]:  # "il centrale serbo del Milan"
            club = doc.key_tok[m.end + 2]
        out.append(Anaphor(t, club, nominal=True))
    # A club nickname standing for one of its players: "il bianconero ha chiesto la cessione".
    for t in range(s.tok_start + 1, s.tok_end):
        tok = toks[t]
        nxt = toks[t + 1] if t + 1 < s.tok_end else None
        if (
            is_shirt(tok)
            and tok.text.islower()
            and toks[t - 1].low in SHIRT_NOUN_ARTICLES
            and not (nxt is not None and nxt.is_cap)
        ):
            out.append(Anaphor(t, t, nominal=True))
    return out


def _ages(doc: Document, sent: int, nouns: set[int]) -> list[Match[str]]:
    """An age standing alone for the man: "Il ventiseienne del Verona ha scelto la Lazio", "il
    26enne". With a noun after it ("il 24enne uruguaiano") the noun is the reference."""
    lo, hi = doc.sent_keys[sent]
    return [
        Match(k, k + 1, "age")
        for k in range(lo, hi)
        if AGE_RE.match(doc.keys[k]) and k + 1 not in nouns and k not in nouns
    ]


def _pronominal(doc: Document, sent: int) -> list[Anaphor]:
    s = doc.sentences[sent]
    toks = doc.tokens
    out = []
    for t in range(s.tok_start, s.tok_end):
        low = toks[t].low
        if (
            low == "lui" and t > s.tok_start and toks[t - 1].low in PRONOUN_PREPOSITIONS
        ) or ENCLITIC_RE.match(low):
            out.append(Anaphor(t))
        elif low == "l'" and t + 1 < s.tok_end and toks[t + 1].low in ("ha", "hanno", "aveva", "avrebbe"):
            out.append(Anaphor(t))  # "l'ha cercato": not "l'obbligo", an article
        elif low in ("lo", "gli", "la") and t + 1 < s.tok_end and toks[t + 1].low in CLITIC_HOSTS:
            out.append(Anaphor(t))  # "il Napoli gli ha offerto", "la Roma gli propone"
        elif low in ("lo", "ci") and t + 1 < s.tok_end:  # "lo segue", "anche l'Inter ci pensa"
            k = doc.tok_key[t + 1]
            if k >= 0 and any(k in doc.starting_at(f) for f in VERB_FAMILIES):
                out.append(Anaphor(t))
    return out


def epithet_heading(doc: Document, sent: int) -> bool:
    """A capitalised nickname after an article ("il Chucky", "la Joya"): a headline that names
    someone else, whom the names could not place, is not about the last player named."""
    s = doc.sentences[sent]
    toks = doc.tokens
    return any(
        toks[t].kind == "word" and toks[t].is_cap and toks[t - 1].low in DEFINITE
        for t in range(s.tok_start + 1, s.tok_end)
    )
