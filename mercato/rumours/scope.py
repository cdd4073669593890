"""What lies outside mercato's scope: women's football and other sports. A general sports roundup
("Sport in breve") sets its basketball, volleyball, tennis, cycling and Formula 1 items among the
football ones, and their teams share football clubs' names (Olimpia Milano, Virtus Bologna, Bayern
Monaco, Galatasaray): a basketball player's signing is not a transfer rumour for mercato's users."""

from __future__ import annotations

import re

from .document import Document
from .moves import Mention
from .people import Person
from .women import WOMEN_NOUNS, WOMEN_SIDES

__all__ = ["Scope", "other_sport_paragraphs", "womens_paragraphs"]

# Words that put a paragraph in women's football ("Juventus Women", "la calciatrice"), which is
# outside the extractor's scope: the men's market is what its users follow.
WOMEN_WORDS = WOMEN_NOUNS | WOMEN_SIDES | {"woman"}
# A paragraph opened by its section's label in capitals: "BASKET – La Virtus...", "FORMULA 1 | ...".
# (labels.INLINE_LABEL_RE reads a roundup's labels, which have no digits: a sport's may, "F1".)
LABEL_RE = re.compile(r"^\W*([A-ZÀ-Ý][A-ZÀ-Ý0-9' ]{1,30}?)\s*[|–—:-]\s")
SPORT_LABELS = frozenset(
    "basket pallacanestro nba volley pallavolo tennis ciclismo motogp motomondiale moto superbike "
    "rugby nuoto atletica sci golf boxe pugilato pallanuoto scherma hockey automobilismo "
    "motociclismo f1".split()
)
SPORT_LABEL_PHRASES = ("formula 1", "formula uno")
# Words only another sport uses: its athletes ("il cestista", "lo schiacciatore", "i piloti"),
# its leagues and races ("Eurolega", "la Vuelta", "il Gran Premio"). Roles such as "ala",
# "guardia", "play", "libero" or "palleggiatore" name footballers too and are left out.
OTHER_SPORT_RE = re.compile(
    r"\b(?:cestist[ai]|pallavolist[ai]|tennist[ai]|ciclist[ai]|pilot[ai]|motociclist[ai]|"
    r"schiacciator[ei]|monoposto|canestr[oi]|pallacanestro|pallavolo|"
    r"Eurolega|Euroleague|NBA|Formula 1|MotoGP|team principal|Gran Premio|ATP|WTA|Vuelta|"
    r"Tour de France|Giro d'Italia)\b"
)

# A word of each of the above, for a first look at the whole article.
TRIGGERS = SPORT_LABELS | frozenset(
    "cestista cestisti cestiste pallavolista pallavolisti pallavoliste tennista tennisti tenniste "
    "ciclista ciclisti cicliste pilota piloti motociclista motociclisti schiacciatore schiacciatori "
    "monoposto canestro canestri eurolega euroleague formula principal premio vuelta tour giro "
    "atp wta".split()
)


def other_sport_paragraphs(doc: Document) -> set[int]:
    """Paragraphs about a sport other than football: those in a section opened by another sport's
    label (until the next label, "CALCIO –" or any other, opens a new one), and those that use a
    word only another sport has."""
    if TRIGGERS.isdisjoint(tok.low for tok in doc.tokens):
        return set()  # most articles: not a word of another sport anywhere, nothing to split
    found: set[int] = set()
    paragraphs: dict[int, list[int]] = {}  # paragraph -> its span (sentences come in order)
    for s in doc.sentences:
        if not s.title:
            paragraphs.setdefault(s.para, [s.start, s.end])[1] = s.end
    other = False
    for para, (start, end) in sorted(paragraphs.items()):
        text = doc.text[start:end]
        label = LABEL_RE.match(text)
        if label:
            other = _sport_label(label.group(1))
        if other or OTHER_SPORT_RE.search(text):
            found.add(para)
    return found


def _sport_label(label: str) -> bool:
    low = label.lower()
    return bool(set(low.split()) & SPORT_LABELS) or any(p in low for p in SPORT_LABEL_PHRASES)


def womens_paragraphs(doc: Document) -> set[int]:
    """Paragraphs about women's football: a women's signing in a men's roundup ("JUVENTUS WOMEN
    – rinnovo di Barbara Bonansea") is not a rumour here."""
    return {doc.sentences[tok.sent].para for tok in doc.tokens if tok.low in WOMEN_WORDS}


class Scope:
    """The paragraphs of an article outside the men's game, and the words that name its people
    who are no player here, so that neither lends a player a move."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.paragraphs = womens_paragraphs(doc) | other_sport_paragraphs(doc)
        self.names: set[str] = set()

    def only_outside(self, person: Person) -> bool:
        """Whether the article's body names ``person`` only outside the scope: a headline that
        also names him ("Hamilton firma con la Ferrari") is about that paragraph's news."""
        sents = self.doc.sentences
        body = [m for m in person.mentions if not sents[m.sent].title] or person.mentions
        return all(sents[m.sent].para in self.paragraphs for m in body)

    def name_others(self, people: list[Person]) -> None:
        """Remember the name words of ``people``, the men who are no player of the article."""
        toks = self.doc.tokens
        self.names = {toks[t].low for p in people for m in p.mentions for t in range(m.first, m.last + 1)}

    def excludes(self, m: Mention) -> bool:
        """A mention outside the scope ("Il finlandese ha firmato un rinnovo" in a Formula 1
        item), or a headline part taken for more on the player that opens on another man's
        name ("Milan, chiesto Deulofeu. Gentile va al Panathinaikos")."""
        s = self.doc.sentences[m.sent]
        if s.para in self.paragraphs:
            return True
        return m.kind == "anaphor" and s.heading and self.doc.tokens[m.first].low in self.names
