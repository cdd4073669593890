"""A director or coach who says "we" in a quote speaks for his club (roles.toml [people_clubs],
else, for an executive, the club his story is about)."""

from __future__ import annotations

from mercato.rumours import extract_rumours
from mercato.rumours.document import build_document
from mercato.rumours.lexicon import load_lexicon
from mercato.rumours.mentions import collect_mentions
from mercato.rumours.people import find_people


def test_we_in_a_directors_quote_is_his_club() -> None:
    text = (
        "L'Inter pensa a Lookman. A pronunciarlo è stato ieri Beppe Marotta: «Su Lookman abbiamo "
        "fatto un'offerta importante all'Atalanta. Adesso la palla passa a loro»."
    )
    got = [(r.player, r.from_club, r.to_club, r.stage) for r in extract_rumours(text)]
    assert got == [("Lookman", "Atalanta", "Inter", "negotiation")]


def test_speaker_after_the_quote() -> None:
    text = (
        "Il Milan e Gila. \"Abbiamo chiesto informazioni alla Lazio per Mario Gila\", ha detto "
        "Igli Tare."
    )
    got = {(r.from_club, r.to_club) for r in extract_rumours(text)}
    assert got == {("Lazio", "Milan")}


def test_speakers_club_must_be_in_the_article() -> None:
    """An old interview of a man who has moved since gains no club the article does not name."""
    text = "Marotta: «Su Lookman abbiamo fatto un'offerta all'Atalanta»."
    assert all(r.to_club != "Inter" for r in extract_rumours(text))


def test_what_he_is_makes_him_a_player() -> None:
    """ "È un giocatore che ci piace" right after his name says the named man is a footballer."""
    text = (
        "L'Inter riparte da Ademola Lookman. Beppe Marotta: «Su Ademola Lookman abbiamo fatto "
        "un'offerta importante all'Atalanta. È un giocatore che ci piace»."
    )
    got = [(r.player, r.from_club, r.to_club) for r in extract_rumours(text)]
    assert got == [("Ademola Lookman", "Atalanta", "Inter")]


def test_a_club_man_of_another_window_speaks_for_the_club_of_his_story() -> None:
    """Galliani at Monza in 2022 is in no list of today's club men: his "we", in a quote he
    breaks into ("«Pessina è nostro – ha esordito Galliani –"), is the club the story is about."""
    text = (
        "Il Monza continua a fare la spesa, e l'amministratore delegato Adriano Galliani ha fatto "
        "il punto sulle trattative.\n\n"
        "«Matteo Pessina è nostro – ha esordito Galliani –. Con l'Atalanta abbiamo chiuso per il "
        "prestito con obbligo di riscatto, domani mattina farà le visite mediche.»"
    )
    found = {(r.player, r.from_club, r.to_club) for r in extract_rumours(text)}
    assert found == {("Matteo Pessina", "Atalanta", "Monza")}


def test_we_talking_with_the_club_the_article_shows_buying_sell() -> None:
    """ "Viti al Nizza", then the Empoli director's "con il Nizza abbiamo trovato l'intesa": the
    club shown buying him is no seller, so "we" are selling."""
    text = (
        "Giornata di bilanci al Castellani, dove il direttore sportivo dell'Empoli Pietro Accardi ha "
        "fatto il punto sul mercato azzurro. Il dirigente ha parlato a lungo dei movimenti in entrata "
        "e in uscita, partendo dal caso più caldo, quello di Mattia Viti.\n\n"
        "«Su Mattia posso dire che con il Nizza abbiamo trovato l'intesa», ha spiegato Accardi. "
        "«È un'operazione importante per noi, 13 milioni più bonus, e il ragazzo è contento di "
        "andare a giocare in Francia. Dispiace perderlo, è cresciuto qui, ma sono occasioni che "
        "una società come la nostra non può rifiutare». Nelle scorse settimane anche il Sassuolo "
        "aveva chiesto informazioni sul difensore, senza però mai presentare un'offerta, e poi si"
        " è orientato su altri profili."
    )
    title = "Empoli, Accardi: «Viti al Nizza, ci siamo. Luperto, manca solo la firma»"
    found = {(r.player, r.from_club, r.to_club) for r in extract_rumours(text, title=title)}
    assert ("Mattia Viti", "Empoli", "Nizza") in found
    assert not [f for f in found if f[2] == "Empoli"]  # the Nizza sells him nothing



def test_an_interviews_answer_is_about_the_player_its_question_names() -> None:
    """ "Direttore, a che punto è l'operazione Lazzari?" then «Con la SPAL abbiamo trovato
    l'accordo»: the answer, a paragraph of its own naming no one, refers to Lazzari as fully as
    a pronoun would (its clubs count), not as a mere continuation."""
    text = (
        "Il direttore sportivo della Lazio, Igli Tare, ha fatto il punto sul mercato, dal futuro "
        "di Sergej Milinković-Savić alla difesa.\n\n"
        "Direttore, a che punto è l'operazione Manuel Lazzari?\n"
        "«Con la SPAL abbiamo trovato l'accordo, siamo intorno ai 16 milioni.»"
    )
    lex = load_lexicon()
    doc = build_document(text, lex)
    players = [p for p in find_people(doc, lex) if p.player]
    answer = [m for m in collect_mentions(doc, players, lex.player_nicknames) if m.sent == 2]
    assert [(players[m.person].name, m.kind) for m in answer] == [("Manuel Lazzari", "anaphor")]



def test_a_quote_goes_on_about_the_man_it_named() -> None:
    """An agent's answer: «Andrea all'Inter ha giocato poco... Con l'Empoli siamo a buon punto
    per un prestito secco: manca solo il via libera dell'Inter»: the second sentence of the
    quote is still about Andrea, clubs included."""
    text = (
        "Lei segue anche Andrea Pinamonti. Che cosa succederà?\n"
        "«Andrea all'Inter ha giocato poco e ha bisogno di continuità. Con l'Empoli siamo a buon "
        "punto per un prestito secco: manca solo il via libera dell'Inter, che non dovrebbe tardare.»"
    )
    title = "Venturelli: «Frattesi, il rinnovo è vicino. Pinamonti verso Empoli»"
    found = {(r.player, r.from_club, r.to_club, r.deal) for r in extract_rumours(text, title=title)}
    assert found == {("Andrea Pinamonti", "Inter", "Empoli", "loan")}


def test_a_transcripts_answer_after_a_question_naming_a_player_is_about_him() -> None:
    """ "D: Lorenzo Lucca è vicino?" / "R: Con l'Udinese abbiamo trovato l'accordo": the answer's
    clubs and terms are his, as in a quoted answer."""
    text = (
        "Manna: «Lucca è vicino, Raspadori non è in vendita»\n\n"
        "Il direttore sportivo del Napoli, Giovanni Manna, ha risposto alle domande dei cronisti.\n\n"
        "D: Lorenzo Lucca è vicino?\n"
        "R: Con l'Udinese abbiamo trovato l'accordo: prestito oneroso con obbligo di riscatto a 26 "
        "milioni. Farà le visite mediche la prossima settimana."
    )
    found = {(r.player, r.from_club, r.to_club, r.deal) for r in extract_rumours(text)}
    assert ("Lorenzo Lucca", "Udinese", "Napoli", "loan_obligation") in found
