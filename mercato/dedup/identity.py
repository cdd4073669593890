"""Who and where: player keys that survive spelling variants, club keys, deal families.

Pure functions. A player key is the folded, sorted tokens of a name ("Kim Min-jae" and
"Min-Jae Kim" are both "jae kim min"); `resolve_keys` then maps the keys seen for one
destination club to identities, so that "Gila" joins "Mario Gila" when he is the only Gila.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache

from rapidfuzz import fuzz

__all__ = [
    "DEAL_FAMILIES",
    "UNKNOWN",
    "club_key",
    "deal_family",
    "fold",
    "player_key",
    "resolve_keys",
    "tokens_cover",
]

UNKNOWN = "unknown"
DEAL_FAMILIES: dict[str, str] = {
    "loan": "loan", "loan_option": "loan", "loan_obligation": "loan",
    "renewal": "renewal",
    "transfer": "transfer", "free": "transfer", "swap": "transfer",
}
APOSTROPHES = re.compile(r"['’‘`´]")
DASHES = re.compile(r"[\u2010-\u2015\u2212\ufe63\uff0d]")
NON_WORD = re.compile(r"[^a-z0-9]+")
# Legal-form and filler words that clubs carry or drop: "AC Milan", "SS Lazio", "Udinese Calcio".
CLUB_AFFIXES = frozenset({"ac", "afc", "as", "asd", "cf", "fc", "sc", "ss", "ssc", "us", "ssd", "spa",
                          "calcio", "club", "football", "1907", "1909", "1913", "1919"})
FUZZY_MIN_LEN = 5
FUZZY_RATIO = 88.0
COMPACT_MIN_LEN = 6
RELATED_PREFIX = 3
CACHE_SIZE = 1 << 16


def fold(text: str | None) -> str:
    """Lower-case ASCII with accents removed and apostrophes joined ("D'Ambrosio" -> "dambrosio")."""
    text = DASHES.sub("-", text or "")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return APOSTROPHES.sub("", text.lower())


@lru_cache(maxsize=CACHE_SIZE)
def player_key(name: str | None) -> str:
    """Folded tokens of a name, sorted: word order, case, accents and hyphens don't matter."""
    return " ".join(sorted(t for t in NON_WORD.split(fold(name)) if t))


@lru_cache(maxsize=CACHE_SIZE)
def club_key(club: str | None) -> str:
    """Folded club name without legal-form words; "" for no club (a loan with no destination)."""
    words = [t for t in NON_WORD.split(fold(club).replace(".", "")) if t]
    kept = [t for t in words if t not in CLUB_AFFIXES]
    return " ".join(kept or words)


def deal_family(deal: str | None) -> str:
    """loan/loan_option/loan_obligation -> loan; transfer/free/swap -> transfer; renewal; unknown."""
    if not deal:
        return UNKNOWN
    return DEAL_FAMILIES.get(deal, deal)


def _token_match(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:  # an initial: "M. Gila"
        return a[0] == b[0]
    return min(len(a), len(b)) >= FUZZY_MIN_LEN and fuzz.ratio(a, b) >= FUZZY_RATIO


@lru_cache(maxsize=CACHE_SIZE)
def tokens_cover(short: str, long: str) -> bool:
    """Whether every token of key `short` matches a distinct token of key `long`."""
    pool = long.split()
    for token in short.split():
        hit = next((i for i, cand in enumerate(pool) if _token_match(token, cand)), None)
        if hit is None:
            return False
        pool.pop(hit)
    return True


def _initials(key: str) -> int:
    return sum(len(t) == 1 for t in key.split())


def _compact(key: str) -> str:
    return "".join(sorted(key.replace(" ", "")))


def _same_name(a: str, b: str) -> bool:
    """Spelling variants of one full name: same number of tokens matching pairwise, or the
    same letters once spaces are gone ("Minjae Kim" / "Kim Min Jae")."""
    if len(a.split()) == len(b.split()) and tokens_cover(a, b):
        return True
    return len(a.replace(" ", "")) >= COMPACT_MIN_LEN and _compact(a) == _compact(b)


def resolve_keys(counts: Mapping[str, int] | Iterable[str]) -> dict[str, str]:
    """Map each player key seen for one destination club to the key of its identity.

    Variants of one name become the variant with fewest initials, then the most reported; a shorter
    name ("gila", "m gila") joins the longest name it is part of when there is exactly one
    such name, and stays itself when there are several (two Gilas: better two rumours than
    a wrong merge). The result depends only on the set of keys, not on their order.
    """
    if not isinstance(counts, Mapping):
        seen: dict[str, int] = {}
        for key in counts:
            seen[key] = seen.get(key, 0) + 1
        counts = seen
    keys = sorted(k for k in counts if k)
    related = _related(keys)
    parent = {k: k for k in keys}

    def find(k: str) -> str:
        while parent[k] != k:
            k = parent[k]
        return k

    for a in keys:
        for b in sorted(related[a]):
            if b > a and find(a) != find(b) and _same_name(a, b):
                ra, rb = find(a), find(b)
                best = min(ra, rb, key=lambda k: (_initials(k), -counts[k], -len(k), k))
                parent[ra] = parent[rb] = best
    reps = sorted({find(k) for k in keys})
    rep_set = set(reps)
    size = {r: len(r.split()) for r in reps}
    target: dict[str, str] = {}
    for rep in reps:
        supers = [r for r in sorted(related[rep] & rep_set) if size[r] > size[rep] and tokens_cover(rep, r)]
        maximal = [r for r in supers
                   if not any(size[o] > size[r] and tokens_cover(r, o) for o in supers)]
        target[rep] = maximal[0] if len(maximal) == 1 else rep
    return {k: target[find(k)] for k in keys} | ({"": ""} if "" in counts else {})


def _related(keys: Iterable[str]) -> dict[str, set[str]]:
    """Keys sharing a token prefix: the only pairs that can be variants or contain each other,
    so resolution compares those instead of every pair at a club."""
    buckets: dict[str, set[str]] = {}
    for k in keys:
        for t in set(k.split()):
            if len(t) > 1:
                buckets.setdefault(t[:RELATED_PREFIX], set()).add(k)
    related: dict[str, set[str]] = {k: set() for k in keys}
    for members in buckets.values():
        for k in members:
            related[k] |= members
    return related
