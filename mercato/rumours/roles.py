"""What the press says a named person is: a player, or a coach, director, president, agent, journalist."""

from __future__ import annotations

from .clubcues import is_name_key
from .clubs import SHIRT_ARTICLES, is_shirt
from .conduct import read_conduct
from .document import Document
from .movesignals import move_signal
from .names import NameMention
from .reveals import aged_after, colon_reveal, dateline_town, presented, question_reveal
from .rolecontext import NON_PLAYER_ROLES, exit_via, moved_by_deal, read_role_context
from .text import AGE_RE, player_age

__all__ = ["NON_PLAYER_ROLES", "read_roles"]

TICKER_LABELS = ([":"], ["–"], ["-"], ["—"])  # "Napoli: ", "ROMA – ": a ticker item's club
ITEM_MARKS = (["-"], ["–"], [":"], ["?"])  # after a list item's name: "- WESLEY:", "Frattesi -"
DESCRIPTION_REACH = 10  # keys of a sentence-opening description before a name set off by commas

ROLE_GAP_STOP = frozenset(
    "è e ed o che a per con su in da tra fra ma non ha hanno sono sta stanno era sarà sarebbe ci si se "
    "come anche al ad è, vuole chiede sogna cerca aspetta ritrova ottiene abbraccia blinda perde saluta "
    "accoglie considera valuta stima apprezza segue conosce ritiene giudica elogia difende incontra "
    "sente chiama protegge".split()  # "Il presidente del Benfica considera Amaral": his object
)
# Verbs right after a role noun that make it the subject of a new clause, not an apposition.
CLAUSE_VERBS = frozenset("ha hanno è sono aveva avevano avrebbe avrebbero sarà non".split())
# A free agent is a player by definition: "Belotti, svincolato", "lo svincolato Vecino".
FREE_AGENT = frozenset("svincolato svincolata svincolati".split())
FREED_BY = frozenset({"contratto", "scadenza", "parametro"})  # not "libero dopo l'esperienza in panchina"
# Role nouns ending in -i that are singular too: "Valente, centravanti classe 2001" is one man.
INVARIABLE = frozenset({"centravanti"})
NICKNAME_PREFIXES = frozenset({"big", "magic", "super", "king", "mister"})
NICKNAME_PREFIXES_CAP = frozenset({"Big", "Magic", "Super", "King"})
PLACE_WORDS = frozenset(
    "via viale piazza piazzale corso largo vicolo stadio villa clinica aeroporto ospedale stazione".split()
)
REPRESENTED = (["assistito", "da"], ["assistita", "da"], ["assistiti", "da"], ["rappresentato", "da"])
PLACE_NAMES = frozenset({"Punta", "Capo", "Isola"})  # capitalised only: "a Punta Raisi" ("punta" is a verb)
# Whose side or courting a name after "di" tells: "la squadra di Gasperini", "la corte di Rastelli".
COACHED = (["squadra", "di"], ["nazionale", "di"], ["§club", "di"], ["primavera", "di"], ["corte", "di"])
# A verb after an outlet or insider set off by a comma: he opens a clause of his own.
REPORTS = [[w] for w in "ha scrive riporta riferisce racconta spiega sostiene conferma rivela svela".split()]
ROLE_NOUNS = frozenset({"coach", "director", "president", "agent", "journalist"})  # jobs "è il ..." names
APPOSITION_REACH = 6  # keys of "ex difensore dell'Inter e" before a second job


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
    placed = before is not None and (before.low in PLACE_WORDS or before.text in PLACE_NAMES)
    placed = placed and not exit_via(doc, m.first, m.sent)  # "dentro Chiesa, via Higuaín": no street
    # "la firma a Casa Milan": a club's headquarters, not a man ("Casa Esposito" is a family)
    house = doc.tokens[m.last].text == "Casa" and keys[k_last + 1 : k_last + 2] == ["§club"]
    if placed or house or dateline_town(doc, m):
        m.role = "place"  # "in via Aldo Rossi", "allo stadio Diego Armando Maradona", "BORMIO (14 luglio"
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
    elif framed and m.role is None and _described_before(doc, m.sent, k_first - 1):
        m.player_signal = True  # "L'iraniano del Porto, Mehdi Taremi, piace da tempo al ds"
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
        if (key == "classe" and keys[k + 1].isdigit()) or (key.isdigit() and keys[k - 1] == "classe"):
            continue  # "il centrocampista classe 2005 Kevin Zeroli": his year sits between
        if key == "di" and k == k_first - 1:
            owner = roles_end.get(k - 1)
            if owner is not None and owner.value == "agent":
                m.player_signal = True  # "il procuratore di Samuele Ricci": the client is a player
            elif owner is not None and owner.value in ("coach", "director") and m.first == m.last:
                m.role = "place"  # "il tecnico di Certaldo": where the coach comes from
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
    elif (
        (owner in COACHED or (owner[1:] == ["di"] and k_first - 2 in doc.ending_at("national_team")))
        and m.role is None
        and not (_colour(doc, k_first - 2) or moved_by_deal(keys, k_first))
    ):
        # "la squadra di Gasperini", "la Primavera di De Rossi", "la Croazia di Dalić": its coach
        m.weak_role = "coach"
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
    if after[:1] in (["("], [","], ["|"]):  # "|": a table's next cell, "Morata | Real Madrid"
        rest = after[1:]
        match = doc.starting_at("role").get(k_last + 2) or doc.starting_at("role").get(k_last + 3)
        adjacent = match is not None and (
            match.start == k_last + 2 or rest[:1] in (["nuovo"], ["attuale"], ["ex"])
        )
        if adjacent and is_name_key(doc, match.end):
            adjacent = False  # "Per il sostituto di Drăgușin, l'ad Andrés Blázquez": the next man's
        verb = -1 if match is None else match.end + (keys[match.end : match.end + 1] == ["§club"])
        if adjacent and keys[verb : verb + 1] and keys[verb] in CLAUSE_VERBS:
            # "per Matteo Politano, il presidente ha risposto", "Sul futuro di Ricci, il tecnico
            # granata non ha dubbi": a new subject
            adjacent = False
        # a plural describes the list the name closes, not him: "Montolivo e Morfeo, talenti di
        # un'altra epoca"
        noun = keys[match.end - 1] if match is not None else ""
        listed = (
            match is not None and match.value == "player" and noun.endswith("i") and noun not in INVARIABLE
        )
        if adjacent and m.role is None and not listed:
            m.role = match.value
        if adjacent and m.role == "player" and (job := _second_job(doc, match.end)) is not None:
            m.role = job  # "Massimo Paganin, ex difensore dell'Inter e ospite fisso": his job now
        if rest[:1] and (AGE_RE.match(rest[0]) or rest[:1] == ["classe"] or player_age(rest)):
            m.player_signal = m.strong = True
        # "Bernardeschi, anche lui svincolato", "Sergi Roberto, libero dopo la fine del contratto"
        free = any(w in FREE_AGENT for w in rest[:3]) or rest[:3] == ["a", "parametro", "zero"]
        if free or (rest[:1] == ["libero"] and not FREED_BY.isdisjoint(keys[k_last + 3 : k_last + 9])):
            m.player_signal = m.strong = True  # "Belotti, svincolato dal primo luglio": no club, no bench
        if (rest[:1] == ["§club"] and after[:1] in (["("], ["|"])) or rest[:2] == ["ex", "§club"]:
            m.player_signal = m.strong = True
        if rest[:1] == ["§outlet"] and m.role is None and rest[1:2] not in REPORTS:
            # "Alfredo Pedullà, Sportitalia": his outlet; not "Su Maignan, Nicolò Schira ha
            # scritto": an insider's name opening the clause that reports on the player
            m.role = "journalist"
        if after[:1] == [","] and m.role is None and k_last + 2 in doc.starting_at("anaphora"):
            m.player_signal = True  # "Thorstvedt, norvegese dal piede educato": described as a player
    if m.role is None:
        m.role = _named_as(doc, k_last)
    owner = doc.starting_at("role_after").get(k_last + 1)
    if m.role is None and owner is not None and owner.value == "president":
        m.role = "president"  # "Suning Holdings Group", "Pizzarotti lascia la presidenza": no player's deed
    if after[:1] == ["."] and m.role is None and aged_after(doc, k_last + 1):
        m.player_signal = True  # "Chiude il quadro Salvatore Sirigu. Il 37enne, in scadenza..."
    if after[:2] == ["di", "§club"] and m.role is None:
        m.player_signal = m.strong = True
    if after[:3] == ["è", "di", "§club"] and m.role is None:
        m.player_signal = True  # "Romelu Lukaku è del Chelsea": whose player he is
    if after[:2] == ["di", "§outlet"] and m.role is None:
        m.role = "journalist"
    # A list entry of a roundup: "Davide Frattesi - Il centrocampista resta nel mirino della Roma",
    # "SALE - Randal Kolo Muani." (a label, then the name alone).
    s = doc.sentences[m.sent]
    # "- WESLEY:", "3/ Eldor Shomurodov: la Roma...": only a bullet or a thread's number before;
    # a bracket after a bullet's name opens a ledger's terms ("- Leão (fino al 2028)")
    lead = doc.tokens[s.tok_start : m.first]
    bullet = all(tok.kind == "punct" or tok.text.isdigit() for tok in lead)
    if bullet and (after[:1] in ITEM_MARKS or (lead and after[:1] == ["("])) and not s.heading:
        m.player_signal = True
    # a ticker's item, the club then the man: "Napoli: Hirving Lozano, offerta da 40 milioni",
    # "ROMA – Juan Manuel Iturbe, braccio di ferro con il Verona"
    labelled_item = lead and lead[0].kind == "club" and [t.text for t in lead[1:]] in TICKER_LABELS
    if labelled_item and after[:1] in ([","], ["."]):
        m.player_signal = True
    if not lead and not s.heading and _graded(after):
        m.player_signal = True  # a report card's entry: "Erik Lamela, 7,5.", "De Rossi, senza voto."
    labelled = all(tok.kind == "punct" or tok.text.isupper() for tok in lead)
    if labelled and m.first > s.tok_start and after[:1] in (["."], ["¶"]) and not s.heading:
        m.player_signal = True
    if (
        colon_reveal(doc, m, k_first, after)
        or question_reveal(doc, m, k_first, after)
        or presented(doc, m, k_first, after)
    ):
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
    # 4. The object or subject of a move, and 5. headlines and telegraphic openings.
    if move_signal(doc, m, k_first, k_last):
        m.player_signal = True


def _second_job(doc: Document, k: int) -> str | None:
    """A club man's or a pundit's job joined by "e" to an apposition that called him a player ("ex
    difensore dell'Inter e ospite fisso"): what he was comes first, what he is now after the "e"."""
    keys, starts = doc.keys, doc.starting_at("role")
    for j in range(k, min(k + APPOSITION_REACH, len(keys) - 1)):
        if keys[j] in (",", ".", ":", ";", "¶") or keys[j] in CLAUSE_VERBS:
            return None
        if keys[j] == "e" and (job := starts.get(j + 1)) is not None and job.value in ROLE_NOUNS:
            return job.value
    return None


def _named_as(doc: Document, k_last: int) -> str | None:
    """The club man a sentence presents: "Sandro Tomasetti, 54 anni, è il nuovo preparatore dei
    portieri", "Rossi è l'allenatore della Primavera". The copula names his job, whatever his age
    (a player's word) says. A player's place at a club ("è il nuovo centravanti del Napoli")
    makes him a player; "è il nuovo obiettivo" names no role."""
    keys = doc.keys
    k = k_last + 1
    if keys[k : k + 1] == [","]:  # over an apposition of his age: ", 54 anni,"
        close = next((j for j in range(k + 1, min(k + 5, len(keys))) if keys[j] == ","), None)
        if close is None or not (AGE_RE.match(keys[k + 1]) or keys[k + 2 : k + 3] == ["anni"]):
            return None
        k = close + 1
    if keys[k : k + 1] != ["è"]:
        return None
    k += 1 + (keys[k + 1 : k + 2] in (["nuovo"], ["attuale"]))
    match = doc.starting_at("role").get(k)
    if match is None or keys[match.end : match.end + 1] == ["-"] or is_name_key(doc, match.end):
        return None  # "Boateng è il nuovo vice-Suárez": the man whose deputy he is names a place
    if match.value == "player":
        # "Giovanni Simeone è il nuovo centravanti del Napoli": a player's place at a club
        return "player" if keys[match.end : match.end + 2] == ["di", "§club"] else None
    return match.value if match.value in ROLE_NOUNS else None


def _colour(doc: Document, k: int) -> bool:
    """A club written as a lower-case colour after a noun: "l'avventura blucerchiata di Audero"
    is his time at the club, not a coach's team ("il Porto di Farioli")."""
    t = doc.key_tok[k]
    return doc.keys[k] == "§club" and t >= 0 and doc.tokens[t].text[:1].islower()


def _described_before(doc: Document, sent: int, comma: int) -> bool:
    """The sentence opens with a description of a player and sets the name off by commas ("Il
    laterale mancino cresciuto nel vivaio, Federico Dimarco, è diventato..."): what he is, then
    who. A role of a club man anywhere in that opening ("L'agente del giocatore, Novel,") is not."""
    start = doc.sent_keys[sent][0]
    if "," in doc.keys[start:comma] or comma - start > DESCRIPTION_REACH:
        return False
    found = False
    for family in ("role", "anaphora"):
        for c in doc.cues_in(family, sent):
            if c.start < comma:
                if family == "role" and c.value != "player":
                    return False
                found = True
    return found


def _graded(after: list[str]) -> bool:
    """A vote after the name and a comma: a grade ("7,5.", "4 (alla gestione)", "10 alla
    fermezza") or the vote withheld ("voto sospeso", "senza voto"); an age ("34 anni") is no vote."""
    if after[:1] != [","] or len(after) < 3:
        return False
    vote = after[1]
    if vote in ("voto", "senza"):
        return after[2] in ("sospeso", "voto")
    grade = vote.replace(",", "").replace(".", "").isdigit() and len(vote) <= 4
    return grade and after[2] in (".", "(", "a", "e", ",")
