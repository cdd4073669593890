"""Every mention of each player through the article: his names, then the sentences that go on
about him without naming him (a reference, a continuation of his paragraph, a list entry he heads)."""

from __future__ import annotations

from .anaphora import Anaphor, epithet_heading, find_anaphors
from .clauses import clause_ids
from .clubcues import is_name_key
from .document import Document
from .identity import nickname_mentions, one_nationality
from .moves import Mention
from .people import Person
from .text import bare_lead
from .turns import answers, names_next, same_quote

__all__ = ["collect_mentions"]

# The departments of a squad a search is for: "Per l'attacco", "A centrocampo", "In porta".
DEPARTMENTS = frozenset(
    {"attacco", "difesa", "centrocampo", "porta", "fascia", "fasce", "mediana", "reparto"}
)
TOWARD = frozenset({"vicino", "vicinissimo", "verso", "direzione"})  # his own way to a club
# The teammates who keep a player out ("chiuso dall'arrivo di Boateng", "dalla concorrenza di").
BLOCKED_BY = (["da", "arrivo", "di"], ["da", "presenza", "di"], ["da", "concorrenza", "di"])
# A deal the club has already done, named on the way to the story: "L'Al Hilal, dopo aver preso
# Milinković-Savić, aveva messo sul tavolo 120 milioni per il centravanti nigeriano".
EXITS_MADE = [[noun, "di"] for noun in "addio addii partenza partenze cessione cessioni".split()]
DONE_BEFORE = frozenset("preso acquistato ceduto venduto ingaggiato prelevato perso salutato".split())


def _described_before(doc: Document, sent: int, names: list[Mention], last: Mention | None) -> list[Mention]:
    """ "L'Atalanta ha messo sul piatto 25 milioni per il difensore, ma Cairo: «Alessandro non si
    vende»": a description of the player just named, in a clause before the one that names him
    again, is read for its own clause."""
    if last is None or any(m.person != last.person for m in names) or doc.sentences[sent].heading:
        return []
    clauses = clause_ids(doc, sent)
    base = doc.sentences[sent].tok_start
    named = {clauses[m.first - base] for m in names}
    return [
        Mention(last.person, sent, a.tok, a.tok, "anaphor", a.club_tok)
        for a in find_anaphors(doc, sent)
        if a.nominal and a.tok < names[0].first and clauses[a.tok - base] not in named
    ]


def _is_entry(doc: Document, m: Mention) -> bool:
    """A sentence that is only a player's name, maybe after a label or with his club in brackets:
    "SALE - Randal Kolo Muani.", "Diego Godín (Atletico Madrid)." heads a list entry, and the
    rest of its paragraph is about him."""
    s = doc.sentences[m.sent]
    if s.heading:
        return False
    toks, dash = doc.tokens, m.last + 1  # "Stevan Jovetić ↑↑ – Manca la firma.": a borsino's entry
    if dash < s.tok_end and toks[dash].text in ("–", "—", "-") and toks[dash].start > toks[m.last].end:
        return bare_lead(toks[s.tok_start : m.first])  # a spaced dash ("Zaniolo-Juve" is a pair)
    rest = [t for t in range(s.tok_start, s.tok_end) if not m.first <= t <= m.last]
    return all(
        doc.tokens[t].kind == "punct"
        or doc.tokens[t].text.isupper()
        or (doc.tokens[t].kind == "club" and doc.tokens[t - 1].text == "(")  # "Godín (Atletico Madrid)."
        for t in rest
    )


def _in_entry(doc: Document, head: Mention, index: int, para_people: dict[int, set[int]]) -> bool:
    """A sentence of the entry ``head`` opens: the rest of its paragraph, and the next paragraph
    when the name closes its own ("Il nome? Stanislav Lobotka." then "Secondo Il Mattino, il
    Napoli ha presentato un'offerta...") and that paragraph names no player of its own."""
    para, sentence = doc.sentences[head.sent].para, doc.sentences[index]
    if sentence.para == para:
        return True
    closes = head.sent + 1 == index and not sentence.heading
    return closes and sentence.para == para + 1 and not para_people.get(sentence.para)


def _former(doc: Document, first: int) -> bool:
    """ "Dove gioca l'ex azzurro Victor Osimhen": a name given as a former player of a club, or as
    the man a move replaces, is an aside, not the story; the sentence goes on with its player."""
    k = doc.tok_key[first]
    if k > 1 and doc.keys[k - 2 : k] == ["ex", "§club"]:
        return True
    if k > 2 and doc.keys[k - 3 : k] in BLOCKED_BY:
        return True  # "chiuso dall'arrivo di Boateng e dalla presenza di Ribéry": his rivals in the squad
    done = doc.keys[k - 3 : k - 1] in (["dopo", "aver"], ["dopo", "avere"])
    if k > 2 and done and doc.keys[k - 1] in DONE_BEFORE:
        return True  # "dopo aver preso Milinković-Savić": a deal the club has already done
    j = k - 1
    while j > 0 and (doc.keys[j] in ("e", ",") or is_name_key(doc, j)):
        j -= 1  # back over the names listed with him: "chiuso da Santiago Castro e Ciro Immobile"
    if doc.keys[j] == "da" and not {"chiuso", "chiusa"}.isdisjoint(doc.keys[max(j - 4, 0) : j]):
        return True  # "chiuso da Castro", "chiuso sulla fascia da Mohamed Salah": his rival in the squad
    if doc.keys[j - 2] == "dopo" and doc.keys[j - 1 : j + 1] in EXITS_MADE:
        return True  # "dopo gli addii di Buongiorno e Bellanova": exits made, not the story
    # "il nome per sostituire Bremer è quello di Schuurs": the man to replace is not the move,
    # unless an apposition tells his own ("per sostituire Koopmeiners, sempre più vicino alla Juventus")
    measure = doc.ending_at("player").get(k - 1) if k > 0 else None
    return measure is not None and measure.value == "incumbent" and not _on_his_way(doc, k)


def _on_his_way(doc: Document, k: int) -> bool:
    """An apposition after the name at key ``k`` that sends him to a club: ", vicino alla Juventus"."""
    while k < len(doc.keys) and is_name_key(doc, k):
        k += 1
    window = doc.keys[k : k + 6]
    return window[:1] == [","] and "§club" in window and bool(TOWARD.intersection(window))


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


def _turns_to_department(doc: Document, sent: int) -> bool:
    """A headline part opening on another department of the squad ("Per l'attacco offerta alla
    Pro Patria", "In difesa spunta..."): a new search, not more on the player named before it."""
    lo = doc.sent_keys[sent][0]
    return (
        doc.keys[lo : lo + 1] in (["per"], ["in"], ["a"])
        and doc.keys[lo + 1 : lo + 2] != []
        and (doc.keys[lo + 1] in DEPARTMENTS)
    )


def collect_mentions(
    doc: Document,
    players: list[Person],
    nicknames: dict[str, str] | None = None,
    strangers: set[int] | None = None,
) -> list[Mention]:
    """Named mentions of players, plus the sentences that refer back to the last one named.

    ``strangers`` holds the sentences that open on a man of no known role who is not taken for
    a player: a paragraph opening so is about him, not about the last player named.

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
            out.extend(_described_before(doc, index, by_sent[index], last))
            out.extend(by_sent[index])
            out.extend(_referred_after(doc, index, by_sent[index]))
            sections_named.setdefault(sentence.section, set()).update(m.person for m in by_sent[index])
            last = by_sent[index][-1]
            entry = _is_entry(doc, last)
            reached = sentence.para
            continue
        if entry and last is not None and _in_entry(doc, last, index, para_people):
            out.append(Mention(last.person, index, sentence.tok_start, sentence.tok_start, "entry"))
            continue
        if last is None:
            continue
        before = doc.sentences[last.sent]
        if index in (strangers or ()) and before.para != sentence.para:
            # "Leonardo Pavoletti, invece, a Napoli c'è già: gli azzurri lo hanno preso": a
            # paragraph opening on another man is his, whatever the text makes of him
            last = None
            continue
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
        if names_next(doc, index, by_sent, last.person):  # "chiuso per il centravanti. Krstović arriva"
            anaphors = [a for a in anaphors if not a.nominal or a.tok < sentence.tok_end - 3]
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
        elif (
            not anaphors
            and same_para
            and sentence.heading
            and not epithet_heading(doc, index)
            and not _turns_to_department(doc, index)
        ):
            # "Maignan e il rinnovo. Chelsea e Bayern alla finestra"
            out.append(Mention(last.person, index, start, start, "anaphor"))
        elif anaphors:
            out.extend(Mention(last.person, index, a.tok, a.tok, "anaphor", a.club_tok) for a in anaphors)
            reached = sentence.para  # "lo seguono", then "l'islandese" a paragraph later: still him
        elif (
            same_para
            or reached == sentence.para  # the paragraph a reference has made his
            or (reached == sentence.para - 1 and para_people.get(sentence.para) == {last.person})
            or (reached == sentence.para - 1 and _rival_opening(doc, index, para_people))
            or answers(doc, index, last)
        ):
            # also a paragraph going on about him that names him only further on ("«L'Inter ci ha
            # fatto un'offerta da 30 milioni» ammette Cairo. [...] Altrimenti Bremer resta")
            quoted = answers(doc, index, last) or same_quote(doc, index, last)
            kind = "anaphor" if quoted else "continuation"
            out.append(Mention(last.person, index, start, start, kind))
    return one_nationality(doc, out)


def _referred_after(doc: Document, index: int, here: list[Mention]) -> list[Mention]:
    """A clause after the one naming the sentence's only player that refers back to him ("Per
    Seydou Doumbia il ritorno in Russia è un'ipotesi concreta: il CSKA vorrebbe riportarlo"):
    what that clause says of a club is said of him."""
    if len({m.person for m in here}) != 1:
        return []
    clause_of, base = clause_ids(doc, index), doc.sentences[index].tok_start
    named = {clause_of[m.first - base] for m in here}
    last = max(m.last for m in here)
    if clause_of[-1] in named:
        return []  # no clause of its own after his: nothing to look for (and anaphors cost)
    return [
        Mention(here[0].person, index, a.tok, a.tok, "anaphor", a.club_tok)
        for a in find_anaphors(doc, index)
        if a.tok > last and clause_of[a.tok - base] not in named and not a.nominal
    ]
