"""Load the reviewable lexicons of ``data/lexicon/`` once per process and index them for matching."""

from __future__ import annotations

import logging
import os
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .lexindex import (
    PARTICLES,
    cue_index,
    cue_words,
    described_adjectives,
    known_people_index,
    name_entries,
    national_rivals,
    nickname_clubs,
    nickname_entries,
)
from .phrases import PhraseBook, PhraseIndex
from .text import fold, person_key, plain

__all__ = [
    "DEFAULT_LEXICON_DIR",
    "PARTICLES",
    "Club",
    "Lexicon",
    "Outlet",
    "known_people_index",
    "load_lexicon",
    "person_key",
    "plain",
]

log = logging.getLogger(__name__)

DEFAULT_LEXICON_DIR = Path(__file__).resolve().parents[2] / "data" / "lexicon"
ENV_VAR = "MERCATO_LEXICON_DIR"
CUE_FILES = ("cues.toml", "roles.toml")


@dataclass(frozen=True, slots=True)
class Club:
    """A club as ``clubs.toml`` describes it."""

    name: str
    country: str = ""
    league: str = ""
    aliases: tuple[str, ...] = ()
    nicknames: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Outlet:
    """A news source as ``outlets.toml`` describes it."""

    name: str
    aliases: tuple[str, ...] = ()


Entity = tuple[str, str]  # (kind "club" | "outlet", canonical name)


@dataclass(frozen=True)
class Lexicon:
    """Every piece of language knowledge the extractor uses, indexed once."""

    directory: Path
    clubs: dict[str, Club]
    outlets: dict[str, Outlet]
    names: PhraseIndex[tuple[Entity, ...]]  # proper names, case-sensitive (accents folded)
    nicknames: PhraseIndex[tuple[Entity, ...]]  # epithets, case-insensitive
    cues: dict[str, PhraseIndex[str]]  # family ("stage", "deal", ...) -> label per phrase
    roles: PhraseIndex[str]  # coach, director, president, agent, journalist, player
    book: PhraseBook[str]  # every cue family and the roles, matched in one pass
    known_people: dict[str, str]  # folded full name or lone surname -> role (roles.toml [people])
    club_first_names: frozenset[str]  # "Milan" Badelj: names.toml club_first_names
    club_surnames: frozenset[str]  # João "Santos": names.toml club_surnames
    non_names: frozenset[str]
    # Words of the cue phrases (four letters or more): "Proposta alla Juventus per..." opens
    # with one of them, not with a man's name.
    cue_words: frozenset[str]
    prominence: dict[str, int]
    given_names: frozenset[str] = frozenset()  # names.toml given_names: "Lorenzo" alone is no player
    women_names: frozenset[str] = frozenset()  # names.toml women_names: "Chiara Motta" is no player
    # names.toml [player_nicknames]: folded nickname -> folded surname ("pipita" -> "higuain")
    player_nicknames: dict[str, str] = field(default_factory=dict)
    people_clubs: dict[str, str] = field(default_factory=dict)  # roles.toml [people_clubs], by person_key
    # roles.toml [people] as written, and the years from which a role or a club of it holds (eras.py)
    people_table: dict[str, list[str]] = field(default_factory=dict)
    role_since: dict[str, int] = field(default_factory=dict)
    club_since: dict[str, int] = field(default_factory=dict)
    club_until: dict[str, int] = field(default_factory=dict)  # the last year a [people_clubs] club held
    # memo of eras.as_of, by (year, at_latest)
    eras: dict[tuple[int, bool], Lexicon] = field(default_factory=dict, repr=False, compare=False)
    # A player's nickname that is also a club's name ("Toro": Lautaro, and the Torino) -> that club
    nickname_clubs: dict[str, str] = field(default_factory=dict)
    # The national team's colour on a man ("azzurro"), names.toml, and the other names of the clubs
    # that wear it ("napoli", "partenopei", "empoli"...): where one is in the text, the colour is a club's
    national_colours: frozenset[str] = frozenset()
    national_rivals: re.Pattern[str] | None = None
    description_heads: frozenset[str] = frozenset()  # descriptions.toml: "il club inglese"
    described: dict[str, frozenset[str]] = field(default_factory=dict)  # adjective -> clubs it may mean
    # Memo of clubs.merge_entities: token surface -> its name key, nickname key and whether a
    # club or outlet may start there. It lives here because the answer depends on this lexicon.
    entity_words: dict[str, tuple[str, str, bool]] = field(default_factory=dict, repr=False, compare=False)
    # Index of outlet_name, built on first use: folded form -> outlet, and the same without
    # spaces or domain ("calciomercato") -> outlet; the first outlet listed keeps a shared form.
    outlet_forms: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    outlet_bare: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    def outlet_name(self, text: str | None) -> str | None:
        """Canonical outlet for a free-form publisher name ("gazzetta.it" -> La Gazzetta dello Sport).

        Looked up in an index rather than by folding every outlet's forms: citations ask this
        of every local masthead an article names, and most are not listed.
        """
        if not text:
            return None
        if not self.outlet_forms:  # filled whole, bare forms first, so no caller sees half of it
            forms: dict[str, str] = {}
            bare: dict[str, str] = {}
            for outlet in self.outlets.values():
                for form in (outlet.name, *outlet.aliases):
                    forms.setdefault(fold(form), outlet.name)
                    bare.setdefault(fold(form).replace(" ", "").split(".")[0], outlet.name)
            self.outlet_bare.update(bare)
            self.outlet_forms.update(forms)
        key = fold(text).replace("www.", "").strip()
        return self.outlet_forms.get(key) or self.outlet_bare.get(key.split(".")[0].replace(" ", "")) or text


def load_lexicon(directory: str | Path | None = None) -> Lexicon:
    """The lexicon of ``directory`` (default: ``$MERCATO_LEXICON_DIR`` or the repo's data/lexicon).

    Cached per directory, so every call after the first is free.
    """
    if directory is None:
        directory = os.environ.get(ENV_VAR) or DEFAULT_LEXICON_DIR
    if os.path.isabs(directory):
        return _load(_resolved(directory))
    return _load(str(Path(directory).resolve()))  # relative: depends on the working directory


@lru_cache(maxsize=8)
def _resolved(directory: str | Path) -> str:
    """An absolute path, resolved once: resolving asks the file system, and the extractor asks
    for its lexicon per article."""
    return str(Path(directory).resolve())


@lru_cache(maxsize=8)
def _load(directory: str) -> Lexicon:
    root = Path(directory)
    clubs = {c["name"]: _club(c) for c in _read(root / "clubs.toml", required=False).get("club", [])}
    outlets = {
        o["name"]: Outlet(o["name"], tuple(o.get("aliases", ())))
        for o in _read(root / "outlets.toml", required=False).get("outlet", [])
    }
    cue_tables: dict[str, dict[str, list[str]]] = {}
    for name in CUE_FILES:
        for family, table in _read(root / name, required=True).items():
            cue_tables.setdefault(family, {}).update(table)
    roles_table = cue_tables.pop("role", {})
    known = cue_tables.pop("people", {})
    people_clubs = cue_tables.pop("people_clubs", {})
    since = {table: cue_tables.pop(table, {}) for table in ("role_since", "club_since", "club_until")}
    words = _read(root / "names.toml", required=False)
    order = _read(root / "prominence.toml", required=False).get("order", [])
    descriptions = _read(root / "descriptions.toml", required=False)
    log.debug("lexicon %s: %d clubs, %d outlets", root, len(clubs), len(outlets))
    cues = {family: cue_index(table) for family, table in cue_tables.items()}
    roles = cue_index(roles_table)
    return Lexicon(
        directory=root,
        clubs=clubs,
        outlets=outlets,
        names=PhraseIndex(name_entries(clubs, outlets)),
        nicknames=PhraseIndex(nickname_entries(clubs)),
        cues=cues,
        roles=roles,
        book=PhraseBook({**cues, "role": roles}),
        known_people=known_people_index(known),
        people_table=known,
        role_since={person_key(name): year for name, year in since["role_since"].items()},
        club_since={person_key(name): year for name, year in since["club_since"].items()},
        club_until={person_key(name): year for name, year in since["club_until"].items()},
        club_first_names=frozenset(words.get("club_first_names", [])),
        club_surnames=frozenset(words.get("club_surnames", [])),
        # a country is never a man's name: roles.toml [national_team] lists them once for both uses
        non_names=frozenset(
            fold(w)
            for w in [
                *words.get("function_words", []),
                *words.get("proper_words", []),
                *cue_tables.get("national_team", {}).get("country", []),
            ]
        ),
        cue_words=cue_words(cue_tables),
        prominence={name: i for i, name in enumerate(order)},
        given_names=frozenset(fold(w) for w in words.get("given_names", [])),
        women_names=frozenset(fold(w) for w in words.get("women_names", [])),
        player_nicknames={person_key(k): person_key(v) for k, v in words.get("player_nicknames", {}).items()},
        nickname_clubs=nickname_clubs(clubs, words.get("player_nicknames", {})),
        national_colours=frozenset(fold(w) for w in words.get("national_colours", [])),
        national_rivals=national_rivals(clubs, words.get("national_colours", [])),
        people_clubs={person_key(name): club for name, club in people_clubs.items()},
        description_heads=frozenset(descriptions.get("heads", [])),
        described=described_adjectives(descriptions.get("leagues", {}), clubs, descriptions.get("clubs", {})),
    )


def _read(path: Path, *, required: bool) -> dict:
    if not path.exists():
        if required:
            raise FileNotFoundError(f"lexicon file missing: {path}")
        log.warning("lexicon file missing: %s (continuing without it)", path)
        return {}
    with path.open("rb") as fh:
        return tomllib.load(fh)


def _club(raw: dict) -> Club:
    return Club(
        name=raw["name"],
        country=raw.get("country", ""),
        league=raw.get("league", ""),
        aliases=tuple(raw.get("aliases", ())),
        nicknames=tuple(raw.get("nicknames", ())),
    )


