"""Fingerprints of an article's text: a content hash for exact copies, a MinHash for near copies.

Parameters are fixed module constants because signatures are stored: changing any of them
(shingle size, permutations, seed, bands) makes old and new signatures incomparable, so it
needs a `reprocess` of every article. `FINGERPRINT_VERSION` names the set in force.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

import numpy as np
from datasketch import MinHash

__all__ = [
    "BANDS",
    "FINGERPRINT_VERSION",
    "MIN_SHINGLES",
    "NEAR_THRESHOLD",
    "NUM_PERM",
    "ROWS",
    "SHINGLE_WORDS",
    "Fingerprint",
    "band_keys",
    "bands_match",
    "candidate_probability",
    "content_hash",
    "fingerprint",
    "normalise_text",
    "shingles",
    "signature",
    "signature_from_bytes",
    "signature_to_bytes",
    "similarity",
]

SHINGLE_WORDS = 3
NUM_PERM = 128
SEED = 1
SCHEME = "affine32"
# 32 bands of 4 rows: a pair at Jaccard 0.5 shares a band with p=0.87, at 0.6 p=0.99, at
# 0.7 p>0.9998, while one at 0.2 does with p=0.05. The decision is then taken on the full
# 128-value estimate, so banding only has to find candidates, never to decide.
BANDS = 32
ROWS = NUM_PERM // BANDS
NEAR_THRESHOLD = 0.7
# Below this many shingles a text is too short for a meaningful estimate: exact hash only.
MIN_SHINGLES = 8
FINGERPRINT_VERSION = f"w{SHINGLE_WORDS}-p{NUM_PERM}-s{SEED}-{SCHEME}-b{BANDS}x{ROWS}"

WORD = re.compile(r"\w+")
SPACES = re.compile(r"\s+")
QUOTES_TABLE = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"',
                              "«": '"', "»": '"', "–": "-", "—": "-"})
DTYPE = np.dtype("<u4")

# Permutations depend only on (seed, num_perm): computed once instead of per article.
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def normalise_text(text: str) -> str:
    """The text the content hash is taken over: what a re-encoding or re-spacing can't change."""
    text = unicodedata.normalize("NFKC", text or "").translate(QUOTES_TABLE).casefold()
    return SPACES.sub(" ", text).strip()


def content_hash(text: str) -> str:
    """sha256 (hex) of the normalised text: equal for byte-identical stories, whatever spacing."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def shingles(text: str, size: int = SHINGLE_WORDS, *, normalised: bool = False) -> set[str]:
    """Word n-grams of the normalised text; a text shorter than one shingle is one shingle."""
    words = WORD.findall(text if normalised else normalise_text(text))
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def signature(text: str, *, normalised: bool = False) -> np.ndarray | None:
    """The MinHash values (uint32, NUM_PERM of them), or None for a text too short to compare."""
    grams = shingles(text, normalised=normalised)
    if len(grams) < MIN_SHINGLES:
        return None
    mh = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_PERMUTATIONS)
    mh.update_batch([g.encode("utf-8") for g in grams])
    return np.asarray(mh.hashvalues, dtype=DTYPE)


def signature_to_bytes(sig: np.ndarray) -> bytes:
    """Little-endian uint32s: 512 bytes for 128 permutations, readable on any platform."""
    return np.asarray(sig, dtype=DTYPE).tobytes()


def signature_from_bytes(blob: bytes) -> np.ndarray:
    """Inverse of `signature_to_bytes`; refuses a blob of another fingerprint version."""
    if len(blob) != NUM_PERM * DTYPE.itemsize:
        raise ValueError(f"minhash of {len(blob)} bytes, expected {NUM_PERM * DTYPE.itemsize} "
                         f"({FINGERPRINT_VERSION}): reprocess the articles")
    return np.frombuffer(blob, dtype=DTYPE)


def band_keys(sig: np.ndarray) -> list[tuple[int, str]]:
    """(band number, 16-hex key) per band: the rows of `article_bands` for this signature."""
    rows = np.asarray(sig, dtype=DTYPE).reshape(BANDS, ROWS)
    return [(i, hashlib.blake2b(row.tobytes(), digest_size=8).hexdigest()) for i, row in enumerate(rows)]


def bands_match(a: np.ndarray, b: np.ndarray) -> bool:
    """Whether two signatures share a whole band: the LSH candidate rule, decided exactly."""
    return bool((a.reshape(BANDS, ROWS) == b.reshape(BANDS, ROWS)).all(axis=1).any())


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """MinHash estimate of the Jaccard similarity of the two shingle sets."""
    return float(np.count_nonzero(a == b)) / NUM_PERM


def candidate_probability(jaccard: float, bands: int = BANDS, rows: int = ROWS) -> float:
    """Probability that a pair at this Jaccard shares at least one band (the S-curve)."""
    return 1.0 - (1.0 - jaccard**rows) ** bands


@dataclass(frozen=True)
class Fingerprint:
    """What dedup needs of one text, computable outside the database transaction."""

    content_hash: str
    signature: np.ndarray | None = field(default=None, compare=False)

    @property
    def minhash(self) -> bytes | None:
        return None if self.signature is None else signature_to_bytes(self.signature)

    @property
    def bands(self) -> list[tuple[int, str]]:
        return [] if self.signature is None else band_keys(self.signature)


def fingerprint(text: str) -> Fingerprint:
    """Content hash and MinHash of an article text (the store pipeline's `item.fingerprint`)."""
    norm = normalise_text(text)
    return Fingerprint(hashlib.sha256(norm.encode("utf-8")).hexdigest(), signature(norm, normalised=True))
