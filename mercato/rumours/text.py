"""Normalise article text and cut it into tokens that keep their offsets and a canonical form."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

__all__ = [
    "AGE_RE",
    "QUOTE_MARKS",
    "Token",
    "bare_lead",
    "canon_phrase",
    "canon_word",
    "fold",
    "normalize",
    "person_key",
    "plain",
    "player_age",
    "tokenize",
]

# A player's age as one word, in figures or in letters: "28enne", "il ventitreenne", "trentunenne".
# Quotation marks: normalisation turns «» into '"', but raw text handed to the extractor may keep them.
QUOTE_MARKS = frozenset('"«»“”')
AGE_RE = re.compile(r"^(?:\d{2}|diciott|diciannov|(?:vent|trent|quarant)[a-z]*)enne$")

# Typographic apostrophes and quotes are unified so that one pattern covers every outlet's CMS.
APOSTROPHE_RE = re.compile(r"[’‘`´ʼ′]")
OTHER_SPACES = r"\t\u00a0\u2000-\u200b\u202f\u205f\u3000"  # inline spaces besides " "
# Every run of inline spaces becomes one space. A lone " ", by far the commonest run, is left
# out of the pattern: rewriting it changes nothing and costs a substitution per word.
INLINE_SPACE_RE = re.compile(rf"[{OTHER_SPACES}][ {OTHER_SPACES}]*| [ {OTHER_SPACES}]+")
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Any character the rewrites below would change, but for a double space: one search tells
# the usual cleaned article, which needs none of them, from one that does.
UNUSUAL_RE = re.compile(rf"[’‘`´ʼ′\x00-\x08\x0b\x0c\x0e-\x1f\x7f\r{OTHER_SPACES}]")

# Order matters: Irish/French/Italian surnames with an apostrophe (D'Ambrosio, O'Riley,
# N'Golo) and names with one inside (Eto'o; not an elided "Dov'è") stay whole; elided articles
# and prepositions (dell', l', un', c') become their own token so that "dell'Udinese" yields
# "dell'" + "Udinese"; numbers keep decimal commas.
TOKEN_RE = re.compile(
    r"""
    (?P<name>[DON]'(?=[A-ZÀ-ÖØ-Þ])[^\W\d_]+
    |(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{2,}'[a-zà-öø-ÿ])(?!(?:Dov|Com|Cos|Tutt|Quell|Quest|Bell|Sant|Nessun|Buon|Dell|Nell|All|Sull|Dall|Coll|Pell|Senz
    |Quand|Perch|Anch|Cent|Mezz|Null|Ciascun|Qualcun|Alcun|Ognun|Grand|Sott|Sopr)')
    [A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{2,}'[a-zà-öø-ÿ]{1,2}(?![^\W_]))
    |(?P<elided>[^\W\d_]+')(?=[^\W_])
    |(?P<num>\d+(?:[.,]\d+)*(?![^\W_]))
    |(?P<word>[^\W_]+)
    |(?P<punct>\S)
    """,
    re.VERBOSE,
)

# An infinitive with an object pronoun glued on: "seguirlo", "prenderla", "pensarci", "cederglielo".
ENCLITIC_RE = re.compile(r"^([a-zàèéìòù]{3,}[aei]r)(?:lo|la|li|le|ci|gli|glielo|gliela|sene|ne)$")

AUXILIARIES = frozenset({"esser", "aver"})  # "potrebbe esserci", "averlo": no verb of the market

KINDS = {"name": "word", "elided": "word", "word": "word", "num": "num", "punct": "punct", None: "punct"}
# Italian articles carry no meaning for cue matching; articulated prepositions collapse to
# their base so that one lexicon entry ("piace al") covers al/alla/all'/ai/agli/alle.
ARTICLES = frozenset({"il", "lo", "la", "l'", "i", "gli", "le"})
CLUB_KEY = "§club"  # the key a club token gets in a document, and its slot in a cue phrase
SENTINEL = "¶"  # canonical key between sentences: no phrase crosses it
PREPOSITIONS = {
    **dict.fromkeys(("al", "allo", "alla", "all'", "ai", "agli", "alle"), "a"),
    **dict.fromkeys(("del", "dello", "della", "dell'", "dei", "degli", "delle", "d'"), "di"),
    **dict.fromkeys(("dal", "dallo", "dalla", "dall'", "dai", "dagli", "dalle"), "da"),
    **dict.fromkeys(("nel", "nello", "nella", "nell'", "nei", "negli", "nelle"), "in"),
    **dict.fromkeys(("sul", "sullo", "sulla", "sull'", "sui", "sugli", "sulle"), "su"),
    **dict.fromkeys(("col", "coi"), "con"),
}


@dataclass(slots=True)
class Token:
    """One token of the article: its surface, offsets and the forms the matchers compare.

    ``kind`` is word, num or punct as cut; the club/outlet recognisers later merge runs of
    tokens into a single token of kind ``club`` or ``outlet`` whose ``ref`` is the entity.
    """

    text: str
    start: int
    end: int
    kind: str
    low: str = ""
    canon: str = ""
    sent: int = -1
    ref: object = field(default=None, repr=False)

    @property
    def is_cap(self) -> bool:
        """True for a word that starts with a capital letter (a candidate proper name)."""
        return self.kind == "word" and self.text[:1].isupper()


def normalize(text: str) -> str:
    """Unify apostrophes, spaces and line ends; keep paragraph breaks (blank lines)."""
    text = unicodedata.normalize("NFC", text)
    if "  " not in text and not UNUSUAL_RE.search(text):
        return text  # each rewrite would leave it as it is, after a pass over it
    text = CONTROL_RE.sub(" ", APOSTROPHE_RE.sub("'", text))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return INLINE_SPACE_RE.sub(" ", text)


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lowercase and strip accents: the key under which names are compared (cached: words repeat)."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=1 << 16)
def plain(text: str) -> str:
    """Strip accents but keep capitals: the key for case-sensitive proper names (cached: every
    token of every article is keyed this way, and words repeat)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=1 << 14)
def person_key(name: str) -> str:
    """The key a person's name is compared under: folded, apostrophes as spaces ("d amico").

    Memoised: people, staff and epithets ask it of every mention, and names repeat.
    """
    return " ".join(fold(name).replace("'", " ").split())


@lru_cache(maxsize=1 << 16)
def canon_word(low: str) -> str:
    """Canonical form of one lowercase token: "" for articles, base form for prepositions,
    the bare infinitive for one carrying an object pronoun ("seguirlo" -> "seguire"), so that
    the cue "seguire" also reads "il Milan continua a seguirlo"."""
    if low in ARTICLES:
        return ""
    base = PREPOSITIONS.get(low)
    if base is not None:
        return base
    enclitic = ENCLITIC_RE.match(low)
    if enclitic is not None and enclitic.group(1) not in AUXILIARIES:
        return enclitic.group(1) + "e"
    return low[:-1] if low.endswith("'") else low


# A run's cut: per token, its offsets within the run, surface, kind, lowercase and canonical form.
Cut = tuple[tuple[int, int, str, str, str, str], ...]
# Distinct runs memoised before starting over (the dev texts hold ~11,000): an entry takes
# ~400 bytes, and a blob of noise must not grow the memo without bound.
RUN_MEMO = 20_000
_runs: dict[str, Cut] = {}


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Cut ``text[start:end]`` into tokens with absolute offsets.

    A regex match per token was most of the time spent building a document. No token spans
    whitespace and TOKEN_RE looks no further than the next character, so the text is cut at
    whitespace and each run of non-space characters is cut alone, the same wherever it stands.
    Runs repeat ("il", "Milan,", "dell'Inter"), so each run's cut is memoised: a repeated run
    costs one lookup and its tokens, not a case test, a lowercasing and a canonical form each.
    """
    piece = text[start:end]
    tokens: list[Token] = []
    append, find, cut_of = tokens.append, piece.find, _runs.get  # locals: this loop runs per word
    pos = 0
    for run in piece.split():  # str.split and \S agree on what is whitespace
        pos = find(run, pos)  # only whitespace lies between the last run and this one
        first = start + pos
        pos += len(run)
        cut = cut_of(run) or _cut(run)
        if len(cut) == 1:  # most runs are one word: no loop
            a, b, surface, kind, low, canon = cut[0]
            append(Token(surface, first + a, first + b, kind, low, canon))
        else:
            for a, b, surface, kind, low, canon in cut:
                append(Token(surface, first + a, first + b, kind, low, canon))
    return tokens


def _cut(run: str) -> Cut:
    """The tokens of one run of non-space characters, memoised in ``_runs``.

    Nearly all runs are a word ("Milan") or a word and one mark ("Milan,", "giugno."), which
    the pattern can only cut into a word and a punct: those are cut directly, and the pattern
    cuts the rest ("dell'Inter", "12,5", "«Non").
    """
    if run.isalpha():  # letters only: one word
        cut: Cut = (_piece(run, 0, "word"),)
    elif run[:-1].isalpha() and not run[-1].isalnum():  # letters, then one mark
        cut = (_piece(run[:-1], 0, "word"), _piece(run[-1], len(run) - 1, "punct"))
    else:
        cut = tuple(_piece(m.group(), m.start(), KINDS[m.lastgroup]) for m in TOKEN_RE.finditer(run))
    if len(_runs) >= RUN_MEMO:
        _runs.clear()
    _runs[run] = cut
    return cut


def _piece(surface: str, offset: int, kind: str) -> tuple[int, int, str, str, str, str]:
    """One token of a run's cut: offsets within the run, surface, kind and the compared forms."""
    low = surface.lower()
    return offset, offset + len(surface), surface, kind, low, canon_word(low)


def canon_phrase(phrase: str) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    """Canonical tokens of a lexicon phrase and, per token, whether it ends in a ``*`` wildcard.

    ``§club`` stands for any club, as the document's keys write one. A lone ``*`` between
    words is an empty wildcard token, so it matches exactly one word of any
    form; dropping it (as before) silently turned "valuta * milioni" into "valuta milioni".
    """
    words: list[str] = []
    wild: list[bool] = []
    for piece in normalize(phrase).split():
        if piece == "*":  # a lone wildcard stands for any one word ("valuta * milioni")
            if words:  # never first: a phrase must be looked up by a real word
                words.append("")
                wild.append(True)
            continue
        if piece == CLUB_KEY:  # "chiude a §club": the phrase needs a club in that place
            words.append(piece)
            wild.append(False)
            continue
        star = piece.endswith("*")
        piece = piece.rstrip("*")
        if piece.endswith("'"):  # a lone elided form ("all'") is one token, not word + quote
            toks = [c for c in (canon_word(piece.lower()),) if c]
        else:
            toks = [t.canon for t in tokenize(piece) if t.canon]
        if not toks:
            continue
        words.extend(toks)
        wild.extend([False] * (len(toks) - 1) + [star])
    return tuple(words), tuple(wild)


def bare_lead(tokens: Sequence[Token]) -> bool:
    """No letter in ``tokens``: what may stand before the name a post's entry opens on ("2/8",
    an emoji, a bullet), as opposed to words."""
    return not any(c.isalpha() for t in tokens for c in t.text)


def player_age(keys: list[str]) -> bool:
    """ "Reina, 42 anni": an age in a player's apposition; past 45 ("Franzini, 52 anni") it is
    a coach's or a director's."""
    return keys[1:2] == ["anni"] and not (keys[0].isdigit() and int(keys[0]) > 45)
