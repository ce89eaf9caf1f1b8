"""Every phrase the actor finder knows, in one Aho-Corasick automaton over folded text.

Three sources share the automaton, so a sentence is scanned once: the project's overlay
(:func:`flows.normalize.gazetteer.aliases`: countries, metonyms, leaders after the dictionaries'
dates, state firms, blocked phrases), the generated lexicon (:mod:`flows.normalize.lexicon`: tens of
thousands of names from the field's dictionaries) and the discard phrases. For a phrase the overlay
knows, the overlay alone decides (it wins); the lexicon decides the rest.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

import ahocorasick

from flows.normalize.gazetteer import STATELESS, Alias, aliases, read_data, resolve
from flows.normalize.lexicon import Discard, LexiconActor, code_parts, discards, lexicon_rows, lexicon_table

# Spanish demonyms are written in lower case ("los aviones rusos"); these endings mark them. English
# ones ("Polish", "French") need their capital, since the lower-case word is something else.
_LOWER_CASE_DEMONYM = re.compile(r"(?:[oa]s?|es|ense|enses|i)$")


@dataclass(frozen=True, slots=True)
class Entry:
    overlay: tuple[Alias, ...]
    lexicon: tuple[Alias, ...]
    discard: Discard | None

    def name(self, original: str, on: dt.date | None) -> Alias | None:
        """The actor (or block) this spelling names on that day; None if it names nothing."""
        return resolve(self.overlay, original, on) if self.overlay else resolve(self.lexicon, original, on)


def _is_acronym(phrase: str) -> bool:
    """Short single words ("un", "eu") and dotted ones ("u.n.") must be written in capitals."""
    return " " not in phrase and ("." in phrase.strip(".") or sum(c.isalpha() for c in phrase) <= 3)


def lexicon_alias(row: LexiconActor) -> Alias:
    country, sector = code_parts(row.code)
    lower_ok = row.kind == "demonym" and bool(_LOWER_CASE_DEMONYM.search(row.phrase))
    return Alias(country=None if sector in STATELESS else country, sector=sector, code=row.code, kind=row.kind,
                 exact=row.phrase.upper() if _is_acronym(row.phrase) else None, capitalised=not lower_ok,
                 tenure_from=row.valid_from, tenure_to=row.valid_to)


@lru_cache(maxsize=8192)
def entry(key: str) -> Entry:
    """What a folded phrase can name or discard, built when a sentence first contains it."""
    return Entry(aliases().get(key, ()), tuple(lexicon_alias(r) for r in lexicon_rows(key)), discards().get(key))


@lru_cache(maxsize=8192)
def name(key: str, original: str, on: dt.date | None) -> Alias | None:
    """The actor (or block) the spelling ``original`` of ``key`` names on ``on``; None if nothing."""
    return entry(key).name(original, on)


@cache
def automaton() -> ahocorasick.Automaton:
    """Overlay, lexicon and discard phrases; the lexicon's acronyms are looked up apart (:func:`_acronyms`):
    thousands of two- and three-letter keys would each match inside ordinary words."""
    machine = ahocorasick.Automaton()
    for key in {*aliases(), *(k for k in lexicon_table() if not _is_acronym(k)), *discards()}:
        machine.add_word(key, key)
    machine.make_automaton()
    return machine


_CAPITALS = re.compile(r"(?<![\w.])[A-Z][A-Z0-9.&-]*[A-Z0-9.](?![\w])")


def _acronyms(sentence: str, folded: str) -> list[tuple[int, int, str]]:
    """Words written in capitals ("UN", "U.N.", "FMI") that are lexicon acronyms."""
    table = lexicon_table()
    hits = []
    for found in _CAPITALS.finditer(sentence):
        dotted = found.group().endswith(".")
        for end in (found.end(), found.end() - 1) if dotted else (found.end(),):  # "U.N." and "UN." at the end
            key = folded[found.start():end]
            if key in table and _is_acronym(key):
                hits.append((found.start(), end, key))
                break
    return hits


def phrase_hits(folded: str, sentence: str | None = None) -> list[tuple[int, int, str]]:
    """(start, end, phrase) of every known phrase standing as whole words (a stem discard may run on);
    given the original ``sentence``, also the lexicon acronyms it writes in capitals."""
    hits, n, dropped = _acronyms(sentence, folded) if sentence else [], len(folded), discards()
    for last, key in automaton().iter(folded):
        start, end = last - len(key) + 1, last + 1
        # Whole words only (no letter, digit or _ on either side), checked inline: most hits fall inside words.
        if start and ((c := folded[start - 1]).isalnum() or c == "_"):
            continue
        if end == n or not ((c := folded[end]).isalnum() or c == "_") or (key in dropped and dropped[key].stem):
            hits.append((start, end, key))
    return hits


_LOWER_PAIR = re.compile(r"[^\W\d_A-Z]{2}")  # two letters in a row that are not capitals


@cache
def _capitals_common(language: str | None) -> frozenset[str]:
    kinds = ("capitals_common", "capitals_common_es") if language == "es" else ("capitals_common",)
    return frozenset(w for r in read_data("name_words.csv") if r["kind"] in kinds for w in r["words"].split("|"))


def without_capitals_words(sentence: str, hits: list[tuple[int, int, str]],
                           language: str | None) -> list[tuple[int, int, str]]:
    """In a sentence written all in capitals ("PROTESTAN CONTRA EL GOBIERNO") the one-word names that are
    also ordinary words are the words: capitals no longer tell "Contra" from "contra"."""
    if _LOWER_PAIR.search(sentence) or len(sentence) < 12:  # any two lower-case letters: not all capitals
        return hits
    common = _capitals_common(language)
    return [h for h in hits if h[2] not in common]


def discarded(folded: str, hits: list[tuple[int, int, str]] | None = None) -> Discard | None:
    """The discard phrase that makes this sentence not codable (sports, entertainment), if any."""
    dropped = discards()
    return next((dropped[key] for _, _, key in (phrase_hits(folded) if hits is None else hits) if key in dropped),
                None)


__all__ = ["Entry", "automaton", "discarded", "entry", "lexicon_alias", "name", "phrase_hits", "without_capitals_words"]
