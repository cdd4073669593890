"""How each club mention relates to a move: buyer, seller, own club, background... and clauses."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .clubs import CLUB_KEY
from .document import Document
from .phrases import Match
from .shirts import demonym as _demonym
from .shirts import shirt_before_name as _shirt_before_name
from .shirts import tight_dash as _tight_dash

__all__ = ["ClubRef", "clause_ids", "club_refs", "comma_segments", "subject_relation"]

# Words that may stand between a cue and the club it governs ("piace anche al Milan").
BEFORE_FILLERS = frozenset(
    "anche molto pure già proprio sempre ora soprattutto più tanto particolarmente forte "
    "a di da in con su per dirigenza società tempo parecchio".split()
)
# Words between a subject club and its verb ("il Milan ora è sulle tracce di").
AFTER_FILLERS = frozenset(
    "è ha sta sono hanno stanno aveva avevano era erano ora già anche sembra sembrano starebbe "
    "sarebbe avrebbe avrebbero ci si intanto oggi adesso infatti quindi però poi sempre ancora davvero "
    "seriamente concretamente fortemente invece dal canto suo praticamente ormai quasi virtualmente "
    "finalmente definitivamente ufficialmente potrebbe potrebbero vorrebbe vorrebbero intende "
    "intendono dovrebbe dovrebbero può possono deve devono".split()
)
# Verbs of aspect before "a" + the verb that says what the club does ("il Milan continua a
# seguirlo", "la Roma torna a pensare a"): they carry no relation of their own.
ASPECT = frozenset("continua continuano torna tornano insiste insistono limitato limitata limitati".split())
ASKING = ("chied", "chiest", "valut", "vuol", "pretend", "fiss", "spar")  # verbs of a seller's price
ASKED = ("informazion", "offert", "offr", "propost", "propon", "richiest", "chiest")
# "ha offerto 8 milioni alla Fiorentina", "ha formalizzato al Manchester United la richiesta"
OFFER = ("offert", "offr", "propost", "propon", "formalizz", "inoltr", "recapit")
AMOUNT_WORDS = frozenset(
    "dieci quindici venti trenta quaranta cinquanta sessanta settanta ottanta cento".split()
)
# Verbs that would bring a player somewhere: the club after his name is where he would go, also
# as colours ("un'operazione che porterebbe Pellegrini in rossonero"); "ha portato" is history.
BRINGING = ("portare", "porterebbe", "porterà", "porterebbero", "riportare", "riporterebbe", "riporterà")
# Words that open an aside between a club and its verb: a relative clause ("il Galatasaray,
# dove gioca Osimhen, ha avviato") or a credit ("il Milan, riferisce Schira, ha presentato").
RELATIVES = frozenset(
    "dove che cui il la riferisce riferiscono scrive riporta secondo spiega racconta rivela aggiunge".split()
)
YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
# Words before "in prestito al Cagliari" that make it his present loan, not a move.
ON_LOAN_BEFORE = frozenset({",", "(", "è", "attualmente", "ora", "già", "gioca", "sta", "oggi", "ma", "e"})
LOCATIVE_VERBS = frozenset({"è", "sta", "gioca", "trova", "ha", "non", "resta", "vive"})
PASSIVE_AUX = frozenset({"è", "era", "sarà", "sarebbe", "viene", "stato"})
PAST_BEFORE, PAST_AFTER = 7, 5  # keys between a past-time phrase and the club it dates
ROLE_CONTEXT = frozenset({"coach", "director", "president", "agent", "journalist"})


@dataclass(slots=True)
class ClubRef:
    """A club token and what the words around it say about it.

    ``relation`` is one of: to (buyer or destination), competitor (another buyer),
    counterpart (the other side of a talk), from (present club, seller), own (keeps or
    renews), genitive (a bare del/dal: belongs to whatever it hangs on), background (past
    moves, matches, "ex"), role (the club of a coach or director), topic ("in casa Milan"),
    neutral (nothing said).
    """

    tok: int
    key: int
    name: str
    sent: int
    relation: str
    clause: int = 0
    segment: int = 0


def clause_ids(doc: Document, sent: int) -> list[int]:
    """Clause number of each token of a sentence; "ma", "mentre", ";" start a new clause.

    Memoised on the document: anaphora, club relations and the extractor all ask for the same
    sentences, and recomputing them per caller was a measurable share of the time.
    """
    memo = doc.clause_memo
    found = memo.get(sent)
    if found is None:
        found = memo[sent] = _clause_ids(doc, sent)
    return found


def _clause_ids(doc: Document, sent: int) -> list[int]:
    s = doc.sentences[sent]
    breaks = {doc.key_tok[m.start] for m in doc.cues_in("clause", sent)}
    # In a headline a comma before a new subject club starts a clause: "Juve, il City torna su X".
    # So does a comma before a new name once the clause has a name and a club: "Gila verso il
    # Milan, Frattesi-Napoli si chiude".
    # And a comma before a new deal noun once the clause has a name and a club: "il Milan chiede
    # Füllkrug, scambio Pierotti-Bernabé" (the verb's object does not reach the next item).
    opens = {doc.key_tok[c.start] for kind in ("deal", "stage") for c in doc.cues_in(kind, sent)}
    seen_club = seen_name = seen_person = False
    for t in range(s.tok_start, s.tok_end - 1 if s.heading else s.tok_start):
        tok = doc.tokens[t]
        seen_club = seen_club or tok.kind == "club"
        seen_name = seen_name or (tok.is_cap and t > s.tok_start)
        seen_person = seen_person or (tok.is_cap and tok.kind != "club" and t > s.tok_start)
        if tok.text == "," and doc.tok_key[t] >= 0:
            nxt = doc.keys[doc.tok_key[t] + 1]
            after = doc.tokens[t + 1]
            fresh = (after.is_cap and not after.text.isupper()) or (seen_person and t + 1 in opens)
            if nxt == CLUB_KEY or (seen_club and seen_name and fresh):
                breaks.add(t)
                seen_club = seen_name = seen_person = False
    ids, current = [], 0
    for t in range(s.tok_start, s.tok_end):
        if t in breaks or doc.tokens[t].text == ";":
            current += 1
        ids.append(current)
    return ids


def comma_segments(doc: Document, sent: int) -> list[int]:
    """Segment number of each token of a sentence, counting commas, colons and dashes.

    Memoised on the document like ``clause_ids``: the extractor and ``club_refs`` both ask for
    every sentence.
    """
    memo = doc.segment_memo
    found = memo.get(sent)
    if found is None:
        s = doc.sentences[sent]
        found, current = [], 0
        for tok in doc.tokens[s.tok_start : s.tok_end]:
            if tok.text in {",", ";", ":", "(", ")", "–", "—"}:  # compiled to a frozenset constant
                current += 1
            found.append(current)
        memo[sent] = found
    return found


def club_refs(doc: Document, sent: int) -> list[ClubRef]:
    """Every club of sentence ``sent`` with its relation read from the words around it."""
    s = doc.sentences[sent]
    clauses = clause_ids(doc, sent)
    segments = comma_segments(doc, sent)
    past = [m for m in doc.cues_in("move", sent) if m.value == "past"]
    refs: list[ClubRef] = []
    for t in range(s.tok_start, s.tok_end):
        tok = doc.tokens[t]
        if tok.kind != "club":
            continue
        k = doc.tok_key[t]
        relation = _relation(doc, k)
        seg = segments[t - s.tok_start]
        if relation not in ("own", "role") and (
            sent in doc.past_sents or any(_near_past(m, k, seg, doc, segments, s.tok_start) for m in past)
        ):
            relation = "background"
        if relation == "and":
            relation = refs[-1].relation if refs and refs[-1].key in (k - 2, k - 3) else "neutral"
        relation = refs[-1].relation if relation == "neutral" and refs and _gapped(doc.keys, k) else relation
        refs.append(ClubRef(t, k, tok.ref.name, sent, relation, clauses[t - s.tok_start], seg))
    return refs


def _near_past(match: Match[str], k: int, seg: int, doc: Document, segments: list[int], base: int) -> bool:
    """A past-time phrase close to the club in the same phrase: "lo scorso anno in prestito al
    Genoa", "riscattato in estate dal Milan", "arrivato dal Brighton la scorsa estate"."""
    last = doc.key_tok[match.end - 1]
    if last < 0 or segments[last - base] != seg:
        return False
    return 0 < k - match.end + 1 <= PAST_BEFORE or 0 < match.start - k <= PAST_AFTER


def _relation(doc: Document, k: int) -> str:
    """The relation of the club at key ``k``, most specific evidence first: a role noun, fixed
    constructions around the club (money, "con", a name right before), then the cue phrases
    before it, then after it (the club as subject), and last coordination with the club before."""
    keys = doc.keys
    # A role noun right before: "l'ex allenatore della Juventus", "il ds del Milan".
    for back in (1, 2):
        role = doc.ending_at("role").get(k - back)
        if role is not None and role.value in ROLE_CONTEXT and (back == 1 or keys[k - 1] == "di"):
            wants = doc.ending_at("club_before").get(role.start - 1)
            if wants is not None and wants.value == "to":
                return "to"  # "piace al direttore sportivo azzurro": his club wants the player
            return "role"
    if _demonym(doc, k):
        return "background"  # "il friulano è un titolare del Tottenham": where he was born
    if _shirt_before_name(doc, k):
        return "from"  # "il bianconero McKennie", "l'azzurro Politano": the club he plays for
    if keys[k - 1] == "da" and keys[k - 3 : k - 1] == ["a", CLUB_KEY]:
        return "from"  # "offerto al Milan dal Manchester United": the passive agent is the seller
    if keys[k - 2 : k] == ["in", "casa"]:
        return "topic"
    if keys[k - 2 : k] == [CLUB_KEY, "con"]:
        return "counterpart"  # "sondaggio del Pisa con la Lazio"
    if keys[k - 1] == "a" and keys[k + 1 : k + 2] != ["per"] and _amount_follows(keys, k + 1):
        return "from"  # "al Lecce 25 milioni": the money goes to the seller ("al Napoli per 30": the buyer)
    offer = next((j for j in range(k - 1, max(k - 6, 0) - 1, -1) if keys[j].startswith(OFFER)), -1)
    if keys[k - 1] == "a" and offer >= 0:
        if keys[offer - 1] in PASSIVE_AUX or keys[offer - 2 : offer] == ["è", "stato"]:
            return "to"  # "Brunori è stato proposto alla Sampdoria": offered to a buyer
        return "counterpart"  # "un'offerta da 25 milioni all'Inter": the club asked to sell
    if keys[k - 3 : k] == ["in", "prestito", "a"] and keys[k - 4] in ON_LOAN_BEFORE:
        return "from"  # ", in prestito al Cagliari,": where he plays on loan now, not where he goes
    if keys[k - 4 : k] == ["è", "un", "giocatore", "di"] and _told_official(doc, doc.key_tok[k]):
        return "to"  # "UFFICIALE – Guendouzi è un giocatore del Fenerbahçe": his new club
    named = doc.key_tok[k - 2] >= 0 and doc.tokens[doc.key_tok[k - 2]].is_cap
    brought = any(key in BRINGING for key in keys[max(k - 8, 0) : k - 2])
    if keys[k - 1] in ("a", "in") and named and brought:
        return "to"  # "porterebbe Lorenzo Pellegrini in rossonero", "riportare Dybala al Boca"
    if (
        (keys[k - 1] == "a" or _tight_dash(doc, k - 1))
        and doc.key_tok[k - 2] >= 0
        and doc.tokens[doc.key_tok[k - 2]].is_cap
    ):
        if keys[k - 1] == "a" and any(key.startswith(ASKED) for key in keys[max(k - 9, 0) : k - 2]):
            return "counterpart"  # "informazioni per Koopmeiners all'Atalanta": asked of the seller
        return "to"  # "Lobotka al Galatasaray?", "Gila-Milan": a name, then where he goes
    player_noun = doc.ending_at("role").get(k - 1)
    if (
        player_noun is not None
        and player_noun.value == "player"
        and keys[k - 1] != "ex"  # "l'ex Red Devils": the club he left
        and doc.tokens[doc.key_tok[k]].ref.nickname
    ):
        return "from"  # "il capitano biancoceleste", "il centrocampista nerazzurro": his shirt
    before = _before(doc, k)
    if before is not None and before != "genitive":
        return before
    if keys[k - 1] == "in" and doc.tokens[doc.key_tok[k]].ref.nickname:
        return "from"  # "poco impiegato in biancoceleste", "resterà in gialloblù": his shirt
    after = _after(doc, k)
    if after is not None:
        return after
    if keys[k - 1] == "a" and before is None and keys[k + 1 : k + 2] and keys[k + 1] in LOCATIVE_VERBS:
        return "from"  # "Gallagher, 25 anni, all'Atletico è chiuso": where he plays now
    if keys[k - 2 : k] in ([CLUB_KEY, "e"], [CLUB_KEY, "o"], [CLUB_KEY, ","]) or (
        keys[k - 3 : k - 1] == [CLUB_KEY, "e"] and keys[k - 1] in ("a", "di", "da", "con", "su", "per", "in")
    ):
        return "and"  # "tra i rossoneri e il Genoa", "con Atletico, Milan e Galatasaray": as the club before
    return before or "neutral"


def _told_official(doc: Document, tok: int) -> bool:
    """An announcement in the title, the sentence or the next one ("Lo ha annunciato il club")."""
    sent = doc.tokens[tok].sent
    near = [s for s in {0, sent, sent + 1} if s < len(doc.sentences)]
    return any(c.value == "official" for s in near for c in doc.cues_in("stage", s))


def _gapped(keys: list[str], k: int) -> bool:
    """ ", l'Udinese 20 per Kristensen": a roundup clause sharing the previous clause's verb."""
    nxt = keys[k + 1] if k + 1 < len(keys) else ""
    return keys[k - 1] == "," and nxt[:1].isdigit() and "per" in keys[k + 2 : k + 4]


def _amount_follows(keys: list[str], j: int) -> bool:
    """A sum of money within two words: "chiede almeno 40 milioni", "25 milioni più bonus"."""
    return any(
        (key[:1].isdigit() and not YEAR_RE.match(key)) or key in AMOUNT_WORDS for key in keys[j : j + 3]
    )  # "fino al 2029" is a year, not a sum


def _before(doc: Document, k: int) -> str | None:
    """Relation read from the words before the club.

    A bare "del" (genitive) may hang on a cue a word or two further back: "la concorrenza
    propria dell'Inter", "l'offerta concreta del Milan".
    """
    ends = doc.ending_at("club_before")
    genitive, free_words = False, 1
    for back in range(1, 7):
        match = ends.get(k - back)
        if match is not None:
            lead = doc.keys[match.start - 4 : match.start]
            also = [j for j, w in enumerate(lead) if w in ("anche", "pure")]
            if also and "di" not in lead[also[-1] :]:
                # "c'è anche il forte interesse del Manchester United"; not "parla anche
                # dell'interesse del Lione", where "anche" goes with the verb
                return "competitor"
            if match.value != "genitive":
                return match.value
            if back > 1:
                break
            genitive = True
            continue
        key = doc.keys[k - back]
        if key in BEFORE_FILLERS:
            continue
        if genitive and free_words and key.isalpha():
            free_words -= 1
            continue
        break
    return "genitive" if genitive else None


def subject_relation(doc: Document, k: int) -> str | None:
    """What the words after key ``k`` say its subject does, as for a club there ("Vagnati ha
    avviato i contatti": to); None when they say nothing of the market."""
    return _after(doc, k)


def _after(doc: Document, k: int) -> str | None:
    keys, starts = doc.keys, doc.starting_at("club_after")
    j = k + 1
    while (
        j < k + 4
        and j < len(keys)
        and doc.key_tok[j] >= 0
        and (doc.tokens[doc.key_tok[j]].is_cap or keys[j].isdigit())
    ):
        j += 1  # "il Torino Football Club comunica", "il Bologna FC 1909 ha acquisito"
    # Coordinated subjects share the verb: "Milan e Inter pensano a Gila".
    while keys[j : j + 2] in (["e", CLUB_KEY], ["o", CLUB_KEY]):
        j += 2
    # A relative clause between subject and verb: "il Galatasaray, dove gioca Osimhen, ha avviato"
    if keys[j : j + 1] == [","] and keys[j + 1 : j + 2] and keys[j + 1] in RELATIVES:
        close = next((x for x in range(j + 2, min(j + 16, len(keys))) if keys[x] == ","), -1)
        if close > 0:
            j = close + 1
    for _ in range(6):
        if j >= len(keys):
            return None
        match = starts.get(j)
        if match is not None:
            if keys[j - 1] in PASSIVE_AUX and keys[match.end : match.end + 1] == ["da"]:
                return None  # "all'Atletico è chiuso da una concorrenza": he is, not the club
            if (
                match.value == "to"
                and keys[match.start].startswith(ASKING)
                and _amount_follows(keys, match.end)
            ):
                return "from"  # "la Roma chiede almeno 40 milioni": an asking price
            return match.value
        # "il Milan per ora prende tempo", "il Milan continua a seguirlo"
        if keys[j : j + 2] == ["per", "ora"] or (keys[j] in ASPECT and keys[j + 1 : j + 2] == ["a"]):
            j += 1
        elif keys[j] not in AFTER_FILLERS:
            return None
        j += 1
    return None
