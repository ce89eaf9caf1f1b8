"""The stance around an act: negation, refusal and modality.

"did not send" negates the act; "would not support" (a stance verb, cue kind ``stance_refused``) refuses it, a
rejection (120); "will send", "plans to send" and a Spanish future the target depends on make it an intent, except
a measure announced in a plain future ("will expel 23 diplomats"), which is the measure.
"""
from __future__ import annotations

import re
from dataclasses import replace

from flows.normalize.modality import announced_measure, cue_regex, cue_words, find_cue
from flows.normalize.planning import GOVERNING, Planned
from flows.normalize.roles import Act, Context
from flows.normalize.tokens import spanish_future
from flows.normalize.verbs import is_future

# A denial that frames the clause whose subject follows: the reported act did not happen.
_NO_OBJECT = re.compile(r"\s+no\s+(?!longer\b|one\b|doubt\b|less\b|more\b|later\b|sooner\b|matter\b)")
# "denied that", "dismissed reports that", "negó las informaciones de que": what follows did not happen
_REPORTS = (r"(?:the |las |los )?(?:[\w.'-]+ ){0,2}?(?:reports?|claims?|allegations?|suggestions?|informaciones|"
            r"informes|versiones|acusaciones|denuncias) (?:that|de que)")
_DENIED_THAT = re.compile(r"\b(?:(?:den(?:ied|ies|y|ying)|neg(?:o|aron|aba|aban|ando)|desminti(?:o|eron)) "
                          r"(?:(?:that|que)|" + _REPORTS + r")|(?:dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|"
                          r"rechaz(?:o|aron|ando)) " + _REPORTS + r") (?:the |el |la |los |las )?$")


_SETTING_BETWEEN = re.compile(r"\b(?:during|after|before|amid|at|durante|tras|despues de|antes de|en medio de)\b")
_SETTING_RIGHT_BEFORE = re.compile(r"\b(?:after|before|tras|despues de|antes de)\s+$")  # "tras reunirse"
_CONJUNCTION = re.compile(r"\b(?:and|but|y|e|pero)\b")


_QUOTED_MODIFIER = re.compile(r'["“«]\w+(?:[ -]\w+)?["”»]')  # two quoted words at most


def stance(ctx: Context, p: Planned, act: Act, sources: list, targets: list,
          passive: bool) -> tuple[Planned, Act, int, int | None, bool, int | None]:
    """Negation and modality around the act: (plan, act, where cues start, negation, refused, modal)."""
    f = ctx.folded
    before = [s.end for s in sources if s.end <= act.start and s.text]  # a stand-in (no text) marks no subject
    cue_lo = max(before) if before and not passive else max(0, act.start - 45)
    joined = [m.end() for m in _CONJUNCTION.finditer(f, cue_lo, act.start)]
    # "denied sending troops and accused Washington of lying": a cue before the "and" is the first verb's
    negation = find_cue(cue_regex("negation"), f, max([cue_lo, *joined]), act.start)
    if negation is not None and _QUOTED_MODIFIER.match(f, negation - 1):
        negation = None  # "declared a "no limits" partnership": a quoted modifier, not the act denied
    if negation is not None and act.nominal and negation < ctx.last_judging_end <= act.start:
        negation = None  # "no ha condenado la invasión rusa": the condemning is denied, the invasion happened
    if negation is not None and (_SETTING_BETWEEN.search(f, negation, act.start) if act.nominal
                                 else _SETTING_RIGHT_BEFORE.search(f, negation, act.start)):
        negation = None  # "no ofreció disculpas durante la visita de X", "a no amenazarse tras reunirse": the setting
        # happened, what was denied did not
    if negation is None and before and not passive and not _answer_after_denial(ctx, act, joined):
        first = min(s.start for s in sources)  # "denied that Russia was massing troops"
        negation = first if _DENIED_THAT.search(f, max(0, first - 60), first) else None
    if negation is None and ctx.language == "en" and not act.nominal and _NO_OBJECT.match(f, act.end):
        negation = act.end  # "sent no troops to Venezuela", "will send no officials": the object denies the act
    refused = negation is not None and _stance_refused(ctx, p, negation)
    if refused:
        p, act = _as_rejection(p, act)
    modal = None if act.family in GOVERNING else find_cue(cue_regex("modal"), f, cue_lo, act.start)
    if modal is not None and ctx.sentence[modal:modal + 4] == "May ":
        modal = None  # "Russia in May sent troops": the month (or Theresa May), no modal verb
    if modal is None and act.family not in GOVERNING and (is_future(p.trig, ctx.tokens, ctx.language, ctx.sentence)
                                                          or _future_to_target(ctx, p, targets[0].start)):
        modal = act.start
    if modal is not None and announced_measure(ctx.folded, act, modal):
        modal = None  # "Britain will expel 23 Russian diplomats": a measure decided, not a threat of one
    return p, act, cue_lo, negation, refused, modal



# acts in words that go on from the speaker's denial: "negó que Teherán haya suministrado drones y acusó a Washington"
_ANSWERS = frozenset({"10", "11", "12", "13"})


def _answer_after_denial(ctx: Context, act: Act, joined: list[int]) -> bool:
    """A criticism, rejection, demand or threat right after "and"/"y" follows the denial itself, not the denied
    clause: the denier accuses; "denied that Russia had sent troops and supplied arms" stays denied."""
    return act.family in _ANSWERS and bool(joined) and not act.nominal \
        and len(ctx.folded[max(joined):act.start].split()) <= 1


def _future_to_target(ctx: Context, p: Planned, target_start: int) -> bool:
    """A noun event whose target a later future verb supplies is a plan: "una gira que lo llevará a Chile"."""
    if not p.trig.nominal or ctx.language != "es":
        return False
    between = (t for t in ctx.tokens[p.trig.end:] if t.start < target_start)
    return any(spanish_future(t) for t in between)


def _stance_refused(ctx: Context, p: Planned, negation: int) -> bool:
    """"would not support the plan", "no apoyará": a negated stance is a rejection; "denied backing"
    (a denial of an act) stays a negated act."""
    lemma = ctx.tokens[p.trig.start].lemma
    return (lemma in cue_words("stance_refused", ctx.language) and not p.trig.nominal
            and not ctx.folded.startswith(("den", "neg"), negation))


def _as_rejection(p: Planned, act: Act) -> tuple[Planned, Act]:
    res = replace(p.res, code="120", reciprocal="")
    return replace(p, res=res, inner=[]), replace(act, family="12", absorbed_families=())


__all__ = ["stance"]
