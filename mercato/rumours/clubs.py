"""Club and outlet mentions: merge their tokens, resolve shared nicknames, find the story's club."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from .lexicon import Entity, Lexicon, plain
from .nameguards import (
    after_first_name,
    birth,
    dateline,
    is_city,
    is_first_name,
    is_surname,
    name_follows,
    opening_name,
    signature_town,
    unaccented,
)
from .phrases import Match
from .sentences import Sentence
from .text import CLUB_KEY, Token, fold

__all__ = ["SHIRT_ARTICLES", "Mention", "is_shirt", "merge_entities", "resolve_nicknames"]

COLOURS = (
    "ner",
    "ross",
    "azzurr",
    "bianc",
    "giall",
    "verd",
    "viola",
    "granata",
    "blu",
    "celest",
    "grig",
    "aranc",
)
SHIRT_ARTICLES = frozenset({"il", "l'", "lo", "la"})  # "al Viola Park" is a place
OUTLET_KEY = "§outlet"
ENTITY_MEMO = 100_000  # distinct token surfaces whose entity keys are memoised per lexicon


@dataclass(slots=True)
class Mention:
    """What a merged club/outlet token stands for.

    ``candidates`` holds every club a shared nickname may mean ("nerazzurri"); ``name`` is
    the one chosen from context. ``nickname`` tells an epithet from a proper name.
    """

    kind: str
    name: str
    candidates: tuple[str, ...]
    nickname: bool


def is_shirt(tok: Token) -> bool:
    """A nickname that names the club's colours ("bianconero", "viola"), which a player wears;
    not a demonym ("il friulano", "il sardo"), which says where a man was born."""
    return tok.kind == "club" and tok.ref.nickname and any(c in tok.low for c in COLOURS)


# The small words inside a name ("Corriere dello Sport", "Gazzetta di Parma", "Vasco da Gama").
PARTICLES = frozenset("di del dello della dei degli delle da de do dos das".split())


def merge_entities(tokens: list[Token], lexicon: Lexicon, men: frozenset[str] = frozenset()) -> list[Token]:
    """Replace each run of tokens that names a club or an outlet by one token of that kind.

    Proper names are matched with their capitals, nicknames without; the longest match wins
    and, at equal length, a proper name beats a nickname ("Milan News" is an outlet). Names in
    ``men`` (see standins.py: "il Toro" for Lautaro, "azzurro" for Italy) stay words.
    """
    if not tokens:
        return tokens
    memo = lexicon.entity_words
    words = [memo.get(t.text) or _entity_word(t.text, lexicon) for t in tokens]
    starts = [i for i, tok in enumerate(tokens) if words[i][2] and tok.kind == "word"]
    if not starts:
        return tokens
    plain_keys, fold_keys, _ = zip(*words, strict=True)
    names, nicks = lexicon.names, lexicon.nicknames
    merged: list[Token] = []
    done = 0  # tokens[:done] are in ``merged``
    for i in starts:
        if i < done:
            continue  # inside the entity just merged
        if not (names.fits_at(plain_keys, i) or nicks.fits_at(fold_keys, i)):
            continue  # "il", "la": the start of a nickname ("la Vecchia Signora"), not of this one
        best = _entity_at(tokens, i, plain_keys, fold_keys, lexicon)
        if best is None or (men and best[0].end == i + 1 and fold(tokens[i].text) in men):
            continue  # "il Toro" for Lautaro, "azzurro" for Italy: no club here
        merged.extend(tokens[done:i])
        merged.append(_entity_token(tokens, i, *best))
        done = best[0].end
    merged.extend(tokens[done:])
    return merged


def _entity_word(text: str, lexicon: Lexicon) -> tuple[str, str, bool]:
    """A token's key for proper names, its key for nicknames, and whether either may start
    there; memoised on the lexicon, as every token of every article asks."""
    # Datelines and shouted headlines write clubs in capitals ("SASSUOLO - ..."): compare
    # those words in title case so that the case-sensitive aliases still apply.
    # Their particles stay small, as the names write them: "CORRIERE DELLO SPORT".
    shouted = len(text) > 1 and text.isupper()
    if shouted and text.lower() in PARTICLES:
        plain_key = text.lower()
    elif shouted and len(text) > 3:
        # an acronym keeps its capitals ("il CSKA", "secondo ESPN"), a shouted word is title-cased
        titled = plain(text.title())
        acronym = not lexicon.names.starts(titled) and lexicon.names.match_at((plain(text),), 0) is not None
        plain_key = plain(text) if acronym else titled
    else:
        plain_key = plain(text)
    fold_key = fold(text)
    found = (plain_key, fold_key, lexicon.names.starts(plain_key) or lexicon.nicknames.starts(fold_key))
    if len(lexicon.entity_words) < ENTITY_MEMO:
        lexicon.entity_words[text] = found
    return found


def _entity_at(
    tokens: list[Token], i: int, plain_keys: Sequence[str], fold_keys: Sequence[str], lexicon: Lexicon
) -> tuple[Match[tuple[Entity, ...]], bool] | None:
    """The club or outlet named from token ``i`` and whether by nickname, unless the words
    are a city, a first name, a surname or a dateline there."""
    name_index, nick_index = lexicon.names, lexicon.nicknames
    proper = name_index.match_at(plain_keys, i)
    nick = nick_index.match_at(fold_keys, i)
    best, is_nick = proper, False
    if nick is not None and (best is None or nick.end > best.end):
        best, is_nick = nick, True
    is_club = best is not None and _named_by(best.value)[0] == "club"
    if (
        is_club
        and not is_nick
        and (is_city(tokens, i, best.end, lexicon) or is_first_name(tokens, i, best.end, lexicon))
    ):
        best = None
    if best is not None and is_nick and (after_first_name(tokens, i) or opening_name(tokens, i, lexicon)):
        best = None  # "Giovanni Leoni", "Cristian Pontini": a surname that is also a nickname
    folded = best is not None and unaccented(tokens[i].text, best.value, lexicon)
    one_word = best is not None and not is_club and best.end == i + 1
    if one_word and folded and name_follows(tokens, i + 1, lexicon):
        best = None  # "Ole Gunnar Solskjær": a first name, not the Argentine paper Olé
    if is_club and best is not None and is_surname(tokens, i, best.end, lexicon, folded=folded):
        best = None  # "assistito da João Santos": the agent, not the Brazilian club
    if best is not None and dateline(tokens, i, best.end):
        best = None  # "ROMA, 12 GEN -": the city of an agency dateline
    if best is not None and signature_town(tokens, i, best.end):
        best = None  # "– Marta Pellicano, Prato": the town a letter is signed from
    if best is not None and birth(tokens, i, best.end):
        best = None  # "Filippo Guerrieri, difensore (Modena, 11 gennaio 1995)": where he was born
    if best is not None and i + 1 < len(tokens):
        later = name_index.match_at(plain_keys, i + 1)
        if later is not None and later.end > best.end:
            best = None  # "la Gazzetta dello Sport": the longer name starting next wins
    return None if best is None else (best, is_nick)


def _entity_token(tokens: list[Token], i: int, best: Match[tuple[Entity, ...]], is_nick: bool) -> Token:
    """One token of kind club or outlet for ``tokens[i : best.end]``."""
    kind, names = _named_by(best.value)
    first, last = tokens[i], tokens[best.end - 1]
    surface = first.text if best.end - i == 1 else _surface(tokens, i, best.end)
    return Token(
        text=surface,
        start=first.start,
        end=last.end,
        kind=kind,
        low=fold(surface),
        canon=CLUB_KEY if kind == "club" else OUTLET_KEY,
        ref=Mention(kind, names[0], names, is_nick),
    )


@cache
def _named_by(entities: tuple[Entity, ...]) -> tuple[str, tuple[str, ...]]:
    """The kind of token a name makes ("club" when it may be a club) and the entities it may
    mean, clubs first; cached, as the lexicon's names are few and named again and again."""
    clubs = tuple(name for kind, name in entities if kind == "club")
    return ("club", clubs) if clubs else ("outlet", tuple(name for _, name in entities))


def _surface(tokens: list[Token], start: int, end: int) -> str:
    parts = [tokens[start].text]
    for prev, tok in zip(tokens[start : end - 1], tokens[start + 1 : end], strict=True):
        parts.append(" " * (tok.start > prev.end) + tok.text)
    return "".join(parts)


def resolve_nicknames(tokens: list[Token], sentences: list[Sentence], lexicon: Lexicon) -> None:
    """Choose the club a shared nickname means, from the article itself.

    Order of evidence: a candidate named (by proper name) earlier in the same paragraph, nearest
    first; then one named in the title; then one named later in the paragraph; then the
    candidate named most in the article; then
    the prominence order of ``prominence.toml``. "I bianconeri" next to "Udinese" is Udinese.
    """
    clubs = [i for i, t in enumerate(tokens) if t.kind == "club"]  # one pass: few tokens are clubs
    ambiguous = [tokens[i] for i in clubs if len(tokens[i].ref.candidates) > 1]
    if not ambiguous:
        return
    named = [  # "l'ex Udinese" is no context
        tokens[i]
        for i in clubs
        if len(tokens[i].ref.candidates) == 1 and not (i and tokens[i - 1].low == "ex")
    ]
    counts = Counter(t.ref.name for t in named)
    in_title: dict[str, int] = {}  # club -> its rank in the title: the club it opens with first
    for t in named:
        if sentences[t.sent].title:
            in_title.setdefault(t.ref.name, len(in_title))
    title_lead = next((c for c, rank in in_title.items() if rank == 0), None)
    lead = title_lead or (counts.most_common(1)[0][0] if counts else None)
    club = lexicon.clubs.get(lead) if lead else None
    unlisted = club is not None and not club.nicknames
    for tok in ambiguous:
        para = sentences[tok.sent].para
        near = [t for t in named if sentences[t.sent].para == para and t.ref.name in tok.ref.candidates]
        before = [t for t in near if t.start < tok.start]
        story = next((c for c, rank in in_title.items() if rank == 0 and c in tok.ref.candidates), None)
        if before and story is not None and before[-1].sent != tok.sent:
            chosen = story  # "Empoli, ...": "il club azzurro" is the story's, not a Napoli told before
        elif before:
            chosen = before[-1].ref.name
        elif unlisted and not any(counts.get(c) for c in tok.ref.candidates):
            # "i biancorossi" in a piece on the Varese, which names none of the clubs listed
            # under that colour and whose own colours the lexicon does not give: the story's
            # club, not the most prominent of strangers
            chosen = lead
        else:
            # a club named later in the paragraph may be the contrast ("I nerazzurri hanno
            # proposto... Ne ha approfittato l'Atalanta"): the title's club comes first
            later = {t.ref.name for t in near}
            chosen = min(
                tok.ref.candidates,
                key=lambda c: (
                    in_title.get(c, len(in_title)),
                    c not in later,
                    -counts.get(c, 0),
                    lexicon.prominence.get(c, 10_000),
                ),
            )
        tok.ref.name = chosen
