"""Duplicate articles: exact and near copies found through the database, the same groups in any order.

The texts are generated: a story of ~250 Italian-looking words, syndicated copies with a few
words changed and their own outlet boilerplate, and unrelated stories from the same vocabulary
(the hard case for false merges: same words, different sentences).
"""

from __future__ import annotations

import datetime as dt
import itertools
import random

import numpy as np
import pytest
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from mercato.db.models import Article, ArticleBand, Source
from mercato.dedup.articles import find_near_duplicate, forget_article, index_article, link_duplicates
from mercato.dedup.fingerprint import (
    BANDS,
    NUM_PERM,
    content_hash,
    fingerprint,
    shingles,
    signature,
    signature_from_bytes,
    signature_to_bytes,
    similarity,
)
from mercato.dedup.urls import canonical_url

VOCAB = ("il milan la lazio inter juventus difensore centrale mercato gennaio offerta milioni contratto "
         "scadenza rinnovo agente incontro trattativa accordo prestito obbligo riscatto direttore "
         "sportivo allenatore squadra giocatore stagione partita gol tifosi società presidente club "
         "sessione invernale estiva cessione acquisto visite mediche ufficiale firma ingaggio bonus "
         "parametro zero lista obiettivi alternativa pista calda fredda settimana prossima ore "
         "decisive rossoneri nerazzurri bianconeri biancocelesti ritorno andata campionato coppa").split()


def story(seed: int, n: int = 250) -> str:
    rng = random.Random(seed)
    words = [rng.choice(VOCAB) for _ in range(n)]
    return " ".join(w if i % 12 else w.capitalize() for i, w in enumerate(words)) + "."


def copy_of(text: str, seed: int, edits: int = 6, outlet: str = "Partner") -> str:
    """A syndicated copy: a few words replaced and the partner's own boilerplate around it."""
    rng = random.Random(seed)
    words = text.split()
    for _ in range(edits):
        words[rng.randrange(len(words))] = rng.choice(VOCAB)
    return f"{outlet} | Calciomercato\n" + " ".join(words) + f"\nRiproduzione riservata © {outlet}"




def _source(session: Session) -> int:
    sid = session.scalar(select(Source.id).where(Source.name == "test"))
    if sid is None:
        src = Source(name="test", home_url="https://test.it")
        session.add(src)
        session.flush()
        sid = src.id
    return sid


def ingest(session: Session, url: str, text: str, published: dt.date | None) -> Article:
    """What the store pipeline does for one article, dedup-wise."""
    article = Article(url=url, canonical_url=canonical_url(url), source_id=_source(session), text=text,
                      published=published, content_hash=content_hash(text))
    session.add(article)
    session.flush()
    index_article(session, article, fingerprint(text))
    link_duplicates(session, article)
    return article


def groups(session: Session) -> dict[str, tuple[str | None, str | None, float | None]]:
    """Every article's link by canonical URLs (ids follow arrival order, URLs don't)."""
    urls = {i: u for i, u in session.execute(select(Article.id, Article.canonical_url))}
    return {a.canonical_url: (urls.get(a.duplicate_of_id), a.duplicate_kind, a.similarity)
            for a in session.scalars(select(Article))}


def reset(session: Session) -> None:
    session.execute(delete(ArticleBand))
    session.execute(delete(Article))
    session.flush()


D1, D2, D3 = dt.date(2025, 11, 14), dt.date(2025, 11, 15), dt.date(2025, 11, 16)


def test_signature_is_stable_and_round_trips() -> None:
    text = story(1)
    sig = signature(text)
    assert sig is not None and sig.shape == (NUM_PERM,)
    assert np.array_equal(sig, signature(text))
    blob = signature_to_bytes(sig)
    assert len(blob) == NUM_PERM * 4
    assert np.array_equal(signature_from_bytes(blob), sig)
    assert len(fingerprint(text).bands) == BANDS
    with pytest.raises(ValueError, match="reprocess"):
        signature_from_bytes(blob[:-4])


def test_short_text_has_no_signature_but_a_hash() -> None:
    assert signature("Milan, Gila.") is None
    assert fingerprint("Milan, Gila.").content_hash == content_hash("  milan,   GILA. ")


def test_estimate_tracks_true_jaccard() -> None:
    a, b = story(3), copy_of(story(3), 4, edits=25)
    sa, sb = shingles(a), shingles(b)
    true = len(sa & sb) / len(sa | sb)
    assert abs(similarity(signature(a), signature(b)) - true) < 0.12


def test_near_copy_with_small_edits_is_linked(session: Session) -> None:
    original = ingest(session, "https://a.it/gila", story(10), D1)
    copy = ingest(session, "https://b.it/gila-milan", copy_of(story(10), 11), D2)
    assert copy.duplicate_of_id == original.id
    assert copy.duplicate_kind == "near"
    assert 0.7 <= copy.similarity < 1.0
    assert original.duplicate_of_id is None


def test_exact_copy_is_linked_as_exact(session: Session) -> None:
    original = ingest(session, "https://a.it/x", story(20), D1)
    copy = ingest(session, "https://b.it/y", "  " + story(20).upper(), D1)
    assert (copy.duplicate_of_id, copy.duplicate_kind, copy.similarity) == (original.id, "exact", 1.0)


def test_unrelated_articles_are_not_merged(session: Session) -> None:
    for i in range(12):
        ingest(session, f"https://a.it/{i}", story(100 + i), D1)
    assert session.scalar(select(func.count()).where(Article.duplicate_of_id.is_not(None))) == 0


def test_earlier_copy_arriving_later_takes_the_group(session: Session) -> None:
    late = ingest(session, "https://b.it/late", copy_of(story(30), 31), D3)
    mid = ingest(session, "https://c.it/mid", copy_of(story(30), 32), D2)
    assert late.duplicate_of_id == mid.id
    first = ingest(session, "https://a.it/first", story(30), D1)
    assert first.duplicate_of_id is None
    assert late.duplicate_of_id == first.id and mid.duplicate_of_id == first.id


def test_same_day_ties_break_by_url_and_undated_go_last(session: Session) -> None:
    undated = ingest(session, "https://a.it/undated", story(40), None)
    z = ingest(session, "https://z.it/copy", copy_of(story(40), 41), D1)
    b = ingest(session, "https://b.it/copy", copy_of(story(40), 42), D1)
    assert b.duplicate_of_id is None
    assert z.duplicate_of_id == b.id and undated.duplicate_of_id == b.id


def test_reindexing_an_unchanged_article_writes_nothing(session: Session) -> None:
    a = ingest(session, "https://a.it/x", story(50), D1)
    ingest(session, "https://b.it/x", copy_of(story(50), 51), D2)
    before = groups(session)
    session.commit()
    index_article(session, a, fingerprint(a.text))
    assert link_duplicates(session, a) is None
    assert not session.dirty and groups(session) == before


def test_reprocessed_text_leaves_its_group(session: Session) -> None:
    first = ingest(session, "https://a.it/x", story(60), D1)
    copy = ingest(session, "https://b.it/x", copy_of(story(60), 61, edits=2), D2)
    third = ingest(session, "https://c.it/x", copy_of(story(60), 62, edits=2), D3)
    first.text = story(999)  # reprocess found a different article body on that page
    index_article(session, first)
    link_duplicates(session, first)
    assert first.duplicate_of_id is None
    assert copy.duplicate_of_id is None and third.duplicate_of_id == copy.id


def test_forget_article_regroups_the_rest(session: Session) -> None:
    first = ingest(session, "https://a.it/x", story(70), D1)
    copy = ingest(session, "https://b.it/x", copy_of(story(70), 71, edits=2), D2)
    third = ingest(session, "https://c.it/x", copy_of(story(70), 72, edits=2), D3)
    forget_article(session, first)
    session.delete(first)
    session.flush()
    assert copy.duplicate_of_id is None and third.duplicate_of_id == copy.id


def test_find_near_duplicate_probe(session: Session) -> None:
    first = ingest(session, "https://a.it/x", story(80), D1)
    fp = fingerprint(copy_of(story(80), 81))
    found = find_near_duplicate(session, None, fp.signature, fp.bands, fp.content_hash)
    assert found is not None and found[0] == first.id and found[1] >= 0.7
    fp = fingerprint(story(82))
    assert find_near_duplicate(session, None, fp.signature, fp.bands, fp.content_hash) is None


def test_any_arrival_order_gives_the_same_groups(session: Session) -> None:
    """Two stories with copies and one unrelated article, in all 120 orders."""
    docs = [
        ("https://a.it/s1", story(90), D2),
        ("https://b.it/s1", copy_of(story(90), 91), D1),
        ("https://c.it/s1", copy_of(story(90), 92, edits=10), D1),
        ("https://a.it/s2", story(93), D3),
        ("https://d.it/s2", copy_of(story(93), 94), D3),
    ]
    expected = None
    for order in itertools.permutations(docs):
        reset(session)
        for url, text, day in order:
            ingest(session, url, text, day)
        got = groups(session)
        if expected is None:
            expected = got
            assert got["https://a.it/s1"][0] == "https://b.it/s1"
            assert got["https://d.it/s2"][0] == "https://a.it/s2"
        assert got == expected, order
