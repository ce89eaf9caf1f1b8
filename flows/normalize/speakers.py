"""Speakers as doers: the one who said something also does what a verb joined to the report tells.

"May said Russia was responsible and gave Moscow until midnight" (the joined verb is May's), "X was abducted,
Kyiv said on Friday, calling it a crime" (the gerund after the report is the speaker's), "anunció Maduro tras
reunirse con Putin" (the speaker right before "tras" + infinitive met Putin).
"""
from __future__ import annotations

import re

from flows.normalize.actors import ActorMention
from flows.normalize.roles_base import Act, Context, word_before

JOINED_VERBS = frozenset({"and", "y", "e"})  # between two verbs of one subject ("invaded and occupied")
_WORDS = re.compile(r"[\w']+")


def infinitive_after_speaker(ctx: Context, act: Act) -> list[ActorMention]:
    """"anunció Maduro tras reunirse con Putin": the speaker right before "tras"/"al" + infinitive did it."""
    words = _WORDS.findall(ctx.folded[max(0, act.start - 12):act.end])
    if ctx.language != "es" or len(words) < 2 or words[-2] not in ("tras", "al") \
            or not re.search(r"[aei]r(?:se|lo|la|los|las|le|les)?$", words[-1]):
        return []
    return [m for m in ctx.mentions if m.country and re.fullmatch(r"\s+\w+\s+", ctx.folded[m.end:act.start])
            and _SPEAKING.search(ctx.folded, max(0, m.start - 16), m.start)]


_SPEAKING = re.compile(r"\b(?:anuncio|dijo|afirmo|informo|declaro|aseguro|explico|senalo|indico|confirmo|reconocio|"
                       r"admitio|revelo|agrego|anadio|advirtio|sostuvo)\s+(?:(?:el|la)\s+)?$")


def speaker_joined(ctx: Context, act: Act) -> list[ActorMention]:
    """"May said Russia was responsible and gave Moscow until midnight": a verb joined by "and" to what a
    speaker said, with no subject of its own, is the speaker's."""
    if act.nominal or word_before(ctx.folded, act.start) not in JOINED_VERBS or not ctx.subjects_at:
        return []
    return last_speakers(ctx, act.start)


def gerund_after_speaker(ctx: Context, act: Act) -> list[ActorMention]:
    """An English gerund (or -ing noun) right after ", <speaker>['s office] said[ on Friday]," is the speaker's: the
    reported act's doer does not go on into it."""
    said = _last_reporter(ctx, act.start)
    if ctx.language == "es" or said is None or not ctx.folded[act.start:act.end].split(" ")[0].endswith("ing"):
        return []
    verb, speakers = ctx.tokens[said], ctx.subjects_at[said]
    right_before = speakers and _OWNED_TAIL.fullmatch(ctx.folded, speakers[-1].end, verb.start) is not None
    return list(speakers) if right_before and _SAID_TAIL.fullmatch(ctx.folded, verb.end, act.start) else []


# "Ukraine's office said", "the Thai army chief said", "Ukraine's prosecutor-general's office said"
_OWNED_TAIL = re.compile(r"(?:(?:'s)?(?:\s+[a-z-]+(?:'s)?){1,3})?\s*")
_SAID_TAIL = re.compile(r"(?:\s+on\s+\w+day)?\s*,\s*")  # "Kyiv said on Friday, warning"


def last_speakers(ctx: Context, at: int) -> list[ActorMention]:
    """The subjects of the last reporting verb before character ``at`` (none: empty)."""
    said = _last_reporter(ctx, at)
    return list(ctx.subjects_at[said]) if said is not None else []


def _last_reporter(ctx: Context, at: int) -> int | None:
    """The token of the last reporting verb with known subjects that ends before character ``at``."""
    return max((r for r in ctx.subjects_at if ctx.tokens[r].end <= at), default=None)


# "walked out ... as Iran's president spoke", "... before Ukraine's minister addressed it"
_WHILE = re.compile(r"\s*(?:[\w'-]+\s+){0,9}?(?:as|when|while|during|after|before|cuando|mientras|durante|tras|"
                    r"despues de que|antes de que)\s+(?:[\w'-]+\s+){0,7}?$")


def speaker_after(ctx: Context, start: int) -> list[ActorMention]:
    """The state actor of a time clause soon after ``start``: "[walked out of the U.N. hall] as Iran's president
    began his speech"."""
    first = next((m for m in ctx.mentions if m.start >= start and m.country and not m.is_place), None)
    if first is None or not _WHILE.fullmatch(ctx.folded, start, first.start):
        return []
    return [first]


__all__ = ["JOINED_VERBS", "gerund_after_speaker", "infinitive_after_speaker", "last_speakers", "speaker_after",
           "speaker_joined"]
