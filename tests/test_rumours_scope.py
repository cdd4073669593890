"""Credit scope and precision checks on short texts written for these tests.

Credits: a source named in the headline or the first paragraph covers the whole article; one
named later covers its section from there until the next credit. Precision: a hyphen joining
two names the text writes apart is a pair of people, a first name alone is no player, a denied
exit with no destination is no rumour, and texts without a word of the market (or fantasy
football advice) report nothing.
"""

from __future__ import annotations

from mercato.rumours import extract_rumours


def _by_player(text: str, **kwargs: object) -> dict[str, list[str]]:
    return {r.player.split()[-1]: r.cited_outlets for r in extract_rumours(text, **kwargs)}


def test_lead_credit_covers_the_article() -> None:
    text = (
        "Mercato Lazio, due nomi per la difesa\n\n"
        "Secondo il Corriere dello Sport, la Lazio ha chiesto informazioni al Genoa per Johan Vásquez.\n\n"
        "Lazio, si pensa anche a Koni De Winter\n\n"
        "I biancocelesti hanno avviato i contatti con il Milan per Koni De Winter."
    )
    credits = _by_player(text)
    assert credits["Vásquez"] == ["Corriere dello Sport"]
    assert credits["Winter"] == ["Corriere dello Sport"]


def test_later_credit_runs_to_the_next_one() -> None:
    text = (
        "Roma, il punto sul mercato\n\n"
        "Il mercato della Roma entra nel vivo e Gasperini aspetta rinforzi.\n\n"
        "Come riporta Tuttosport, la Roma ha offerto 20 milioni al Sassuolo per Armand Laurienté. "
        "La società emiliana chiede di più.\n\n"
        "I giallorossi hanno chiesto informazioni anche all'Atalanta per Ademola Lookman.\n\n"
        "Secondo Sky Sport, la Roma ha avviato una trattativa con il Napoli per Giovanni Simeone."
    )
    credits = _by_player(text)
    assert credits["Laurienté"] == ["Tuttosport"]
    assert credits["Lookman"] == ["Tuttosport"]
    assert credits["Simeone"] == ["Sky Sport"]


def test_described_outlet_outside_the_list_is_credited() -> None:
    text = (
        "Il River Plate pensa a Simeone\n\n"
        "Secondo il quotidiano Olé, il River Plate ha chiesto informazioni al Torino per l'attaccante "
        "Giovanni Simeone."
    )
    assert _by_player(text)["Simeone"] == ["Olé"]


def test_publisher_is_never_credited() -> None:
    text = (
        "Juventus, idea Frattesi\n\n"
        "Secondo Tuttosport, la Juventus ha chiesto informazioni all'Inter per il centrocampista "
        "Davide Frattesi."
    )
    assert _by_player(text, publisher="tuttosport.com")["Frattesi"] == []


def test_hyphenated_pair_is_a_swap_of_two_players() -> None:
    text = (
        "Juventus e Barcellona, è ufficiale lo scambio Pjanić-Arthur\n\n"
        "La Juventus ha ceduto Miralem Pjanić al Barcellona e ha acquistato Arthur Melo. "
        "Arthur ha firmato fino al 2025, Pjanić fino al 2024."
    )
    moves = {(r.player.split()[-1], r.from_club, r.to_club) for r in extract_rumours(text)}
    assert ("Pjanić", "Juventus", "Barcellona") in moves
    assert ("Melo", "Barcellona", "Juventus") in moves


def test_a_first_name_alone_is_no_player() -> None:
    text = (
        "Il Benevento ha chiesto informazioni al Palermo per l'esterno Roberto Insigne. L'esterno, "
        "fratello di Lorenzo, piace per l'esperienza in categoria."
    )
    assert [r.player for r in extract_rumours(text)] == ["Roberto Insigne"]


def test_denied_exit_without_destination_is_no_rumour() -> None:
    text = (
        "Napoli, Osimhen non si tocca\n\n"
        "L'entourage di Victor Osimhen ha smentito: nessun contatto e nessuna volontà di lasciare il Napoli."
    )
    assert extract_rumours(text) == []


def test_no_market_word_no_rumour() -> None:
    text = (
        "Inter, lesione per Lautaro\n\n"
        "Tegola per l'Inter alla vigilia del derby. Lautaro Martinez si è sottoposto questa mattina agli "
        "esami strumentali, che hanno evidenziato una lesione di basso grado al bicipite femorale della "
        "coscia destra. Il capitano sarà rivalutato tra dieci giorni, ma salterà sicuramente la sfida "
        "contro il Milan. Cristian Chivu dovrà quindi rinunciare al suo attaccante più prolifico in uno dei "
        "momenti decisivi della stagione. Al suo posto, accanto a Marcus Thuram, è pronto Francesco Pio "
        "Esposito, che nelle ultime settimane ha convinto lo staff con gol e prestazioni di sostanza. "
        "Resta l'alternativa Ange-Yoan Bonny, che garantirebbe maggiore profondità. L'argentino aveva "
        "accusato il fastidio nel finale della gara, chiedendo il cambio a pochi minuti dal termine."
    )
    assert extract_rumours(text) == []


def test_a_match_preview_with_both_line_ups_reports_no_move() -> None:
    """Two line-ups ("Como (4-2-3-1): ...") make a preview, whatever a player is "pronto a"."""
    text = (
        "Juventus-Como, le probabili formazioni\n\n"
        "Fàbregas dovrebbe affidarsi al Gallo, con Strefezza pronto a partire dalla destra.\n\n"
        "Juventus (3-4-2-1): Di Gregorio; Kalulu, Bremer, Kelly; Conceição, Locatelli, Thuram, "
        "Cambiaso; Yildiz, Koopmeiners; Vlahović.\n\n"
        "Como (4-2-3-1): Reina; Van der Brempt, Dossena, Kempf, Moreno; Sergi Roberto, Mazzitelli; "
        "Strefezza, Paz, Da Cunha; Belotti."
    )
    assert extract_rumours(text) == []
