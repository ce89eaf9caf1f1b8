"""Officials named by surname alone ("Shultz said ...", "el canciller Primakov").

The dictionaries list office holders under their full names ("george shultz", "colin l. powell"); news
names them again by surname. A capitalised word that is no phrase of its own is read as an official
when it ends the full names of office holders of one state only: on a known day the office held then
(none held: no actor), with no day the most recent office, as undated text reads as current news. A
surname shared by office holders of two states, or one that is also a lexicon phrase, is left alone.
No person is added: the surnames come from the dictionaries' own full names.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import cache, lru_cache

from flows.normalize.gazetteer import aliases, fold
from flows.normalize.lemmadicts import is_known, lemmatize
from flows.normalize.lexicon import LexiconActor, code_parts, lexicon_table

OFFICE_KINDS = frozenset({"official", "leader"})
MIN_SURNAME = 4  # shorter last words are initials or particles ("jr", "al")
_WORD = re.compile(r"(?<![\w'.-])[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+(?:-[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)?(?![\w-])")
_CAPITALISED = re.compile(r"[A-ZÁÉÍÓÚÑ]")


@cache
def _people() -> dict[str, tuple[str, ...]]:
    """Folded surname -> the full names of office holders ending with it, for surnames no phrase of their own."""
    table, overlay = lexicon_table(), aliases()
    people: dict[str, list[str]] = {}
    marks = re.compile("|".join(f"\t{kind}" for kind in sorted(OFFICE_KINDS)))  # one search, no generator per phrase
    for phrase, rows in table.items():
        if " " not in phrase or not marks.search(rows):
            continue
        last = phrase.rsplit(" ", 1)[1]
        if len(last) >= MIN_SURNAME and last.isalpha() and last not in table and last not in overlay:
            people.setdefault(last, []).append(phrase)
    return {last: tuple(phrases) for last, phrases in people.items()}


@lru_cache(maxsize=4096)
def offices_of(surname: str) -> tuple[LexiconActor, ...] | None:
    """The dated state offices of everyone whose full name ends with the folded ``surname``, when those people
    belong to one state; parsed on first use, as few of the ~12,000 surnames occur in any text."""
    phrases = _people().get(surname)
    if phrases is None:
        return None
    table = lexicon_table()
    lines = [line.split("\t") for p in phrases for line in table[p].splitlines()]
    if len({code_parts(code)[0] for code, *_ in lines}) != 1:
        return None  # people of two states, or of none, share it
    offices = tuple(LexiconActor(surname, code, _day(start), _day(end), kind) for code, start, end, kind in lines
                    if kind in OFFICE_KINDS and start and code_parts(code)[1] != "ELI")
    return offices if offices and code_parts(offices[0].code)[0] else None


def _day(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def office_on(offices: Iterable[LexiconActor], on: dt.date | None) -> LexiconActor | None:
    """The office held on ``on`` (the latest begun), or with no day the most recent one."""
    if on is None:
        return max(offices, key=lambda r: (r.valid_to or dt.date.max, r.valid_from), default=None)
    held = [r for r in offices if r.valid_from <= on and (r.valid_to is None or on < r.valid_to)]
    return max(held, key=lambda r: r.valid_from, default=None)


@lru_cache(maxsize=4096)
def _common_word(word: str, language: str | None) -> bool:
    """An ordinary word of ``language`` (None: English or Spanish): "Prime", "Call", "Seguridad", "Straw";
    the lemmatizer keeps the capital of the proper names it knows ("Powell", "Blair")."""
    low = word.lower()
    return any(is_known(low, lang) and lemmatize(low, lang).islower()
               for lang in ((language,) if language in ("en", "es") else ("en", "es")))


def surname_spans(sentence: str, taken: list[tuple[int, int]], on: dt.date | None,
                  language: str | None = None) -> list[tuple[int, int, str]]:
    """(start, end, code) of each lone surname no other name covers. A capitalised word before or after it
    that is not a title makes it part of another name ("Jerome Powell"); an ordinary word ("Rice exports
    ...") counts only after a title ("Mr Straw")."""
    out = []
    for found in _WORD.finditer(sentence):
        start, end = found.span()
        if any(a < end and start < b for a, b in taken):
            continue
        offices = offices_of(fold(found.group()))
        if offices is None or _next_to_name(sentence, start, end, taken) or _PLACE_AFTER.match(sentence, end):
            continue  # "the Sado gold mine", "Sado island": a place that shares the surname
        if _common_word(found.group(), language) and not _after_title(sentence, start):
            continue
        office = office_on(offices, on)
        if office is not None:
            out.append((start, end, office.code))
    return out


_PLACE_AFTER = re.compile(r"\s+(?:island|islands|gold mine|mine|port|river|strait|bay|province|region|isla|mina|"
                          r"puerto|estrecho|bahia|provincia|region)\b")


def _next_to_name(sentence: str, start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    """A capitalised neighbour word that no known phrase covers: the surname belongs to a longer name."""
    lo = max(0, start - 40)
    before = re.search(r"([\w'.-]+)\s+$", sentence[lo:start])
    after = re.match(r"\s+([\w'.-]+)", sentence[end:end + 40])
    for word, at in ((before, lo + before.start(1) if before else 0), (after, end + after.start(1) if after else 0)):
        if word and _CAPITALISED.match(word.group(1)) and not any(a <= at < b for a, b in taken) \
                and word.group(1).lower() not in TITLE_WORDS:
            return True
    return False


def _after_title(sentence: str, start: int) -> bool:
    before = re.search(r"([\w'.-]+)\s+$", sentence[max(0, start - 20):start])
    return before is not None and before.group(1).lower() in TITLE_WORDS


# Titles written with a capital before a surname ("President Reagan", "Secretary Baker", "Mr Straw").
TITLE_WORDS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sr.", "sra.", "dr", "dr.", "president", "presidente",
                         "presidenta", "minister", "ministro", "ministra", "secretary", "secretario", "secretaria",
                         "premier", "chancellor", "canciller", "ambassador", "embajador", "general", "gen.",
                         "senator", "senador", "governor", "gobernador", "prime", "vice", "foreign", "defense",
                         "defence", "state", "don", "doña", "dona", "king", "rey", "queen", "reina", "prince",
                         "principe", "envoy", "enviado", "admiral", "almirante", "spokesman", "portavoz", "leader"})


__all__ = ["office_on", "offices_of", "surname_spans"]
