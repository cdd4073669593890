"""A synthetic Italian-like press corpus with planted near-duplicate pairs, deterministic by seed.

Texts are drawn from a Zipf-distributed vocabulary (real Italian function words and football
terms on top, generated words below), so unrelated articles share common words and phrases the
way real ones do. A planted pair is a base article and a copy from another outlet, edited
(word substitutions, insertions, deletions, a dropped or added sentence, its own boilerplate)
down to a target Jaccard drawn between 0.3 and 0.95; the pair records the *true* Jaccard of
the two shingle sets, measured with the same shingles dedup uses. Pairs below 0.5 are the hard
negatives: rewrites of one story that must not be merged.

Documents are generated on demand, so a 100k corpus never sits in memory.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np

from mercato.dedup.fingerprint import shingles

__all__ = ["Corpus", "Doc", "Pair", "jaccard"]

FUNCTION_WORDS = ("il di che la e a per un in è non del da si con una le al della i ha ma come "
                  "anche più alla gli sono lo nel dei se o nella ci ho suo sua questo quando dopo "
                  "già ancora tra fra poi solo tutto stato essere prima molto sempre").split()
FOOTBALL_WORDS = ("milan inter juventus napoli roma lazio atalanta fiorentina mercato calciomercato "
                  "difensore centrocampista attaccante portiere trattativa offerta milioni euro "
                  "contratto rinnovo prestito riscatto obbligo agente direttore sportivo allenatore "
                  "club società squadra gennaio estate giugno accordo visite mediche ufficiale "
                  "rossoneri nerazzurri bianconeri giallorossi tifosi stagione gol partita").split()
OUTLETS = tuple(f"testata{i:02d}" for i in range(24))
BOILERPLATE = ("Leggi anche le ultime notizie di calciomercato",
               "Riproduzione riservata",
               "Seguici sui social per tutte le news",
               "Iscriviti alla newsletter della redazione",
               "Clicca qui per il live della giornata")
TARGET_BANDS = ((0.30, 0.50), (0.50, 0.60), (0.60, 0.70), (0.70, 0.80), (0.80, 0.90), (0.90, 0.95))
START = dt.date(2024, 7, 1)


def jaccard(a: str, b: str) -> float:
    """True Jaccard of the two texts' shingle sets (what MinHash estimates)."""
    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / len(sa | sb) if sa or sb else 1.0


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    onsets = ["", "b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "ch",
              "cr", "gl", "gn", "pr", "sc", "st", "tr"]
    words: set[str] = set()
    while len(words) < size:
        n = rng.choice((2, 2, 3, 3, 3, 4))
        words.add("".join(rng.choice(onsets) + rng.choice("aeiou") for _ in range(n)))
    return [*FUNCTION_WORDS, *FOOTBALL_WORDS, *sorted(words)]


@dataclass(frozen=True)
class Doc:
    url: str
    outlet: str
    published: dt.date
    text: str


@dataclass(frozen=True)
class Pair:
    """A planted copy: the base URL, the copy URL, the aimed and the measured Jaccard."""

    base: str
    copy: str
    target: float
    jaccard: float


@dataclass
class Corpus:
    """`n` documents, about `pair_fraction` of them copies of another one, in shuffled order."""

    n: int
    seed: int = 0
    pair_fraction: float = 0.12
    pairs: list[Pair] = field(default_factory=list)

    def __post_init__(self) -> None:
        rng = random.Random(self.seed)
        self.vocab = np.array(_vocabulary(rng, 20_000))
        ranks = np.arange(1, len(self.vocab) + 1, dtype=float)
        self.cdf = np.cumsum(1.0 / ranks**1.05)
        self.cdf /= self.cdf[-1]
        n_pairs = int(self.n * self.pair_fraction)
        n_base = self.n - n_pairs
        bases = rng.sample(range(n_base), n_pairs)
        # slot -> ("base", i) or ("copy", i, base index); arrival order shuffled, copies anywhere.
        self.slots: list[tuple[int, int]] = [(i, -1) for i in range(n_base)]
        self.slots += [(n_base + k, b) for k, b in enumerate(bases)]
        rng.shuffle(self.slots)

    def _rng(self, i: int, salt: int = 0) -> random.Random:
        return random.Random(self.seed * 1_000_003 + i * 7 + salt)

    def base_text(self, i: int) -> str:
        rng = self._rng(i)
        nrng = np.random.default_rng(self.seed * 1_000_003 + i)
        n_words = int(min(900, max(120, rng.lognormvariate(5.8, 0.4))))
        picks = np.minimum(np.searchsorted(self.cdf, nrng.random(n_words)), len(self.vocab) - 1)
        words = self.vocab[picks].tolist()
        sentences, pos = [], 0
        while pos < len(words):
            k = rng.randint(8, 28)
            chunk = words[pos:pos + k]
            sentences.append(" ".join([chunk[0].capitalize(), *chunk[1:]]) + ".")
            pos += k
        return " ".join(sentences)

    def _edit(self, base: str, target: float, rng: random.Random) -> str:
        """Edit `base` in rounds until its Jaccard to the base falls to `target` or below."""
        base_set = shingles(base)

        def similar(text: str) -> float:
            other = shingles(text)
            return len(base_set & other) / len(base_set | other)

        words = [rng.choice(BOILERPLATE), *base.split(), rng.choice(BOILERPLATE)]
        text = " ".join(words)
        while (current := similar(text)) > target:
            n = max(1, int(len(words) * (current - target) / 12))
            for _ in range(n):
                op = rng.random()
                pos = rng.randrange(len(words))
                if op < 0.6:
                    words[pos] = str(self.vocab[rng.randrange(len(self.vocab))])
                elif op < 0.8:
                    words.insert(pos, str(self.vocab[rng.randrange(200)]))
                elif op < 0.97 and len(words) > 50:
                    del words[pos]
                else:  # a sentence dropped (or, past the end, one added)
                    del words[pos:pos + rng.randint(8, 20)]
                    if len(words) < 60:
                        words += str(self.vocab[rng.randrange(2000)]).split()
            text = " ".join(words)
        return text

    def docs(self) -> Iterator[Doc]:
        """The documents in arrival order; fills `pairs` as the copies are generated."""
        self.pairs = []
        for slot, base in self.slots:
            rng = self._rng(slot, 1)
            day = START + dt.timedelta(days=(slot * 7919) % 500)
            if base < 0:
                outlet = OUTLETS[slot % len(OUTLETS)]
                yield Doc(f"https://{outlet}.it/news/{slot}", outlet, day, self.base_text(slot))
                continue
            base_outlet = OUTLETS[base % len(OUTLETS)]
            outlet = OUTLETS[(base + 1 + slot % (len(OUTLETS) - 1)) % len(OUTLETS)]
            lo, hi = TARGET_BANDS[slot % len(TARGET_BANDS)]
            target = rng.uniform(lo, hi)
            base_text = self.base_text(base)
            text = self._edit(base_text, target, rng)
            base_day = START + dt.timedelta(days=(base * 7919) % 500)
            base_url = f"https://{base_outlet}.it/news/{base}"
            url = f"https://{outlet}.it/news/{slot}"
            self.pairs.append(Pair(base_url, url, target, jaccard(base_text, text)))
            yield Doc(url, outlet, base_day + dt.timedelta(days=rng.randint(0, 2)), text)
