"""Capitalised names in running Italian text: particles, connectors, hyphens, and what is no name."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from .document import Document
from .lexicon import PARTICLES, Lexicon
from .namemention import NameMention
from .shouted import shouted_labels, shouted_surnames
from .text import Token, fold

__all__ = ["NameMention", "find_names"]

HANDLE_MARKS = frozenset({"#", "@"})  # before a hashtag or a social handle
# The first person plural, "Prendiamo", "Parliamo", and the past's "they" ("Arrivarono",
# "Partirono") open a sentence and are never a name (a gerund is no test: Fernando, Armando).
VERB_ENDINGS = ("iamo", "arono", "erono", "irono")

ARTICLE_FORMS = frozenset(
    "il lo la l' i gli le del dello della dell' dei degli delle al allo alla all' ai agli alle dal dallo "
    "dalla dall' nel nello nella nell' sul sullo sulla sull'".split()
)
# Italian gerunds ("Essendo", "Dovendo", "Considerando"), adverbs ("Definitivamente") and verbs
# of "we" ("Restiamo in casa Inter", "Chiudiamo con...") open sentences capitalised.
# A letter Italian never writes ("Ünder", "Özil", "Çalhanoğlu"): a foreign name, even when its
# letters without accents spell a listed word ("under", as in "Under 21").
FOREIGN_LETTER_RE = re.compile(r"[^A-Za-zÀÈÉÌÍÒÓÙàèéìíòóù'’-]")
GERUND_RE = re.compile(r"^[a-zà-ù]{3,}(?:ando|endo|mente|iamo|remo)$")  # and "Vedremo"
PARTICIPLE_RE = re.compile(r"^[a-zà-ù]{4,}(?:ata|ato|ati|ate)$")  # "Archiviata", "Sistemato": 8+ letters
# A plural participle opens a sentence even before a name ("Riportate Kakà e Shevchenko a Milano"):
# given names end in -ato and -ata (Renato, Donata), never in -ate; -ati only in short surnames.
PLURAL_PARTICIPLE_RE = re.compile(r"^[a-zà-ù]{5,}(?:ati|ate)$")
# Articles that cannot be an object pronoun: after a sentence's first word they open its subject,
# so that word is a predicate put first ("Decisivo il colloquio"), while "Sarri lo vuole" has a clitic.
PREDICATE_ARTICLES = frozenset({"il", "i", "l'"})
INDEFINITE = frozenset({"un", "uno", "una", "un'"})
MODEL_WORDS = frozenset({"nuovo", "novello", "futuro", "prossimo", "piccolo", "altro"})
CONNECTORS = frozenset(
    {"de", "van", "von", "der", "den", "ter", "ten", "dos", "du", "do", "el", "bin", "ben"}
)


@dataclass(slots=True)
class _Words:
    """What the run finder asks of the article's tokens, answered once per article.

    ``name`` tells a token that may be part of a name (``_is_name_word``); ``caps`` lists the
    capitalised words, the only tokens a name can start at; ``lowercase`` holds the words the
    article also writes in lowercase, ``cue_words`` the words of the lexicon's cue phrases.
    """

    name: list[bool]
    caps: list[int]
    lowercase: set[str]
    cue_words: frozenset[str] = frozenset()


def find_names(doc: Document, lexicon: Lexicon) -> list[NameMention]:
    """Every capitalised name of the article, sentence by sentence."""
    toks = doc.tokens
    caps: list[int] = []
    lowercase: set[str] = set()
    shouting: list[int] = []  # words in capitals ("GUDMUNDSSON"), for _shouted
    for i, t in enumerate(toks):  # one pass over the words sorts them all
        if t.kind != "word":
            continue
        if t.text[:1].isupper():
            caps.append(i)
        else:
            lowercase.add(t.low)
        if len(t.text) >= 4 and t.text.isupper():
            shouting.append(i)
    name = [False] * len(toks)
    for i in caps:  # a name word is capitalised: the others need no look
        if i > 0 and toks[i - 1].text in HANDLE_MARKS and toks[i - 1].end == toks[i].start:
            continue  # "#DiegoCosta", "@NicoSchira": a hashtag or a handle, not a mention of a man
        name[i] = _is_name_word(toks[i].text, lexicon) or _place_surname(toks, i, lexicon)
    words = _Words(name, caps, lowercase, lexicon.cue_words)
    mentions: list[NameMention] = []
    for index in range(len(doc.sentences)):
        mentions.extend(_name_runs(doc, index, words))
    mentions = shouted_surnames(doc, _split_pairs(doc, mentions, lexicon), shouting)
    return shouted_labels(doc, mentions, shouting, lexicon)


def _split_pairs(doc: Document, mentions: list[NameMention], lexicon: Lexicon) -> list[NameMention]:
    """ "Lo scambio Pjanić-Arthur", "il tandem Tare-Allegri": a hyphen joining two words the
    article also writes apart as names is a pair of people, not a double-barrelled surname
    (Milinković-Savić never has "Savić" alone)."""
    words = {fold(w) for m in mentions if "-" not in m.text for w in m.text.split()}
    alone = {fold(m.text) for m in mentions if m.first == m.last}
    full = [fold(m.text).split() for m in mentions if m.last > m.first]
    out: list[NameMention] = []
    for m in mentions:
        toks = doc.tokens[m.first : m.last + 1]
        if len(toks) == 3 and toks[1].text == "-" and all(fold(t.text) in words for t in toks[::2]):
            out += [
                NameMention(m.first, m.first, toks[0].text, m.sent),
                NameMention(m.last, m.last, toks[2].text, m.sent),
            ]
        elif len(toks) == 2 and _two_men(fold(toks[0].text), fold(toks[1].text), alone, full, lexicon):
            # "Per Hernanes Thohir ne offre 18": a man written alone elsewhere, then the
            # surname of a club man the article names in full ("Erick Thohir")
            out += [
                NameMention(m.first, m.first, toks[0].text, m.sent),
                NameMention(m.last, m.last, toks[1].text, m.sent),
            ]
        else:
            out.append(m)
    return out


def _two_men(first: str, last: str, alone: set[str], full: list[list[str]], lexicon: Lexicon) -> bool:
    """Two adjacent names that are two people: the first written alone elsewhere, the second the
    surname of a known club man (never a player: brothers share surnames) named in full with
    another first name."""
    known = lexicon.known_people.get(last) is not None
    return known and first in alone and any(len(f) == 2 and f[1] == last and f[0] != first for f in full)


def _place_surname(toks: list[Token], i: int, lexicon: Lexicon) -> bool:
    """A place right after an Italian given name is his surname: "Davide Calabria", "Filippo
    Romagna" (after any capitalised word it is not: "Major League Soccer", "New York")."""
    prev = toks[i - 1] if i > 0 else None
    return (
        prev is not None
        and prev.end + 1 == toks[i].start
        and prev.text[:1].isupper()
        and fold(prev.text) in lexicon.given_names
        and len(toks[i].text) > 3
        and fold(toks[i].text) in lexicon.non_names
        and fold(toks[i].text) not in PARTICLES
        and toks[i].text[1:].islower()
    )


def _is_name_word(text: str, lexicon: Lexicon) -> bool:
    return (
        len(text) > 1
        and text[0].isupper()
        and not text.endswith("'")
        and not text.isupper()
        and not text[0].isdigit()
        and not text.endswith(VERB_ENDINGS)  # "Prendiamo Vlahović": a verb opening the sentence
        and (fold(text) not in lexicon.non_names or FOREIGN_LETTER_RE.search(text) is not None)
    )


def _name_runs(doc: Document, index: int, words: _Words) -> list[NameMention]:
    """Maximal runs of capitalised words, with particles (Di Lorenzo), connectors (Van de Ven)
    and tight hyphens (Min-Jae) inside; sentence-initial common words are left out."""
    s = doc.sentences[index]
    toks, name = doc.tokens, words.name
    runs: list[NameMention] = []
    first_word = next((t for t in range(s.tok_start, s.tok_end) if toks[t].kind != "punct"), -1)
    free = s.tok_start  # the first token not yet in a run
    caps = words.caps  # only a capitalised word starts a name
    for i in caps[bisect_left(caps, s.tok_start) : bisect_left(caps, s.tok_end)]:
        if i < free:
            continue  # inside the run just found
        tok = toks[i]
        nxt = toks[i + 1] if i + 1 < s.tok_end else None
        starts = name[i]
        if tok.text == "Da" and _from_to(toks, i, s.tok_end):
            continue  # "Da Hakimi a Locatelli, il mercato...": from one name to another, no "Da Costa"
        if fold(tok.text) in PARTICLES and nxt is not None:
            starts = name[i + 1] or (
                nxt.low in CONNECTORS and _connected(toks, name, i + 1, s.tok_end) > 0
            )  # "Di Lorenzo", "Van de Ven"
        if not starts:
            continue
        opening = i in (s.tok_start, first_word) or toks[i - 1].text in ("«", '"', "“", ":")
        # or after a label's spaced dash or bar: "MONZA - Fumata bianca per Oristanio"
        opening = opening or (toks[i - 1].text in ("-", "–", "|") and toks[i - 1].end < tok.start)
        if opening and tok.low in words.lowercase and fold(tok.text) not in PARTICLES:
            continue  # "Resta Gila": a sentence-initial word the article also writes lowercase
        if opening and tok.canon in words.cue_words and not (nxt is not None and name[i + 1]):
            continue  # "Proposta alla Juventus per...": a word of the market, alone, is no name
        if opening and GERUND_RE.search(tok.low) and not (nxt is not None and name[i + 1]):
            continue  # "Essendo svincolato, ...", "Restiamo in casa Inter": not a one-word name
        if opening and PARTICIPLE_RE.search(tok.low) and not (nxt is not None and name[i + 1]):
            continue  # "Archiviata la cessione di Retegui, ...": an absolute participle, no name
        if opening and PLURAL_PARTICIPLE_RE.search(tok.low):
            continue  # "Riportate Kakà e Shevchenko a Milano": a participle put first, before a name too
        predicate = nxt is not None and nxt.low in PREDICATE_ARTICLES and _lower_after(toks, i + 1, s.tok_end)
        if opening and predicate:
            continue  # "Determinante il via libera", "Decisivo l'incontro": a predicate put first
        if (
            i > s.tok_start
            and toks[i - 1].text.endswith("'")
            and toks[i - 1].text[:1].isupper()
            and toks[i - 1].end == tok.start
            and len(toks[i - 1].text) > 2  # "M'Bala Nzola", "N'Golo Kanté": a name's initial
        ):
            continue  # "Dall'Ara", "Sant'Elia": places written with an elided capital
        if i > s.tok_start and toks[i - 1].low in ARTICLE_FORMS:
            continue  # Italian puts no article before a person: "del Mare", "al Bentegodi"
        if _comparison(toks, i, s.tok_start):
            continue  # "cerca un nuovo Vieri", "il nuovo Pirlo": a model, not a person here
        j = i
        while j + 1 < s.tok_end:
            a, b = toks[j], toks[j + 1]
            c_ok = j + 2 < s.tok_end and name[j + 2]  # the token after ``b`` is a name word
            if name[j + 1] and b.start == a.end + 1:
                j += 1
            elif b.text == "-" and b.start == a.end and c_ok and toks[j + 2].start == b.end:
                j += 2
            elif b.text == "-" and b.start == a.end and j + 2 < s.tok_end and _syllable(toks[j + 2], b):
                j += 2  # "Kim Min-jae", "Hwang Hee-chan": a Korean given name's second syllable
            elif b.low in CONNECTORS and (skip := _connected(toks, name, j + 1, s.tok_end)):
                j += skip
            elif b.kind == "word" and b.text[:1].isupper() and fold(b.text) in PARTICLES and c_ok:
                j += 1
            else:
                break
        first = i - 1 if i > s.tok_start and _initial(toks[i - 1], tok) else i
        runs.append(NameMention(first, j, doc.span(first, j), index))
        free = j + 1
    return runs


def _lower_after(toks: list[Token], i: int, end: int) -> bool:
    """The token after ``i`` is a lower-case word ("il via", "l'incontro"), not a name."""
    return i + 1 < end and toks[i + 1].kind == "word" and toks[i + 1].text[:1].islower()


def _initial(lead: Token, tok: Token) -> bool:
    """A name's elided initial glued to it: the "M'" of "M'Bala Nzola", the "N'" of "N'Golo"."""
    return len(lead.text) == 2 and lead.text[1] == "'" and lead.text[0].isupper() and lead.end == tok.start


def _syllable(tok: Token, hyphen: Token) -> bool:
    """A short lower-case word glued to a hyphen: the second half of "Min-jae"."""
    return tok.start == hyphen.end and tok.kind == "word" and tok.text.islower() and 2 <= len(tok.text) <= 4


def _from_to(toks: list[Token], i: int, end: int) -> bool:
    """ "Da Hakimi a Locatelli": "Da", a name, then "a" and another capitalised word."""
    j = i + 1
    while j < end and toks[j].kind == "word" and toks[j].text[:1].isupper():
        j += 1
    return j > i + 1 and j + 1 < end and toks[j].low in ("a", "ad") and toks[j + 1].text[:1].isupper()


def _comparison(toks: list[Token], i: int, first: int) -> bool:
    before = toks[i - 1].low if i > first else ""
    if before in INDEFINITE:
        return True
    return before in MODEL_WORDS and i - 1 > first and toks[i - 2].low in ARTICLE_FORMS | INDEFINITE


def _connected(toks: list[Token], name: list[bool], start: int, end: int) -> int:
    """Tokens to advance over lowercase connectors ("van de") that lead to a name word (Ven)."""
    k = start
    while k < end and k - start < 2 and toks[k].low in CONNECTORS:
        k += 1
    if k < end and name[k]:
        return k - start + 1
    return 0
