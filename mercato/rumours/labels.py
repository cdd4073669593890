"""Roundup sections labelled by direction ("USCITE", "POSSIBILI USCITE", "IN ENTRATA"): under such
a label every move leaves, or joins, the club the roundup is about, whatever each line says.

A window's ledger labels its lists the same way ("ACQUISTI", "CESSIONI", "RINNOVI", "RIENTRI"), and
its entries give the other club in brackets: "Pulisic (Chelsea, 20 mln)" under ACQUISTI comes from
the Chelsea, "Tonali (Newcastle, 70 mln)" under CESSIONI goes to the Newcastle. Those nouns name
deals done, so an entry that says no more is official. A page's table of deals comes out of the
cleaner as rows ("Morata | Real Madrid | definitivo") under a header that gives the direction."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .document import Document
from .moves import Mention, Reading
from .relations import ClubRef

__all__ = ["Label", "Labels", "apply_direction", "bracketed_club", "labelled_paragraphs"]

EXIT_WORDS = frozenset("uscite uscita cessioni partenze addii".split())
ENTRY_WORDS = frozenset("entrate entrata acquisti arrivi".split())
RENEWAL_WORDS = frozenset({"rinnovi"})
# Loans over: "RIENTRI", "FINE PRESTITO". A player back from a loan is his owner's again, no move.
BACK_WORDS = frozenset({"rientri"})
# A squad's rundown by role ("In difesa.", "A centrocampo.", "ATTACCO"): the men listed play for
# the club it is about; only a move its own words tell is news.
SQUAD_WORDS = frozenset(
    "porta difesa centrocampo attacco portieri difensori centrocampisti attaccanti".split()
)
DONE_WORDS = frozenset("acquisti cessioni arrivi partenze addii rinnovi".split())  # deals done
LABEL_WORDS = 5  # a label is a few words ("POSSIBILI USCITE"), a headline says more
WORD_RE = re.compile(r"\w+")
# A paragraph opened by its label in capitals: "➕ ENTRATE | Per la difesa si tratta...",
# "IN USCITA – Pinamonti a un passo dal Genoa".
INLINE_LABEL_RE = re.compile(r"^\W*([A-ZÀ-Ý][A-ZÀ-Ý' ]{2,30}?)\s*[|–—:]\s")
# A ledger's list opened in the paragraph itself: "ACQUISTI. Matthijs de Ligt (Ajax, ...)",
# "Cessioni: Pato (Corinthians, 15 mln)."
LEDGER_LABEL_RE = re.compile(r"^\W*((?:[A-Za-zÀ-ÿ]+ ){0,2}[A-Za-zÀ-ÿ]+)\s*[.:](?:\s|$)", re.IGNORECASE)
LEDGER_WORDS = EXIT_WORDS | ENTRY_WORDS | RENEWAL_WORDS | BACK_WORDS | SQUAD_WORDS
LEDGER_WORDS |= {"in", "a", "e", "prestiti", "fine", "prestito"}

PLAYER_COLUMNS = frozenset({"giocatore", "calciatore"})  # a table of deals names its players
FROM_COLUMNS = frozenset({"provenienza", "da"})  # "Giocatore | Provenienza | Cifra"
TO_COLUMNS = frozenset({"destinazione"})  # "Giocatore | Destinazione | Formula"
TERMS = frozenset({"mln", "milioni", "parametro", "prestito", "definitivo"})  # a deal in brackets, no year
BRACKET_REACH = 20  # tokens to a bracket's close
SENTENCE_OPENING_RE = re.compile(r"In (uscita|entrata)\b")
MARKED_RE = re.compile(r"\(in (uscita|entrata)\)")  # an entry's direction in brackets
# A paragraph opened in prose by its direction: "In uscita c'è Juraj Kucka.", "Il primo colpo è
# Valentin Mihăilă.": the club the story is about sells, or buys, whoever the talks are with.
OPENING_RE = re.compile(
    r"^(?:In (uscita|entrata)\b"
    r"|(?:Sul fronte|Capitolo|Tra|Sul mercato in) (?:delle |degli |le |gli )?"
    r"(uscite|uscita|cessioni|partenze|entrate|entrata|acquisti|arrivi)\b"
    r"|(?:Il |L')(?:primo |secondo |terzo |nuovo |vero |grande )?"
    r"(colpo|acquisto|rinforzo|innesto|regalo) (?:è|sarà|si chiama|risponde)\b)"
)


@dataclass(frozen=True, slots=True)
class Label:
    """Where a label sends the moves it lists: "out", "in", "renewal" (with the club the section
    is about), "back" (loans over) or "squad" (a rundown of the club's own men by role);
    ``done`` when it names deals done ("ACQUISTI")."""

    direction: str
    done: bool = False


def _label(words: set[str]) -> Label | None:
    """The label a few words make, if they name one direction only."""
    if words & SQUAD_WORDS and not words & (EXIT_WORDS | ENTRY_WORDS):
        return Label("squad")
    done = bool(words & DONE_WORDS)
    if words & BACK_WORDS or {"fine", "prestito"} <= words:
        # "Rientri e uscite": both kinds listed, so the label sends no one anywhere
        return None if words & (EXIT_WORDS | ENTRY_WORDS) else Label("back")
    if words & RENEWAL_WORDS and not words & (EXIT_WORDS | ENTRY_WORDS):
        return Label("renewal", done)
    leaving, joining = bool(words & EXIT_WORDS), bool(words & ENTRY_WORDS)
    if leaving != joining:
        return Label("out" if leaving else "in", done)
    return None


class Labels:
    """The labels of an article's roundup: of sections ("USCITE"), of paragraphs ("➕ ENTRATE |
    Per la difesa..."), of a ledger's lists ("Cessioni: Pato (Corinthians, 15 mln).")."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.sections = section_directions(doc)
        self.paragraphs = paragraph_directions(doc)
        self.lists = list_directions(doc) | table_directions(doc) | _sentence_openings(doc)

    def at(self, sent: int, named: bool = True) -> Label | None:
        """The label over sentence ``sent``: its list's, else its section's, else its paragraph's.
        A sentence that does not name the player (``named`` false) only goes on with his entry:
        "Per noi tifosi è la notizia migliore" under RINNOVI renews no one."""
        s = self.doc.sentences[sent]
        label = self.lists.get(sent) or self.sections.get(s.section) or self.paragraphs.get(s.para)
        if label is None or named:
            return label
        return None if label.direction == "renewal" else Label(label.direction)


def _sentence_openings(doc: Document) -> dict[int, Label]:
    """Sentence -> its direction, for a sentence inside its paragraph that opens on it: "In uscita
    c'è Franck Kessié, che ha già trovato l'intesa con il Barcellona" (the paragraph's opening
    label is ``paragraph_directions``'s)."""
    found: dict[int, Label] = {}
    for index, sentence in enumerate(doc.sentences):
        if index and doc.sentences[index - 1].para == sentence.para and not sentence.heading:
            opening = SENTENCE_OPENING_RE.match(doc.sentence_text(index))
            if opening is not None:
                found[index] = Label("out" if opening.group(1) == "uscita" else "in")
    return found


def section_directions(doc: Document) -> dict[int, Label]:
    """Section -> its label, for sections opened by a short label of one direction."""
    found: dict[int, Label] = {}
    for index, sentence in enumerate(doc.sentences):
        if not sentence.heading or sentence.title or sentence.section in found:
            continue
        words = {w.lower() for w in WORD_RE.findall(doc.sentence_text(index))}
        # a heading of roles ("DIFESA E ATTACCO") may head the market for them: no squad's rundown
        if len(words) <= LABEL_WORDS and (label := _label(words)) is not None and label.direction != "squad":
            found[sentence.section] = label
    return found


def paragraph_directions(doc: Document) -> dict[int, Label]:
    """Paragraph -> its label, for paragraphs whose first sentence opens on a label of one
    direction in capitals ("IN USCITA – ..."), on a ledger's list ("ACQUISTI. de Ligt (Ajax)...",
    "Cessioni: Pato (Corinthians)") or on its direction in prose ("In uscita c'è...", "Sul fronte
    delle entrate...", "Il primo colpo è..."): the label covers the paragraph it leads."""
    found: dict[int, Label] = {}
    seen: set[int] = set()
    for index, sentence in enumerate(doc.sentences):
        if sentence.para in seen:
            continue
        seen.add(sentence.para)
        text = doc.sentence_text(index)
        opening = OPENING_RE.match(text)
        if opening is not None:
            word = next(w for w in opening.groups() if w)
            found[sentence.para] = Label("out" if word in EXIT_WORDS else "in")
            continue
        marked = MARKED_RE.search(text)
        if marked is not None:  # "Radja Nainggolan – SALE (in uscita)."
            found[sentence.para] = Label("out" if marked.group(1) == "uscita" else "in")
            continue
        inline = INLINE_LABEL_RE.match(text)
        label = _label(set(WORD_RE.findall(inline.group(1).lower()))) if inline is not None else None
        if label is not None and label.direction != "squad":  # roles in capitals: no rundown
            found[sentence.para] = label
    return found


def list_directions(doc: Document) -> dict[int, Label]:
    """Sentence -> its label, for the sentences of a ledger's list: "Acquisti: Balotelli
    (Manchester City), Salamon (Brescia)." then "Cessioni: Pato (Corinthians)." in the same
    paragraph; "ACQUISTI. de Ligt (Ajax)... Demiral (Sassuolo)...". A list runs to the end of its
    paragraph or to the next sentence that opens on a label of its own ("Il commento: ...")."""
    found: dict[int, Label] = {}
    label: Label | None = None
    para = -1
    for index, sentence in enumerate(doc.sentences):
        opening = LEDGER_LABEL_RE.match(doc.sentence_text(index))
        if opening is not None or sentence.para != para:
            words = set(WORD_RE.findall(opening.group(1).lower())) if opening else set()
            label = _label(words) if words <= LEDGER_WORDS else None
        para = sentence.para
        if label is not None and not sentence.heading:
            found[index] = label
    return found


def table_directions(doc: Document) -> dict[int, Label]:
    """Sentence -> its label, for the rows of a table of deals, the way a page's table comes out
    of the cleaner: "Giocatore | Provenienza | Formula | Cifra" heads rows of players joining from
    the club of the second cell, "Giocatore | Destinazione | ..." rows of players leaving for it."""
    found: dict[int, Label] = {}
    label: Label | None = None
    for index, sentence in enumerate(doc.sentences):
        toks = doc.tokens[sentence.tok_start : sentence.tok_end]
        if sum(t.text == "|" for t in toks) < 2:
            label = None  # the table is over
            continue
        words = {t.low for t in toks}
        if words & PLAYER_COLUMNS:
            label = Label("in", True) if words & FROM_COLUMNS else None
            label = Label("out", True) if words & TO_COLUMNS else label
        elif label is not None:
            found[index] = label
    return found


def labelled_paragraphs(doc: Document) -> set[int]:
    """Paragraphs that open on a label in capitals ("▪️ KURTIC – Ci siamo...", "GERVINHO –"):
    the entries of a post, each its own story."""
    found: set[int] = set()
    seen: set[int] = set()
    for index, sentence in enumerate(doc.sentences):
        if sentence.para not in seen and not sentence.heading:
            seen.add(sentence.para)
            if INLINE_LABEL_RE.match(doc.sentence_text(index)):
                found.add(sentence.para)
    return found


def bracketed_club(doc: Document, m: Mention, refs: list[ClubRef]) -> tuple[str | None, bool]:
    """The club in brackets right after a player's name, "Pulisic (Chelsea, 20 mln)", or in the
    next cell of his row, "Morata | Real Madrid | definitivo", and whether the brackets give the
    deal's terms too."""
    toks, after = doc.tokens, m.last + 1
    if m.kind != "name" or after + 1 >= len(toks) or toks[after].text not in ("(", "|"):
        return None, False
    club = next((r.name for r in refs if r.tok == after + 1), None)
    return club, club is not None and toks[after].text == "(" and _priced(doc, m)


def _priced(doc: Document, m: Mention) -> bool:
    """The brackets after his name give a deal's terms with the club: "(Hertha Berlino, 27 mln)",
    "(Napoli, p. oneroso 2 mln con obbl.)", "(PSG, parametro zero)"."""
    toks = doc.tokens
    reach = range(m.last + 1, min(m.last + BRACKET_REACH, len(toks)))
    end = next((t for t in reach if toks[t].text == ")"), m.last)
    return any(t.low in TERMS for t in toks[m.last + 2 : end])


def apply_direction(
    r: Reading, label: Label | None, topic: str | None, bracket: str | None = None, terms: bool = False
) -> None:
    """The other side of a talk under a label: "- Bruno Gaspar: trattativa avanzata con lo
    Sporting" under "POSSIBILI USCITE" is the buyer, under "ENTRATE" the seller. A ledger's
    entry gives that side in brackets (``bracket``); when the brackets give the deal's terms
    too, they say so with no label: "Piątek (Hertha Berlino, 27 mln) saluta" goes there,
    "Eriksen (Tottenham, 20 mln)" comes from there."""
    if label is None and bracket is not None and terms:
        label = Label("out" if r.outgoing else "in")
    if label is None or topic is None or r.background or r.staying:
        return  # "Non si muoverà invece Allan" under "Le uscite": the label lists him to deny it
    if label.direction == "back":
        r.background = True  # "RIENTRI – Brahim Díaz è tornato al Real Madrid": a loan over
        return
    if label.direction == "squad":
        if not r.buyers:  # "In difesa. Tolói, Palomino e Romero": no guess that the club buys them
            r.cued, r.open_clubs = False, [c for c in r.open_clubs if c != topic]
        return
    if label.done and set(r.stages) <= {"interest"}:
        r.stages.append("official")  # "il profilo che mancava" under ACQUISTI: no mere interest
    if label.direction == "out" and topic in r.buyers:
        # "l'Inter chiedeva un contributo sull'ingaggio" under "(in uscita)": the club that
        # sells him asks, it does not buy
        r.buyers = [c for c in r.buyers if c != topic]
    if r.buyers:
        return
    if label.direction == "renewal":
        r.deals.append("renewal")  # "RINNOVI – Leão (fino al 2028)"
        r.owners = r.owners or [topic]
        return
    others = [c for c in r.counterparts if c != topic]
    if bracket is not None and bracket != topic:
        others = others or [bracket]
        r.from_club = None if r.from_club == bracket else r.from_club
    if label.direction == "out":
        r.outgoing = True
        if others and r.from_club in (None, topic):
            r.from_club, r.buyers, r.counterparts = topic, others, []
    elif others and r.from_club is None:
        r.from_club, r.buyers, r.counterparts = others[0], [topic], []
