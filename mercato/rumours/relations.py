"""How each club mention relates to a move: buyer, seller, own club, background..."""

from __future__ import annotations

from dataclasses import dataclass

from .clauses import clause_ids, comma_segments
from .clubcues import (
    PASSIVE_AUX,
    SUM_WORDS,
    amount_follows,
    cue_after,
    cue_before,
    is_name_key,
    owns_his_card,
)
from .clubs import CLUB_KEY
from .clubwords import (
    ARTICLES,
    OFFER,
    arrival_of_name,
    brought,
    contract_follows,
    describes_a_player,
    gapped,
    offer_follows,
    opens,
    this_sentence,
    told_official,
)
from .document import Document
from .leads import door, his_lead
from .nameguards import LEADS
from .phrases import Match
from .shirts import demonym as _demonym
from .shirts import shirt_before_name as _shirt_before_name
from .shirts import shirt_put_on
from .shirts import tight_dash as _tight_dash

__all__ = ["ClubRef", "club_refs"]

ASKED = ("informazion", "offert", "offr", "propost", "propon", "richiest", "chiest", "chied")
# "ha offerto 8 milioni alla Fiorentina", "ha formalizzato al Manchester United la richiesta",
# "Faggiano chiede Bastoni all'Inter"
SOUNDED = frozenset("sondato sonda sondano sondare".split())  # a club sounded out for a player
# Verbs that would bring a player somewhere: the club after his name is where he would go, also
# as colours ("un'operazione che porterebbe Pellegrini in rossonero"); "ha portato" is history.
BRINGING = ("portare", "porterebbe", "porterà", "porterebbero", "riportare", "riporterebbe", "riporterà")
# Words before "in prestito al Cagliari" that make it his present loan, not a move.
ON_LOAN_BEFORE = frozenset({",", "(", "è", "attualmente", "ora", "già", "gioca", "sta", "oggi", "ma", "e"})
NEW = frozenset({"nuovo", "nuova", "nuovi", "nuove"})
NOW_HIS = (  # "è ormai un giocatore del Milan", "è di nuovo un giocatore della Juventus"
    ["è", "ormai"], ["è", "già"], ["è", "ufficialmente"], ["è", "finalmente"],
    ["di", "nuovo"], ["è", "nuovamente"],
)
NOW_HIS_A = [[*now, "un"] for now in NOW_HIS]
LOCATIVE_VERBS = frozenset({"è", "sta", "gioca", "trova", "ha", "non", "resta", "vive"})
WOMEN = frozenset({"women", "femminile", "woman"})
# A price put by the club named right after ("la richiesta viola di 25 milioni"): the seller's.
PRICE_NOUNS = frozenset({"richiesta", "pretesa", "valutazione", "quotazione"})
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


def club_refs(doc: Document, sent: int) -> list[ClubRef]:
    """Every club of sentence ``sent`` with its relation read from the words around it."""
    s = doc.sentences[sent]
    clauses = clause_ids(doc, sent)
    segments = comma_segments(doc, sent)
    past = [m for m in doc.cues_in("move", sent) if m.value == "past"]
    # "c'era stato un sondaggio del Fenerbahce, che però si è tirato indietro": a past approach
    # the sentence says has ended is a move that collapsed, not history
    ended = past and any(
        c.value == "collapsed" and not any(m.start <= c.start < m.end for m in past)
        for c in doc.cues_in("stage", sent)
    )
    refs: list[ClubRef] = []
    for t in range(s.tok_start, s.tok_end):
        tok = doc.tokens[t]
        if tok.kind != "club":
            continue
        k = doc.tok_key[t]
        relation = _relation(doc, k)
        seg = segments[t - s.tok_start]
        # "rientrato al Chelsea dopo il prestito": a return told in the past, to where he is now
        home = relation == "from" and doc.keys[k - 1] in ("a", "in") and doc.keys[k - 2].startswith("rientr")
        if relation not in ("own", "role") and not home and (
            sent in doc.background_sents
            or (not (ended and relation in ("to", "competitor")) and any(
                _near_past(m, k, seg, doc, segments, s.tok_start) for m in past
            ))
        ):
            relation = "background"
        if relation == "and":
            relation = refs[-1].relation if refs and refs[-1].key in (k - 2, k - 3) else "neutral"
        relation = refs[-1].relation if relation == "neutral" and refs and gapped(doc.keys, k) else relation
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
            acting = back == 1 and role.value == "director" and cue_after(doc, k) == "to"
            if acting and doc.tokens[doc.key_tok[k]].ref.nickname:
                return "to"  # "il direttore generale viola ha proposto agli andalusi": his club buys
            return "role"
    nxt = doc.key_tok[k] + 1
    if nxt < len(doc.tokens) and doc.tokens[nxt].low in WOMEN:
        return "background"  # "Juventus Women": the women's team, outside this extractor's scope
    if _demonym(doc, k):
        return "background"  # "il friulano è un titolare del Tottenham": where he was born
    if _shirt_before_name(doc, k):
        return "from"  # "il bianconero McKennie", "l'azzurro Politano": the club he plays for
    if keys[k - 1] == "da" and keys[k - 3 : k - 1] == ["a", CLUB_KEY]:
        return "from"  # "offerto al Milan dal Manchester United": the passive agent is the seller
    if keys[k - 2 : k] == ["in", "casa"]:
        return "topic"
    if keys[k - 1] == "a" and keys[k - 2] in LEADS and not door(doc, k - 2):
        if his_lead(doc, k):
            return "to"  # "attorno a lui le voci non si spengono. L'ultima porta a Napoli": where he may go
        return "from"  # "la pista porta a Napoli", "il piano B porta a Verona": where the target plays
    if keys[k - 1] == "da" and keys[k - 2] in ("¶", ".") and arrival_of_name(doc, k):
        return "from"  # "Dalla Juventus, intanto, arriva Marko Pjaca": where he comes from
    if keys[k - 1] == "a" and keys[k - 2] in ("¶", ".") and keys[k + 1 : k + 2] == [CLUB_KEY]:
        return "from"  # "All'Inter il Tottenham aveva provato a sondare Lautaro": where he plays
    if keys[k - 1] == "con" and contract_follows(doc, k):
        return "from"  # "che con il Borussia Mönchengladbach ha il contratto in scadenza": his club
    if keys[k - 2 : k] == [CLUB_KEY, "con"]:
        return "counterpart"  # "sondaggio del Pisa con la Lazio"
    if keys[k - 1] in SOUNDED and keys[k + 1 : k + 2] == ["per"]:
        return "counterpart"  # "il club ha sondato la Lazio per Mario Gila": asked to sell
    if keys[k - 3 : k] in (["tra", CLUB_KEY, "e"], ["fra", CLUB_KEY, "e"]):
        return "counterpart"  # "Tra Juventus e Roma i contatti...": the two sides, whatever follows
    if keys[k - 1] == "a" and keys[k - 2] == "," and keys[k + 1 : k + 2] == [")"]:
        return "to"  # a list line's "- Jordan Veretout (centrocampista, alla Roma):" where he goes
    if keys[k - 1] == "a" and keys[k + 1 : k + 2] not in (["per"], [":"]) and amount_follows(keys, k + 1):
        # "al Lecce 25 milioni": the money goes to the seller ("al Napoli per 30": the buyer;
        # "vola alla Sampdoria: 2,5 milioni": a headline's colon opens the terms of the move)
        return "from"
    to_club = 2 if keys[k - 2 : k] == ["a", "club"] else 1 if keys[k - 1] == "a" else 0
    if to_club and keys[k - to_club - 1] in SUM_WORDS:
        return "from"  # "15 milioni più 3 di bonus al club giallorosso": paid to the seller
    # not "...senza presentare un'offerta. Ai Blues piace anche Rugani": another sentence
    window = this_sentence(doc, k, k - 5, k)
    hits = [j for j, key in enumerate(window) if key.startswith(OFFER)]
    offer = k - len(window) + hits[-1] if hits else -1
    if keys[k - 1] == "a" and offer >= 0:
        if keys[offer - 1] in PASSIVE_AUX or keys[offer - 2 : offer] == ["è", "stato"]:
            return "to"  # "Brunori è stato proposto alla Sampdoria": offered to a buyer
        return "counterpart"  # "un'offerta da 25 milioni all'Inter": the club asked to sell
    if keys[k - 1] == "a" and offer_follows(keys, k + 1):
        return "counterpart"  # "all'Inter sarebbe stata presentata un'offerta": asked to sell
    if keys[k - 2 : k] == ["ricevuto", "da"] and any(key.startswith(OFFER) for key in keys[k + 1 : k + 4]):
        return "to"  # "ha ricevuto dai rossoblù la proposta di un contratto": the club that offers
    if keys[k - 3 : k] == ["in", "prestito", "a"] and "dopo" in keys[max(k - 8, 0) : k - 3]:
        return "background"  # "rientrato all'Inter dopo sei mesi in prestito al Monza": a loan over
    if keys[k - 3 : k] == ["dopo", "prestito", "a"]:
        return "background"  # "rientrato al Manchester United dopo il prestito al Chelsea"
    if keys[k - 3 : k] == ["in", "prestito", "a"] and keys[k - 4] in ON_LOAN_BEFORE:
        return "from"  # ", in prestito al Cagliari,": where he plays on loan now, not where he goes
    if keys[k - 4 : k] == ["è", "un", "giocatore", "di"] and told_official(doc, doc.key_tok[k]):
        return "to"  # "UFFICIALE – Guendouzi è un giocatore del Fenerbahçe": his new club
    if keys[k - 3 : k] in (["è", "ormai", "di"], ["è", "già", "di"]):
        return "to"  # "il croato è ormai dell'Al Nassr": his new club, just agreed
    if keys[k - 2 : k] == ["è", "di"] and told_official(doc, doc.key_tok[k]):
        return "to"  # "UFFICIALE: Christopher Nkunku è del Milan"
    if keys[k - 3 : k] == ["un", "giocatore", "di"] and keys[k - 5 : k - 3] in NOW_HIS:
        return "to"  # "Kessié è ormai un giocatore del Milan": a change of club, just made
    if shirt_put_on(doc, k):
        return "to"  # "Douglas Luiz è bianconero, arrivata la firma": his new colours
    named = doc.key_tok[k - 2] >= 0 and doc.tokens[doc.key_tok[k - 2]].is_cap
    bringing = any(key in BRINGING for key in this_sentence(doc, k, k - 8, k - 2))
    if keys[k - 1] in ("a", "in") and named and bringing:
        return "to"  # "porterebbe Lorenzo Pellegrini in rossonero", "riportare Dybala al Boca"
    if (
        (keys[k - 1] in ("a", "to") or _tight_dash(doc, k - 1))
        and doc.key_tok[k - 2] >= 0
        and doc.tokens[doc.key_tok[k - 2]].is_cap
    ):
        if keys[k - 1] == "a" and any(key.startswith(ASKED) for key in this_sentence(doc, k, k - 9, k - 2)):
            return "counterpart"  # "informazioni per Koopmeiners all'Atalanta": asked of the seller
        return "to"  # "Lobotka al Galatasaray?", "Gila-Milan": a name, then where he goes
    player_noun = doc.ending_at("role").get(k - 1)
    if player_noun is not None and player_noun.value == "player" and keys[player_noun.start - 1] in NEW:
        return "to"  # "Izzo è un nuovo giocatore biancoverde": the shirt he has just put on
    if player_noun is not None and keys[player_noun.start - 3 : player_noun.start] in NOW_HIS_A:
        return "to"  # "Llorente è ufficialmente un giocatore giallorosso"
    if (
        player_noun is not None
        and player_noun.value == "player"
        and keys[k - 1] != "ex"  # "l'ex Red Devils": the club he left
        and doc.tokens[doc.key_tok[k]].ref.nickname
        and doc.tokens[doc.key_tok[k] - 1].low not in ARTICLES  # "il reparto portieri i rossoneri"
    ):
        return "from"  # "il capitano biancoceleste", "il centrocampista nerazzurro": his shirt
    if owns_his_card(keys, k + 1):
        return "from"  # "con la Juventus, proprietaria del cartellino,": whatever the talk, it holds him
    before = cue_before(doc, k)
    priced = amount_follows(keys, k + 1) or (  # "si aggira intorno ai 7 milioni"
        keys[k + 1 : k + 3] == ["si", "aggira"] and amount_follows(keys, k + 3)
    )
    if keys[k - 2 : k] in (["richiesta", "di"], ["pretesa", "di"]) and priced:
        return "from"  # "La richiesta dell'Inter è di 35 milioni": the holder's price
    if keys[k - 1] in PRICE_NOUNS and keys[k + 1 : k + 2] == ["di"] and amount_follows(keys, k + 2):
        return "from"  # "la richiesta viola di 25 milioni": the price the club as an adjective asks
    if keys[k - 2 : k] == ["valutazione", "di"] or keys[k - 3 : k] in (
        ["valutazione", "di", "società"],
        ["valutazione", "di", "club"],
    ):
        return "from"  # "la valutazione della società rossonera": the owner prices its player
    if before == "counterpart" and keys[k + 1 : k + 3] == [",", "che"] and cue_after(doc, k) == "to":
        return "to"  # "ha trovato l'accordo con il Torino, che lo prenderà in prestito": it buys
    if before is not None and before != "genitive":
        return before
    if keys[k - 1] == "in" and doc.tokens[doc.key_tok[k]].ref.nickname:
        if is_name_key(doc, k - 2) and (
            doc.sentences[doc.tokens[doc.key_tok[k]].sent].heading or brought(doc, k - 2)
        ):
            # a headline's "Milinković-Savić in azzurro, Simeone in granata", or "lo scambio che
            # porta Pellegrini in bianconero": where each goes
            return "to"
        return "from"  # "poco impiegato in biancoceleste", "resterà in gialloblù": his shirt
    if before == "genitive" and keys[k - 1] == "di" and describes_a_player(doc, k - 2):
        return "from"  # "l'olandese dell'Ajax ha un accordo con i catalani": his club, not the subject
    after = cue_after(doc, k)
    if after is not None:
        return after
    if (
        keys[k - 1] == "a"
        and before is None
        and keys[k + 1 : k + 2]
        and keys[k + 1] in LOCATIVE_VERBS
        and not opens(doc, doc.key_tok[k - 1])
    ):
        return "from"  # "Gallagher, 25 anni, all'Atletico è chiuso": where he plays now
    if keys[k - 2 : k] in ([CLUB_KEY, "e"], [CLUB_KEY, "o"], [CLUB_KEY, ","]) or (
        keys[k - 3 : k - 1] == [CLUB_KEY, "e"] and keys[k - 1] in ("a", "di", "da", "con", "su", "per", "in")
    ):
        return "and"  # "tra i rossoneri e il Genoa", "con Atletico, Milan e Galatasaray": as the club before
    return before or "neutral"
