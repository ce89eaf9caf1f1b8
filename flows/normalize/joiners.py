"""States that join another in an act do it too: "Britain, Canada and Australia joined the United States in a
diplomatic boycott of the Beijing Olympics", "Colombia se sumó a Estados Unidos en las sanciones contra X".

The act is coded from its own words with the one joined as its doer (``planning._joins_in`` keeps the joining
verb from reading as a meeting); each state before the joining verb (and those listed with it) gets the same
event toward the same target.
"""
from __future__ import annotations

import re

from flows.normalize.coded import CodedEvent
from flows.normalize.derived import actor_of, derived
from flows.normalize.modality import cue_words
from flows.normalize.roles_base import Context, coordinated
from flows.normalize.tokens import lemma

# "joined [the] <actor> in", "se unió a [los] <actor> en"; the actor is checked against the mentions
_JOIN = re.compile(r"\b(?:se\s+)?(\w+)\s+(?:(?:a|al)\s+)?(?:(?:the|el|la|los|las)\s+)?$")


def joined_events(ctx: Context, events: list[CodedEvent]) -> list[CodedEvent]:
    """The joined state's events after "in"/"en", again for each state that joined it."""
    out: list[CodedEvent] = []
    verbs = cue_words("joining_verb", ctx.language)
    for k, joined in enumerate(ctx.mentions):
        lead = _JOIN.search(ctx.folded, max(0, joined.start - 30), joined.start)
        if not joined.country or lead is None or not _is_join_verb(ctx, lead.group(1), verbs) \
                or not re.match(r"\s+(?:in|en)\s", ctx.folded[joined.end:joined.end + 4]):
            continue
        before = [m for m in ctx.mentions[:k] if m.country and m.end <= lead.start(1)
                  and not re.search(r"[.;]", ctx.folded[m.end:lead.start(1)])]
        if not before or len(ctx.folded[before[-1].end:lead.start(1)].split()) > 3:
            continue  # the joiners stand right before the verb: "A, B and C joined", "Colombia se sumó"
        joiners = coordinated(ctx.folded, ctx.mentions, before[-1], -1, 0, lead.start(1))
        # not talks: "joined Argentina in freezing talks with Peru" holds no talks (a joiner's meeting with the
        # target would need its own words)
        # the act after "in" is a noun with the joined state as its doer ("in a boycott"), or a verb with the
        # joiners as its subject ("in imposing sanctions"): every one of them does it
        sides = [joined, *joiners]
        done = [e for e in events if e.source.country in {m.country for m in sides} and e.target is not None
                and not e.cameo.startswith("04") and ctx.sentence.find(e.evidence) >= joined.end]
        for e in done:
            out += [derived(e, e.cameo, actor_of(m), e.target) for m in sides
                    if m.country not in (e.source.country, e.target.country)]
    return out


def _is_join_verb(ctx: Context, word: str, verbs: frozenset[str]) -> bool:
    return lemma(word, ctx.language or "en") in verbs


__all__ = ["joined_events"]
