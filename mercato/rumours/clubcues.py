"""The cue phrases around a club that say what it does: before it ("l'interesse del Milan",
"piace alla Roma") and after it, as the subject of a verb ("il Milan sonda", "la Roma chiede
40 milioni"). Shared by the club relations and by the people who act for a club."""

from __future__ import annotations

import re

from .clubs import CLUB_KEY
from .document import Document

__all__ = [
    "PASSIVE_AUX",
    "SUM_WORDS",
    "amount_follows",
    "cue_after",
    "cue_before",
    "is_name_key",
    "owns_his_card",
    "subject_relation",
]

# Words that may stand between a cue and the club it governs ("piace anche al Milan").
BEFORE_FILLERS = frozenset(
    "anche molto pure già proprio sempre ora soprattutto più tanto particolarmente forte "
    "a di da in con su per dirigenza società tempo parecchio nostro nostra "
    "ultime ultimi ore giorni settimane"  # "accostato nelle ultime ore al Torino"
    .split()
)
# Words between a subject club and its verb ("il Milan ora è sulle tracce di").
AFTER_FILLERS = frozenset(
    "è ha sta sono hanno stanno aveva avevano era erano ora già anche sembra sembrano starebbe "
    "sarebbe avrebbe avrebbero ci si intanto oggi adesso infatti quindi però poi sempre ancora davvero "
    "seriamente concretamente fortemente invece dal canto suo praticamente ormai quasi virtualmente "
    "finalmente definitivamente ufficialmente potrebbe potrebbero vorrebbe vorrebbero intende "
    "intendono dovrebbe dovrebbero può possono deve devono ne un una".split()
)
VALUED = frozenset("valutato valutata valutati valutate".split())  # a passive: the player is valued
# Verbs of wanting that carry the infinitive after them: "vorrebbe inserire", "vuole cedere".
WISHES = frozenset("vuole vogliono vorrebbe vorrebbero intende intendono".split())
# Verbs of aspect before "a" + the verb that says what the club does ("il Milan continua a
# seguirlo", "la Roma torna a pensare a"): they carry no relation of their own.
ASPECT = frozenset("continua continuano torna tornano insiste insistono limitato limitata limitati".split())
ASKING = ("chied", "chiest", "valut", "vuol", "vorr", "pretend", "fiss", "spar")  # verbs of a seller's price
# Verbs two clubs do together, as the two sides of one deal ("Napoli e Verona hanno trovato
# l'accordo", "Juventus e Aston Villa trattano"); two clubs that "pensano a" a player are rivals.
BILATERAL = ("tratt", "accordo", "intesa", "trov", "raggiun", "defini", "chiu", "dialog")
# Words that put a floor or an estimate on a price ("lo valuta non meno di 40 milioni").
PRICE_HEDGES = frozenset("non meno di almeno oltre circa sui sugli intorno ai a attorno più".split())
# Words that lead to an asking price: "chiedono una cifra vicina ai 12 milioni".
PRICE_LEAD = frozenset(
    "una cifra somma vicina vicino intorno attorno sui ai a non lontana da importante alta elevata , "
    "considerevole un riscatto indennizzo conguaglio almeno".split()
)  # "chiede una cifra importante, intorno ai 30 milioni", "chiede un riscatto intorno ai 20"
AMOUNT_WORDS = frozenset(
    "dieci quindici venti trenta quaranta cinquanta sessanta settanta ottanta cento".split()
)
# Words that open an aside between a club and its verb: a relative clause ("il Galatasaray,
# dove gioca Osimhen, ha avviato") or a credit ("il Milan, riferisce Schira, ha presentato").
RELATIVES = frozenset(
    "dove che cui il la riferisce riferiscono scrive riporta secondo spiega racconta rivela aggiunge "
    "dopo come nonostante malgrado pur stando".split()  # "I parigini, dopo una prima offerta, hanno..."
)
# A singular verb after "X e Y": only Y is its subject ("Milan e Inter pensano" share one).
SINGULAR_VERBS = frozenset(
    "ha è sta vuole può deve sarebbe avrebbe potrebbe dovrebbe vorrebbe pensa segue cerca tratta".split()
)
SUM_WORDS = frozenset("milioni milione mln euro più bonus mila".split())  # the words of a sum
YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
MONTHS = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"
DATE_NEXT = [[month] for month in MONTHS.split()]  # "30 giugno" is a day, not 30 million
PASSIVE_AUX = frozenset({"è", "era", "sarà", "sarebbe", "viene", "stato"})
# A price asked as more than offered: "i gialloneri chiedono qualcosa in più", "ne chiede di più".
MORE_MONEY = (
    ["qualcosa", "in", "più"],
    ["qualcosa", "di", "più"],
    ["di", "più"],
    ["molto", "di", "più"],
    ["doppio"],
    ["più", "soldi"],
    ["cifra", "più", "alta"],
)
CLAUSE_ENDS = frozenset({".", ";", ":", ",", "ma", "mentre", "¶"})  # a joined verb stays before these


def amount_follows(keys: list[str], j: int) -> bool:
    """A sum of money within two words: "chiede almeno 40 milioni", "25 milioni più bonus"."""
    return any(
        (key[:1].isdigit() and not YEAR_RE.match(key) and keys[i + 1 : i + 2] not in DATE_NEXT)
        or key in AMOUNT_WORDS
        or (key in ("un", "mezzo") and keys[i + 1 : i + 2] == ["milione"])  # "circa un milione"
        for i, key in enumerate(keys[j : j + 3], start=j)
    )  # "fino al 2029" is a year, "fino al 30 giugno" a day, not a sum


def _valuation(keys: list[str], start: int, end: int) -> bool:
    """A club that puts a price on a named player owns him: "il Milan valuta il messicano non
    meno di 30 milioni", "il Grifone valuta Vásquez almeno 20". A buyer weighs a player
    ("il Milan valuta Gila") but does not price him, so the amount decides; the player may also
    stand before the club ("Maita, che il Bari valuta circa un milione")."""
    if not keys[start].startswith("valut"):
        return False
    j = end
    for _ in range(4):  # the player: "Vásquez", "il messicano", "l'esterno offensivo"
        if j >= len(keys) or keys[j] in PRICE_HEDGES or not keys[j].isalpha():
            break
        j += 1
    while j < len(keys) and keys[j] in PRICE_HEDGES:
        j += 1
    return j < len(keys) and amount_follows(keys, j) and "milion" in " ".join(keys[j : j + 4])


def _price_follows(keys: list[str], j: int) -> bool:
    """A sum after a verb of asking, also as "una cifra vicina ai 12 milioni" or "qualcosa in più"."""
    if any(keys[j : j + len(more)] == more for more in MORE_MONEY):
        return True
    for _ in range(7):
        if amount_follows(keys, j):
            return True
        if j >= len(keys) or keys[j] not in PRICE_LEAD:
            return False
        j += 1
    return False


def _answers(keys: list[str], end: int) -> bool:
    """ "valuta" with no object, right before a stop or "ma": a club weighing what it was asked."""
    return keys[end : end + 1] in ([","], ["."], [":"], [";"], ["ma"], ["¶"])


def cue_before(doc: Document, k: int) -> str | None:
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
            after_also = lead[also[-1] :] if also else []
            closed = {"di", CLUB_KEY, ":", ";"}.intersection(after_also)
            if also and match.value != "counterpart" and not closed:
                # "c'è anche il forte interesse del Manchester United"; not "parla anche
                # dell'interesse del Lione", where "anche" goes with the verb, nor "anche il
                # Siviglia ha chiesto informazioni alla Sampdoria", where it goes with the Siviglia,
                # nor "arriverà anche Gilmour: l'accordo con il Brighton", closed by the colon,
                # nor "hanno anche la trattativa con il Palmeiras": one more talk, with a seller
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
        if genitive and (key[:1].isdigit() or key in SUM_WORDS):
            continue  # "un'offerta da 25 milioni del Bournemouth": the sum between cue and club
        if genitive and free_words and key.isalpha():
            free_words -= 1
            continue
        break
    return "genitive" if genitive else None


def subject_relation(doc: Document, k: int) -> str | None:
    """What the words after key ``k`` say its subject does, as for a club there ("Vagnati ha
    avviato i contatti": to); None when they say nothing of the market. A second verb joined
    by "e" speaks for the same subject: "Manna lavora già al sostituto e ha chiesto informazioni"."""
    found = cue_after(doc, k)
    for j in range(k + 2, min(k + 10, len(doc.keys))):
        if found is not None or doc.keys[j] in CLAUSE_ENDS:
            break
        if doc.keys[j] == "e":
            return cue_after(doc, j)
    return found


# Nouns of an event ("retrocessione", "promozione", "situazione") whose genitive club is no
# subject of the verb that follows the phrase.
EVENT_ENDINGS = ("zione", "sione")


def is_name_key(doc: Document, j: int) -> bool:
    """Key ``j`` is a capitalised word that is no club: part of a person's name."""
    t = doc.key_tok[j] if j < len(doc.keys) else -1
    return t >= 0 and doc.tokens[t].kind == "word" and doc.tokens[t].is_cap


def owns_his_card(keys: list[str], j: int) -> bool:
    """An apposition or a relative clause right after the club that makes it the holder of the
    player's registration: ", proprietaria del cartellino", ", che ne detiene il cartellino"."""
    if keys[j : j + 1] != [","]:
        return False
    at = j + 1
    if keys[at : at + 1] == ["che"]:
        at += 2 if keys[at + 1 : at + 2] == ["ne"] else 1
        return keys[at : at + 2] in (["detiene", "cartellino"], ["possiede", "cartellino"])
    return keys[at].startswith("propriet") and keys[at + 1 : at + 3] == ["di", "cartellino"]


def cue_after(doc: Document, k: int) -> str | None:
    keys, starts = doc.keys, doc.starting_at("club_after")
    if keys[k - 1] == "di" and keys[k - 2].endswith(EVENT_ENDINGS):
        return None  # "dopo la retrocessione dei lagunari vuole restare": the verb is not the club's
    j = k + 1
    while (
        j < k + 4
        and j < len(keys)
        and doc.key_tok[j] >= 0
        and (doc.tokens[doc.key_tok[j]].is_cap or keys[j].isdigit())
    ):
        j += 1  # "il Torino Football Club comunica", "il Bologna FC 1909 ha acquisito"
    # its coach or owner between the club and its verb: "il Fenerbahçe di José Mourinho ha chiesto"
    if keys[j : j + 1] == ["di"] and j + 1 < len(keys) and is_name_key(doc, j + 1):
        j += 1
        while j < k + 8 and j < len(keys) and is_name_key(doc, j):
            j += 1
    # Coordinated subjects share the verb: "Milan e Inter pensano a Gila".
    paired = keys[k - 2 : k] == [CLUB_KEY, "e"]
    joined = False
    while keys[j : j + 2] in (["e", CLUB_KEY], ["o", CLUB_KEY]):
        paired = paired or keys[j] == "e"
        joined = True
        j += 2
    if joined and keys[j : j + 1] and keys[j] in SINGULAR_VERBS:
        return None  # "nei piani della Lazio e il Parma ha proposto": one subject, the last club
    # A relative clause that says what the club does: "il Siviglia, che ha chiesto informazioni";
    # after "Ndoye del Bologna, che piace..." it says what the player does
    # ("I ducali, che lo considerano un pilastro, ne chiedono 25": the main verb comes first)
    relative = None
    if keys[j : j + 2] == [",", "che"] and j + 3 < len(keys) and keys[k - 1] not in ("di", "da"):
        said = starts.get(j + 2) or (starts.get(j + 3) if keys[j + 2] in AFTER_FILLERS else None)
        asks = said is not None and keys[said.start].startswith(ASKING) and _price_follows(keys, said.end)
        if asks:
            return "from"  # "l'Atalanta, che ne chiede almeno 55, sta trattando": a price, whatever follows
        if said is not None and said.value in ("to", "competitor"):
            relative = said.value
    # A relative clause between subject and verb: "il Galatasaray, dove gioca Osimhen, ha avviato"
    if keys[j : j + 1] == [","] and keys[j + 1 : j + 2] and keys[j + 1] in RELATIVES:
        close = next((x for x in range(j + 2, min(j + 16, len(keys))) if keys[x] == ","), -1)
        if close > 0:
            j = close + 1
    for _ in range(6):
        if j >= len(keys):
            return relative
        match = starts.get(j)
        if match is not None and match.end - match.start == 1 and keys[j] in WISHES:
            # "la Juventus vorrebbe inserire una clausola di controriscatto": the wish is the
            # verb after it, when that verb says what the club does
            match = starts.get(j + 1) or match
        if match is not None:
            if keys[j - 1] in PASSIVE_AUX and keys[match.end : match.end + 1] == ["da"]:
                return relative  # "all'Atletico è chiuso da una concorrenza": he is, not the club
            if keys[match.start] in VALUED and keys[match.end : match.end + 1] == ["da"]:
                return relative  # "esterno del Dortmund valutato dal club giallonero": he is valued
            if (
                match.value == "to"
                and keys[match.start].startswith(ASKING)
                and (_price_follows(keys, match.end) or _valuation(keys, match.start, match.end))
            ):
                return "from"  # "la Roma chiede almeno 40 milioni": an asking price
            if match.value == "to" and keys[match.start].startswith("valut") and _answers(keys, match.end):
                return "from"  # "Angelozzi ha chiesto il prestito: la Dea valuta, ma...": weighs a bid
            if match.value == "to" and paired and keys[match.start].startswith(BILATERAL):
                return "counterpart"  # "Napoli e Verona hanno trovato l'accordo": seller and buyer
            return match.value
        # "il Milan per ora prende tempo", "il Milan continua a seguirlo"
        if keys[j : j + 2] == ["per", "ora"] or (keys[j] in ASPECT and keys[j + 1 : j + 2] == ["a"]):
            j += 1
        elif keys[j] == "," and keys[j + 2 : j + 3] == [","] and keys[j + 1] in AFTER_FILLERS:
            j += 2  # an aside between commas: "i bustocchi, però, ne chiedono un milione"
        elif keys[j] not in AFTER_FILLERS:
            return relative
        j += 1
    return relative
