"""A sparse parse of one sentence: where clauses begin, and which stretches hide from the main clause.

News leads need little syntax to find who did what (TABARI coded without a parser). Clauses start at
strong punctuation, at subordinating words ("but", "after", "aunque"), after a reporting verb and its
"that"/"que" ("A said B sent troops": B's act is its own clause), at a comma before a trailing
reporter ("..., a Russian official said"), at "according to"/"según", and at "and"/"y" when a new
verb follows ("Rusia envió tropas y anunció ..."). Relative clauses (", which ...,"), appositions
(", the ally of Moscow,") and parentheses are *hidden*: verbs outside them never take a subject from
inside, and verbs inside them take the actor they describe when they name no other.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache

from flows.normalize.modality import cue_words
from flows.normalize.phrases import time_words
from flows.normalize.surnames import TITLE_WORDS
from flows.normalize.tokens import Token

BREAKS = frozenset({";", ":", "--", "\u2014", "\u2013"})
APPOSITION_OPENERS = frozenset({"the", "a", "an", "el", "la", "los", "las", "un", "una", "its", "su", "whose"})
JOINERS = frozenset({"and", "y", "e"})
_CLITICS = frozenset({"lo", "la", "los", "las", "le", "les"})  # object pronouns before a Spanish verb
APPOSITION_WORDS = 15  # longest apposition between two commas


@dataclass
class Clauses:
    starts: list[int]  # sorted token indices where a clause begins (0 first)
    hidden: list[tuple[int, int]] = field(default_factory=list)  # [start, end) token spans
    reported_by: dict[int, int] = field(default_factory=dict)  # clause start -> reporting verb token
    reporting: set[int] = field(default_factory=set)  # tokens that are reporting verbs
    conditional: set[int] = field(default_factory=set)  # clause starts of "if"/"si" clauses: hypothetical

    def span(self, i: int, n: int) -> tuple[int, int]:
        """Token span [lo, hi) of the clause holding token ``i``."""
        inner = self.hidden_at(i)
        if inner is not None:
            return inner[0] + 1, inner[1]
        k = bisect_right(self.starts, i)
        lo = self.starts[k - 1] if k else 0
        hi = self.starts[k] if k < len(self.starts) else n
        return lo, hi

    def hidden_at(self, i: int) -> tuple[int, int] | None:
        return next((h for h in self.hidden if h[0] <= i < h[1]), None)

    def reporter_of(self, lo: int) -> int | None:
        return self.reported_by.get(lo)

    def hypothetical(self, i: int, n: int) -> bool:
        """Whether token ``i`` is in an "if" clause ("if the US attacked Venezuela")."""
        return self.span(i, n)[0] in self.conditional


def _next_comma(tokens: list[Token], i: int, limit: int) -> int | None:
    for j in range(i + 1, min(len(tokens), i + limit)):
        if tokens[j].word == ",":
            return j
        if tokens[j].word in BREAKS or tokens[j].word == ".":
            return None
    return None


def _hidden_spans(tokens: list[Token], actor_ends: set[int], verbs: set[int]) -> list[tuple[int, int]]:
    """Relative clauses after a comma, appositions to an actor, and parentheses."""
    out: list[tuple[int, int]] = []
    relative = cue_words("relative")
    for i, t in enumerate(tokens):
        if t.word == "(":
            close = next((j for j in range(i + 1, len(tokens)) if tokens[j].word == ")"), len(tokens) - 1)
            out.append((i, close + 1))
        elif t.word == "," and i + 1 < len(tokens):
            nxt = tokens[i + 1].word
            end = _next_comma(tokens, i, APPOSITION_WORDS)
            if nxt in relative:
                out.append((i, end if end is not None else len(tokens)))
            elif (nxt in APPOSITION_OPENERS and i in actor_ends and end is not None
                  and not any(i < v < end for v in verbs)):
                out.append((i, end))
    return out


def _reporting_starts(tokens: list[Token], clauses: Clauses, actor_spans: list[tuple[int, int]],
                      acting: frozenset[int]) -> None:
    reporting, that = cue_words("reporting"), cue_words("complementizer")
    starts = set(clauses.starts)
    inside = {i for a, b in actor_spans for i in range(a, b)}
    for r, t in enumerate(tokens):
        after_article = r and tokens[r - 1].word in ("the", "a", "el", "la", "un", "una")
        if t.lemma not in reporting or r in inside or after_article or r in acting:
            continue
        clauses.reporting.add(r)
        comp = next((j for j in range(r + 1, min(len(tokens), r + 5)) if tokens[j].word in that), None)
        start = comp + 1 if comp is not None else r + 1
        starts.add(start)
        clauses.reported_by[start] = r
        # ", saying they had failed": a gerund after a comma is the main subject's, not a reporter's after a name
        gerund_after_comma = t.word.endswith("ing") and r and tokens[r - 1].word == ","
        before = [] if gerund_after_comma else [a for a, b in actor_spans
                                                 if b == r or (b + 1 == r and tokens[b].word == ",")]
        if r and tokens[r - 1].word == ",":  # "..., said Lavrov": the reporter is its own clause
            starts.add(r - 1)
        for a in before:  # "..., a Russian official said"
            lead = next((k for k in range(a - 1, max(-1, a - 4), -1) if tokens[k].word == ","), None)
            if lead is not None:
                starts.add(lead)
    clauses.starts = sorted(starts)


@cache
def _phrase_cues() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Clause cues of several words ("according to", "después de que") by their first word."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for cue in cue_words("clause_word") | cue_words("source_frame"):
        if " " in cue:
            found.setdefault(cue.split(" ")[0], []).append(tuple(cue.split(" ")))
    return {first: tuple(phrases) for first, phrases in found.items()}


def _phrase_at(tokens: list[Token], i: int) -> bool:
    return any(tuple(t.word for t in tokens[i:i + len(p)]) == p for p in _phrase_cues().get(tokens[i].word, ()))


def _subject_start(tokens: list[Token], first: int, actor_at: dict[int, int]) -> int:
    """Where an actor opening a joined clause starts: "and the Taliban administration in Kabul condemned", "y el
    presidente Juan Manuel Santos llamó" (an article, and titles before a name)."""
    if tokens[first].word not in _ARTICLES:
        return first
    k = first + 1
    while k < min(len(tokens), first + 4) and k not in actor_at and tokens[k].word in TITLE_WORDS:
        k += 1
    return k if k in actor_at else first


def _absolute_with(tokens: list[Token], i: int, actor_at: dict[int, int]) -> bool:
    """", with China backing Russia's stance", ", con Rusia enviando tropas": an actor doing something after
    ", with" is the subject of a clause of its own, no partner of what came before."""
    end = actor_at.get(i + 2)
    return tokens[i].word == "," and i + 2 < len(tokens) and tokens[i + 1].word in ("with", "con") \
        and end is not None and end < len(tokens) and tokens[end].word.endswith(("ing", "ando", "iendo"))


_ARTICLES = frozenset({"the", "a", "an", "el", "la", "los", "las", "un", "una"})
DEADLINE_WORDS = frozenset({"midnight", "noon", "midday", "next", "tomorrow"})


def _deadline(tokens: list[Token], i: int) -> bool:
    """"gave Moscow until midnight to explain", "until the end of the week": "until" before a time names a
    deadline, it opens no clause ("until Russia walked out" does)."""
    after = [t.word for t in tokens[i + 1:i + 3]]
    return tokens[i].word == "until" and bool(after) and (
        after[0] in DEADLINE_WORDS or after[0] in time_words() or after[0][:1].isdigit() or after == ["the", "end"])


def _apposition_closed(tokens: list[Token], joiner: int, actor_spans: list[tuple[int, int]]) -> bool:
    """The comma before the joiner closes an apposition inside the actor before it ("the Colombian president,
    Gustavo Petro, and ..."): the two actors are one list, not two clauses."""
    return joiner > 0 and tokens[joiner - 1].word == "," and any(
        b == joiner - 1 and any(t.word == "," for t in tokens[a:b]) for a, b in actor_spans)


def segment(tokens: list[Token], actor_spans: list[tuple[int, int]], verbs: set[int],
            acting: frozenset[int] = frozenset()) -> Clauses:
    """Clauses of a sentence; ``verbs`` are the tokens where a verbal trigger starts, ``acting`` those of
    reporting verbs that name an act here instead ("declararon una huelga")."""
    n = len(tokens)
    starts = {0}
    words = cue_words("clause_word")
    frames = cue_words("source_frame")
    actor_at = {a: b for a, b in actor_spans}
    actor_ends = {b for _, b in actor_spans}
    auxiliaries = cue_words("joined_aux")
    for i, t in enumerate(tokens):
        if t.word in BREAKS:
            starts.update((i, i + 1))
        elif (t.word in words and not _deadline(tokens, i)) or t.word in frames or _phrase_at(tokens, i) \
                or _absolute_with(tokens, i, actor_at):
            starts.add(i)
        elif t.word in JOINERS and i + 1 < n:
            first = _subject_start(tokens, i + 1, actor_at)
            after = actor_at.get(first, i + 1)
            while after != i + 1 and after < min(n, actor_at.get(first, n) + 2) \
                    and (tokens[after].word in auxiliaries or tokens[after].word in _CLITICS):
                after += 1  # "and China later held", "y China también envió", "y Georgetown lo calificó"
            # not "Putin and Maduro met", nor "El presidente colombiano, Gustavo Petro, y Nicolás Maduro firmaron"
            new_subject = after != i + 1 and after in verbs and i not in actor_ends \
                and not _apposition_closed(tokens, i, actor_spans)
            verb_at = i + 1
            while verb_at < min(n, i + 3) and tokens[verb_at].word in auxiliaries:
                verb_at += 1  # "and has stepped up", "y se comprometió"
            if verb_at in verbs or new_subject:
                starts.add(i)  # "and pledged", "Russia sent troops and China sent aid"
    clauses = Clauses(sorted(s for s in starts if s < n))
    # "Should Washington lift sanctions, ...": a sentence that opens with "should" states a condition, as "if" does
    clauses.conditional = {i for i, t in enumerate(tokens) if t.word in cue_words("conditional")
                           or (i == 0 and t.word == "should")}
    _reporting_starts(tokens, clauses, actor_spans, acting)
    clauses.hidden = _hidden_spans(tokens, {b for _, b in actor_spans}, verbs)
    return clauses
