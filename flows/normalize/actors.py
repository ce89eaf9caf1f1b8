"""Find states, their organs and non-state actors in one sentence (English and Spanish).

Data lives in ``flows/normalize/data``:

- ``countries.csv``: one row per ISO 3166-1 entry (plus Kosovo). English and Spanish names
  become aliases here in code, so the alias file only holds what the names do not cover.
- ``actor_aliases.csv``: short forms, demonyms, capitals, seats of power, leaders with their
  tenures, armed forces, state firms, legislatures, opposition figures and IGOs. One cell may
  hold several spellings separated by ``|``.
- ``sector_nouns.csv``: nouns that turn a country mention into one of its organs
  ("Russian bombers", "aviones rusos", "Venezuela's opposition").
- ``non_actors.csv``: phrases that look like actors but are not ("Latin American").

Matching runs on a folded copy of the text (lower case, accents removed, same length as the
original), so "Moscu" finds "Moscú" and every offset maps straight back to the sentence.
"""
from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from flows.reference import vocabulary

DATA_DIR = Path(__file__).resolve().parent / "data"

# Single words that are also ordinary lower-case words ("turkey", "chile", "india" in Spanish):
# they only count as actors when the text capitalises them.
CAPITALISED_ONLY = frozenset({
    "chad", "jordan", "turkey", "chile", "jersey", "trump", "america", "xi", "india", "padrino",
    "cabello", "duque", "machado", "lula", "granada", "georgia", "guinea", "niger", "mali", "cuba",
})
# Kinds ranked from vague to specific: when two mentions of one country are merged
# ("Venezuelan President Nicolás Maduro") the most specific one names the actor.
KIND_RANK = {"demonym": 0, "country": 1, "capital": 2, "seat": 3}
# Kind of a mention that a sector noun turned into an organ ("Venezuela's National Assembly").
SECTOR_KIND = {"MIL": "military", "LEG": "legislature", "OPP": "opposition", "BUS": "firm"}
# Roles that are not a state even when named with a country; the contract gives them no country.
STATELESS = frozenset({"REB", "INS", "SEP", "NGO", "IGO"})
# Words allowed between a title-bearing mention and the person ("Russian Foreign Minister X").
_TITLE = re.compile(
    r"^(?:[\s,]|'s|\b(?:the|el|la|los|las|de|del|of|vice|deputy|acting|interim|"
    r"president|presidente|presidenta|vicepresident[ea]?|prime|primer|minister|ministra|ministro|"
    r"foreign|defen[cs]e|interior|affairs|exteriores|relaciones|defensa|secretary|secretario|"
    r"secretaria|state|estado|chancellor|canciller|leader|lider|supreme|supremo|king|rey|general|"
    r"gen\.|admiral|almirante|ambassador|embajador|envoy|enviado|spokesman|spokeswoman|"
    r"spokesperson|portavoz|vocero|vocera|counterpart|homologo|head|jefe|mandatario|opposition|"
    r"opositora?|top|diplomat|diplomatico|chief|commander|comandante)\b)*$"
)
# Adjectives and model names allowed between a demonym and its organ ("Russian Tu-160 bombers").
_FILLER = re.compile(
    r"^(?:[\w-]*\d[\w-]*|strategic|nuclear-capable|long-range|supersonic|heavy|naval|military|state|"
    r"state-owned|senior|top|special|elite|new|modern|national|estrategicos?|militares|militar|"
    r"nucleares|supersonicos|modernos|nuevos|pesados|estatal|estatales)$"
)


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    text: str
    country: str | None
    sector: str
    code: str
    kind: str


@dataclass(frozen=True)
class _Alias:
    country: str | None
    sector: str
    code: str
    kind: str
    exact: str | None  # acronyms ("US", "UN") must match in this exact case
    capitalised: bool
    valid_from: dt.date | None
    valid_to: dt.date | None


def fold(text: str) -> str:
    """Lower-case, accent-free copy of ``text`` with exactly the same length."""
    return "".join(_fold_char(c) for c in text)


@cache
def _fold_char(c: str) -> str:
    if c in "\u2019\u2018`\u00b4":
        return "'"
    if c in "\u2010\u2011\u2012\u2013\u2014":
        return "-"
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


def _date(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _alias_entry(spelling: str, row: dict[str, str]) -> _Alias:
    letters = [c for c in spelling if c.isalpha()]
    exact = spelling if len(letters) >= 2 and all(c.isupper() for c in letters) else None
    return _Alias(
        country=row["iso3"] or None, sector=row["sector"], code=row["code"], kind=row["kind"],
        exact=exact, capitalised=fold(spelling) in CAPITALISED_ONLY,
        valid_from=_date(row.get("valid_from", "")), valid_to=_date(row.get("valid_to", "")),
    )


@cache
def _aliases() -> dict[str, list[_Alias]]:
    """Folded spelling -> candidate actors, most specific kind first."""
    rows = [{"alias": f"{c['name']}|{c['name_es']}", "iso3": c["iso3"], "sector": "GOV",
             "code": f"{c['iso3']}GOV", "kind": "country"} for c in country_table()]
    rows += read_data("actor_aliases.csv")
    table: dict[str, list[_Alias]] = {}
    for row in rows:
        for spelling in row["alias"].split("|"):
            spelling = spelling.strip()
            if spelling:
                table.setdefault(fold(spelling), []).append(_alias_entry(spelling, row))
    for spelling in read_data("non_actors.csv"):
        for phrase in spelling["phrase"].split("|"):
            table.setdefault(fold(phrase.strip()), []).insert(0, _Alias(
                None, "", "", "block", None, False, None, None))
    for entries in table.values():
        entries.sort(key=lambda a: -KIND_RANK.get(a.kind, 9))
    return table


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


def _alternation(phrases: list[str]) -> str:
    return longest_first("|".join(re.escape(p).replace(r"\ ", r"\s+") for p in set(phrases)))


@cache
def _alias_regex() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_alternation(list(_aliases()))})(?!\w)")


@cache
def _sector_nouns() -> dict[str, tuple[re.Pattern[str], dict[str, str]]]:
    """Per language: one regex of organ nouns and the sector of each folded noun."""
    out: dict[str, tuple[re.Pattern[str], dict[str, str]]] = {}
    for lang in ("en", "es"):
        sectors = {fold(n.strip()): r["sector"] for r in read_data("sector_nouns.csv")
                   if r["language"] == lang for n in r["noun"].split("|")}
        out[lang] = (re.compile(rf"(?:{_alternation(list(sectors))})(?!\w)"), sectors)
    return out


def _valid(alias: _Alias, original: str, on: dt.date | None) -> bool:
    if alias.exact is not None and original != alias.exact:
        return False
    if alias.capitalised and not original[:1].isupper():
        return False
    if on is None:
        return True
    return (alias.valid_from is None or alias.valid_from <= on) and (
        alias.valid_to is None or on <= alias.valid_to)


def _raw_mentions(sentence: str, folded: str, on: dt.date | None) -> list[ActorMention]:
    found = []
    for m in _alias_regex().finditer(folded):
        key = re.sub(r"\s+", " ", m.group())
        original = sentence[m.start():m.end()]
        alias = next((a for a in _aliases().get(key, []) if _valid(a, original, on)), None)
        if alias is not None and alias.kind != "block":
            found.append(ActorMention(m.start(), m.end(), original, alias.country, alias.sector,
                                      alias.code, alias.kind))
    return found


def _organ_after(folded: str, m: ActorMention) -> tuple[int, str] | None:
    """English: "Russian (Tu-160) bombers", "Russia's navy", "US warships" -> (end, sector)."""
    rest = folded[m.end:]
    possessive = rest.startswith("'s ")
    if m.kind == "country" and not possessive and not re.search(r"[A-Z.]{2}$", m.text):
        return None  # "Russia sent bombers": a bare name is not an adjective
    pos = m.end + (3 if possessive else 1)
    if m.kind not in ("country", "demonym", "capital") or folded[m.end:pos] not in (" ", "'s "):
        return None
    regex, sectors = _sector_nouns()["en"]
    for _ in range(3):  # the noun itself, or up to two fillers before it
        hit = regex.match(folded, pos)
        if hit:
            return hit.end(), sectors[re.sub(r"\s+", " ", hit.group())]
        word = re.match(r"[\w-]+ ", folded[pos:])
        if not word or not _FILLER.match(word.group().strip()):
            return None
        pos += word.end()
    return None


def _organ_before(folded: str, m: ActorMention) -> tuple[int, str] | None:
    """Spanish: "bombarderos (estratégicos) rusos", "las Fuerzas Armadas de Venezuela"."""
    head = folded[:m.start]
    if m.kind in ("country", "capital"):
        of = re.search(r"\s(?:de|del|of)\s$", head)
        if not of:
            return None
        head = head[:of.start()] + " "
    elif m.kind != "demonym":
        return None
    tokens = list(re.finditer(r"[\w'-]+", head))
    nouns = {**_sector_nouns()["en"][1], **_sector_nouns()["es"][1]}
    for skip in range(3):  # up to two fillers between the noun and the demonym
        cut = len(tokens) - skip
        if cut < 1 or not all(_FILLER.match(t.group()) for t in tokens[cut:]):
            continue
        for n in range(min(5, cut), 0, -1):  # longest noun first
            start = tokens[cut - n].start()
            phrase = " ".join(t.group() for t in tokens[cut - n:cut])
            if phrase in nouns and re.fullmatch(r"[\w\s'-]*", head[start:]):
                return start, nouns[phrase]
    return None


def _with_organs(sentence: str, folded: str, mentions: list[ActorMention]) -> list[ActorMention]:
    out = []
    for m in mentions:
        after, before = _organ_after(folded, m), _organ_before(folded, m)
        start, end, sector = m.start, m.end, m.sector
        if after:
            end, sector = after
        elif before:
            start, sector = before
        if (start, end) != (m.start, m.end) and not any(o.start < end and o.end > start for o in out
                                                        if o is not m):
            kind = SECTOR_KIND.get(sector, m.kind)
            code = f"{m.country}{sector}" if m.country else m.code
            country = None if sector in STATELESS else m.country  # "Colombian rebels": COLREB, no state
            m = replace(m, start=start, end=end, text=sentence[start:end], sector=sector,
                        code=code, kind=kind, country=country)
        out.append(m)
    return [m for m in out if not any(o is not m and o.start <= m.start and m.end <= o.end
                                      and (o.end - o.start) > (m.end - m.start) for o in out)]


def _merge_pair(sentence: str, a: ActorMention, b: ActorMention) -> ActorMention | None:
    """Join "Venezuelan President Nicolás Maduro" or "Venezuela's National Assembly"."""
    gap = fold(sentence[a.end:b.start])
    if a.country and b.country is None and b.kind != "igo" and gap in ("'s ", " "):
        return replace(b, start=a.start, text=sentence[a.start:b.end], country=a.country,
                       code=f"{a.country}{b.sector}")
    if b.country and a.country is None and a.kind != "igo" and gap in (" de ", " del ", " of "):
        return replace(a, end=b.end, text=sentence[a.start:b.end], country=b.country,
                       code=f"{b.country}{a.sector}")
    if a.country is None or a.country != b.country or len(gap) > 60 or not _TITLE.match(gap):
        return None
    best = max((a, b), key=lambda m: KIND_RANK.get(m.kind, 9))
    return replace(best, start=a.start, end=b.end, text=sentence[a.start:b.end])


def find_actors(sentence: str, on: dt.date | None = None) -> list[ActorMention]:
    """Actor mentions in reading order; a leader counts only within tenure when ``on`` is given."""
    on = on.date() if isinstance(on, dt.datetime) else on
    folded = fold(sentence)
    mentions = _with_organs(sentence, folded, _raw_mentions(sentence, folded, on))
    merged: list[ActorMention] = []
    for m in mentions:
        joined = _merge_pair(sentence, merged[-1], m) if merged else None
        if joined is not None:
            merged[-1] = joined
        else:
            merged.append(m)
    return merged


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
