"""Which side of a deal a club is on: the seller a buyer talks with, named in the ways the press
names it, on short articles written for these tests (not copied from any outlet)."""

from __future__ import annotations

import pytest
from rumours_text_file import extract_text_file


def _sides(text: str) -> set[tuple[str, str | None, str | None]]:
    """(player, from club, to club) of every rumour, the first line read as the headline, as
    ``mercato extract`` reads a text file."""
    found = extract_text_file(text)
    return {(r.player, r.from_club, r.to_club) for r in found}


def test_another_talk_with_a_club_is_still_a_talk_with_the_seller() -> None:
    """ "hanno in piedi anche la trattativa con il Palmeiras per Vitor Reis": the "anche" adds
    a talk to the buyer's list, it does not make the Palmeiras a rival suitor."""
    text = (
        "City, dopo Marmoush tocca alla difesa\n"
        "\n"
        "Il Manchester City non si ferma. Per il reparto arretrato i Citizens hanno in piedi anche "
        "la trattativa con il Palmeiras per Vitor Reis, 19 anni: la prima offerta da 30 milioni "
        "non è bastata e i brasiliani ne chiedono almeno 40.\n"
    )
    assert ("Vitor Reis", "Palmeiras", "Manchester City") in _sides(text)


def test_a_club_called_by_the_first_word_of_its_name() -> None:
    """ "l'Union tratta anche con il Chelsea": the German press's and ours short name for the
    Union Berlin, the buyer of the Chelsea's striker, not the club the article opened on."""
    text = (
        "Bonucci, è fatta con l'Union Berlino\n"
        "\n"
        "Leonardo Bonucci lascia la Juventus: domani le visite mediche a Berlino. Non è finita: "
        "l'Union tratta anche con il Chelsea per David Datro Fofana, attaccante ivoriano che "
        "arriverebbe in prestito.\n"
    )
    assert ("David Datro Fofana", "Chelsea", "Union Berlino") in _sides(text)


def test_a_paragraph_that_opens_on_the_first_signing_buys() -> None:
    """ "Il primo colpo è Valentin Mihăilă": the paragraph tells the story's club buying, so the
    club it talks with sells, though elsewhere the story's club is only seen selling."""
    text = (
        "Parma, il mercato si sblocca\n"
        "\n"
        "Il Parma ha una nuova proprietà e adesso si corre.\n"
        "\n"
        "Il primo colpo è Valentin Mihăilă. L'accordo con l'Universitatea Craiova è stato raggiunto "
        "sulla base di 7 milioni: l'esterno romeno sosterrà le visite nei prossimi giorni. Avviata "
        "anche la trattativa con il Godoy Cruz per Juan Brunetta.\n"
        "\n"
        "In uscita c'è Juraj Kucka. Il Watford ha presentato un'offerta da 3 milioni per lo "
        "slovacco, il Parma ne chiede 4.\n"
    )
    sides = _sides(text)
    assert ("Valentin Mihăilă", "Universitatea Craiova", "Parma") in sides
    assert ("Juan Brunetta", "Godoy Cruz", "Parma") in sides
    assert ("Juraj Kucka", "Parma", "Watford") in sides


def test_a_paragraph_on_the_exits_sells_for_the_story_club() -> None:
    """ "Sul fronte delle uscite, si tratta con il Benfica per...": the paragraph is about the
    players the story's club lets go, so the other side of the talk buys."""
    text = (
        "Roma, le ultime di mercato\n"
        "\n"
        "La Roma ha chiuso per il terzino e adesso pensa a sfoltire la rosa.\n"
        "\n"
        "Sul fronte delle uscite, si tratta con il Benfica per Eldor Shomurodov: i portoghesi "
        "propongono un prestito con diritto di riscatto.\n"
    )
    assert ("Eldor Shomurodov", "Roma", "Benfica") in _sides(text)


def test_a_verb_after_the_name_is_no_apposition_that_gives_his_club() -> None:
    """ "la moglie di Ciro Immobile, ha fatto il giro dei tifosi del Beşiktaş, che sognano
    l'arrivo del capitano della Lazio": the Beşiktaş is the fans' club, where he would go, not
    his; the Lazio of "il capitano della Lazio" holds him."""
    text = (
        "Immobile-Besiktas, i tifosi turchi ci credono\n"
        "\n"
        "La storia pubblicata ieri sera dalla moglie di Ciro Immobile, ha fatto il giro dei "
        "profili dei tifosi del Beşiktaş, che da giorni sognano l'arrivo del capitano della "
        "Lazio. Immobile è atteso a Istanbul per le visite mediche.\n"
    )
    assert ("Ciro Immobile", "Lazio", "Besiktas") in _sides(text)


def test_the_club_a_rival_steals_him_from_is_a_suitor() -> None:
    """ "il Barcellona prova a soffiarlo alla Roma": the Roma wanted him too; the Bordeaux, who
    holds him, sells to either."""
    text = (
        "Malcom, il Barcellona prova a soffiarlo alla Roma\n"
        "\n"
        "Colpo di scena nella trattativa tra la Roma e il Bordeaux per Malcom: il club giallorosso "
        "aveva raggiunto l'intesa con i francesi sulla base di 32 milioni, ma il Barcellona ha "
        "rilanciato a 41.\n"
    )
    sides = _sides(text)
    assert ("Malcom", "Bordeaux", "Roma") in sides
    assert ("Malcom", "Bordeaux", "Barcellona") in sides


def test_a_rival_in_the_paragraph_a_reference_made_his() -> None:
    """ "Il centravanti gradirebbe il trasferimento. Sullo sfondo c'è anche il Genoa": the
    paragraph that opened on a reference to him goes on about him, so the Genoa is one more
    suitor."""
    text = (
        "Torino, idea Lucca per l'attacco\n"
        "\n"
        "Il Torino cerca un attaccante. Il direttore tecnico ha avviato i contatti con il Napoli "
        "per Lorenzo Lucca, proponendo un prestito con diritto di riscatto.\n"
        "\n"
        "Il centravanti classe 2000 gradirebbe il trasferimento: in azzurro ha trovato poco "
        "spazio. Sullo sfondo c'è anche il Genoa, che ha chiesto informazioni al Napoli.\n"
    )
    sides = _sides(text)
    assert ("Lorenzo Lucca", "Napoli", "Torino") in sides
    assert ("Lorenzo Lucca", "Napoli", "Genoa") in sides


def test_a_club_that_closes_a_sale_sells_to_the_side_it_agrees_with() -> None:
    """ "la Lazio ha chiuso la cessione più importante dell'estate. È stato raggiunto l'accordo
    con il Tottenham per...": "chiudere la cessione" is selling, so the other side buys."""
    text = (
        "Lazio, via libera al nuovo centro sportivo. E Romagnoli saluta: accordo con il Tottenham\n"
        "Roma, 10 luglio 2024 – Il Comune ha approvato il progetto del centro sportivo della Lazio.\n\n"
        "Sul mercato, intanto, la Lazio ha chiuso la cessione più importante dell'estate. È stato "
        "raggiunto l'accordo con il Tottenham per Alessio Romagnoli: il difensore si trasferisce in "
        "Premier League per 20 milioni più 3 di bonus."
    )
    assert ("Alessio Romagnoli", "Lazio", "Tottenham") in _sides(text)


def test_the_club_he_negotiates_his_exit_with_is_his() -> None:
    """ "Depay tratta la buonuscita con il Barcellona": a player negotiating his severance is no
    director at work, and the club he talks with is the one he leaves."""
    text = (
        "Juve, Allegri chiede una punta\n"
        "Per l'attacco il nome caldo è Memphis Depay. Depay tratta la buonuscita con il Barcellona "
        "e la Juventus ha chiesto informazioni."
    )
    sides = _sides(text)
    assert ("Memphis Depay", "Barcellona", "Juventus") in sides
    assert not any(to == "Barcellona" for _, _, to in sides)


def test_a_club_ready_to_hear_bids_sells() -> None:
    """ "la Roma è pronta ad ascoltare offerte per il guineano": ready to hear bids is a seller's
    stance, never a move to that club."""
    text = (
        "Lazio, le uscite\n"
        "Per Toma Bašić, invece, le porte sono aperte: la Lazio è pronta ad ascoltare offerte per il "
        "croato, che con l'arrivo di Guendouzi è scivolato in fondo alle gerarchie."
    )
    assert not any(to == "Lazio" for _, _, to in _sides(text))


def test_a_loan_that_ended_at_the_buyer_does_not_make_it_his_club() -> None:
    """ "Trigoria ha presentato al Manchester United un'offerta per Smalling, che ha chiuso a
    giugno il prestito in giallorosso": the loan is over, so the Roma bids for him."""
    text = (
        "Roma, il mercato riparte dalla difesa\n"
        "Secondo il Corriere dello Sport, Trigoria ha presentato al Manchester United un'offerta da "
        "13 milioni per Chris Smalling, che ha chiuso a giugno il prestito in giallorosso."
    )
    assert ("Chris Smalling", "Manchester United", "Roma") in _sides(text)


def test_in_uscita_opening_a_sentence_sends_its_player_out() -> None:
    """ "In uscita c'è Franck Kessié, che ha già trovato l'intesa con il Barcellona" inside a
    paragraph about the Milan: the club the story is about sells, the other side of his talk buys."""
    text = (
        "Milan, le ultime sul mercato\n\nIl Milan lavora su più fronti. In uscita c'è Franck Kessié, che "
        "ha già trovato l'intesa con il Barcellona per un trasferimento a costo zero.\n"
    )
    found = {(r.player, r.from_club, r.to_club) for r in extract_text_file(text)}
    assert ("Franck Kessié", "Milan", "Barcellona") in found


def test_the_club_he_was_on_loan_at_is_no_buyer() -> None:
    """ "l'attaccante era in prestito al Monaco": where he played until now, not where he goes."""
    text = (
        "Roma, El Shaarawy oggi a Villa Stuart\n\nStephan El Shaarawy sostiene le visite mediche con la "
        "Roma. L'operazione, definita con il Milan, prevede un prestito con obbligo di riscatto: "
        "l'attaccante era in prestito al Monaco, che ha dato il via libera.\n"
    )
    assert "Monaco" not in {to for _, _, to in _sides(text)}


def test_a_headlines_colon_before_the_sum_keeps_the_buyer() -> None:
    """ "Padova, il baby Brugnaro vola alla Sampdoria: 2,5 milioni": the colon opens the terms, so
    the club before it is where he flies, not the club paid ("al Lecce 25 milioni")."""
    text = "Padova, il baby Brugnaro vola alla Sampdoria: 2,5 milioni più il 20% sulla futura rivendita"
    assert _sides(text) == {("Brugnaro", "Padova", "Sampdoria")}


def test_the_club_ready_to_release_him_is_his_club() -> None:
    """ "La Roma è pronta a liberarlo con una risoluzione": a club releases its own player, so it
    is the seller of the move the sentence before tells, never its buyer."""
    text = (
        "Dzeko, la svolta\n\n"
        "Edin Dzeko ha trovato l'accordo con l'Inter, contratto fino al 2023. La Roma è pronta a "
        "liberarlo con una risoluzione consensuale."
    )
    assert _sides(text) == {("Edin Dzeko", "Roma", "Inter")}


def test_the_club_ready_to_end_his_contract_is_his_club() -> None:
    """ "NAPOLI – Alex Sandro ai saluti alla Continassa: la Juventus è pronta alla risoluzione del
    contratto": ending a contract is what a player's own club does, so it sells, never buys."""
    text = (
        "Mercato, il punto\n\n"
        "NAPOLI – Alex Sandro ai saluti alla Continassa: la Juventus è pronta alla risoluzione del "
        "contratto e il terzino ha già detto sì agli azzurri."
    )
    assert _sides(text) == {("Alex Sandro", "Juventus", "Napoli")}


def test_the_club_that_has_put_him_on_the_market_is_his_club() -> None:
    """ "Suárez, che il Barcellona ha messo sul mercato": a club puts its own player on sale; the
    perfect ("ha messo") is not the buyer's "ha messo sul piatto"."""
    text = (
        "Juve, l'idea per l'attacco\n\n"
        "Sullo sfondo resta Luis Suárez, che il Barcellona ha messo sul mercato: Fabio Paratici ha "
        "chiesto informazioni all'entourage dell'uruguaiano."
    )
    assert ("Luis Suárez", "Barcellona") in {(p, f) for p, f, _ in _sides(text)}
    assert ("Luis Suárez", None, "Barcellona") not in _sides(text)


@pytest.mark.parametrize(
    "ready", ["pronto a venderlo", "pronto a lasciarlo andare", "pronto a sacrificarlo", "pronto a svenderlo"]
)
def test_the_club_ready_to_sell_him_in_any_words_is_his_club(ready: str) -> None:
    """ "Il Sassuolo è pronto a venderlo": "pronto a" opens a buyer's move ("pronto a chiudere")
    as well as a seller's; the verb after it decides, as "pronto a cederlo" always did."""
    text = (
        "Frattesi, il Napoli ci prova\n\n"
        f"Il Napoli ha chiesto informazioni per Davide Frattesi. Il Sassuolo è {ready}."
    )
    assert _sides(text) == {("Davide Frattesi", "Sassuolo", "Napoli")}


@pytest.mark.parametrize(
    "text",
    [
        "Davide Frattesi vuole il Napoli: il Sassuolo attende offerte.",
        "Il Napoli si è tirato indietro per Davide Frattesi: il Sassuolo chiedeva troppo.",
        "Davide Frattesi lascerà il Sassuolo: lo aspetta il Napoli.",
    ],
)
def test_the_owner_waiting_for_bids_and_the_club_waiting_for_him(text: str) -> None:
    """ "il Sassuolo attende offerte", "chiedeva troppo": the owner waits for bids or asks too much;
    "lo aspetta il Napoli": the club waiting for him is where he goes."""
    assert _sides("Frattesi, il punto\n\n" + text) == {("Davide Frattesi", "Sassuolo", "Napoli")}


def test_the_owner_holding_on_sells() -> None:
    """ "il Torino resiste per Samuele Ricci": the club that holds on to a player against a bid is
    his own, never a buyer."""
    text = "Ricci, il punto\n\nIl Torino resiste per Samuele Ricci, il Milan rilancia."
    assert _sides(text) == {("Samuele Ricci", "Torino", "Milan")}
