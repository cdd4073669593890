"""Why a word that spells a club or an outlet names none here: a city ("a Roma"), a birthplace
("(Modena, 11 gennaio 1995)"), a dateline ("ROMA, 12 GEN"), a first name ("Milan Badelj", "Ole
Gunnar Solskjær") or a surname ("João Santos", "Gareth Bale"). Split from clubs.py, which merges
the words that do name one."""

from __future__ import annotations

from .lexicon import Entity, Lexicon, plain
from .text import Token, fold

__all__ = [
    "CITY_PREPOSITIONS",
    "LEADS",
    "SHIRTS",
    "after_first_name",
    "birth",
    "dateline",
    "is_city",
    "is_first_name",
    "is_surname",
    "name_follows",
    "opening_name",
    "signature_town",
    "unaccented",
]

CITY_PREPOSITIONS = frozenset({"a", "ad", "in", "di", "da"})
BORN = frozenset("nato nata nati nate nasce nacque".split())  # "nato a Nardò": a birthplace
# "non è convinto di lasciare Torino", "ha salutato Crema": a town is left bare, a club with its
# article ("il Torino")
LEAVING = frozenset(
    "lasciare lascia lasciano lascerà lascerebbe lasciato lasciando raggiungere raggiunge raggiungerà "
    "salutare saluta salutano saluterà salutato".split()
)
# "La pista porta a Napoli": where a lead points is a club, though the press drops the article.
LEADS = frozenset({"porta", "portano", "porterebbe", "portava", "conduce", "riporta"})
# "le maglie di Lecce, Udinese e Sampdoria": the shirt of a city is its club's.
SHIRTS = frozenset({"maglia", "maglie", "casacca", "casacche", "colori"})
MONTHS = frozenset(
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
)


def is_city(tokens: list[Token], start: int, end: int, lexicon: Lexicon) -> bool:
    """Clubs take an article, cities do not: "alla Roma" is the club, "a Roma" the city; where a
    man was born ("nato a Nardò") is a town whatever the lexicon knows of it."""
    born = start > 1 and tokens[start - 1].low in ("a", "ad") and tokens[start - 2].low in BORN
    return born or (
        end - start == 1
        and start > 0
        and (tokens[start - 1].low in CITY_PREPOSITIONS or tokens[start - 1].low in LEAVING)
        and fold(tokens[start].text) in lexicon.non_names
        and not (
            start > 2
            and tokens[start - 1].low == "a"
            and tokens[start - 2].low in LEADS
            and tokens[start - 3].low not in ("la", "una")  # "chiude la porta a Roma": a door
        )
        and not (start > 1 and tokens[start - 1].low == "di" and tokens[start - 2].low in SHIRTS)
    )


DATE_SEPARATORS = frozenset({"/", ".", "-"})


def birth(tokens: list[Token], start: int, end: int) -> bool:
    """A communiqué gives a player's birth in brackets, place then day: "(Modena, 11 gennaio
    1995)", "(Caserta, 4/6/1997)". No club is named that way."""
    return (
        start > 0
        and tokens[start - 1].text == "("
        and end + 1 < len(tokens)
        and tokens[end].text == ","
        and tokens[end + 1].text.rstrip("°").isdigit()
        and len(tokens[end + 1].text.rstrip("°")) <= 2  # a day: "(Inter, 2022)" is a club's year
        # then a month or a date's separator: "(Chelsea, 20 mln)" is a ledger's club and fee
        and end + 2 < len(tokens)
        and (tokens[end + 2].text in DATE_SEPARATORS or tokens[end + 2].text.lower() in MONTHS)
    )


def is_first_name(tokens: list[Token], start: int, end: int, lexicon: Lexicon) -> bool:
    """A one-word club right before a surname is a first name: "Milan Badelj", "Milan Škriniar"."""
    if end - start != 1 or tokens[start].text not in lexicon.club_first_names:
        return False
    return name_follows(tokens, end, lexicon)


def unaccented(text: str, entities: tuple[Entity, ...], lexicon: Lexicon) -> bool:
    """The word matched a name only once accents were folded: "Ole" for "Olé", "Bale" for Bâle."""
    for kind, name in entities:
        entry = lexicon.clubs.get(name) if kind == "club" else lexicon.outlets.get(name)
        forms = (name, *entry.aliases) if entry is not None else (name,)
        if text in forms or not any(plain(f) == text for f in forms):
            return False
    return True


def name_follows(tokens: list[Token], end: int, lexicon: Lexicon) -> bool:
    """A capitalised word that is no club, outlet or common word comes right after: the word
    before it is a first name."""
    if end >= len(tokens):
        return False
    nxt = tokens[end]
    return (
        nxt.kind == "word"
        and nxt.start == tokens[end - 1].end + 1
        and nxt.text[:1].isupper()
        and not nxt.text.isupper()
        and fold(nxt.text) not in lexicon.non_names
        and not lexicon.names.starts(plain(nxt.text))
    )


def is_surname(tokens: list[Token], start: int, end: int, lexicon: Lexicon, *, folded: bool = False) -> bool:
    """A one-word club that is also a surname, right after a given name or "dos"/"de"; the given
    name may open the sentence ("Facundo Torres? Col Torino solo sondaggi"), an article may not.
    A word that only matched once accents were folded counts as such a surname: "Gareth Bale"
    is no Bâle (the Basilea)."""
    if end - start != 1 or (tokens[start].text not in lexicon.club_surnames and not folded):
        return False
    prev = tokens[start - 1] if start > 0 else None
    particle = prev is not None and prev.low in ("dos", "de", "da")
    return opening_name(tokens, start, lexicon) or particle or after_first_name(tokens, start)


def opening_name(tokens: list[Token], i: int, lexicon: Lexicon) -> bool:
    """A capitalised word right after a given name that opens the sentence ("Cristian Pontini,
    attaccante della Primavera"), not after a capitalised function word ("Per", "La")."""
    prev = tokens[i - 1] if i > 0 else None
    return (
        prev is not None
        and tokens[i].text[:1].isupper()
        and prev.kind == "word"
        and prev.text[:1].isupper()
        and not prev.text.isupper()
        and prev.end + 1 == tokens[i].start
        and fold(prev.text) not in lexicon.non_names
    )


def after_first_name(tokens: list[Token], i: int) -> bool:
    """A capitalised word right after another capitalised word inside a sentence."""
    if i < 2 or not tokens[i].text[:1].isupper():
        return False
    prev = tokens[i - 1]
    return (
        prev.kind == "word"
        and prev.text[:1].isupper()
        and not prev.text.isupper()
        and prev.end + 1 == tokens[i].start
        and tokens[i - 2].kind == "word"
    )


def dateline(tokens: list[Token], start: int, end: int) -> bool:
    """A city in capitals followed by a date: "ROMA, 12 GEN", "MILANO, 3 luglio"; in plain case
    when it opens the sentence and a month follows the day ("Torino, 22 settembre 2020 –")."""
    dated = end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].text[:1].isdigit()
    if not dated:
        return False
    month = end + 2 < len(tokens) and tokens[end + 2].low in MONTHS
    bracketed = start > 0 and tokens[start - 1].text == "("  # "(AZ, 20,5 mln)": club and fee
    return (tokens[start].text.isupper() and not bracketed) or (start == 0 and month)


SIGNATURE_DASHES = frozenset({"–", "—", "-"})


def signature_town(tokens: list[Token], start: int, end: int) -> bool:
    """A reader's or a writer's signature, "– Marta Pellicano, Prato", gives the town he
    writes from: a name between a dash and a comma, the town closing the line."""
    if start < 4 or tokens[start - 1].text != ",":
        return False
    named = all(t.text[:1].isupper() and t.kind == "word" for t in tokens[start - 3 : start - 1])
    closing = end == len(tokens) or tokens[end].text[:1].isupper()
    return named and tokens[start - 4].text in SIGNATURE_DASHES and closing
