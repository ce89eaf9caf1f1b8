"""Trigger patterns and object terms: what happened, in English and Spanish.

Triggers come from ``event_patterns.csv``; a code ending in ``*`` takes its sub-code from the first
object term after it (``object_terms.csv`` -> class, ``object_codes.csv`` -> code). Appeals, intents,
demands, rejections and threats govern the next verb ("refused to send troops" is one 1222).
Each pattern is only tried when one of its literal prefixes starts a word of the sentence (an index
built once from the regex syntax), so two hundred patterns cost a few regex scans per sentence.
"""
from __future__ import annotations

import re
import re._constants as sre  # the regex syntax tree, read once to index patterns by literal prefix
import re._parser as sre_parse
from dataclasses import dataclass, field
from functools import cache

from flows.normalize.actors import ActorMention, fold, longest_first, read_data
from flows.normalize.amounts import find_amount
from flows.normalize.modality import cue_words


@dataclass(frozen=True)
class Pattern:
    language: str
    regex: re.Pattern[str]
    cameo: str
    recv: bool  # marked (?#recv): the subject receives, the giver follows "from"/"de"
    family: str  # "07" for both "07*" and "072"; "M" for movement
    prefixes: frozenset[str] | None  # a match starts a word with one of these; None: no index


@dataclass
class Trigger:
    start: int
    end: int
    pattern: Pattern
    last_end: int  # end of the last verb this trigger governs ("refused to send")
    absorbed: list[Trigger] = field(default_factory=list)


PREFIX = 3  # characters of a word start that the pattern index looks at
_ZERO_WIDTH = {sre.ASSERT, sre.ASSERT_NOT, sre.AT}


def _extend(items: list, partial: set[str], closed: set[str]) -> set[str]:
    """Grow ``partial`` prefixes through the parsed items; prefixes that cannot grow go to ``closed``."""
    for op, arg in items:
        if not partial or len(partial) > 400:
            break
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            partial = {p + chr(arg) for p in partial}
        elif op is sre.SUBPATTERN:
            partial = _extend(list(arg[-1]), partial, closed)
        elif op is sre.BRANCH:
            partial = set().union(*(_extend(list(alt), set(partial), closed) for alt in arg[1]))
        elif op is sre.IN and all(o is sre.LITERAL for o, _ in arg):
            partial = {p + chr(c) for p in partial for _, c in arg}
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[1] == 1:  # "x?" or "x": once or not at all
            taken = _extend(list(arg[2]), set(partial), closed)
            partial = taken | (partial if arg[0] == 0 else set())
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            closed |= _extend(list(arg[2]), set(partial), closed)
            partial = partial if arg[0] == 0 else set()
        else:
            closed |= partial
            partial = set()
        closed |= {p for p in partial if len(p) >= PREFIX}
        partial = {p for p in partial if len(p) < PREFIX}
    return partial


def literal_prefixes(regex: str) -> frozenset[str] | None:
    """Every way a match of ``regex`` can begin, cut to PREFIX characters; None when unbounded."""
    closed: set[str] = set()
    closed |= _extend(list(sre_parse.parse(regex)), {""}, closed)
    if "" in closed or not closed or len(closed) > 400:
        return None
    return frozenset(p[:PREFIX] for p in closed)


def word_starts(folded: str) -> set[str]:
    """The first one, two and three characters of every word of a folded sentence."""
    keys = set()
    for m in re.finditer(r"(?<!\w)\w", folded):
        i = m.start()
        keys.update((folded[i:i + 1], folded[i:i + 2], folded[i:i + 3]))
    return keys


@cache
def patterns() -> tuple[Pattern, ...]:
    out = []
    for r in read_data("event_patterns.csv"):
        body = fold(r["pattern"])
        out.append(Pattern(r["language"], re.compile(rf"(?<!\w)(?:{body})(?!\w)"), r["cameo"],
                           "(?#recv)" in r["pattern"], r["cameo"].rstrip("*")[:2], literal_prefixes(body)))
    return tuple(out)


@cache
def object_terms() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    return tuple((r["language"], re.compile(rf"(?<!\w)(?:{longest_first(fold(r['term']))})(?!\w)"),
                  r["class"]) for r in read_data("object_terms.csv"))


@cache
def object_codes() -> dict[tuple[str, str], str]:
    return {(r["family"], r["object_class"]): r["cameo"] for r in read_data("object_codes.csv")}


def find_triggers(folded: str, language: str | None, mentions: list[ActorMention]) -> list[Trigger]:
    """Non-overlapping triggers, earliest and longest first, never starting inside an actor name."""
    starts = word_starts(folded)
    hits = [(m.start(), m.start() - m.end(), order, m.end(), p) for order, p in enumerate(patterns())
            if (not language or p.language == language) and (p.prefixes is None or not p.prefixes.isdisjoint(starts))
            for m in p.regex.finditer(folded) if not any(a.start <= m.start() < a.end for a in mentions)]
    return [Trigger(start, end, pattern, end) for start, _, _, end, pattern in non_overlapping(hits, 3)]


def non_overlapping(hits: list[tuple], width: int) -> list[tuple]:
    """Earliest, then longest, hits that do not overlap; hit = (start, start - end, ..., end, ...)."""
    chosen: list[tuple] = []
    for hit in sorted(hits, key=lambda h: h[:width]):
        if not chosen or hit[0] >= chosen[-1][0] - chosen[-1][1]:
            chosen.append(hit)
    return chosen


def find_objects(folded: str, lo: int, hi: int, language: str | None) -> list[tuple[int, int, str]]:
    """Object terms in folded[lo:hi] as (start, end, class); a dollar amount counts as economic."""
    hits = [(m.start(), m.start() - m.end(), cls) for lang, rx, cls in object_terms()
            if not language or lang == language for m in rx.finditer(folded, lo, hi)]
    if amount := find_amount(folded[lo:hi])[1]:
        hits.append((folded.find(amount, lo, hi), -len(amount), "money"))
    return [(start, start - neg_len, cls) for start, neg_len, cls in non_overlapping(hits, 2)]


def phrase_end(folded: str, pos: int) -> int:
    """End of the noun phrase an object term starts ("Tu-160" -> "Tu-160 bombers")."""
    stop = "|".join(cue_words("phrase_stop"))
    return pos + re.match(rf"(?:\s+(?!(?:{stop})\b)[\w$.-]*\w)*", folded[pos:]).end()


