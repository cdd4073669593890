"""What a named person does in his sentence, when the article gives no role word: a coach or
a director acts as a club does ("Gasperini vuole un attaccante", "Tare sonda il City")."""

from __future__ import annotations

from .clubcues import amount_follows
from .document import Document
from .names import NameMention
from .phrases import Match
from .text import AGE_RE

__all__ = ["SUBJECT_FILLERS", "read_conduct"]

CLAUSE_JOINS = frozenset({"e", "ma", "mentre", "però", "che"})
OBJECT_WORDS = frozenset(
    "un una uno rinforzi rinforzo giocatori difensore attaccante profilo nome obiettivo".split()
)
# Verbs whose club object is where the subject would go, as a player does: "Vicario tenta
# l'Inter", "Lookman sceglie l'Inter", "Frattesi aspetta il Napoli" (not a director at work).
DESTINATION_VERBS = (
    "piac", "tent", "scegl", "scelt", "sogn", "aspett", "attend", "sping", "prefer", "apre", "ved",
    "concentrat",
)  # "Bernardeschi vede la Juve": the club in sight is his destination; "è concentrato sulla
# Fiorentina": his mind on his own club. A player's ways toward a club, not a director's deeds.
# Verbs of getting or asking for men: a coach "ha ottenuto il centravanti che chiedeva", "ha
# chiesto un difensore", "avrà il suo regista"; their object tells him from a player.
GETS = ("ottenut", "ottien", "otterr", "chied", "chiest", "ricev", "avrà", "avuto", "accolt", "accogl")
KIND_DETERMINERS = frozenset("un una uno suo sua nuovo nuova altro altra secondo vero".split())
WISHES = ("vuol", "vogl", "desider")  # verbs of wanting: of a club, a player's; of a man, a coach's
# Nouns of a club man's wishes: the name after "il taccuino di", "il pallino di" keeps the list.
WANTING_NOUNS = frozenset(
    "taccuino taccuini agenda radar pallino preferito preferiti lista liste mirino obiettivi "
    "prescelto prescelti pupillo pupilli fedelissimo fedelissimi".split()
)
# How an owner's cue before a name makes him the club's man: asked, persuaded, or the one who
# sold ("chiesto informazioni a Sartori", "ceduto da Marotta"); not a tie ("legato a Douglas Luiz").
ASKED = frozenset(
    "chiesto ha chiede chiederà chiedono informazioni richiesta ceduto ceduta venduto venduta "
    "girato girata prestato offerto offerta accettata accettato accettate convincere per "
    "bussato bussa bussare bussano".split()
)
# A player's own terms, what he negotiates with a club: "tratta la buonuscita", "discute l'ingaggio".
OWN_TERMS = frozenset("buonuscita rescissione risoluzione ingaggio stipendio liquidazione".split())
LIKES = frozenset("piace piacciono piaceva piacevano piacerebbe".split())
HAVE = frozenset("ha hanno aveva avevano avrebbe avrebbero".split())
OFFERED = frozenset("proposto offerto presentato ceduto venduto girato prestato".split())
SUBJECT_FILLERS = frozenset(
    "ad potrebbe potrà può sembra è ha sta vuole vorrebbe dovrebbe deve sarebbe non già ora "
    "intanto ormai sempre più ancora quindi aveva avrebbe avevano hanno sono pronto pronta "
    "vicino vicina a c ci stato stata stati viene verrà verrebbe sarà essere un una "
    "ufficialmente definitivamente davvero mi ti vi invece anche poi infatti però".split()
)


# Words of a player's situation in an apposition: "in scadenza", "svincolato", "anche lui senza
# contratto", "classe 2003", "28 anni"; and the contract a club agrees with him ("l'accordo con
# Edin Dzeko: biennale fino al 2023"), which no director signs.
PLAYER_WORDS = frozenset(
    "scadenza svincolato contratto classe anni annuale biennale triennale quadriennale quinquennale".split()
)


def _described_after(doc: Document, k_last: int) -> bool:
    """A player's description right after the name: "trattativa con De Sciglio: il terzino,
    svincolato...", "l'accordo con Ramsey, in scadenza con l'Arsenal", "con Skorupski: al
    portiere polacco è stata proposta...". The one clubs talk with is then the player himself."""
    keys = doc.keys
    if keys[k_last + 1 : k_last + 2] == ["."]:
        # the next sentence opens on what he is: "c'è l'intesa con Daichi Kamada. Il giapponese,
        # svincolato dopo la scadenza del contratto, ..."
        nxt = k_last + 2 + (keys[k_last + 2 : k_last + 3] == ["¶"])
        return nxt in doc.starting_at("anaphora")
    if keys[k_last + 1 : k_last + 2] not in ([","], [":"]):
        return False
    starts = doc.starting_at("role")
    for k in range(k_last + 2, min(k_last + 6, len(keys))):
        if keys[k] in PLAYER_WORDS or AGE_RE.match(keys[k]) or (k in starts and starts[k].value == "player"):
            return True
    return False


def read_conduct(doc: Document, m: NameMention, k_first: int, k_last: int) -> None:
    """Guess a coach or an executive from what the person does in the sentence.

    "Gasperini vuole un attaccante", "Tare sonda il Manchester City", "una trattativa con
    Sartori": people who act like a club, or whom clubs negotiate with, are not players.
    Verbs of a player's own move ("Tomori rinnova", "Gila lascia") do not count.
    """
    keys = doc.keys
    if _renews(doc, k_first, k_last):
        # "il Como ha trovato l'accordo con Kempf per il prolungamento", "Sirigu ha trovato
        # l'accordo con Cairo per il rinnovo": the man a renewal is agreed with is the player
        m.player_signal = True
        return
    if _prices_or_refuses(doc, k_first, k_last):
        m.weak_role = "director"
    liker = keys[k_first - 3 : k_first - 1] if keys[k_first - 1] in ("a", "ad") else []
    if LIKES.intersection(liker) and not m.player_signal:
        m.weak_role = "coach"  # "il difensore piace molto a Delio Rossi": the man who likes him
    before = doc.ending_at("club_before").get(k_first - 1)
    if (
        before is not None
        and (before.value == "counterpart" or (before.value == "from" and keys[before.start] in ASKED))
        and before.end - before.start > 1
        and keys[before.end - 2 : before.end] not in (["sì", "di"], ["ok", "di"])  # "il sì di Milik": his yes
        and not m.player_signal
        and not _described_after(doc, k_last)
    ):
        if _club_talk_follows(doc, k_last):
            m.player_signal = True  # "l'intesa con Džeko e tratta con il City": the club's man
        else:
            m.weak_role = "director"  # "trattativa con Sartori"; a bare "con Dusan" is company
    if keys[k_first - 1] == "di" and keys[k_first - 2] in WANTING_NOUNS:
        m.role = "director"  # "sul taccuino di Meluso c'è Danso": whose list, not who is on it
        return
    if keys[k_first - 1] in ("di", "su", "per"):
        # "l'arrivo di Zalewski libera l'uscita di Buchanan": the verb is the arrival's; "su
        # Coppola si è mosso il Brighton", "per Gila si muove la Lazio": the club's
        return
    j = k_last + 1
    while j < len(keys) and keys[j] in SUBJECT_FILLERS and j <= k_last + 2:
        j += 1
    starts = doc.starting_at("player")
    own_move = starts.get(k_last + 1) or (starts.get(j) if j < len(keys) else None)  # "vuole giocare"
    # "è stato proposto al Milan" is the player's move; "ha proposto all'Inter un prestito" a
    # director's deed
    at = own_move.start if own_move is not None else -1
    done_by_him = at > 0 and keys[at] in OFFERED and keys[at - 1] in HAVE
    if j < len(keys) and keys[j].startswith(GETS) and _kind_follows(doc, j + 1):
        m.weak_role = "coach"  # "Okan Buruk ha ottenuto il centravanti che chiedeva"
        return
    wait = doc.starting_at("club_after").get(j) if j < len(keys) else None
    if wait is not None and _awaits_a_kind(doc, wait):
        m.weak_role = "coach"  # "Lucarelli aspetta una punta": a player waits for a club, not a role
        return
    acting = doc.starting_at("role_after").get(j) or doc.starting_at("role_after").get(k_last + 1)
    # a club man's deed that starts as a player's move reads longer: "lascia la presidenza",
    # "ha scelto come titolare" (a player "lascia", "ha scelto" a club)
    longer = acting is not None and own_move is not None and acting.end > own_move.end
    if j >= len(keys) or (
        own_move is not None and own_move.value == "subject" and not done_by_him and not longer
    ):
        return
    if acting is not None and keys[acting.start].startswith(WISHES) and _wants_a_club(doc, acting.end):
        return  # "Locatelli vuole solo la Juventus": wanting a club is a player's wish
    if acting is not None:
        m.weak_role = acting.value
    elif (
        # the cue may start on a filler it contains: "Carli ha messo gli occhi su Lasagna"
        (club := doc.starting_at("club_after").get(j) or doc.starting_at("club_after").get(k_last + 1))
        is not None
        and club.value in ("to", "own", "from")
        and not keys[club.start].startswith(DESTINATION_VERBS)
    ):
        # Only with an object, as clubs act: "Tare sonda il City", not "Raspadori in pole".
        obj = []
        for x in range(club.end, min(club.end + 3, len(keys))):
            if (not keys[x][:1].isalnum() and keys[x] != "§club") or keys[x] in CLAUSE_JOINS:
                break  # "de Vrij ha detto no e l'Inter aspetta": the club opens a clause of its own
            obj.append(doc.tokens[doc.key_tok[x]])
        # "Baldanzi piace al Genoa", "Gila interessa alla Lazio": a club after a preposition is
        # whom the person would join, not the object a director acts on.
        # "Krstović prende il posto di Retegui": a player taking another's place in the squad.
        # "Trajkovski tratta con il Maiorca": the club he talks with may well be his next one.
        governed = keys[club.end : club.end + 1] in (["a"], ["di"], ["da"], ["in"], ["posto"], ["con"])
        # "Depay tratta la buonuscita con il Barcellona": what he negotiates is his own contract
        own_terms = bool(obj) and obj[0].low in OWN_TERMS
        acts = any(t.kind == "club" or t.is_cap or t.low in OBJECT_WORDS for t in obj)
        if not governed and not own_terms and acts:
            m.weak_role = "director"


def _wants_a_club(doc: Document, k: int) -> bool:
    """The object of a verb of wanting is a club, within two words ("vuole solo la Juventus");
    a coach wants men ("Allegri vuole Gila") or a kind of player ("vuole un centravanti")."""
    for x in range(k, min(k + 3, len(doc.keys))):
        if doc.keys[x] == "§club":
            return True
        if not doc.keys[x].isalpha() or doc.tokens[doc.key_tok[x]].is_cap:
            return False
    return False


def _kind_follows(doc: Document, k: int) -> bool:
    """A kind of player right at key ``k``, after at most two determiners ("un altro difensore",
    "il suo regista"): what a coach asks for or gets, where a player gets a contract or a club."""
    starts = doc.starting_at("role")
    for x in range(k, min(k + 3, len(doc.keys))):
        role = starts.get(x)
        if role is not None:
            return role.value == "player"
        if doc.keys[x] not in KIND_DETERMINERS:
            return False
    return False


def _awaits_a_kind(doc: Document, verb: Match[str]) -> bool:
    """A verb of a player's own wish ("aspetta", "sogna", "preferisce") whose object is a kind of
    player with an indefinite article ("aspetta una punta", "sogna un regista"): the man
    waiting for a role to be filled is the coach, where "Frattesi aspetta il Napoli" waits for a club."""
    keys = doc.keys
    if not keys[verb.start].startswith(DESTINATION_VERBS) or keys[verb.end : verb.end + 1] not in (
        ["un"], ["una"], ["uno"], ["altro"], ["nuovo"]
    ):
        return False
    role = doc.starting_at("role").get(verb.end + 1)
    return role is not None and role.value == "player"


def _renews(doc: Document, k_first: int, k_last: int) -> bool:
    """A renewal right after the name ("con Kempf per il prolungamento fino al 2027"), or in
    the clause a "con" before the name opens ("Con Yerry Mina abbiamo trovato l'intesa per
    prolungare fino al 2027"), or before it in the sentence ("il punto sui rinnovi: Corvino
    tratta con Jovetić"): the man a club renews with is its player."""
    deals, keys = doc.starting_at("deal"), doc.keys
    found = [deals.get(j) for j in range(k_last + 2, k_last + 4)]
    if keys[k_last + 1 : k_last + 2] == ["per"] and any(m and m.value == "renewal" for m in found):
        return True
    if keys[k_first - 1] != "con" and keys[k_first - 2 : k_first] not in OFFERED_TO:
        return False  # "ha presentato a Maignan una proposta di rinnovo" is made to the player too
    lo = doc.sent_keys[doc.tokens[doc.key_tok[k_first]].sent][0]
    if any((m := deals.get(j)) is not None and m.value == "renewal" for j in range(lo, k_first)):
        return True  # "il punto sui rinnovi: [...] Corvino tratta con Jovetić"
    for j in range(k_last + 1, min(k_last + RENEWAL_REACH, len(keys))):
        if not keys[j][:1].isalnum() and keys[j] != "'":
            return False  # the clause ends
        if (m := deals.get(j)) is not None and m.value == "renewal":
            return True
    return False


def _club_talk_follows(doc: Document, k_last: int) -> bool:
    """After "con X" the sentence's club goes on to talk with a club ("la Roma ha l'intesa con
    Edin Džeko e tratta con il Manchester City"): the agreement was with the player, the talks
    are with his club, so X is that club's player."""
    keys = doc.keys
    hi = doc.sent_keys[doc.tokens[doc.key_tok[k_last]].sent][1]
    talks = doc.ending_at("club_before")
    return any(
        keys[k] == "§club" and (c := talks.get(k - 1)) is not None and c.value == "counterpart"
        for k in range(k_last + 2, min(k_last + 8, hi))
    )


OFFERED_TO = (["presentato", "a"], ["offerto", "a"], ["proposto", "a"], ["proposta", "a"])
RENEWAL_REACH = 10  # keys after "con Mina" within which "abbiamo trovato l'intesa per prolungare" falls
ASKS = ("chied", "pretend")  # the seller's price: "che ne chiede almeno 4"
BIDS = ("salit", "alzat", "rilanciat", "offert", "mess")  # "è salito a 65", "ha offerto 20 milioni"
REFUSED = ("respint", "rifiutat", "bocciat")  # "l'offerta è stata respinta da Vigorito"


def _prices_or_refuses(doc: Document, k_first: int, k_last: int) -> bool:
    """A man who bids, puts a price on a player or turns an offer down acts for a club: "la prima
    offerta è stata respinta da Oreste Vigorito, che ne chiede almeno 4", "Salihamidzic è
    salito a 65 milioni". A player asks for wages, not for a sum of millions, and an offer is
    made and refused by clubs, not by him."""
    keys = doc.keys
    verb = k_last + 1
    while verb < min(k_last + 3, len(keys)) and keys[verb] in ("è", "ha", "già", "ora", "poi"):
        verb += 1
    # the subject, not "per Škriniar ha offerto"
    subject = keys[k_first - 1] not in ("per", "di", "su", "a", "da", "con", "in")
    if subject and verb < len(keys) and keys[verb].startswith(BIDS) and amount_follows(keys, verb + 1):
        return True  # "Salihamidzic è salito a 65 milioni": the man who raises a bid acts for a club
    after = keys[k_last + 1 : k_last + 5]
    if after[:2] == [",", "che"]:
        verb = k_last + (4 if after[2:3] == ["ne"] else 3)
        if verb < len(keys) and keys[verb].startswith(ASKS) and amount_follows(keys, verb + 1):
            return True
    if keys[k_first - 1 : k_first] == ["da"] and keys[k_first - 2].startswith(REFUSED):
        lo = doc.sent_keys[doc.tokens[doc.key_tok[k_first]].sent][0]
        window = keys[max(lo, k_first - 10) : k_first]
        return any(key.startswith(("offert", "propost", "rilanc")) for key in window)
    return False
