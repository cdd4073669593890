"""People in an article: their names, the roles the press gives them, and who is a player."""

from __future__ import annotations

from itertools import pairwise

from .coref import Person, corefer, split_tandems
from .document import Document
from .epithets import epithet_signals
from .lexicon import Lexicon, person_key
from .names import NameMention, find_names
from .roles import NON_PLAYER_ROLES, read_roles
from .women import women

__all__ = ["NON_PLAYER_ROLES", "NameMention", "Person", "bystanders", "find_people", "strangers"]

SAINTS = frozenset({"san", "santa", "santo", "sant"})
LIST_WORDS = frozenset({",", "e", "o", "ed", "per"})  # the word between two names listed together
PLURAL_ARTICLES = frozenset({"i", "gli", "dai", "dagli", "ai", "agli", "dei", "degli", "coi", "cogli"})
ENTRY_NAME_WORDS = 4  # "↑ STANISLAV LOBOTKA.", "→ Juan Guillermo Cuadrado."
SPEAKER_TURNS = 2  # labels a voice opens before it is a transcript's speaker
def find_people(doc: Document, lexicon: Lexicon) -> list[Person]:
    """Every person named in ``doc``, with role and whether the press treats them as a player."""
    mentions = [m for m in find_names(doc, lexicon) if not _nickname_tail(doc, m, lexicon)]
    read_roles(doc, mentions)
    _speakers(doc, mentions)
    people = _merge_short_forms(corefer(mentions))
    split_tandems(people)
    _share_coordination(doc, mentions)
    epithet_signals(doc, mentions, lexicon)  # after the lists: a description vouches for one name only
    for person in people:
        # The article's own word first, then who the press knows him to be, then what he does.
        # A first name alone ("Ad Andrea abbiamo fatto una proposta", said by his president)
        # is how a club man speaks of a player he names in full elsewhere: it lends no role.
        named = [m for m in person.mentions if person_key(m.text) not in lexicon.given_names]
        told = named if named and len(named) < len(person.mentions) else person.mentions
        roles = [m.role for m in told if m.role in NON_PLAYER_ROLES]
        if any(m.role != "alias" for m in told):
            # "Super Mario" read with "Mario Balotelli": his nickname, not another man's
            roles = [r for r in roles if r != "alias"]
        strong = any(m.strong for m in person.mentions)
        weak = [m.weak_role for m in told if m.weak_role]
        known = _known_role(person, lexicon, strong=strong)
        signals = sum(1 for m in person.mentions if m.player_signal)
        # a role read from one deed ("Thiaw aveva rifiutato il trasferimento") yields to more
        # than twice as many places calling him a player
        guessed = weak[0] if weak and not strong and 2 * len(weak) >= signals else None
        person.role = roles[0] if roles else known or guessed
        if person.role is None and "retired" in weak:
            person.role = "retired"  # a man who has hung up his boots, whatever he was called
        if person.role is None and any(m.role == "tandem" for m in person.mentions):
            person.role = "tandem"  # "lo scambio Ilić-Nicolussi Caviglia": two men, each his own
        person.player = person.role is None and any(
            m.player_signal or _heads_entry(doc, m) for m in person.mentions
        )
        if all(person_key(m.text) in lexicon.given_names for m in person.mentions):
            person.player = False  # "Sebastiano ha scelto il Cagliari": a brother, not the story
        words = person_key(person.name).split()
        if len(words) == 2 and words[0] in SAINTS:
            person.player = False  # "San Paolo", "San Siro": a saint names a club, a ground, a town
    for woman in women(doc, people, lexicon):
        woman.player = False  # "Chiara Motta", a podcast's host; "la centrocampista Ferraresi"
    _list_mates(doc, people, lexicon)
    _nicknamed(people, lexicon)
    return people


def _heads_entry(doc: Document, m: NameMention) -> bool:
    """A roundup's entry headed by the name alone ("↑ STANISLAV LOBOTKA. Il Napoli ha presentato
    al Celta..."): the list is of players on the market, each told in the text under his name."""
    s = doc.sentences[m.sent]
    if not s.heading or s.title:
        return False
    at = [i for i in range(s.tok_start, s.tok_end) if doc.tokens[i].text[:1].isalnum()]
    nxt = m.sent + 1
    told = nxt < len(doc.sentences) and doc.sentences[nxt].section == s.section
    return (
        told
        and 1 <= len(at) <= ENTRY_NAME_WORDS
        and at[-1] - at[0] == len(at) - 1  # one run of words: "Gasperini: «Spinazzola?" is two
        and all(doc.tokens[i].text[:1].isupper() for i in at)
    )


def _nickname_tail(doc: Document, m: NameMention, lexicon: Lexicon) -> bool:
    """The capitalised end of a player's nickname of two words ("il Re Leone", "la Formica
    Atomica"): the nickname names him (names.toml), the word is no man of its own."""
    if m.first == 0 or m.first != m.last:
        return False
    prev = doc.tokens[m.first - 1]
    return person_key(f"{prev.text} {m.text}") in lexicon.player_nicknames


def _speakers(doc: Document, mentions: list[NameMention]) -> None:
    """A transcript's voices: a surname in capitals that labels two or more turns ("BONFANTI:
    Situazione delicatissima") is a speaker on the show, not a player in a roundup ("LUKAKU:
    il belga..." labels one entry)."""
    labels: dict[str, list[NameMention]] = {}
    for m in mentions:
        tok = doc.tokens[m.first]
        s = doc.sentences[m.sent]
        if m.first == m.last == s.tok_start and tok.text.isupper() and _colon_after(doc, m):
            labels.setdefault(tok.text, []).append(m)
    for turns in labels.values():
        if len(turns) >= SPEAKER_TURNS:
            for m in turns:
                m.role, m.player_signal = "journalist", False
    # A mailbag's or a live chat's readers: "Roberto Lanza: Che fine ha fatto Musah?", a full
    # name labelling a question, turn after turn; the man asked about is in the question.
    askers = [
        m
        for m in mentions
        if m.first < m.last
        and m.first == doc.sentences[m.sent].tok_start
        and _colon_after(doc, m)
        and doc.sentence_text(m.sent).rstrip().endswith("?")
    ]
    if len(askers) >= SPEAKER_TURNS:
        for m in askers:
            m.role, m.player_signal = "journalist", False


def _colon_after(doc: Document, m: NameMention) -> bool:
    """A colon right after the name (a text may end on the name itself)."""
    nxt = m.last + 1
    return nxt < len(doc.tokens) and doc.tokens[nxt].text == ":"


def _nicknamed(people: list[Person], lexicon: Lexicon) -> None:
    """ "La Joya" in an article that names Dybala is Dybala, not another man: a nickname of
    names.toml [player_nicknames] is nobody of its own when its player is named."""
    surnames = {word: p for p in people for word in person_key(p.name).split()}
    for person in people:
        target = lexicon.player_nicknames.get(person_key(person.name))
        if target is not None and target in surnames:
            named = surnames[target]
            if person.player and named.role is None:
                named.player = True  # "e SuperMario, 29 anni, vuole giocare in Italia": his signal
            person.role, person.player = "alias", False


def _list_mates(doc: Document, people: list[Person], lexicon: Lexicon) -> None:
    """ "Molina e Deulofeu restano": a man listed next to a player, with no role and a surname
    the article gives in full elsewhere, is a player too, whichever mention carried the signal."""
    owner = {id(m): p for p in people for m in p.mentions}
    by_sent: dict[int, list[NameMention]] = {}
    for p in people:
        for m in p.mentions:
            by_sent.setdefault(m.sent, []).append(m)
    for group in by_sent.values():
        group.sort(key=lambda m: m.first)
        for a, b in pairwise(group):
            if b.first != a.last + 2 or doc.tokens[a.last + 1].low not in ("e", ","):
                continue
            pa, pb = owner[id(a)], owner[id(b)]
            for mate, other in ((pa, pb), (pb, pa)):
                full = " " in mate.name and person_key(mate.name).split(" ", 1)[0] not in lexicon.women_names
                if other.player and not mate.player and mate.role is None and full:
                    mate.player = True


def _merge_short_forms(people: list[Person]) -> list[Person]:
    """A one-word name that is the start of a word of exactly one other person's name is that
    person's short form: "Calha" for Calhanoglu, "Seba" for Sebastiano Esposito."""
    words = [(p, [w for w in person_key(p.name).split() if len(w) > 4]) for p in people]
    kept = []
    for person in people:
        key = person_key(person.name)
        owners = [
            other for other, ws in words
            if other is not person and " " not in key and len(key) >= 4 and any(w.startswith(key) for w in ws)
        ]
        if len(owners) == 1:
            for m in person.mentions:
                m.weak_role = None  # "Rafa ha risposto con gol": a nickname's verbs guess no role
            owners[0].mentions.extend(person.mentions)
            owners[0].mentions.sort(key=lambda m: m.first)
            continue
        kept.append(person)
    return kept


def _known_role(person: Person, lexicon: Lexicon, *, strong: bool = False) -> str | None:
    """The role of a person the press takes for granted (roles.toml [people]): by full name, or
    by surname when the article gives none other ("Marotta chiude su Frattesi").

    A surname alone yields to the article calling him a player outright ("il centrocampista
    Conceição", "Maldini, classe 2001"): coaches' sons and namesakes play too.
    """
    key = person_key(person.name)
    if not key:
        return None
    if " " in key:
        return lexicon.known_people.get(key)
    return None if strong else lexicon.known_people.get(key)


def _share_coordination(doc: Document, mentions: list[NameMention]) -> None:
    """Names listed together ("Gila, Kristensen e Gomez") share a player signal."""
    by_sent: dict[int, list[NameMention]] = {}
    for m in mentions:
        by_sent.setdefault(m.sent, []).append(m)
    for group in by_sent.values():
        for a, b in pairwise(group):
            # "Gila, Kristensen e Gomez"; "scambio Loftus-Cheek per McKennie": one word between
            listed = (
                b.first == a.last + 2
                and doc.tokens[a.last + 1].low in LIST_WORDS
                and (a.player_signal or b.player_signal)
            )
            if listed and a.role is None and b.role is None:
                a.player_signal = b.player_signal = True
            joined = b.first == a.last + 2 and doc.tokens[a.last + 1].low in ("e", ",")
            if joined and a.role in NON_PLAYER_ROLES and b.role is None and _plural_title(doc, a):
                # "i trustee Susanna Isgrò e Paolo Bertoli", "gli agenti Pimenta e Raiola": one
                # title for the men it lists, whatever the second then does
                b.role, b.player_signal = a.role, False


def _plural_title(doc: Document, m: NameMention) -> bool:
    """A plural article before the role noun right before the name ("i trustee", "gli agenti")."""
    return m.first >= 2 and doc.tokens[m.first - 2].low in PLURAL_ARTICLES


def strangers(doc: Document, people: list[Person]) -> set[int]:
    """Sentences that open on the full name of a man of no known role who is not taken for a
    player ("Leonardo Pavoletti, invece, a Napoli c'è già"): what follows is about him."""
    return {sent for sent, firsts in bystanders(people).items() if doc.sentences[sent].tok_start in firsts}


def bystanders(people: list[Person]) -> dict[int, tuple[int, ...]]:
    """Sentence -> first tokens of the full names of men of no known role not taken for players:
    a club right after one ("dopo quella di Joshua Zirkzee al Manchester United") is his, not the
    move of the player the sentence refers to."""
    found: dict[int, tuple[int, ...]] = {}
    for p in people:
        if p.role is None and not p.player:
            for m in p.mentions:
                if m.last > m.first:
                    found[m.sent] = (*found.get(m.sent, ()), m.first)
    return found
