"""Sentences that speak of the last-named player without naming him ("l'olandese", "lo segue")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .clauses import clause_ids
from .clubs import is_shirt
from .document import Document
from .identity import nickname_mentions, one_nationality
from .moves import Mention
from .people import Person
from .text import AGE_RE

__all__ = ["Anaphor", "collect_mentions", "find_anaphors"]

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


def _epithet(doc: Document, sent: int) -> bool:
    """A capitalised nickname after an article ("il Chucky", "la Joya"): a headline that names
    someone else, whom the names could not place, is not about the last player named."""
    s = doc.sentences[sent]
    toks = doc.tokens
    return any(
        toks[t].kind == "word" and toks[t].is_cap and toks[t - 1].low in DEFINITE
        for t in range(s.tok_start + 1, s.tok_end)
    )


def _is_entry(doc: Document, m: Mention) -> bool:
    """A sentence that is only a player's name, maybe after a label: "SALE - Randal Kolo Muani."
    heads a list entry, and the rest of its paragraph is about him."""
    s = doc.sentences[m.sent]
    if s.heading:
        return False
    rest = [t for t in range(s.tok_start, s.tok_end) if not m.first <= t <= m.last]
    return all(doc.tokens[t].kind == "punct" or doc.tokens[t].text.isupper() for t in rest)


def _former(doc: Document, first: int) -> bool:
    """ "Dove gioca l'ex azzurro Victor Osimhen": a name given as a former player of a club, or as
    the man a move replaces, is an aside, not the story; the sentence goes on with its player."""
    k = doc.tok_key[first]
    if k > 1 and doc.keys[k - 2 : k] == ["ex", "§club"]:
        return True
    # "il nome per sostituire Bremer è quello di Schuurs": the man to replace is not the move
    measure = doc.ending_at("player").get(k - 1) if k > 0 else None
    return measure is not None and measure.value == "incumbent"


def _rival_opening(doc: Document, sent: int, para_people: dict[int, set[int]]) -> bool:
    """A paragraph that names no player and opens on another suitor ("Sullo sfondo resta il
    Nottingham Forest. Il club inglese ha chiesto informazioni"): the rival of the move before."""
    s = doc.sentences[sent]
    opens = sent == 0 or doc.sentences[sent - 1].para != s.para
    rival = any(c.value == "competitor" for c in doc.cues_in("club_before", sent))
    return opens and rival and not s.heading and s.para not in para_people


def _names_someone(doc: Document, sent: int) -> bool:
    """A first and last name inside the sentence (two capitalised words that are no club or
    outlet): someone else the sentence is about ("insieme a quella di Jaka Bijol")."""
    s = doc.sentences[sent]
    toks = doc.tokens
    return any(
        toks[t].kind == "word" and toks[t].is_cap and toks[t + 1].kind == "word" and toks[t + 1].is_cap
        for t in range(s.tok_start + 1, s.tok_end - 1)
    )


def collect_mentions(
    doc: Document, players: list[Person], nicknames: dict[str, str] | None = None
) -> list[Mention]:
    """Named mentions of players, plus the sentences that refer back to the last one named.

    A sentence naming no player continues the story of the last one named: through a
    reference ("l'olandese", "lo segue") within the paragraph or the next one (counted from the
    last paragraph that named or referred to him), as a headline
    going on about its player, or as plain continuation of the same paragraph (which only
    lends its deal, stage and fee cues).
    """
    named = sorted(
        (
            Mention(pid, m.sent, m.first, m.last)
            for pid, p in enumerate(players)
            for m in p.mentions
            if not _former(doc, m.first)
        ),
        key=lambda m: m.first,
    )
    if nicknames:
        named = sorted([*named, *nickname_mentions(doc, players, nicknames)], key=lambda m: m.first)
    by_sent: dict[int, list[Mention]] = {}
    for m in named:
        by_sent.setdefault(m.sent, []).append(m)
    section_people: dict[int, set[int]] = {}  # section -> every player it names
    para_people: dict[int, set[int]] = {}  # paragraph -> every player it names
    for m in named:
        section_people.setdefault(doc.sentences[m.sent].section, set()).add(m.person)
        para_people.setdefault(doc.sentences[m.sent].para, set()).add(m.person)
    sole = len({m.person for m in named}) == 1
    opening: dict[int, int] = {}  # section -> its first paragraph of prose
    for sentence in doc.sentences:
        if not sentence.heading:
            opening.setdefault(sentence.section, sentence.para)
    out: list[Mention] = []
    last: Mention | None = None
    entry = False
    reached = -1  # the last paragraph that spoke of him, by name or by a reference
    sections_named: dict[int, set[int]] = {}  # section -> the players it has named so far
    for index, sentence in enumerate(doc.sentences):
        if index in by_sent:
            out.extend(by_sent[index])
            sections_named.setdefault(sentence.section, set()).update(m.person for m in by_sent[index])
            last = by_sent[index][-1]
            entry = _is_entry(doc, last)
            reached = sentence.para
            continue
        if entry and last is not None and doc.sentences[last.sent].para == sentence.para:
            out.append(Mention(last.person, index, sentence.tok_start, sentence.tok_start, "entry"))
            continue
        if last is None:
            continue
        before = doc.sentences[last.sent]
        if before.section != sentence.section:
            # A section that names no player ("La Juve osserva. ... Spalletti apprezza il classe
            # 2001") goes on about the article's player: only a description of him reaches it.
            # A section that names only him further on is his too ("La proposta della Roma. La
            # società ha aperto al rinnovo... gli agenti del giocatore... Lorenzo è...").
            # who the section names up to this paragraph: a man it turns to later ("tra i
            # profili valutati c'è Koni De Winter") leaves its opening about the last one
            his = sections_named.get(sentence.section, set()) | para_people.get(sentence.para, set())
            if his - {last.person} or sentence.heading or sentence.para > opening.get(sentence.section, -1):
                continue
            # In an article about one player, or a section about him, "lo segue" is him too.
            # Once a description there made it about him ("il centrocampista serbo"), the rest of
            # the paragraph's pronouns are his ("se i nerazzurri decidessero di esercitarlo").
            anaphors = [
                a for a in find_anaphors(doc, index) if a.nominal or sole or his or reached == sentence.para
            ]
            out.extend(Mention(last.person, index, a.tok, a.tok, "anaphor", a.club_tok) for a in anaphors)
            reached = sentence.para if anaphors else reached
            continue
        anaphors = find_anaphors(doc, index)
        if (
            before.heading
            and not before.title
            and sentence.para == opening.get(sentence.section)
            and section_people.get(sentence.section) == {last.person}
        ):
            # A sub-heading that names one player opens his section: "Mateta, la formula" over
            # "Secondo Sky Sport, i primi contatti tra il Milan e il club londinese..."
            start = sentence.tok_start
            found = anaphors or [Anaphor(start)]
            out.extend(Mention(last.person, index, a.tok, a.tok, "anaphor", a.club_tok) for a in found)
            reached = sentence.para
            continue
        same_para = before.para == sentence.para
        if not same_para and (before.heading or reached < sentence.para - 1):
            # A reference reaches back one paragraph of prose, not to the title; but "il
            # giocatore" can only be him while the section has named no one else.
            alone = sections_named.get(sentence.section, set()) == {last.person}
            anaphors = [a for a in anaphors if a.nominal] if alone and not before.heading else []
        start = sentence.tok_start
        if (
            not anaphors
            and sole
            and not same_para
            and not sentence.heading
            and reached < sentence.para
            and not _names_someone(doc, index)
        ):
            out.append(Mention(last.person, index, start, start, "anaphor"))
        elif not anaphors and same_para and sentence.heading and not _epithet(doc, index):
            # "Maignan e il rinnovo. Chelsea e Bayern alla finestra"
            out.append(Mention(last.person, index, start, start, "anaphor"))
        elif anaphors:
            out.extend(Mention(last.person, index, a.tok, a.tok, "anaphor", a.club_tok) for a in anaphors)
            reached = sentence.para  # "lo seguono", then "l'islandese" a paragraph later: still him
        elif (
            same_para
            or (reached == sentence.para - 1 and para_people.get(sentence.para) == {last.person})
            or (reached == sentence.para - 1 and _rival_opening(doc, index, para_people))
        ):
            # also a paragraph going on about him that names him only further on ("«L'Inter ci ha
            # fatto un'offerta da 30 milioni» ammette Cairo. [...] Altrimenti Bremer resta")
            out.append(Mention(last.person, index, start, start, "continuation"))
    return one_nationality(doc, out)
