"""Readers for the TABARI/PETRARCH dictionary formats: actors, agents and discards.

Pure functions over lines of text; :mod:`scripts.lexicon_actors` turns what they yield into the
project's lexicon files. The formats (PETRARCH's ``dictionaries.rst``):

- actors: a primary phrase, optional ``+synonym`` lines, then date restrictions on tab-indented
  lines (or after the phrase on the same line): ``[VENGOV]`` (default), ``[VENGOV >060901]`` (from that
  day on), ``[VENGOV <060901]`` (until that day), ``[AFGGOV 791227-861124]`` (between, both days
  included). Dates are YYMMDD (00-30 is 20YY, else 19YY) or YYYYMMDD. ``_`` joins words; ``#`` starts
  a comment.
- agents: ``PHRASE {plural} [~CODE]``; regular plurals are made here; ``{}`` means no plural;
  ``!MARK! = a, b`` defines a substitution set used as ``CONGRESS!PERSON!``.
- discards: one phrase a line; ``+`` in front discards the whole story, not only the sentence.
"""
from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

_BRACKET = re.compile(r"\[([^\]]*)\]")
_PAREN = re.compile(r"\s*\([^)]*\)\s*")


@dataclass(frozen=True)
class Restriction:
    code: str
    start: dt.date | None  # both None: the default code, used when no dated range applies
    end: dt.date | None


@dataclass(frozen=True)
class ActorEntry:
    phrases: tuple[str, ...]
    restrictions: tuple[Restriction, ...]


def parse_date(text: str) -> dt.date:
    """YYMMDD (00-30 -> 20YY, as TABARI and PETRARCH read them) or YYYYMMDD; ValueError if invalid."""
    digits = text.strip()
    if not digits.isdigit() or len(digits) not in (6, 8):
        raise ValueError(f"not a dictionary date: {text!r}")
    if len(digits) == 6:
        year = int(digits[:2])
        return dt.date(year + (2000 if year <= 30 else 1900), int(digits[2:4]), int(digits[4:6]))
    return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))


def parse_restriction(body: str) -> Restriction | None:
    """``CODE``, ``CODE >d``, ``CODE <d`` or ``CODE d1-d2``; None for the null code or a bad date."""
    parts = body.split()
    if not parts or parts[0].strip("-") == "":
        return None
    code = parts[0].upper()
    if len(parts) == 1:
        return Restriction(code, None, None)
    span = parts[1]
    try:
        if span.startswith(">"):
            return Restriction(code, parse_date(span[1:]), None)
        if span.startswith("<"):
            return Restriction(code, None, parse_date(span[1:]))
        first, _, last = span.partition("-")
        return Restriction(code, parse_date(first), parse_date(last))
    except ValueError:
        return None  # e.g. "20100931": the dictionary's own typo; the range is unusable


def strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def phrase_text(raw: str) -> str:
    """Dictionary phrase -> plain words: "_" joins words, a trailing "_" (exact match) and a
    parenthesised acronym ("ARMY_(CIRA)_") are dropped."""
    words = _PAREN.sub(" ", raw.replace("_", " "))
    return " ".join(words.split())


def _restrictions(text: str) -> list[Restriction]:
    found = (parse_restriction(body) for body in _BRACKET.findall(text))
    return [r for r in found if r is not None]




# Words two records may share without naming one person ("SECRETARY_BREZHNEV", "SECRETARY_X").
_TITLES = frozenset(next(r["words"] for r in csv.DictReader(
    (Path(__file__).resolve().parents[1] / "flows/normalize/data/name_words.csv").open(encoding="utf-8"))
    if r["kind"] == "record_title").split("|"))


def _name_words(phrases: Iterable[str]) -> set[str]:
    return {w for p in phrases for w in re.findall(r"[^\W\d_]{4,}", p.lower())} - _TITLES


def read_actors(lines: Iterable[str]) -> Iterator[ActorEntry]:
    """Actor records in file order.

    A record is a primary phrase, its ``+`` synonyms and its codes. Some records list several
    primary phrases of one person before a single block of codes (``LEONID_BREZHNEV_``,
    ``SECRETARY_BREZHNEV``, ... ``[RUSGOV 641014-821110]``); PETRARCH would give the phrases before
    the last no code at all. Here a lone primary phrase without codes or synonyms is carried into the
    next record with codes when the two share a name word; any other record without codes names
    nothing, as in PETRARCH (the Spanish file has codeless synonym lists of mixed meaning).
    """
    pending: list[str] = []
    phrases: list[str] = []
    restrictions: list[Restriction] = []

    def finish() -> ActorEntry | None:
        nonlocal pending
        if not restrictions:
            pending += phrases if len(phrases) == 1 else []
            return None
        carried = [p for p in pending if _name_words([p]) & _name_words(phrases)]
        pending = []
        return ActorEntry(tuple(carried + phrases), tuple(restrictions))

    for raw in lines:
        line = strip_comment(raw).strip()
        if not line:
            continue
        if line.startswith("["):
            restrictions += _restrictions(line)
            continue
        head, bracket, tail = line.partition("[")
        if not line.startswith("+") and phrases:
            if (entry := finish()) is not None:
                yield entry
            phrases, restrictions = [], []
        phrase = phrase_text(head.lstrip("+"))
        if phrase:
            phrases.append(phrase)
        restrictions += _restrictions(bracket + tail)
    if phrases and (entry := finish()) is not None:
        yield entry


def english_plural(phrase: str) -> str:
    """Regular English plural of a phrase's last word: -s, -es after s/x/z/ch/sh, consonant+y -> -ies."""
    head, _, last = phrase.rpartition(" ")
    if re.search(r"(?:s|x|z|ch|sh)$", last):
        last += "es"
    elif re.search(r"[^aeiou]y$", last):
        last = last[:-1] + "ies"
    else:
        last += "s"
    return f"{head} {last}".strip()


_ES_FUNCTION = frozenset({"de", "del", "la", "el", "los", "las", "y", "e", "en", "para", "por", "con", "a", "al"})


def spanish_plural(phrase: str) -> str:
    """Spanish plural: every word before the first function word ("fuerza aerea" -> "fuerzas
    aereas", "ministerio de defensa" -> "ministerios de defensa"); vowel -> -s, z -> -ces, else -es."""
    words = phrase.split()
    out, closed = [], False
    for word in words:
        closed = closed or word in _ES_FUNCTION
        if closed or word.endswith("s") or not word[-1:].isalpha():
            out.append(word)
        elif word[-1] in "aeiouáéó":
            out.append(word + "s")
        elif word.endswith("z"):
            out.append(word[:-1] + "ces")
        else:
            out.append(word + "es")
    return " ".join(out)


def _markers(lines: list[str]) -> dict[str, list[str]]:
    out = {}
    for line in lines:
        found = re.match(r"\s*!(\w+)!\s*=(.*)", line)
        if found:
            out[found.group(1).upper()] = [w.strip() for w in found.group(2).split(",") if w.strip()]
    return out


def read_agents(lines: Iterable[str], language: str) -> Iterator[tuple[str, str]]:
    """(phrase, code) for every form of every agent: singular, plural (given or regular) and every
    substitution of a ``!MARK!``. Substituted forms get no extra plural, as the format says."""
    rows = [strip_comment(raw) for raw in lines]
    markers = _markers(rows)
    plural = spanish_plural if language == "es" else english_plural
    for line in rows:
        if "[" not in line or re.match(r"\s*!\w+!\s*=", line):
            continue
        head, _, tail = line.partition("[")
        code = tail.split("]", 1)[0].strip()
        forms_given = re.search(r"\{([^}]*)\}", head)
        head = re.sub(r"\{[^}]*\}", " ", head)
        marker = re.search(r"!(\w+)!", head)
        if marker:
            for sub in markers.get(marker.group(1).upper(), []):
                yield phrase_text(head.replace(marker.group(0), sub)), code
            continue
        phrase = phrase_text(head)
        if not phrase:
            continue
        yield phrase, code
        if forms_given is None:
            yield plural(phrase.lower()).upper(), code
        elif forms_given.group(1).strip():
            yield phrase_text(forms_given.group(1)), code


def read_discards(lines: Iterable[str]) -> Iterator[tuple[str, bool, bool]]:
    """(phrase, whole_story, exact) for each discard line: ``+`` in front discards the story; a
    trailing ``_`` makes the phrase end at a word boundary, otherwise it is a stem ("CHAMPION"
    also discards "championship")."""
    for raw in lines:
        line = strip_comment(raw).strip()
        story = line.startswith("+")
        body = line.lstrip("+").strip()
        phrase = " ".join(body.replace("_", " ").split())
        if phrase:
            yield phrase, story, body.endswith("_")
