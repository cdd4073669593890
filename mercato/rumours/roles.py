"""What the press says a named person is: a player, or a coach, director, president, agent, journalist."""

from __future__ import annotations

import re

from .clubs import SHIRT_ARTICLES, is_shirt
from .conduct import HAVE, SUBJECT_FILLERS, read_conduct
from .document import SENTINEL, Document
from .names import NameMention
from .rolecontext import NON_PLAYER_ROLES, read_role_context

__all__ = ["NON_PLAYER_ROLES", "read_roles"]

ROLE_GAP_STOP = frozenset(
    "è e ed o che a per con su in da tra fra ma non ha hanno sono sta stanno era sarà sarebbe ci si se "
    "come anche al ad è, vuole".split()
)
# A free agent is a player by definition: "Belotti, svincolato", "lo svincolato Vecino".
FREE_AGENT = frozenset("svincolato svincolata svincolati".split())
AGE_RE = re.compile(r"^\d{2}enne$")
OBJECT_FAMILIES = ("player", "deal", "stage", "club_after", "move")
WEAK_LABELS = frozenset({"context", "subject", "past", "contract", "incumbent"})
# Filler words allowed between a verb and the name it governs ("il sogno sarebbe Kim").
FAMILIES_OF_A_MOVE = ("deal", "stage")  # "Maignan, il rinnovo...": what a headline's name is led into
NICKNAME_PREFIXES = frozenset({"big", "magic", "super", "king", "mister"})
NICKNAME_PREFIXES_CAP = frozenset({"Big", "Magic", "Super", "King"})
PLACE_WORDS = frozenset("via viale piazza piazzale corso largo vicolo stadio villa clinica".split())
REPRESENTED = (["assistito", "da"], ["assistita", "da"], ["assistiti", "da"], ["rappresentato", "da"])
PLACE_NAMES = frozenset({"Punta", "Capo", "Isola"})  # capitalised only: "a Punta Raisi" ("punta" is a verb)
OBJECT_FILLERS = frozenset(
    "di a ad per su anche ancora proprio sempre già ben c è sarebbe ci un uno una resta rimane "
    "forte concreto vero grande nuovo il difensore attaccante centrocampista portiere : potrebbe "
    "secco oneroso gratuito condizionato definitivo "
    "esserci invece sarà pari".split()
)
LINKS = frozenset({"§club", "con", "e", "tra", "fra"})
MONEY_WORDS = frozenset("milioni milione mln euro più bonus".split())
CLITICS = frozenset("lo la li le gli ne".split())  # an object before the verb: he acts on someone
# Participles that make the player the object of a passive ("è stato ceduto"); after "ha" they
# are the subject's own deed ("Paratici ha proposto"), unlike "ha firmato", "ha rinnovato".
PASSIVES = frozenset(
    "ceduto ceduta girato girata acquistato acquistata venduto venduta offerto proposto riscattato "
    "riscattata prestato acquisito trasferito conteso accostato corteggiato cercato seguito richiesto "
    "bloccato prenotato ingaggiato".split()
)
# [player] object phrases that, after a name, say his own move or what he is: "Gudmundsson
# partirà?", "Torreira è davvero un obiettivo?" (before a name they are "arriva Gila", "obiettivo Gila")
CLAUSE_STOPS = frozenset({",", ";", ":", ".", "¶", "ma", "e", "che"})  # where a subject phrase starts
OWN_MOVES = frozenset("arriva arriverà torna ritorna rientra parte partirà obiettivo sogno piace".split())
# Parenthetical adverbs skipped between a name and its verb: "Modric, infine, sta svolgendo".
# Where an apposition of a player's market situation starts ("Ndicka, in scadenza con...",
# "Frattesi, conteso da Juve e Napoli"): cues of the [player] subject family after a comma.
APPOSITIONS = frozenset("in a conteso accostato corteggiato cercato richiesto obiettivo".split())
ASIDES = frozenset("invece infine inoltre però poi intanto quindi ora già comunque".split())


def read_roles(doc: Document, mentions: list[NameMention]) -> None:
    """Fill in role and player evidence for every mention, then the article-wide role hints."""
    for m in mentions:
        _read_signals(doc, m)
    read_role_context(doc, mentions)


def _read_signals(doc: Document, m: NameMention) -> None:
    """Role and player evidence around one mention, from role nouns, appositions and cues."""
    k_first = doc.key_of(m.first, m.last)
    k_last = doc.key_of(m.first, m.last, end=True)
    if k_first < 0:
        return
    keys = doc.keys
    # the word before must be in his sentence: "visite in corso" may end the line above the name
    before = doc.tokens[m.first - 1] if m.first > doc.sentences[m.sent].tok_start else None
    if before is not None and (before.low in PLACE_WORDS or before.text in PLACE_NAMES):
        m.role = "place"  # "in via Aldo Rossi", "allo stadio Diego Armando Maradona"
        return
    if doc.tokens[m.first].low in NICKNAME_PREFIXES or (
        m.first > 0 and doc.tokens[m.first - 1].text in NICKNAME_PREFIXES_CAP
    ):
        m.role = "alias"  # "Big Rom", "Magic Mike": a nickname, not another man
        return
    # 1. A role noun shortly before: "l'allenatore Allegri", "il ds dei rossoneri Tare".
    roles_end = doc.ending_at("role")
    framed = keys[k_first - 1] == "," and keys[k_last + 1 : k_last + 2] == [","]
    role = roles_end.get(k_first - 2) if framed else None
    if role is not None and keys[role.start - 1] != "di":  # not "l'agente del giocatore, Novel,"
        m.role = role.value  # "Il suo agente, Alessandro Moggi, ha spiegato": set off by commas
    club_tok, words = -1, 0
    for k in range(k_first - 1, max(k_first - 6, 0) - 1, -1):
        match = roles_end.get(k)
        if match is not None:
            if keys[k + 1 : k_first][:1] == ["di"] and match.value == "agent" and k + 2 == k_first:
                m.player_signal = True  # "l'agente di Gila": Gila is the client
            else:
                m.role, m.club_hint = match.value, club_tok
            break
        key = keys[k]
        if key == "§club":
            club_tok = doc.key_tok[k]
            continue
        if key == "di" and keys[k + 1] == "§club":
            continue
        if key == "di" and k == k_first - 1:
            owner = roles_end.get(k - 1)
            if owner is not None and owner.value == "agent":
                m.player_signal = True  # "il procuratore di Samuele Ricci": the client is a player
            break  # "il fuoriclasse di Drongen": a place or an owner, not an apposition
        words += 1
        if (
            words > 2
            or key in ROLE_GAP_STOP
            or not key[:1].isalpha()
            or doc.tokens[doc.key_tok[k]].text[:1].isupper()
        ):
            break
    owner = keys[k_first - 2 : k_first]
    if owner in REPRESENTED and m.role is None:
        m.role = "agent"  # "Vlahović, assistito da Darko Ristić": the man who represents him
    elif owner in (["club", "di"], ["società", "di"]) and m.role is None:
        m.role = "president"  # "il club di André Villas-Boas": the man the club belongs to
    elif owner in (["squadra", "di"], ["§club", "di"]) and m.role is None and not _colour(doc, k_first - 2):
        m.weak_role = "coach"  # "la squadra di Gasperini", "il Porto di Farioli": its coach, mostly
    if keys[k_first - 1] in FREE_AGENT and k_first > 1 and keys[k_first - 2] in ("lo", "l'", "lo'"):
        m.player_signal = True  # "lo svincolato Belotti"
    # 1b. A club nickname as his shirt: "il bianconero McKennie", "l'azzurro Politano".
    shirt = doc.key_tok[k_first - 1] if keys[k_first - 1] == "§club" else -1
    if (
        m.role is None
        and shirt > 0
        and is_shirt(doc.tokens[shirt])
        and doc.tokens[shirt - 1].low in SHIRT_ARTICLES
    ):
        m.player_signal = True
    # 2. Apposition after: "Tare, ds del Milan", "Gomez, 28enne inglese", "Gila (Lazio)".
    after = keys[k_last + 1 : k_last + 5]
    if after[:1] in (["("], [","]):
        rest = after[1:]
        match = doc.starting_at("role").get(k_last + 2) or doc.starting_at("role").get(k_last + 3)
        adjacent = match is not None and (
            match.start == k_last + 2 or rest[:1] in (["nuovo"], ["attuale"], ["ex"])
        )
        if adjacent and _names_next(doc, match.end):
            adjacent = False  # "Per il sostituto di Drăgușin, l'ad Andrés Blázquez": the next man's
        # a plural describes the list the name closes, not him: "Montolivo e Morfeo, talenti di
        # un'altra epoca"
        listed = match is not None and match.value == "player" and keys[match.end - 1].endswith("i")
        if adjacent and m.role is None and not listed:
            m.role = match.value
        if rest[:1] and (AGE_RE.match(rest[0]) or rest[:1] == ["classe"] or rest[1:2] == ["anni"]):
            m.player_signal = m.strong = True
        if rest[:1] and (rest[0] in FREE_AGENT or rest[:3] == ["a", "parametro", "zero"]):
            m.player_signal = True  # "Belotti, svincolato dal primo luglio": a player without a club
        if (rest[:1] == ["§club"] and after[:1] == ["("]) or rest[:2] == ["ex", "§club"]:
            m.player_signal = m.strong = True
        if rest[:1] == ["§outlet"] and m.role is None:
            m.role = "journalist"
        if after[:1] == [","] and m.role is None and k_last + 2 in doc.starting_at("anaphora"):
            m.player_signal = True  # "Thorstvedt, norvegese dal piede educato": described as a player
    if after[:2] == ["di", "§club"] and m.role is None:
        m.player_signal = m.strong = True
    if after[:3] == ["è", "di", "§club"] and m.role is None:
        m.player_signal = True  # "Romelu Lukaku è del Chelsea": whose player he is
    if after[:2] == ["di", "§outlet"] and m.role is None:
        m.role = "journalist"
    # A list entry of a roundup: "Davide Frattesi - Il centrocampista resta nel mirino della Roma",
    # "SALE - Randal Kolo Muani." (a label, then the name alone).
    s = doc.sentences[m.sent]
    # "- WESLEY:", "3/ Eldor Shomurodov: la Roma...": only a bullet or a thread's number before
    lead = doc.tokens[s.tok_start : m.first]
    bullet = all(tok.kind == "punct" or tok.text.isdigit() for tok in lead)
    if bullet and after[:1] in (["-"], ["–"], [":"], ["?"]) and not s.heading:
        m.player_signal = True
    labelled = all(
        doc.tokens[t].kind == "punct" or doc.tokens[t].text.isupper() for t in range(s.tok_start, m.first)
    )
    if labelled and m.first > s.tok_start and after[:1] in (["."], ["¶"]) and not s.heading:
        m.player_signal = True
    # 3. A citation just before: "secondo Romano", "come riferisce Di Marzio".
    cit = doc.ending_at("citation").get(k_first - 1)
    if cit is not None and m.role is None:
        m.role = "journalist"
    if m.role == "player":
        m.player_signal = m.strong = True
    read_conduct(doc, m, k_first, k_last)
    if m.player_signal:
        return
    # 4. The object or subject of a move: "sulle tracce di Gomez", "l'offerta del West Ham
    #    per Castellanos", "Tomori rinnova".
    if keys[k_first - 1] == "per" and (keys[k_first - 2][:1].isdigit() or keys[k_first - 2] in MONEY_WORDS):
        m.player_signal = True  # "l'Udinese 20 per Kristensen": a price is asked for a player
        return
    if _asked_about(doc, m, k_last):
        m.player_signal = True  # an interviewer's "D: E Riccardo Orsolini?": a player's future
        return
    if keys[k_first - 1] == "su" and keys[k_first - 2] == SENTINEL and keys[k_last + 1 : k_last + 2] == [":"]:
        m.player_signal = True  # an interview's topic: "Su Giovane: «Il Napoli ha chiamato...»"
        return
    opens = keys[k_first - 2] in (SENTINEL, ",", ":", '"')  # also a quote's start: «Per Castellanos...
    if keys[k_first - 1] == "per" and opens and _move_follows(doc, k_last):
        m.player_signal = True  # "Per Kenan Yıldız la trattativa è avviata", "Per Gila è fatta"
        return
    if keys[k_first - 1] in ("è", "resta", "rimane", "sarà") and _named_target(doc, k_first - 1):
        m.player_signal = True  # "Il grande obiettivo per la difesa è Benjamin Pavard"
        return
    company = keys[k_first - 1] == "con"  # "con Gasperini": company, unless the cue says "con"
    for family in OBJECT_FAMILIES:
        ends = doc.ending_at(family)
        for k in range(k_first - 1, max(k_first - 7, 0) - 1, -1):
            match = ends.get(k)
            if match is not None and match.value not in WEAK_LABELS and (not company or k == k_first - 1):
                m.player_signal = True
                return
            money = (  # "ha offerto 15 milioni per Lucca", "una proposta da 65 milioni per Retegui"
                keys[k][:1].isdigit()
                or keys[k] in MONEY_WORDS
                or (keys[k] == "da" and keys[k + 1][:1].isdigit())
            )
            if not money and keys[k] not in OBJECT_FILLERS and keys[k] not in LINKS:
                break
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
            m.player_signal = True  # "Tomori rinnova", "Esposito con obbligo di riscatto"
            return
        active = active or keys[k] in HAVE
        way = toward.get(k)
        if way is not None and way.value == "to" and keys[way.end : way.end + 1] == ["§club"]:
            m.player_signal = True  # "Baldanzi piace al Genoa", "Lucca verso il Nottingham"
            return
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
        if k == k_last + 1 and keys[k : k + 2] in ([",", "che"], [",", "cui"]):
            # "Samardzic, che con la Dea trova meno spazio, piace al ds azzurro": past the clause
            close = next((x for x in range(k + 2, min(k + 20, len(keys))) if keys[x] in (",", SENTINEL)), -1)
            if close > 0 and keys[close] == ",":
                k, limit = close + 1, close + 7
                continue
        aside = starts.get(k + 1) if k == k_last + 1 and keys[k] == "," else None
        if aside is not None and aside.value == "subject" and keys[k + 1] in APPOSITIONS:
            m.player_signal = True  # his situation as an apposition: "Ndicka, in scadenza con l'Eintracht"
            return
        if keys[k] not in SUBJECT_FILLERS:
            break
        k += 1
    # 5. Headlines, and telegraphic openings: "Milan, Gomez per la difesa", "Gila-Milan",
    #    "Milan su Gila", "Lookman all'Inter?".
    opening = m.first == doc.sentences[m.sent].tok_start
    if opening and keys[k_last + 1 : k_last + 3] == ["a", "§club"]:
        m.player_signal = True
    elif _glued(doc, m.last):
        m.player_signal = True  # "JUVENTUS | Thuram-Juve, c'è l'accordo", "l'affare Gila-Lazio"
    elif doc.sentences[m.sent].heading:
        before, nxt = keys[max(k_first - 2, 0) : k_first], keys[k_last + 1 : k_last + 3]
        glued = nxt[:2] in (["-", "§club"], ["a", "§club"])
        # "Füllkrug, il Milan fa sul serio": a headline led by the name, then the club at work on him
        led = opening and nxt[:2] == [",", "§club"] and _headline_story(doc, k_last + 3)
        # "Maignan, il rinnovo entra nel vivo", "Giménez, sondaggio dalla Premier": a headline
        # led by the name, then the move itself
        led = led or (opening and nxt[:1] == [","] and _headline_story(doc, k_last + 2, FAMILIES_OF_A_MOVE))
        if before in (["§club", ","], ["§club", "su"], ["§club", "per"], ["§club", "-"]) or glued or led:
            m.player_signal = True


def _named_target(doc: Document, copula: int) -> bool:
    """The subject of "è" before a name is a target ("Il preferito di Thiago Motta per l'esterno
    è Dan Ndoye"): a [player] object cue in the words before the verb, within its phrase."""
    ends = doc.ending_at("player")
    for k in range(copula - 1, max(copula - 9, 0), -1):
        if doc.keys[k] in CLAUSE_STOPS:
            return False
        match = ends.get(k)
        if match is not None and match.value == "object":
            return True
    return False


def _asked_about(doc: Document, m: NameMention, k_last: int) -> bool:
    """A question that is the name alone ("E Riccardo Orsolini?", "D: E Lookman?"): the
    interviewer turns to a man's future, and interviews on the market ask about players."""
    if doc.keys[k_last + 1 : k_last + 2] != ["?"]:
        return False
    lead = [t.low for t in doc.tokens[doc.sentences[m.sent].tok_start : m.first]]
    return lead in (["e"], ["d", ":", "e"], ["d", ":"], ["-", "e"])


def _names_next(doc: Document, k: int) -> bool:
    """A capitalised name right after a role noun: the role is that man's."""
    t = doc.key_tok[k] if k < len(doc.keys) else -1
    return t >= 0 and doc.tokens[t].kind == "word" and doc.tokens[t].is_cap


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


def _headline_story(
    doc: Document, k: int, families: tuple[str, ...] = ("club_after", "stage", "deal")
) -> bool:
    """A cue of a move within the few words after the club of a "Name, Club ..." headline."""
    for family in families:
        starts = doc.starting_at(family)
        if any(j in starts for j in range(k, min(k + 3, len(doc.keys)))):
            return True
    return False


def _colour(doc: Document, k: int) -> bool:
    """A club written as a lower-case colour after a noun: "l'avventura blucerchiata di Audero"
    is his time at the club, not a coach's team ("il Porto di Farioli")."""
    t = doc.key_tok[k]
    return doc.keys[k] == "§club" and t >= 0 and doc.tokens[t].text[:1].islower()
