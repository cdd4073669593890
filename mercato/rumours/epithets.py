"""Descriptions that refer back to a name ("Kolašinac ... il bosniaco", "Mancini ... Il difensore")."""

from __future__ import annotations

from .document import Document
from .lexicon import Lexicon, person_key
from .names import NameMention

__all__ = ["epithet_signals"]

# Singular definite articles and articulated prepositions before a description of a person.
SINGULAR_DEFINITE = frozenset(
    "il lo l' del dello dell' al allo all' dal dallo dall' sul sullo sull' nel nello nell'".split()
)
# Player nouns that introduce names or speak of anyone ("il colpo", "l'ex Napoli", "il nome"):
# they describe no one in particular, so they do not vouch for the name before them.
VAGUE = frozenset(
    "talento talenti colpo rinforzo obiettivo profilo nome big titolare riserva under stella "
    "campione fuoriclasse promessa prospetto perno jolly ex numero classe nazionale destro "
    "mancino capitano".split()
)

COORDINATION = frozenset({",", "e", "ed", "o"})


def epithet_signals(doc: Document, mentions: list[NameMention], lexicon: Lexicon) -> None:
    """A name that the article goes on to call "l'argentino", "il bosniaco" or "il difensore"
    is a footballer: the press describes players by nationality and position, and the
    description points at the nearest name before it in its sentence, else at the first name
    of the previous sentence of its paragraph, mostly that sentence's subject ("prima che Coda
    possa raggiungere Alexander Blessin in ritiro. [...] la volontà del giocatore" is Coda), or
    of the heading just above ("KEVIN STROOTMAN, IL GENOA SI AFFIDA ALL'ESPERIENZA / L'olandese ...").
    Only names without a role read so far gain the signal, so a coach called
    "il tecnico" or a director listed in roles.toml stays what he is."""
    by_sent: dict[int, list[NameMention]] = {}
    for m in mentions:
        by_sent.setdefault(m.sent, []).append(m)
    for index, sentence in enumerate(doc.sentences):
        for t in _descriptions(doc, index):
            # Nearest name first; coaches and directors in between are skipped ("Bremer ha detto
            # sì ad Allegri. Il brasiliano ..."): the description is not about them.
            candidates = [m for m in by_sent.get(index, []) if m.last < t][::-1]
            if index > 0 and doc.sentences[index - 1].para == sentence.para:
                candidates += by_sent.get(index - 1, [])
            elif index > 0 and doc.sentences[index - 1].heading:
                above = doc.sentences[index - 1]  # only the name a heading opens with labels it
                candidates += [m for m in by_sent.get(index - 1, []) if m.first == above.tok_start]
            elif index > 0 and t - sentence.tok_start <= 1:
                # "Il portiere classe 1999 è al centro del caso" opening a paragraph: the one man
                # the paragraph before named
                candidates += _sole_name(doc, by_sent, doc.sentences[index - 1].para, lexicon)
            fit = (m for m in candidates if not _non_player(m, lexicon) and not _incumbent(doc, m))
            target = next(fit, None)
            if target is not None and target.weak_role is None and _single_full_name(doc, target, by_sent):
                target.player_signal = True


def _sole_name(
    doc: Document, by_sent: dict[int, list[NameMention]], para: int, lexicon: Lexicon
) -> list[NameMention]:
    """The mentions of the one man without a role that paragraph ``para`` names in full, if only
    one (a capitalised single word there may be a place or a sentence opener: "Cracovia", "Leggo")."""
    named = [
        m
        for i, s in enumerate(doc.sentences)
        if s.para == para
        for m in by_sent.get(i, [])
        if not _non_player(m, lexicon) and " " in m.text
    ]
    return named if len({person_key(m.text).split()[-1] for m in named}) == 1 else []


def _incumbent(doc: Document, m: NameMention) -> bool:
    """ "Un'alternativa a Dumfries": the man a move is measured against is not the one described."""
    k = doc.key_of(m.first, m.last)
    match = doc.ending_at("player").get(k - 1) if k > 0 else None
    return match is not None and match.value == "incumbent"


def _non_player(m: NameMention, lexicon: Lexicon) -> bool:
    """Someone the article or the press already gives a role other than player."""
    return (m.role is not None and m.role != "player") or person_key(m.text) in lexicon.known_people


def _single_full_name(doc: Document, m: NameMention, by_sent: dict[int, list[NameMention]]) -> bool:
    """A first and last name standing alone: a capitalised single word may be a place or a
    sentence opener ("Nelle", "Norimberga"), and in a list ("David e Openda") a singular
    description cannot tell which of the names it means."""
    toks = doc.tokens
    if sum(1 for t in toks[m.first : m.last + 1] if t.kind == "word") < 2 and not _mononym(doc, m, by_sent):
        return False
    for other in by_sent.get(m.sent, []):
        if other is m:
            continue
        lo, hi = (other.last + 1, m.first) if other.last < m.first else (m.last + 1, other.first)
        if all(t.low in COORDINATION for t in toks[lo:hi]):
            return False
    return True


def _mononym(doc: Document, m: NameMention, by_sent: dict[int, list[NameMention]]) -> bool:
    """A one-word name ("Ederson") the article repeats, once at least inside a sentence: a
    sentence opener ("Nelle", "Davanti") is capitalised only where it opens the sentence."""
    same = [o for group in by_sent.values() for o in group if o.text == m.text]
    inside = any(o.first > doc.sentences[o.sent].tok_start for o in same)
    return len(same) >= 2 and inside


def _descriptions(doc: Document, sent: int) -> list[int]:
    """Tokens of singular descriptions of a person ("il bosniaco", "Il difensore") that are no
    apposition introducing a name ("il difensore Joe Gomez")."""
    toks, keys = doc.tokens, doc.keys
    s = doc.sentences[sent]
    found = list(doc.cues_in("anaphora", sent))
    found += [m for m in doc.cues_in("role", sent) if m.value == "player"]
    out = []
    for m in found:
        if keys[m.start] in VAGUE and keys[m.end : m.end + 2] != ["di", "§club"]:
            continue  # "il capitano" is anyone's; "il capitano della Lazio" is one man
        t = doc.key_tok[m.start]
        if t - 1 < s.tok_start or (toks[t - 1].low not in SINGULAR_DEFINITE and not _predicate(doc, sent, t)):
            continue
        nxt = doc.key_tok[m.end] if m.end < len(keys) else -1
        if nxt >= 0 and (toks[nxt].is_cap or (toks[nxt].kind == "club" and not toks[nxt].text.islower())):
            continue  # "il difensore Joe Gomez" names; "il terzino rossonero" describes
        out.append(t)
    return out


def _predicate(doc: Document, sent: int, t: int) -> bool:
    """A sentence that opens by saying what he is: "«Su Lookman abbiamo fatto un'offerta. È un
    giocatore che ci piace»" describes the man just named."""
    toks, start = doc.tokens, doc.sentences[sent].tok_start
    return (
        t - 2 >= start
        and toks[t - 1].low in ("un", "uno")
        and toks[t - 2].low == "è"
        and all(tok.kind == "punct" for tok in toks[start : t - 2])
    )
