"""What a phrase of a country record names: the country, its people, its capital or another place.

The dictionaries list all of them under one bare country code (``VENEZUELA_ [VEN]``, ``+VENEZUELAN_``,
``+CARACAS_``, ``+MARACAIBO_``). The coder treats them differently: a capital is a metonym for the
government ("Caracas said"), a demonym is an adjective ("Venezuelan troops"), and another city or
province is a place, never an actor by itself. The evidence comes from the project's own tables
(``countries.csv``, ``capitals.csv``, and the country, demonym, capital and seat rows of
``actor_aliases.csv``), so the result depends on nothing outside the repository.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

import simplemma
from rapidfuzz import fuzz

from flows.normalize.gazetteer import fold

NAME_SIMILARITY = 85  # rapidfuzz ratio of a misspelt country name ("VENEZEULA") to the right one
CAPITAL_SIMILARITY = 90
_ARTICLE = re.compile(r"^(?:the|la|el|los|las) (?=\S)")
_WORD = re.compile(r"^[a-z][a-z'-]+$")
# Endings of English and Spanish demonyms ("-ian", "-ese", "-i", "-ano", "-ense", "-o").
DEMONYM_ENDINGS = ("an", "ans", "ian", "ians", "ese", "ish", "i", "is", "ic", "ics", "o", "os", "as", "sa", "sas",
                   "es", "esa", "esas", "ense", "enses", "eno", "enos", "ena", "enas", "ano", "anos", "ana",
                   "anas", "ino", "inos", "ina", "inas", "ita", "itas", "ota", "otas")
# Endings that end as many city names and given names as demonyms ("sochi", "tainan", "romina").
CITY_ENDINGS = frozenset({"i", "is", "an", "ans", "ina", "inas"})


def _key(text: str) -> str:
    return " ".join(fold(text).split())


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


@dataclass(frozen=True)
class PlaceNames:
    names: dict[str, frozenset[str]]
    demonyms: dict[str, frozenset[str]]
    capitals: dict[str, frozenset[str]]

    @classmethod
    def from_tables(cls, data_dir: Path) -> PlaceNames:
        names: dict[str, set[str]] = {}
        demonyms: dict[str, set[str]] = {}
        capitals: dict[str, set[str]] = {}
        for row in _rows(data_dir / "countries.csv"):
            names.setdefault(row["iso3"], set()).update({_key(row["name"]), _key(row["name_es"])})
        for row in _rows(data_dir / "capitals.csv"):
            capitals.setdefault(row["iso3"], set()).add(_key(row["capital"]))
        target = {"country": names, "demonym": demonyms, "capital": capitals, "seat": capitals}
        for row in _rows(data_dir / "actor_aliases.csv"):
            if row["kind"] in target and row["iso3"]:
                target[row["kind"]].setdefault(row["iso3"], set()).update(
                    _key(a) for a in row["alias"].split("|") if a.strip())
        freeze = lambda d: {k: frozenset(v) for k, v in d.items()}  # noqa: E731
        return cls(freeze(names), freeze(demonyms), freeze(capitals))

    def all_names(self) -> frozenset[str]:
        """Every country name, demonym, capital and seat of the project's tables."""
        return frozenset(n for table in (self.names, self.demonyms, self.capitals) for v in table.values() for n in v)

    def kind(self, phrase: str, iso3: str) -> str:
        """``country``, ``demonym``, ``capital`` or ``place`` for a folded phrase of ``iso3``'s record;
        a leading article is tried away too ("the us" is the country, "el salvador" keeps its "el")."""
        found = self._kind(phrase, iso3)
        bare = _ARTICLE.sub("", phrase)
        return self._kind(bare, iso3) if found == "place" and bare != phrase else found

    def _kind(self, phrase: str, iso3: str) -> str:
        names, capitals = self.names.get(iso3, frozenset()), self.capitals.get(iso3, frozenset())
        if phrase in capitals or any(fuzz.ratio(phrase, c) >= CAPITAL_SIMILARITY for c in capitals if len(c) >= 5):
            return "capital"
        if phrase in self.demonyms.get(iso3, frozenset()):
            return "demonym"
        if phrase in names:
            return "country"
        if " " in phrase:  # "republic of venezuela", "soviet occupied afghanistan"; else a city or region
            return "country" if any(len(n) >= 4 and f" {n} " in f" {phrase} " for n in names) else "place"
        close = _WORD.match(phrase) and any(
            fuzz.ratio(phrase, n) >= NAME_SIMILARITY or _common_prefix(phrase, n) >= min(4, len(n) - 1)
            for n in names if len(n) >= 4)
        if not close and not self._demonym_like(phrase, names):
            return "place"
        # "venezuelan", "venezolanos", "ruso": a demonym ending the names lack; "venezeula": a misspelling
        return "demonym" if any(phrase.endswith(s) and not any(n.endswith(s) for n in names)
                                for s in DEMONYM_ENDINGS) else "country"

    @staticmethod
    def _demonym_like(phrase: str, names: frozenset[str]) -> bool:
        """"finnish" (finland), "congolese" (congo), "checos" (chequia): a demonym ending on a stem of three
        letters shared with a word of the country's names, not that word itself ("congo" names two states).
        The short endings that also end city names ("sochi", "tainan") do not count, nor does an ordinary
        word ("fines": fine, fin)."""
        words = {w for n in names for w in n.split() if len(w) >= 4}
        return (_WORD.match(phrase) is not None and phrase not in words and _demonym_shaped(phrase)
                and any(_common_prefix(phrase, w) >= 3 for w in words) and not _ordinary_word(phrase))


def _demonym_shaped(word: str) -> bool:
    return any(word.endswith(s) and len(word) - len(s) >= 3 for s in DEMONYM_ENDINGS if s not in CITY_ENDINGS)


def _ordinary_word(word: str) -> bool:
    """A known English or Spanish word whose lemma is another word and no demonym ("fines" -> "fine")."""
    for lang in ("en", "es"):
        if simplemma.is_known(word, lang=lang):
            lemma = fold(simplemma.lemmatize(word, lang=lang))
            if lemma != word and not _demonym_shaped(lemma):
                return True
    return False
