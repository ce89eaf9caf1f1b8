"""Concessive phrases ("despite", "pese a"): what an act went ahead despite is no target of the act; an ask, warning
or criticism named in such a phrase was aimed at the one who went ahead ("despite calls from Kyiv", "pese a los
llamados de Turquía"). Told before its main clause ("Despite appeals from Turkey, the Kremlin refused ..."), the phrase
ends at its comma and what it names is aimed at the main clause's subject."""
from __future__ import annotations

from flows.normalize.mention import ActorMention
from flows.normalize.modality import cue_regex
from flows.normalize.roles_base import Act, Context, same_side, subject_after_comma, words_outside_names
from flows.normalize.verbs import Trigger

_OPENING_MARKS = " \"'\u201c\u00bf"


def concession_at(ctx: Context, lo: int, hi: int) -> int:
    """The first token from ``lo`` to ``hi`` that opens a concessive phrase ("despite", "pese a"), else hi."""
    rx = cue_regex("concessive", language=ctx.language)
    end = ctx.tokens[hi].start if hi < len(ctx.tokens) else len(ctx.folded)
    for found in rx.finditer(ctx.folded, ctx.tokens[lo].start if lo < len(ctx.tokens) else end, end):
        if not any(m.start <= found.start() < m.end for m in ctx.mentions):  # "hombres sin identificar": a name
            return next(i for i, t in enumerate(ctx.tokens) if t.end > found.start())
    return hi


def defied(ctx: Context, trig: Trigger) -> bool:
    """A noun the act went ahead despite: "pese a la advertencia del Reino Unido", "despite U.S. warnings"."""
    lo, start = ctx.tokens[max(0, trig.start - 6)].start, ctx.tokens[trig.start].start
    found = cue_regex("concessive", language=ctx.language).search(ctx.folded, lo, start)
    return found is not None and words_outside_names(ctx, found.end(), start) <= 2


def _opening_comma(ctx: Context) -> int | None:
    """The offset of the comma that closes a concessive phrase opening the sentence, else None."""
    found = cue_regex("concessive", language=ctx.language).search(ctx.folded)
    if found is None or ctx.folded[:found.start()].strip(_OPENING_MARKS):
        return None
    comma = ctx.folded.find(",", found.end())
    return comma if comma >= 0 else None


def opening_end(ctx: Context) -> int | None:
    """The token that closes a concessive phrase opening the sentence (its comma), else None."""
    comma = _opening_comma(ctx)
    return None if comma is None else next(i for i, t in enumerate(ctx.tokens) if t.start >= comma)


def defied_opening(ctx: Context, act: Act, sources: list[ActorMention],
                   targets: list[ActorMention], asks: frozenset[str]) -> list[ActorMention]:
    """``targets``, or the main clause's subject when ``act`` is a noun of a family in ``asks`` (what a rejection or a
    defiance answers: appeals, offers, demands, criticism, warnings) in a concessive phrase that opens the sentence."""
    if targets or not sources or not (act.nominal and act.answered and act.family in asks):
        return targets
    comma = _opening_comma(ctx)
    if comma is None or act.start > comma:
        return targets
    return [m for m in subject_after_comma(ctx, comma) if m.country and not any(same_side(m, s) for s in sources)]


__all__ = ["concession_at", "defied", "defied_opening", "opening_end"]
