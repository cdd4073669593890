"""Moves the article tells as history: a year told in a past tense ("nel 2023 aveva chiesto"), the
passato remoto, a perfect dated by its month or a "when" aside, a deal dated "del 2018", a sale a
sentence opens on. Each becomes a "past" cue, so that clubs in its phrase are background."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .phrases import Match
from .text import CLUB_KEY, SENTINEL

if TYPE_CHECKING:
    from .document import Document

__all__ = ["date_the_past"]

YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
RELATIVE_WORDS = frozenset({"che", "cui", "quale"})  # a remote past after them is an aside
PAST_AUXILIARIES = frozenset("aveva avevano era erano fu furono".split())
PERFECT_AUXILIARIES = frozenset({"ha", "hanno"})  # "ha firmato": a perfect, past only when dated
# A sale told as an absolute participle that opens the sentence ("Venduto Tonali al Newcastle,
# il Milan reinveste", "Salutato Retegui, ..."): done, the setting of the news, not the news.
SOLD_OPENINGS = frozenset("venduto venduta venduti ceduto ceduta ceduti salutato salutata".split())
PAST_ENDINGS = ("ò", "arono", "irono", "erono", "ettero")  # passato remoto: acquistò, passarono
REMOTE_PAST = frozenset(
    "fu furono ebbe ebbero permise decise scelse prese mise volle vollero disse convinse convinsero "
    "giunse giunsero raggiunse chiese chiesero rimase rimasero venne vennero fece fecero diede "
    "diedero propose proposero rispose risposero concluse accolse scelsero presero misero decisero "
    "permisero divenne vinse vinsero "
    # more irregulars, and the -ire verbs' "-ì" (a bare "-ì" ending also makes "lunedì", "così");
    # not the forms that are nouns or adjectives too ("le spese", "occasioni perse", "porte chiuse")
    "vide videro persero spesero seppe nacque crebbe ottenne ottennero tenne tennero chiusero "
    "vendette cedette ricevette dovette partì uscì finì preferì seguì riuscì aprì colpì sparì".split()
)
NOT_REMOTE = frozenset("può però ciò perciò giò".split())
# The narrative imperfect of history, in a sentence that names a year: "A metà gennaio del 2007 il
# Milan trovava l'accordo con il Real Madrid", "nel 2015 Milan e Atletico definivano lo scambio".
# Only verbs of a move: an ending alone also makes adjectives ("definitiva", "offensiva").
NARRATIVE_STEMS = (
    "trov", "defin", "firm", "ced", "acquist", "prend", "arriv", "part", "pass", "torn", "lasci",
    "ufficializz", "chiud", "pag", "vend", "scegli", "port", "accogli", "salut", "conclud",
)
IMPERFECT_ENDINGS = ("ava", "avano", "eva", "evano", "iva", "ivano")
PARTICIPLES = ("ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti", "ute")
SEASONS = frozenset(
    "estate inverno autunno primavera stagione gennaio febbraio giugno luglio agosto settembre".split()
)
# Deals that a year after "del" dates as done: "la rescissione unilaterale del 2018", "la cessione
# del 2019"; a loan's option ("il riscatto del 2026") may lie ahead, so it is not here.
DONE_DEALS = frozenset(
    "cessione acquisto trasferimento rescissione arrivo addio passaggio scambio approdo".split()
)


@lru_cache(maxsize=1 << 16)
def _imperfect(key: str) -> bool:
    """A verb in the imperfect ("trovava", "definivano"), the tense of a dated retrospective."""
    return key.startswith(NARRATIVE_STEMS) and any(
        key[: -len(end)] in NARRATIVE_STEMS for end in IMPERFECT_ENDINGS if key.endswith(end)
    )


@lru_cache(maxsize=1 << 16)
def _remote_past(key: str) -> bool:
    """A verb in the passato remoto, the tense of history, not of rumours ("acquistò", "furono")."""
    if key in REMOTE_PAST:
        return True
    return len(key) > 3 and key.endswith(PAST_ENDINGS) and key not in NOT_REMOTE and not key.endswith("rò")


def _dated_moves(doc: Document, distinct: set[str]) -> list[Match[str]]:
    """A move dated by its year in any tense: "il prolungamento firmato nel 2023", "la cessione
    di Tonali al Newcastle nel 2023". A participle or a club right before "nel 2023" tells a
    done deal; a future deal takes a month or "la prossima estate", not a bare year. A sentence
    that dates a move between two clubs ("dal Barcellona al PSG, 2017") is all history."""
    if not any(YEAR_RE.match(k) for k in distinct):
        return []
    keys, toks, key_tok = doc.keys, doc.tokens, doc.key_tok
    found = []
    for j in range(3, len(keys)):
        if not YEAR_RE.match(keys[j]):
            continue
        before = keys[j - 2]
        # "dal Real Madrid alla Juventus, estate 2018": a season word may stand before the year
        dated = keys[j - 1] in (",", "(") or (keys[j - 1] in SEASONS and keys[j - 2] in (",", "("))
        before = keys[j - 3] if keys[j - 1] in SEASONS else before
        if dated:
            if before == CLUB_KEY and CLUB_KEY in keys[max(j - 7, 0) : j - 2]:
                # a list of done deals: "NEYMAR – dal Barcellona al PSG, 2017: 222 milioni"
                doc.background_sents.add(toks[key_tok[j]].sent)
        elif keys[j - 1] == "in" and (
            before == CLUB_KEY or (before.endswith(PARTICIPLES) and toks[key_tok[j - 2]].text.islower())
        ):
            found.append(Match(j - 1, j + 1, "past"))  # "al Newcastle nel 2023", "firmato nel 2024"
        elif keys[j - 1] in SEASONS and keys[j - 3 : j - 1] == [CLUB_KEY, "in"]:
            found.append(Match(j - 2, j + 1, "past"))  # "di João Félix al Milan nel gennaio 2025"
        elif keys[j - 1] == "di" and not DONE_DEALS.isdisjoint(keys[max(j - 4, 0) : j - 1]):
            found.append(Match(j - 1, j + 1, "past"))  # "la rescissione unilaterale del 2018"
    return found


def _sold_openings(doc: Document) -> list[Match[str]]:
    """The sale a sentence opens on, before the name it sold: "Venduto Sandro Tonali al Newcastle"."""
    found = []
    for lo, hi in doc.sent_keys:
        if lo >= hi or doc.keys[lo] not in SOLD_OPENINGS:
            continue
        t = doc.key_tok[lo] + 1
        if t < len(doc.tokens) and doc.tokens[t].text[:1].isupper():
            found.append(Match(lo, lo + 1, "past"))
    return found


def _aside(keys: list[str], j: int) -> bool:
    """Key ``j`` is inside an aside that opens with a comma and a relative (", che a Wolfsburg
    era finito ai margini,") or a "when" (", quando la cessione di Retegui all'Al Qadsiah
    avevano tenuto banco"); "dopo che il quotidiano aveva parlato" is no aside."""
    for i in range(max(j - 4, 1), j):
        # ", che" or an apposition's ", il croato che": the clause describes him
        if keys[i] in RELATIVE_WORDS and "," in keys[max(i - 3, 0) : i]:
            return True
    return _when_aside(keys, j)


def _when_aside(keys: list[str], j: int) -> bool:
    """Key ``j`` follows ", quando" in its clause."""
    i = j - 1
    while i > 0 and keys[i] not in (",", ";", ":", "¶", "."):
        i -= 1
    return keys[i] == "," and keys[i + 1 : i + 2] == ["quando"]


# what "scorso/scorsa" dates to a window gone by: "la scorsa estate", "l'anno scorso" (not "nei
# giorni scorsi", which is this week's news)
GONE_BY = SEASONS | frozenset("anno mercato sessione ottobre novembre dicembre marzo aprile maggio".split())


def _last_season(keys: list[str], lo: int, hi: int) -> bool:
    """The sentence ``keys[lo:hi]`` names a window gone by ("La scorsa estate, ricorda il
    quotidiano, il Chelsea si era spinto fino a un'offerta"): its pluperfect is history."""
    for i in range(lo, hi):
        if keys[i] in ("scorsa", "scorso") and (keys[i - 1] in GONE_BY or keys[i + 1] in GONE_BY):
            return True
    return False


def _month_dated(keys: list[str], j: int) -> bool:
    """The perfect at key ``j`` ("ha firmato") has "a giugno" or "in autunno" right before it or
    right after its participle, in the same phrase."""
    before, after = keys[max(j - 3, 0) : j], keys[j + 2 : j + 5]
    for stop in (",", ";", ":", ".", SENTINEL):
        before = before[len(before) - before[::-1].index(stop) :] if stop in before else before
        after = after[: after.index(stop)] if stop in after else after
    return any(
        phrase[i] in ("a", "in") and phrase[i + 1] in SEASONS and phrase[i + 1] != "stagione"
        for phrase in (before, after)
        for i in range(len(phrase) - 1)
    )


def date_the_past(doc: Document) -> None:
    """ "Nel 2023 Juventus e Milan avevano chiesto informazioni": a year told in a past tense
    dates its phrase to the past, whatever the year (no list of years to keep up to date).

    The article's distinct keys tell at once which are past tenses; only the sentences with a
    past tense are read for years.
    """
    toks, key_tok, all_keys = doc.tokens, doc.key_tok, doc.keys
    distinct = set(all_keys)
    remote = set(filter(_remote_past, distinct))
    imperfect = set(filter(_imperfect, distinct))
    years = {k for k in distinct if YEAR_RE.match(k)} if imperfect else set()
    # only these keys can date a phrase: the loops below skip the rest of the article
    tenses = PAST_AUXILIARIES | PERFECT_AUXILIARIES | remote | imperfect | years
    found_at = [j for j, k in enumerate(all_keys) if k in tenses]
    # sentences naming a year, where an imperfect of a move is history
    dated = {toks[key_tok[j]].sent for j in found_at if all_keys[j] in years}
    past: set[int] = set()
    told: list[Match[str]] = []  # remote pasts inside a relative clause date that clause only
    for j in found_at:
        k, t = all_keys[j], key_tok[j]
        gone = k in PAST_AUXILIARIES and _last_season(all_keys, *doc.sent_keys[toks[t].sent])
        if k in PAST_AUXILIARIES and (gone or _aside(all_keys, j)):
            # "Pongračić, che a Wolfsburg era finito ai margini, sarà domani a Lecce": a pluperfect
            # aside tells his past, not the move
            told.append(Match(j, j + 1, "past"))
        nxt = all_keys[j + 1 : j + 2]
        perfect = k in PERFECT_AUXILIARIES and nxt and nxt[0].endswith(PARTICIPLES)
        if k in PAST_AUXILIARIES and nxt and nxt[0].endswith(PARTICIPLES) and _month_dated(all_keys, j):
            # "in estate il Chelsea aveva provato a portarlo": a pluperfect dated by its season
            told.append(Match(j, j + 2, "past"))
        if perfect and (_when_aside(all_keys, j) or _month_dated(all_keys, j)):
            # "Svincolato dall'estate, quando il City non gli ha rinnovato il contratto": a
            # perfect in a "when" aside tells what happened, not the move in the making; so does
            # a perfect dated by its month ("che a giugno ha firmato il rinnovo"): today's news
            # is told with "ieri" or "nelle ultime ore", not with the month it happened in
            told.append(Match(j, j + 2, "past"))
        narrative = k in imperfect and toks[t].sent in dated
        if not (k in remote or narrative) or not (toks[t].text.islower() or k in REMOTE_PAST):
            continue  # "Nicolò" is a name
        past.add(toks[t].sent)
        if RELATIVE_WORDS.isdisjoint(all_keys[max(j - 4, doc.sent_keys[toks[t].sent][0]) : j]):
            # "furono tra i primi acquisti", "nel 2023 permise al Napoli"
            doc.background_sents.add(toks[t].sent)
        else:
            # "Pjaca, che la Juventus acquistò due estati fa, ha detto sì alla Fiorentina"
            told.append(Match(j, j + 1, "past"))
    past.update(toks[key_tok[j]].sent for j in found_at if all_keys[j] in PAST_AUXILIARIES)
    found = []
    for index in sorted(past):
        lo, hi = doc.sent_keys[index]
        keys = all_keys[lo:hi]
        for j in range(1, len(keys)):
            if not YEAR_RE.match(keys[j]):
                continue
            if keys[j - 1] == "in":
                found.append(Match(lo + j - 1, lo + j + 1, "past"))
            elif j > 1 and keys[j - 2] == "in" and keys[j - 1] in SEASONS:
                found.append(Match(lo + j - 2, lo + j + 1, "past"))  # "nell'estate 2024 aveva perso"
    found += _dated_moves(doc, distinct) + told
    sold = _sold_openings(doc)  # "Salutato Retegui": the sale done, not his "saluta" of a move
    if sold:
        opened = {m.start for m in sold}
        doc.cues["move"] = [m for m in doc.cues.get("move", ()) if m.start not in opened] + sold
    if found:
        taken = {m.start for m in doc.cues.get("move", ())}
        moves = doc.cues.get("move", []) + [m for m in found if m.start not in taken]
        doc.cues["move"] = sorted(moves, key=lambda m: m.start)
