"""Read one mention of a player: his club, the clubs that want him, and the cues of the move."""

from __future__ import annotations

from dataclasses import dataclass, field

from .attachment import attached_club
from .denials import settle_denial
from .document import Document
from .relations import ClubRef
from .sharing import shared_clubs
from .text import bare_lead

__all__ = ["IGNORED", "Mention", "Reading", "read_mention"]
SENTENCE_STAGES = frozenset({"collapsed", "stated_interest"})
LABEL_MARKS = frozenset({"–", "—", "-", ":"})  # after a name that labels its entry

# Words of a sale: the club that talks "per la cessione di" a player is his seller.
SALE = ("cession", "ced", "vend", "gir")  # "per girarlo in prestito": a sale too

# Nouns of his exit right before the name: the club at work on "l'uscita di Lang" sells him.
EXIT_NOUNS = frozenset({"uscita", "cessione", "partenza", "addio", "vendita", "sacrificio"})

# Participles of a move, told right after a name, that list deals already done.
DONE_PARTICIPLES = frozenset(
    "arrivato arrivata pagato pagata riscattato riscattata acquistato acquistata prelevato "
    "prelevata ceduto ceduta venduto venduta approdato approdata volato partito".split()
)
BUYERS = frozenset({"to", "competitor"})
# Deal kinds a sentence about one player gives his move from any clause (a renewal stays in its own).
SENTENCE_DEALS = frozenset({"loan", "loan_option", "loan_obligation", "swap"})
OPEN = frozenset({"neutral", "topic"})
IGNORED = frozenset({"background", "role"})


@dataclass(slots=True)
class Mention:
    """A player in a sentence: named (``name``), referred to ("l'olandese", ``anaphor``), or
    only continued by a sentence of the same paragraph that names no one (``continuation``),
    or by the body of a list entry he heads ("SALE - Randal Kolo Muani. La Juventus ha
    chiuso con il PSG...": ``entry``, read whole like a continuation but a move of its own)."""

    person: int
    sent: int
    first: int
    last: int
    kind: str = "name"
    club_tok: int = -1  # club given with an anaphor ("il centravanti del Napoli")


@dataclass(slots=True)
class Reading:
    """What one mention says about the player's move."""

    from_club: str | None = None
    buyers: list[str] = field(default_factory=list)
    competitor_only: bool = False
    owners: list[str] = field(default_factory=list)
    open_clubs: list[str] = field(default_factory=list)
    counterparts: list[str] = field(default_factory=list)  # the other side of a talk, no buyer named
    talk_buyer: bool = False  # the buyer is only the story's club found on the other side of a talk
    talk_seller: str | None = None  # his club read only as the other side of a buyer's talk
    deals: list[str] = field(default_factory=list)
    stages: list[str] = field(default_factory=list)
    outgoing: bool = False
    not_renewal: bool = False
    staying: bool = False
    headline_only: bool = False
    context: bool = False
    cued: bool = False  # a cue of a move in his clause, not only a headline
    background: bool = False


def read_mention(
    doc: Document,
    m: Mention,
    refs: list[list[ClubRef]],
    clauses: list[list[int]],
    segments: list[list[int]],
    topic: str | None,
    rivals: tuple[int, ...] = (),
) -> Reading:
    """Clubs and cues around one mention, clause by clause.

    The player's clause decides: "il Milan è sulle tracce di tre difensori, visto che Odogu
    potrebbe andare in prestito" gives Odogu no buyer. Cues in a phrase about the past
    ("arrivato in prestito la scorsa estate") are ignored. When other players are named in
    the same clause (``rivals``: their first tokens), a cue belongs to the nearest name:
    "Acerbi ai saluti, de Vrij tratta".
    """
    if m.sent in doc.background_sents:
        return Reading(background=True)  # "Chiuse la stagione e decise di non rinnovare": history
    s = doc.sentences[m.sent]
    base = s.tok_start
    clause_of = clauses[m.sent]
    seg_of = segments[m.sent]
    whole = m.kind in ("continuation", "entry") or _label(doc, m)
    clause = clause_of[m.first - base]
    # "#Inter, preso Tajon Buchanan": a participle right before his name takes him now; after
    # it ("Fagioli, preso dalla Juventus") it tells his past
    past = {
        seg_of[doc.key_tok[c.start] - base]
        for c in doc.cues_in("move", m.sent)
        if c.value == "past" and not (doc.keys[c.start] == "," and doc.key_tok[c.end] == m.first)
    }

    def usable(key: int) -> bool:
        t = doc.key_tok[key]
        if seg_of[t - base] in past or not (whole or clause_of[t - base] == clause):
            return False
        mine = abs(t - m.first) if t < m.first else abs(t - m.last)
        return all(abs(t - other) >= mine for other in rivals if clause_of[other - base] == clause)

    told = seg_of[m.first - base] in past or m.sent in doc.background_sents
    r = Reading(background=told and m.kind == "name")
    if m.kind == "name" and not s.heading and _done_deal(doc, m):
        r.background = True  # "Džeko arrivato a parametro zero, Fagioli riscattato dalla Juventus"
    attached = (
        attached_club(doc, m, refs[m.sent], seg_of) if m.kind not in ("continuation", "entry") else None
    )
    r.from_club = attached.name if attached else None
    others = [x for x in refs[m.sent] if x is not attached and x.relation not in IGNORED]
    here = [x for x in others if whole or x.clause == clause]
    if rivals and m.kind in ("name", "anaphor"):
        here = shared_clubs(doc, m.first, m.last, here, refs[m.sent], rivals)
    buyers = [x for x in here if x.relation in BUYERS]
    buyers += [x for x in others if x.relation == "competitor" and x not in buyers]
    if m.kind == "anaphor" and not rivals:
        # "il PSG ha alzato la proposta; De Laurentiis ne vorrebbe 25, ma lo spagnolo ha già
        # comunicato la volontà di trasferirsi": the buyer of the sentence is the one he joins;
        # "Gli scaligeri hanno chiesto informazioni, ma sul giocatore è in vantaggio il Genoa":
        # a suitor of another clause is his too, unless his own clause names that club
        mine = {x.name for x in here}
        buyers += [x for x in others if x.relation == "to" and x.name not in mine and x not in buyers]
    staying = any(c.value == "stay" and usable(c.start) for c in doc.cues_in("move", m.sent))
    # "voglio vincere con la Lazio" said by a player who stays is no talk with a buyer
    counterpart = [x for x in here if x.relation == "counterpart"] if not staying else []
    rival_clauses = {clause_of[t - base] for t in rivals}
    sellers = [
        x for x in others if x.relation in ("from", "own") and x not in here and x.clause not in rival_clauses
    ]
    sellers += [x for x in here if x.relation == "from"]
    outgoing = any(c.value == "outgoing" and usable(c.start) for c in doc.cues_in("move", m.sent))
    leaving = outgoing and m.kind == "name" and r.from_club in (None, topic) and len(counterpart) == 2
    if leaving and any(x.name == topic for x in counterpart) and not buyers:
        # "Soriano ha salutato i compagni: la Sampdoria e il Villarreal hanno trovato l'accordo":
        # the player on his way out leaves the story's club for the other side of the talk
        r.from_club = topic
        buyers = [x for x in counterpart if x.name != topic]
        counterpart = []
    # The other side of a talk is the seller when someone else buys; with no buyer named it
    # is the seller too, unless it is the club the story is about ("accordo con il Milan").
    if any(x.name == topic for x in counterpart) and not buyers:
        buyers = [x for x in counterpart if x.name == topic]  # "accordo tra i rossoneri e il Genoa"
        r.talk_buyer = True
        counterpart = [x for x in counterpart if x.name != topic]
    # the sale told in the clause of the club at work, not the other side's wish ("la Roma ha
    # offerto un prestito al Manchester United, gli inglesi vorrebbero una cessione")
    sale = bool(buyers) and any(
        c.value == "outgoing"
        and doc.keys[c.start].startswith(SALE)
        and usable(c.start)
        and seg_of[doc.key_tok[c.start] - base] == buyers[0].segment
        for c in doc.cues_in("move", m.sent)
    )
    # "i nerazzurri vorrebbero una cessione": another club named selling (not the club at work
    # paid for its sale: "ai giallorossi andranno 25 milioni")
    seller_named = any(x.relation == "from" and (not buyers or x.name != buyers[0].name) for x in here)
    at_work_first = bool(buyers) and buyers[0].tok < m.first  # not "la cessione di X all'Atalanta"
    if counterpart and at_work_first and sale and not seller_named and r.from_club in (None, buyers[0].name):
        # "la Lazio ha trovato l'accordo con il Fenerbahçe per la cessione di Guendouzi": the
        # club at work sells, the other side of the talk buys; a club named after the player
        # is where the sale sends him
        r.from_club, buyers, counterpart = buyers[0].name, counterpart, []
    k_first = doc.key_of(m.first, m.last)
    exit_of = m.kind == "name" and doc.keys[k_first - 2 : k_first] in ([n, "di"] for n in EXIT_NOUNS)
    at_work = [b for b in buyers if b.tok < m.first]  # not "la cessione di Zalewski al Galatasaray"
    if exit_of and len(at_work) == 1 and not counterpart and r.from_club in (None, at_work[0].name):
        # "i partenopei lavorano all'uscita di Noa Lang: il Galatasaray ha proposto un prestito":
        # the club at work on his exit is his; a club named after him may still buy
        r.from_club, buyers = at_work[0].name, [b for b in buyers if b is not at_work[0]]
    if counterpart and buyers and r.from_club is None:
        # the other side of the buyer's talk sells, better one not also named buying ("la Juventus
        # e l'Aston Villa hanno l'accordo... firmerà con i bianconeri"); when the only other side
        # is the buyer itself ("pronto a vestire il nerazzurro: l'accordo con l'Inter"), no one is
        sides = [x for x in counterpart if x.name not in {b.name for b in buyers}]
        if sides or len(buyers) > 1:
            r.from_club = r.talk_seller = (sides or counterpart)[0].name
    elif counterpart:
        # Buyer or seller? That depends on whose player he is: decided with the whole article.
        r.counterparts = [x.name for x in counterpart if x.name != r.from_club]
    if r.from_club is None and sellers:
        # The nearest seller before the name: "la Lazio chiede 40 per Gila, l'Udinese 20 per Kristensen"
        before = [x for x in sellers if x.tok < m.first and x.segment == seg_of[m.first - base]]
        r.from_club = (before[-1] if before else sellers[0]).name
    r.buyers = [x.name for x in buyers if x.name != r.from_club]
    r.competitor_only = bool(buyers) and all(x.relation == "competitor" for x in buyers)
    r.owners = [x.name for x in here if x.relation == "own"]
    r.open_clubs = [x.name for x in here if x.relation in OPEN and x.name != r.from_club]
    # The club a headline opens with ("Mercato Inter: le ultime su Frattesi") is what the story
    # is about, a guess at the buyer rather than a buyer read in the text.
    opening = [x.name for x in here[:1] if x.tok - base <= 2 and doc.keys[x.key + 1] in (",", ":", "-", "–")]
    r.headline_only = bool(s.heading) and bool(opening) and r.open_clubs == opening
    # "in prestito al Cagliari" told of where he plays now is his situation, not the deal
    held = {x.key for x in refs[m.sent] if x.relation == "from" and doc.keys[x.key - 1] == "a"}
    # "Martín Cáceres, svincolato dopo la fine del prestito": a free agent's state, past or not
    name_end = doc.tok_key[m.last]
    apposed = name_end + 2 if doc.keys[name_end + 1 : name_end + 2] == [","] else -1
    for c in doc.cues_in("deal", m.sent):
        # the deal is the sentence's when it names no one else: "Ocampos non ha convinto, e il
        # Milan ha avuto un contatto con il club rossoblù per un prestito fino a giugno"
        anywhere = (
            not rivals and c.value in SENTENCE_DEALS and seg_of[doc.key_tok[c.start] - base] not in past
        )
        free_agent = c.value == "free" and c.start == apposed
        if (usable(c.start) or anywhere or free_agent) and not (c.value == "loan" and c.end + 1 in held):
            r.deals.append(c.value)
    r.not_renewal = "not_renewal" in r.deals
    r.deals = [d for d in r.deals if d != "not_renewal"]
    for c in doc.cues_in("stage", m.sent):
        t = doc.key_tok[c.start]
        # a denial, or the writer's "per ora è solo un sondaggio", holds for the whole sentence
        denial = c.value in SENTENCE_STAGES and seg_of[t - base] not in past and not rivals
        if c.value != "context" and (usable(c.start) or denial):
            r.stages.append(c.value)
    r.stages = settle_denial(doc, m.sent, clause_of, base, r.stages)
    r.outgoing = outgoing
    r.staying = staying
    suitors = [x.name for x in others if x.relation == "to" and x.clause != clause]
    if staying and not r.buyers and suitors and m.kind == "name" and not rivals:
        # "Il Napoli ha chiesto informazioni, ma a gennaio Giovane non si muove": the answer
        # to a named suitor ends its move
        r.buyers, r.stages = [s for s in suitors if s != r.from_club], [*r.stages, "collapsed"]
    injured = any(c.value == "injury" and usable(c.start) for c in doc.cues_in("move", m.sent))
    if injured and not buyers and "renewal" not in r.deals:
        # his fitness, not his future: "Lukaku vede il rientro"; a renewal named beside the
        # injury is his future ("fuori per mesi, ha trovato l'intesa per il prolungamento")
        r.background = True
    market = any(usable(c.start) for c in doc.cues_in("stage", m.sent))  # "mercato", "futuro"...
    denied = "collapsed" in r.stages and topic in r.open_clubs
    if denied and r.counterparts and not r.buyers and r.from_club is None:
        # "Il Genoa smentisce qualsiasi trattativa con il Galatasaray per Malinovskyi": the
        # story's club denies being asked, so it is his club and the other side would buy
        r.from_club, r.buyers, r.counterparts = topic, [c for c in r.counterparts if c != topic], []
        r.open_clubs = [c for c in r.open_clubs if c != topic]
    r.cued = bool(r.deals or r.stages or any(x.relation not in OPEN for x in here))
    r.context = r.cued or market or bool(s.heading)
    return r


def _done_deal(doc: Document, m: Mention) -> bool:
    """A name followed straight by a past participle of a move, with no auxiliary ("Piccoli
    pagato 25 milioni al Cagliari"): a completed deal listed in prose, not one in the making."""
    toks = doc.tokens
    nxt = m.last + 1
    s = doc.sentences[m.sent]
    if doc.recap:
        return False  # "Milik, preso dall'Ajax" the day after the window: the window's deal
    if nxt + 1 < s.tok_end and toks[nxt].text == "," and toks[nxt + 1].low in DONE_PARTICIPLES:
        # "l'addio di Milinković-Savić, volato a Riad": the exit named is one already made
        k_first = doc.key_of(m.first, m.last)
        return doc.keys[k_first - 2 : k_first] in ([n, "di"] for n in EXIT_NOUNS) or _listed_done(doc, m)
    if nxt >= s.tok_end or toks[nxt].low not in DONE_PARTICIPLES:
        return False
    return m.first == s.tok_start or toks[m.first - 1].low in (",", ";", "e")


def _listed_done(doc: Document, m: Mention) -> bool:
    """A list of deals already done, each name with its participle set off by commas: "seguono
    Merih Demiral, arrivato dal Sassuolo, e Danilo, prelevato dal Manchester City". The phrase
    is followed by the next item ("e Danilo") or, for the last item ("e Danilo, ..."), ends
    the sentence; a name whose phrase goes on to a verb of its own is not listed."""
    toks, s = doc.tokens, doc.sentences[m.sent]
    close = next((t for t in range(m.last + 2, s.tok_end) if toks[t].text in (",", ";", ".")), s.tok_end)
    if close + 2 < s.tok_end and toks[close].text == ",":
        return toks[close + 1].low == "e" and toks[close + 2].is_cap
    last_item = m.first > s.tok_start and toks[m.first - 1].low == "e"
    return last_item and (close >= s.tok_end - 1 or toks[close].text in (";", "."))


def _label(doc: Document, m: Mention) -> bool:
    """A name labelling its entry: "2/8 🇲🇽 HIRVING LOZANO – E' la telenovela..., ma stavolta ci
    siamo: fumata bianca con il PSV". Only a number or an emoji before it, a dash or a colon
    after it: the whole sentence is about him, whatever its clauses."""
    s = doc.sentences[m.sent]
    toks = doc.tokens
    lead = toks[s.tok_start : m.first]
    after = toks[m.last + 1].text if m.last + 1 < s.tok_end else ""
    return m.kind == "name" and after in LABEL_MARKS and bare_lead(lead)
