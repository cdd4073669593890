"""A name as the object or the subject of a move: "sulle tracce di Gomez", "l'offerta del West
Ham per Castellanos", "Tomori rinnova", "Gila-Milan". The player evidence a role word cannot
give; split from roles.py, which reads role nouns and appositions first."""

from __future__ import annotations

from .clubcues import SUM_WORDS, is_name_key
from .conduct import HAVE, SUBJECT_FILLERS
from .copulas import OBJECT_FAMILIES, cleft_move, named_target
from .document import SENTINEL, Document
from .names import NameMention
from .phrases import Match
from .shirts import shirt_put_on
from .text import bare_lead

__all__ = ["move_signal"]

OPEN_QUOTES = frozenset({"«", '"', "“", "‘"})  # may open a quoted scoop before its first name

WEAK_LABELS = frozenset({"context", "subject", "past", "contract", "incumbent"})
FAMILIES_OF_A_MOVE = ("deal", "stage")  # "Maignan, il rinnovo...": what a headline's name is led into
# Filler words allowed between a verb and the name it governs ("il sogno sarebbe Kim").
OBJECT_FILLERS = frozenset(
    "di a ad per su anche ancora proprio sempre già ben c è sarebbe ci un uno una resta rimane "
    "forte concreto vero grande nuovo il difensore attaccante centrocampista portiere : potrebbe "
    "secco oneroso gratuito condizionato definitivo "
    "esserci invece sarà pari infine seriamente concretamente mesi settimane giorni tempo "
    "infatti inoltre poi però molto tanto parecchio soprattutto".split()  # "Piace infatti Nzola"
)
TIME_SPANS = frozenset("mesi settimane giorni tempo".split())  # "segue da mesi Castro"
LINKS = frozenset({"§club", "con", "e", "tra", "fra"})
CLITICS = frozenset("lo la li le gli ne".split())  # an object before the verb: he acts on someone
# Words after a name that go on describing him or his move ("Cristiano Ronaldo è bianconero"),
# not a verb of his own clause.
CONNECTIVES = frozenset(
    "di da a in con per su tra fra e o ed che è ha sta sarà sarebbe resta rimane può potrebbe".split()
)
# Participles that make the player the object of a passive ("è stato ceduto"); after "ha" they
# are the subject's own deed ("Paratici ha proposto"), unlike "ha firmato", "ha rinnovato".
PASSIVES = frozenset(
    "ceduto ceduta girato girata acquistato acquistata venduto venduta offerto proposto riscattato "
    "riscattata prestato acquisito trasferito conteso accostato corteggiato cercato seguito richiesto "
    "bloccato prenotato ingaggiato".split()
)
# [player] object phrases that, after a name, say his own move or what he is: "Gudmundsson
# partirà?", "Torreira è davvero un obiettivo?" (before a name they are "arriva Gila", "obiettivo Gila")
OWN_MOVES = frozenset("arriva arriverà torna ritorna rientra parte partirà obiettivo sogno piace".split())
# Where an apposition of a player's market situation starts ("Ndicka, in scadenza con...",
# "Frattesi, conteso da Juve e Napoli"): cues of the [player] subject family after a comma.
APPOSITIONS = frozenset(
    "in a conteso accostato corteggiato cercato richiesto obiettivo cui vicino verso".split()
)
# Adverbs of degree before an apposition's word: ", sempre più vicino alla Juventus", and the
# "he too" of a list of cases: ", anche lui in scadenza nel 2026".
DEGREE = frozenset("sempre più ormai già ora anche lui".split())
# A piece's turn to its next case ("Poi c'è Lookman"); a first name alone is someone it quotes.
TURNS = (["poi", "c", "è"], ["infine", "c", "è"], ["c", "è", "poi"], ["c", "è", "infine"])
# Parenthetical adverbs skipped between a name and its verb: "Modric, infine, sta svolgendo".
ASIDES = frozenset("invece infine inoltre però poi intanto quindi ora già comunque".split())


def move_signal(doc: Document, m: NameMention, k_first: int, k_last: int) -> bool:
    """Whether the words around the name make it the player of a move."""
    return (
        _object_of_move(doc, m, k_first, k_last)
        # "che con Simeone ha perso il posto": a name after "con" is company, not the subject
        or (_subject_of_move(doc, k_last) and doc.keys[k_first - 1] != "con")
        or _headline_move(doc, m, k_first, k_last)
        or (doc.keys[k_last + 1 : k_last + 3] == ["è", "§club"] and shirt_put_on(doc, k_last + 2))
    )


def _object_of_move(doc: Document, m: NameMention, k_first: int, k_last: int) -> bool:
    """The name after a cue of a move, a price or an interviewer's question."""
    keys = doc.keys
    if keys[k_first - 1] == "per" and (keys[k_first - 2][:1].isdigit() or keys[k_first - 2] in SUM_WORDS):
        return True  # "l'Udinese 20 per Kristensen": a price is asked for a player
    if keys[k_first - 3 : k_first] in TURNS and m.last > m.first:
        return True  # "Poi c'è Ademola Lookman, l'eroe della finale": a column's next case, in full
    if keys[k_first - 1] == "problema":
        return True  # "apre il problema Szczęsny": the man a club must sort out ("un problema muscolare")
    if keys[k_first - 3 : k_first] == ["con", "§club", "per"]:
        return True  # "Sondaggio di Ausilio con il Club Brugge per Tajon Buchanan": talks for a player
    if _asked_about(doc, m, k_last):
        return True  # an interviewer's "D: E Riccardo Orsolini?": a player's future
    if keys[k_first - 1] == "su" and keys[k_first - 2] == SENTINEL and keys[k_last + 1 : k_last + 2] == [":"]:
        return True  # an interview's topic: "Su Giovane: «Il Napoli ha chiamato...»"
    # also a quote's start («Per Castellanos...) or a relative: "che per Škriniar ha offerto 50"
    opens = keys[k_first - 2] in (SENTINEL, ",", ":", '"', "che")
    if keys[k_first - 1] == "per" and opens and _move_follows(doc, k_last):
        return True  # "Per Kenan Yıldız la trattativa è avviata", "Per Gila è fatta"
    if keys[k_first - 1] in ("per", "su") and opens and _club_acts_after(doc, k_last):
        return True  # "Per Lucca lavora il Napoli", "Su Coppola è forte il pressing del Brighton"
    if keys[k_first - 1] in ("è", "resta", "rimane", "sarà") and named_target(doc, k_first - 1):
        return True  # "Il grande obiettivo per la difesa è Benjamin Pavard"
    if keys[k_first - 1] in ("è", "sono") and cleft_move(doc, m.sent, k_first - 1):
        return True  # "Chi invece fa le valigie è Valentín Carboni"
    if keys[k_first - 2 : k_first] == ["c", "è"] and any(
        c.value == "outgoing" and c.end <= k_first for c in doc.cues_in("move", m.sent)
    ):
        return True  # "In uscita, infine, c'è Gerson": the one the roundup lists leaving
    company = keys[k_first - 1] == "con"  # "con Gasperini": company, unless the cue says "con"
    for family in OBJECT_FAMILIES:
        ends = doc.ending_at(family)
        for k in range(k_first - 1, max(k_first - 7, 0) - 1, -1):
            match = ends.get(k)
            if match is not None and match.value not in WEAK_LABELS and (not company or k == k_first - 1):
                # after a colon the name may open a clause of its own: "si tratta di un
                # sondaggio: Vrenna e Ursino valutano il giocatore 5 milioni"
                return ":" not in keys[k + 1 : k_first] or not _verb_follows(doc, k_last)
            money = (  # "ha offerto 15 milioni per Lucca", "una proposta da 65 milioni per Retegui"
                keys[k][:1].isdigit()
                or keys[k] in SUM_WORDS
                or (keys[k] == "da" and keys[k + 1][:1].isdigit())
            )
            lasting = keys[k] == "da" and keys[k + 1] in TIME_SPANS
            if not money and not lasting and keys[k] not in OBJECT_FILLERS and keys[k] not in LINKS:
                break
    return False


def _verb_follows(doc: Document, k_last: int) -> bool:
    """A word of the sentence's own after the name, or after the names it lists ("Vrenna e
    Ursino valutano"): the name is a subject, not the object a colon introduces."""
    keys = doc.keys
    j = k_last + 1
    while keys[j : j + 1] == ["e"] and j + 1 < len(keys) and is_name_key(doc, j + 1):
        j += 1
        while j < len(keys) and is_name_key(doc, j):
            j += 1
    return j < len(keys) and keys[j].isalpha() and keys[j] not in CONNECTIVES


def _subject_of_move(doc: Document, k_last: int) -> bool:
    """The name before a verb of his own move: "Tomori rinnova", "Baldanzi piace al Genoa"."""
    keys = doc.keys
    starts, deals = doc.starting_at("player"), doc.starting_at("deal")
    toward = doc.starting_at("club_before")
    k = k_last + 1
    active = False  # "Paratici ha proposto": an active perfect, not "è stato proposto"
    limit = k_last + 7
    while k < min(limit, len(keys)):
        match = starts.get(k)
        t = doc.key_tok[k]
        acted_on = t > 0 and doc.tokens[t - 1].low in CLITICS  # "Conte non lo lascerebbe partire"
        passive = match is not None and keys[k] in PASSIVES
        # verbs of his own move listed as objects too ("arriva Gila" puts them before him)
        moving = match is not None and (match.value == "subject" or keys[match.start] in OWN_MOVES)
        if (moving and not acted_on and not (passive and active)) or k in deals:
            return True  # "Tomori rinnova", "Esposito con obbligo di riscatto"
        active = active or keys[k] in HAVE
        way = toward.get(k)
        if way is not None and way.value == "to" and keys[way.end : way.end + 1] == ["§club"]:
            return True  # "Baldanzi piace al Genoa", "Lucca verso il Nottingham"
        if (
            keys[k : k + 3][:1] == [","]
            and keys[k + 1 : k + 2]
            and keys[k + 1] in ASIDES
            and keys[k + 2 : k + 3] == [","]
        ):
            k += 3
            continue
        if keys[k : k + 3] == ["e", "§club", ","]:
            k += 3  # "Bastoni e l'Inter, rinnovo vicino"
            continue
        if keys[k : k + 2] == ["e", "§club"] and k == k_last + 1:
            k += 2  # "Mike Maignan e il Milan sono vicinissimi"
            continue
        if k == k_last + 1 and keys[k] == "," and _apposition(keys, starts, k + 1):
            return True  # his situation as an apposition: "Ndicka, in scadenza con l'Eintracht"
        if k == k_last + 1 and keys[k] == "," and keys[k + 1 : k + 2] and keys[k + 1] in ASIDE_OPENERS:
            # "Daniel Boloca, tra i protagonisti della cavalcata, piace molto al Sassuolo" and
            # "Lorenzo Colombo, dopo settimane di trattativa, giocherà con la SPAL": past the aside
            close = next((x for x in range(k + 2, min(k + 14, len(keys))) if keys[x] in (",", SENTINEL)), -1)
            if close > 0 and keys[close] == ",":
                k, limit = close + 1, close + 7
                continue
        if k == k_last + 1 and keys[k : k + 2] in ([",", "che"], [",", "cui"]):
            # "Samardzic, che con la Dea trova meno spazio, piace al ds azzurro": past the clause
            close = next((x for x in range(k + 2, min(k + 20, len(keys))) if keys[x] in (",", SENTINEL)), -1)
            if close > 0 and keys[close] == ",":
                k, limit = close + 1, close + 7
                continue
        if keys[k] not in SUBJECT_FILLERS:
            break
        k += 1
    return False


ASIDE_OPENERS = frozenset(
    "tra fra dopo reduce protagonista autore in dal da "
    # his past told in passing: "Saponara, rientrato alla Fiorentina dopo il prestito, è il sogno"
    "rientrato rientrata arrivato arrivata tornato tornata cresciuto cresciuta "
    # what he has become or lacked: "Svilar, diventato titolare", "Ciccarelli, poco impiegato"
    "diventato diventata poco mai".split()
)


def _apposition(keys: list[str], starts: dict[int, Match[str]], k: int) -> bool:
    """A subject cue opening the apposition at key ``k``, past adverbs of degree: "in scadenza
    con l'Eintracht", "il cui futuro è al centro delle voci", "sempre più vicino alla Juventus"."""
    while k < len(keys) - 1 and keys[k] in DEGREE:
        k += 1
    aside = starts.get(k)
    return aside is not None and aside.value == "subject" and keys[k] in APPOSITIONS


def _headline_move(doc: Document, m: NameMention, k_first: int, k_last: int) -> bool:
    """Headlines and telegraphic openings: "Milan, Gomez per la difesa", "Gila-Milan", "Milan su
    Gila", "Lookman all'Inter?"."""
    keys = doc.keys
    labelled = _label_led(doc, m)
    lead = doc.tokens[doc.sentences[m.sent].tok_start : m.first]
    opening = all(t.text in OPEN_QUOTES for t in lead) or labelled  # also a quoted tweet's «Name
    if opening and keys[k_last + 1 : k_last + 3] in (["a", "§club"], ["to", "§club"]):
        return True  # also a quoted scoop's English: "Traoré to Napoli, here we go!"
    if _glued(doc, m.last):
        return True  # "JUVENTUS | Thuram-Juve, c'è l'accordo", "l'affare Gila-Lazio"
    # an entry of a roundup led by the name, then the move: "🇨🇮 Konan N'Dri, manca poco:"; not
    # a relative clause of what he does ("Ibrahimovic, che segue ogni operazione")
    led = keys[k_last + 1 : k_last + 2] == [","] and keys[k_last + 2 : k_last + 3] != ["che"]
    if bare_lead(lead) and led and _headline_story(doc, k_last + 2, FAMILIES_OF_A_MOVE):
        return True
    if keys[k_first - 2 : k_first] == ["§club", ","] and _opens_line(doc, doc.key_tok[k_first - 2]):
        return True  # a live post's "21:40 | Napoli, Rasmus Højlund è arrivato a Villa Stuart"
    if doc.sentences[m.sent].heading or labelled:
        before, nxt = keys[max(k_first - 2, 0) : k_first], keys[k_last + 1 : k_last + 3]
        glued = nxt[:2] in (["-", "§club"], ["a", "§club"])
        # "Füllkrug, il Milan fa sul serio": a headline led by the name, then the club at work on him
        led = opening and nxt[:2] == [",", "§club"] and _headline_story(doc, k_last + 3)
        # "Maignan, il rinnovo entra nel vivo", "Giménez, sondaggio dalla Premier": a headline
        # led by the name, then the move itself
        led = led or (opening and nxt[:1] == [","] and _headline_story(doc, k_last + 2, FAMILIES_OF_A_MOVE))
        return before in (["§club", ","], ["§club", "su"], ["§club", "per"], ["§club", "-"]) or glued or led
    return False


def _opens_line(doc: Document, t: int) -> bool:
    """Token ``t`` opens its sentence, after a time stamp, a bar or a dash at most."""
    lead = doc.tokens[doc.sentences[doc.tokens[t].sent].tok_start : t]
    return all(tok.kind in ("punct", "num") or tok.text[:1].isdigit() for tok in lead)


def _label_led(doc: Document, m: NameMention) -> bool:
    """A roundup line led by a label in capitals and a dash ("ROMA – Dean Huijsen, c'è
    l'accordo con la Juventus"): the name opens its entry as it would a headline."""
    lead = doc.tokens[doc.sentences[m.sent].tok_start : m.first]
    words = [t for t in lead if t.kind != "punct"]
    # a live post's time stamp may open it: "[17:05] MILAN | Youssouf Fofana, nuovo rilancio"
    labels = [t for t in words if not t.text.isdigit()]
    if labels and lead[-1].text == ":" and len(labels) <= 3 and doc.sentences[m.sent].title:
        return True  # a title's short label: "Dal Portogallo: João Mário, l'Inter rilancia"
    return bool(labels) and lead[-1].text in ("–", "-", ":", "|") and all(t.text.isupper() for t in labels)


def _asked_about(doc: Document, m: NameMention, k_last: int) -> bool:
    """A question that is the name alone ("E Riccardo Orsolini?", "D: E Lookman?"): the
    interviewer turns to a man's future, and interviews on the market ask about players."""
    if doc.keys[k_last + 1 : k_last + 2] != ["?"]:
        return False
    lead = [t.low for t in doc.tokens[doc.sentences[m.sent].tok_start : m.first]]
    return lead in (["e"], ["d", ":", "e"], ["d", ":"], ["-", "e"])


def _glued(doc: Document, last: int) -> bool:
    """A name glued to a club by a hyphen with no space ("Thuram-Juve"): the press's shorthand
    for a player's move to that club, in a headline or in prose."""
    toks = doc.tokens
    if last + 2 >= len(toks) or toks[last + 1].text not in ("-", "–"):
        return False
    dash, club = toks[last + 1], toks[last + 2]
    return club.kind == "club" and toks[last].end == dash.start and dash.end == club.start


def _move_follows(doc: Document, k_last: int) -> bool:
    """A cue of a deal or of its stage within the three words after a name."""
    return any(
        j in doc.starting_at(family) for family in ("stage", "deal") for j in range(k_last + 1, k_last + 4)
    )


def _club_acts_after(doc: Document, k_last: int) -> bool:
    """A club's deed within the three words after a name, with the club as its subject after the
    verb: the name before it, led by "per" or "su", is what the club acts for."""
    for family in ("club_after", "club_before"):
        starts = doc.starting_at(family)
        for j in range(k_last + 1, k_last + 4):
            cue = starts.get(j)
            if cue is not None and "§club" in doc.keys[cue.end : cue.end + 3]:
                return True
    return False


def _headline_story(
    doc: Document, k: int, families: tuple[str, ...] = ("club_after", "stage", "deal")
) -> bool:
    """A cue of a move within the few words after the club of a "Name, Club ..." headline."""
    for family in families:
        starts = doc.starting_at(family)
        if any(j in starts for j in range(k, min(k + 3, len(doc.keys)))):
            return True
    return False
