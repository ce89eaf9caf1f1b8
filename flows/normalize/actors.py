"""Find states, their organs and non-state actors in one sentence (English and Spanish).

Names come from :mod:`flows.normalize.gazetteer`. Exact spellings are found in one pass with an
Aho-Corasick automaton over the folded sentence (thousands of names cost one scan); capitalised
multi-word names the automaton misses are compared with the long names of the dictionary by
rapidfuzz ("Vladimir Poutine", "Nicholas Maduro") under a conservative cutoff. Then
``sector_nouns.csv`` turns a country mention into one of its organs ("Russian bombers",
"aviones rusos", "Venezuela's opposition"), and titles and appositions merge into one actor
("Venezuelan President Nicolás Maduro").
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache

import ahocorasick
from rapidfuzz import fuzz, process

from flows.normalize.gazetteer import (
    DATA_DIR,
    KIND_RANK,
    STATELESS,
    Alias,
    actor_mappings,
    actor_name,
    aliases,
    alternatives,
    country_table,
    fold,
    iso3_for,
    longest_first,
    read_data,
)

__all__ = ["DATA_DIR", "ActorMention", "actor_mappings", "actor_name", "alternatives", "country_table",
           "find_actors", "fold", "iso3_for", "longest_first", "read_data"]

# Kind of a mention that a sector noun turned into an organ ("Venezuela's National Assembly").
SECTOR_KIND = {"MIL": "military", "LEG": "legislature", "OPP": "opposition", "BUS": "firm"}
FUZZY_CUTOFF = 88  # rapidfuzz ratio (0-100) a misspelt long name needs; exact spellings need none
FUZZY_MIN_LENGTH = 10  # shorter names are too easy to confuse ("Peru"/"Perm")
_CAP_RUN = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'-]+(?:\s+(?:de\s+|da\s+|al-)?[A-ZÁÉÍÓÚÑ][\w'-]+)+")
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


@cache
def _automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for key in aliases():
        automaton.add_word(key, key)
    automaton.make_automaton()
    return automaton


@cache
def _fuzzy_names() -> dict[str, str]:
    """Folded long names that misspellings are compared against (people, firms, IGOs, long states)."""
    return {key: key for key, entries in aliases().items() if len(key) >= FUZZY_MIN_LENGTH and " " in key
            and entries[0].kind not in ("block", "demonym")}


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def _pick(sentence: str, hits: list[tuple[int, int, str]], on: dt.date | None) -> list[ActorMention]:
    """Leftmost-longest valid hits that do not overlap; blocked phrases swallow what they cover."""
    chosen: list[tuple[int, int, Alias]] = []
    for start, end, key in sorted(hits, key=lambda h: (h[0], h[0] - h[1])):
        if chosen and start < chosen[-1][1]:
            continue
        original = sentence[start:end]
        alias = next((a for a in aliases()[key] if a.valid(original, on)), None)
        if alias is not None:
            chosen.append((start, end, alias))
    return [ActorMention(s, e, sentence[s:e], None if a.sector in STATELESS else a.country, a.sector, a.code,
                         a.kind) for s, e, a in chosen if a.kind != "block"]


def _raw_mentions(sentence: str, folded: str, on: dt.date | None) -> list[ActorMention]:
    hits = []
    n = len(folded)
    for last, key in _automaton().iter(folded):
        start, end = last - len(key) + 1, last + 1
        if (start == 0 or not _is_word(folded[start - 1])) and (end == n or not _is_word(folded[end])):
            hits.append((start, end, key))
    found = _pick(sentence, hits, on)
    return sorted(found + _fuzzy_mentions(sentence, folded, found, on), key=lambda m: m.start)


def _fuzzy_mentions(sentence: str, folded: str, found: list[ActorMention],
                    on: dt.date | None) -> list[ActorMention]:
    """Capitalised runs no exact name covers, matched to a long dictionary name by spelling."""
    out = []
    for run in _CAP_RUN.finditer(sentence):
        if any(m.start < run.end() and run.start() < m.end for m in found):
            continue
        words = list(re.finditer(r"\S+", sentence[run.start():run.end()]))
        for size in (3, 2):
            spans = [(run.start() + words[i].start(), run.start() + words[i + size - 1].end())
                     for i in range(len(words) - size + 1)]
            best = max(((process.extractOne(folded[s:e], _fuzzy_names(), scorer=fuzz.ratio,
                                            score_cutoff=FUZZY_CUTOFF), s, e) for s, e in spans),
                       key=lambda x: x[0][1] if x[0] else 0, default=(None, 0, 0))
            if best[0] is None:
                continue
            key, (s, e) = best[0][0], best[1:]
            alias = next((a for a in aliases()[key] if a.exact is None and a.valid(sentence[s:e], on)), None)
            if alias is not None:
                out.append(ActorMention(s, e, sentence[s:e], alias.country, alias.sector, alias.code, alias.kind))
            break
    return out


@cache
def _sector_nouns() -> dict[str, tuple[re.Pattern[str], dict[str, str]]]:
    """Per language: one regex of organ nouns and the sector of each folded noun."""
    out: dict[str, tuple[re.Pattern[str], dict[str, str]]] = {}
    for lang in ("en", "es"):
        sectors = {fold(n.strip()): r["sector"] for r in read_data("sector_nouns.csv")
                   if r["language"] == lang for n in r["noun"].split("|")}
        pattern = longest_first("|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sectors))
        out[lang] = (re.compile(rf"(?:{pattern})(?!\w)"), sectors)
    return out


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
