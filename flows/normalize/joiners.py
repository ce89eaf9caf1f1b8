"""States that join another in an act do it too: "Britain, Canada and Australia joined the United States in a
diplomatic boycott of the Beijing Olympics", "joined the U.S. diplomatic boycott of", "Colombia se sumó a Estados
Unidos en las sanciones contra X".

The act is coded from its own words with the one joined as its doer (``joins_in``, called by planning, keeps the
joining verb from reading as a meeting); each state before the joining verb (and those listed with it) gets the
same event toward the same target.
"""
from __future__ import annotations

import re

from flows.normalize.coded import CodedEvent
from flows.normalize.derived import actor_of, derived
from flows.normalize.modality import cue_words
from flows.normalize.roles_base import Context, coordinated
from flows.normalize.tokens import lemma
from flows.normalize.verbs import Trigger

# "joined [the] <actor> in", "se unió a [los] <actor> en"; the actor is checked against the mentions
# characters after the joined state where its act's words may start ("'s sanctions", " diplomatic boycott")
_OWN_ACT_REACH = 25
_JOIN = re.compile(r"\b(?:se\s+)?(\w+)\s+(?:(?:a|al)\s+)?(?:(?:the|el|la|los|las)\s+)?$")


def joined_events(ctx: Context, events: list[CodedEvent]) -> list[CodedEvent]:
    """The joined state's events after "in"/"en", again for each state that joined it."""
    out: list[CodedEvent] = []
    verbs = cue_words("joining_verb", ctx.language)
    for k, joined in enumerate(ctx.mentions):
        lead = _JOIN.search(ctx.folded, max(0, joined.start - 30), joined.start)
        if not joined.country or lead is None or not _is_join_verb(ctx, lead.group(1), verbs):
            continue
        # "joined the United States in a boycott", or the joined state's act named right after it ("joined the
        # U.S. diplomatic boycott of", "joined Washington's sanctions on")
        reach = len(ctx.folded) if re.match(r"\s+(?:in|en)\s", ctx.folded[joined.end:joined.end + 4]) \
            else joined.end + _OWN_ACT_REACH
        if (comma := ctx.folded.find(",", joined.end, reach)) >= 0:
            reach = comma  # "joined the United States, which later sanctioned X": that act is the joined one's own
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
                and not e.cameo.startswith("04") and joined.end <= ctx.sentence.find(e.evidence) <= reach]
        for e in done:
            out += [derived(e, e.cameo, actor_of(m), e.target) for m in sides
                    if m.country not in (e.source.country, e.target.country)]
    return out


def _is_join_verb(ctx: Context, word: str, verbs: frozenset[str]) -> bool:
    return lemma(word, ctx.language or "en") in verbs


_JOIN_LEADS = frozenset({"a", "al", "the", "los", "las", "la", "el"})
MEETING_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations", "meeting", "summit", "dialogue",
                            "conversacion", "conversaciones", "negociacion", "negociaciones", "reunion", "cumbre",
                            "dialogo"})


def joins_in(ctx: Context, trig: Trigger, actors: dict[int, int], starts: set[int], nominal_starts: set[int],
              hostile_starts: set[int]) -> bool:
    """"joined the United States in condemning", "se unió a Estados Unidos en las sanciones", "joined the boycott":
    joining others in an act is taking part in it (coded from the act's own words), not a meeting with them."""
    if trig.nominal or ctx.tokens[trig.start].lemma not in cue_words("joining_verb", ctx.language):
        return False
    at = trig.end
    while at < len(ctx.tokens) and at not in actors and ctx.tokens[at].word in _JOIN_LEADS:
        at += 1  # "se unió a los Estados Unidos", "joined the United States"
    if at in nominal_starts and at not in actors:  # "joined the boycott", "se sumó al boicot"; talks are joined
        return ctx.tokens[at].lemma not in MEETING_NOUNS
    end = actors.get(at)
    if end is not None and any(end <= s <= end + 2 and s not in actors for s in hostile_starts):
        return True  # "joined the U.S. diplomatic boycott", "Washington's sanctions": the joined state's act
    return end is not None and end < len(ctx.tokens) and ctx.tokens[end].word in ("in", "en") \
        and any(end < s <= end + 4 for s in starts)  # an act within a few words: not "joined NATO in 2024"


__all__ = ["MEETING_NOUNS", "joined_events", "joins_in"]
