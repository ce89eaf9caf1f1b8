"""The actor dictionary: every spelling that names a state, an organ of one or a non-state actor.

Sources, all versioned in ``flows/normalize/data`` except the ISO list:

- ISO 3166-1 through ``pycountry`` (short, common and official English names) plus ``countries.csv``
  (the project's country table, with Spanish names, FIPS and CAMEO codes).
- ``actor_aliases.csv``: short forms, demonyms, capitals and seats of power used as metonyms,
  leaders and officials with their tenure (``tenure_from``/``tenure_to``), armed forces, state
  firms, legislatures, opposition figures, armed groups, NGOs and IGOs. ``valid_from`` is the date
  this mapping was written, so the warehouse can version ``dim_actor`` (SCD2) when it changes.
- ``non_actors.csv``: phrases that contain an actor name but are not one ("Latin American").

Matching happens on :func:`fold` text (lower case, no accents, same length as the original).
"""
from __future__ import annotations

import csv
import datetime as dt
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from flows.reference import vocabulary

DATA_DIR = Path(__file__).resolve().parent / "data"
# Mapping date of the ISO names that come from pycountry and countries.csv.
ISO_MAPPING_DATE = "2026-11-25"
# Single words that are also ordinary lower-case words ("turkey", "chile", "india" in Spanish):
# they only count as actors when the text capitalises them.
CAPITALISED_ONLY = frozenset({
    "chad", "jordan", "turkey", "chile", "jersey", "trump", "america", "xi", "india", "padrino",
    "cabello", "duque", "machado", "lula", "granada", "georgia", "guinea", "niger", "mali", "cuba",
    "rubio", "gil", "arce", "petro", "modi", "ali", "reunion",
    "la paz", "antigua",  # "amenazar la paz de la región", "la antigua embajada"
})
# Kinds ranked from vague to specific: when two mentions of one country are merged
# ("Venezuelan President Nicolás Maduro") the most specific one names the actor.
KIND_RANK = {"place": -1, "demonym": 0, "country": 1, "capital": 2, "seat": 3, "agent": 4, "government": 4,
             "military": 4, "legislature": 4, "opposition": 4, "firm": 4, "police": 4, "judiciary": 4,
             "intelligence": 4, "media": 4}
# International actors: no country even when their code names one (NGOUSAENV, MNCUSA). Rebels, opposition
# and firms keep their country ("Colombian rebels" -> COL REB); the sector says they are not the state.
STATELESS = frozenset({"IGO", "NGO", "NGM", "MNC", "IMG"})


@dataclass(frozen=True, slots=True)
class Alias:
    country: str | None
    sector: str
    code: str
    kind: str
    exact: str | None  # acronyms ("US", "UN") must match in this exact case
    capitalised: bool
    tenure_from: dt.date | None
    tenure_to: dt.date | None

    @property
    def dated(self) -> bool:
        return self.tenure_from is not None or self.tenure_to is not None

    def written_right(self, original: str) -> bool:
        """Whether the text spells this alias as it must be spelt (case of acronyms and common words)."""
        if self.exact is not None and original != self.exact:
            return False
        return not self.capitalised or looks_capitalised(original)

    def covers(self, on: dt.date) -> bool:
        return (self.tenure_from is None or self.tenure_from <= on) and (self.tenure_to is None or on <= self.tenure_to)

    def valid(self, original: str, on: dt.date | None) -> bool:
        """Whether this spelling, as written, names this actor on that day."""
        return self.written_right(original) and (on is None or self.covers(on))


_ARTICLES = frozenset({"the", "la", "el", "los", "las", "le", "les", "al"})


def looks_capitalised(original: str) -> bool:
    """The first word that is not an article starts with a capital ("la Paz", "The Hague", "Caracas")."""
    words = original.split()
    while len(words) > 1 and words[0].lower() in _ARTICLES:
        words.pop(0)
    return bool(words) and words[0][:1].isupper()


def resolve(candidates: tuple[Alias, ...], original: str, on: dt.date | None) -> Alias | None:
    """The actor a spelling names on a day, following the dictionaries' date rules.

    Dated entries (tenures, ``[VENGOV >060901]``) come first: on a known day the one that covers it
    (the most recent start wins an overlap); undated entries are the default when none does (a
    former leader's ``[VENELI]``). With no day known the most recent range is taken, so undated text
    reads as current news; the undated default only when there is no dated entry.
    """
    usable = [a for a in candidates if a.written_right(original)]
    dated = [a for a in usable if a.dated]
    if on is not None:
        dated = [a for a in dated if a.covers(on)]
    if dated:
        return max(dated, key=lambda a: (a.tenure_to or dt.date.max, a.tenure_from or dt.date.min) if on is None
                   else (a.tenure_from or dt.date.min))
    undated = [a for a in usable if not a.dated]
    if original.islower():  # "las tropas filipinas": a name written in lower case is its demonym
        undated.sort(key=lambda a: a.kind != "demonym")
    return next(iter(undated), None)


class _FoldTable(dict):
    """str.translate table filled on demand: each distinct character is folded once."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower-case, accent-free copy of ``text`` with exactly the same length; whitespace becomes a space."""
    return text.translate(_FOLD_TABLE)


@cache
def _fold_char(c: str) -> str:
    if c in "\u2019\u2018`\u00b4":
        return "'"
    if c in "\u2010\u2011\u2012\u2013\u2014":
        return "-"
    if c.isspace():
        return " "
    base = unicodedata.normalize("NFD", c)[0].lower()
    return base if len(base) == 1 else c


def read_data(name: str) -> list[dict[str, str]]:
    """Rows of one CSV file in ``flows/normalize/data``."""
    with open(DATA_DIR / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


@cache
def country_table() -> list[dict]:
    """Rows of countries.csv (iso3, iso2, fips, name, name_es, region, subregion, cameo)."""
    return read_data("countries.csv")


@cache
def _countries_by_code() -> dict[str, dict]:
    table: dict[str, dict] = {}
    for row in country_table():
        for key in ("cameo", "iso2", "iso3"):  # ISO3 last so it wins any clash
            if row[key]:
                table[row[key]] = row
    return table


def iso3_for(code: str | None) -> str | None:
    """ISO3 for an ISO3, CAMEO or ISO2 country code (GDELT's ROM -> ROU); None if unknown."""
    row = _countries_by_code().get((code or "").strip().upper())
    return row["iso3"] if row else None


def alternatives(regex: str) -> list[str]:
    """Top-level alternatives of a regex ("a|b(?:c|d)" -> ["a", "b(?:c|d)"])."""
    parts, depth, start = [], 0, 0
    for i, c in enumerate(regex):
        depth += (c == "(") - (c == ")")
        if c == "|" and depth == 0:
            parts.append(regex[start:i])
            start = i + 1
    return [*parts, regex[start:]]


def longest_first(regex: str) -> str:
    """Reorder top-level alternatives longest first, so "oil tankers" beats "oil"."""
    return "|".join(sorted(alternatives(regex), key=len, reverse=True))


def _iso_names(iso3: str) -> list[str]:
    """English names of a state from pycountry; inverted forms ("Korea, Republic of") are skipped."""
    import pycountry

    entry = pycountry.countries.get(alpha_3=iso3)
    if entry is None:
        return []
    names = [getattr(entry, attr, None) for attr in ("name", "common_name", "official_name")]
    return [n for n in names if n and "," not in n and "(" not in n]


def _country_rows() -> list[dict[str, str]]:
    rows = []
    for c in country_table():
        spellings = [c["name"], c["name_es"], *_iso_names(c["iso3"])]
        rows.append({"alias": "|".join(dict.fromkeys(spellings)), "iso3": c["iso3"], "sector": "GOV",
                     "code": f"{c['iso3']}GOV", "kind": "country", "valid_from": ISO_MAPPING_DATE})
    return rows


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _alias_entry(spelling: str, row: dict[str, str]) -> Alias:
    letters = [c for c in spelling if c.isalpha()]
    exact = spelling if len(letters) >= 2 and all(c.isupper() for c in letters) else None
    return Alias(country=row["iso3"] or None, sector=row["sector"], code=row["code"], kind=row["kind"],
                 # a demonym row written in lower case is meant in lower case ("la cancillería india")
                 exact=exact, capitalised=fold(spelling) in CAPITALISED_ONLY and not (
                     row["kind"] == "demonym" and spelling.islower()),
                 tenure_from=_date(row.get("tenure_from")), tenure_to=_date(row.get("tenure_to")))


def _former(entries: list[Alias]) -> list[Alias]:
    """A leader or official outside every tenure is one of the country's elites (ELI), the default the
    field's dictionaries give former office holders (``[VENELI]``); not the state."""
    people = [a for a in entries if a.kind in ("leader", "official") and a.country]
    if not people or any(not a.dated for a in entries):
        return []
    country = people[0].country
    return [Alias(country, "ELI", f"{country}ELI", "elite", people[0].exact, people[0].capitalised, None, None)]


@cache
def aliases() -> dict[str, tuple[Alias, ...]]:
    """Folded spelling (single spaces) -> candidate actors, blocks first, then most specific kind."""
    table: dict[str, list[Alias]] = {}
    for row in _country_rows() + read_data("actor_aliases.csv"):
        for spelling in row["alias"].split("|"):
            spelling = " ".join(spelling.split())
            if spelling:
                table.setdefault(fold(spelling), []).append(_alias_entry(spelling, row))
    for row in read_data("sector_nouns.csv"):  # "the rebels", "el gobierno": a sector with no country
        for noun in row["noun"].split("|") if row["alone"] == "yes" else []:
            table.setdefault(fold(" ".join(noun.split())), []).append(
                Alias(None, row["sector"], row["sector"], "agent", None, False, None, None))
    for entries in table.values():
        entries.sort(key=lambda a: -KIND_RANK.get(a.kind, 9))
        entries += _former(entries)
    for row in read_data("non_actors.csv"):
        for phrase in row["phrase"].split("|"):
            table.setdefault(fold(" ".join(phrase.split())), []).insert(
                0, Alias(None, "", "", "block", None, False, None, None))
    return {key: tuple(entries) for key, entries in table.items()}


@cache
def actor_mappings() -> list[dict]:
    """One row per actor code: actor_code, name, country_iso3, sector, valid_from (mapping date).

    ``valid_from`` is the newest mapping date among the rows that define the code, so a changed
    alias file yields a new version of the actor for the warehouse's SCD2 ``dim_actor``.
    """
    out: dict[str, dict] = {}
    for row in _country_rows() + read_data("actor_aliases.csv"):
        country = row["iso3"] or None
        sector = row["sector"]
        code = row["code"] if row["kind"] != "legislature" or country else "LEG"
        day = _date(row.get("valid_from")) or _date(ISO_MAPPING_DATE)
        entry = out.setdefault(code, {"actor_code": code, "name": actor_name(code, country, sector),
                                      "country_iso3": None if sector in STATELESS else country,
                                      "sector": sector, "valid_from": day})
        entry["valid_from"] = max(entry["valid_from"], day)
    return sorted(out.values(), key=lambda r: r["actor_code"])


@cache
def _igo_names() -> dict[str, str]:
    names: dict[str, str] = {}
    rows = sorted(read_data("actor_aliases.csv"), key=lambda r: r["kind"] != "igo")  # IGO rows name best
    for row in rows:
        if not row["iso3"]:
            names.setdefault(row["code"], row["alias"].split("|")[0])
    return names


def actor_name(code: str, country: str | None, sector: str) -> str:
    """Readable actor name: "Russia government", "Venezuela military", "United Nations"."""
    row = _countries_by_code().get(country or "")
    role = vocabulary()["sectors"].get(sector, sector.lower() if sector else "")
    if row:
        return f"{row['name']} {role}".strip()
    return _igo_names().get(code) or (f"{code} ({role})" if role else code)
