"""Words the trigger finder reads past: fixed phrases whose words are never event words ("a lo largo de",
"in response to"; cue kind ``locution``) and the time words that may stand between a verb and the rest of
its pattern ("calificó este lunes de")."""
from __future__ import annotations

from functools import cache

from flows.normalize.gazetteer import read_data
from flows.normalize.modality import cue_words
from flows.normalize.tokens import Token


@cache
def _locutions() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Fixed phrases (``cues.csv``, kind ``locution``) by first word, longest first: "a lo largo de"."""
    found: dict[str, list[tuple[str, ...]]] = {}
    # "dejó de enviar": "dejar de" leads the verb after it (which it halts), it is no act of its own
    for phrase in cue_words("locution") | cue_words("halt_lead", "es"):
        found.setdefault(phrase.split()[0], []).append(tuple(phrase.split()))
    return {first: tuple(sorted(all_, key=len, reverse=True)) for first, all_ in found.items()}


def in_locutions(tokens: list[Token]) -> set[int]:
    """Tokens inside a fixed phrase: "largo" in "a lo largo de" is no verb of letting go."""
    inside: set[int] = set()
    for i, token in enumerate(tokens):
        for words in _locutions().get(token.word, ()):
            if tuple(t.word for t in tokens[i:i + len(words)]) == words:
                inside.update(range(i, i + len(words)))
                break
    return inside


@cache
def time_words() -> frozenset[str]:
    """Days, months and "today"-words: a time phrase may stand between a verb and its preposition."""
    rows = [r["words"] for r in read_data("name_words.csv") if r["kind"] == "calendar"]
    return frozenset(w for words in rows for w in words.split("|")) | {"hoy", "ayer", "today", "yesterday"}
