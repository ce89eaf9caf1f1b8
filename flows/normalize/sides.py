"""The sides of one-sided events: which acts may name one side only, and the stand-ins for the side not named.

A threat, protest, coercion or violence may be coded with one side (GDELT codes events with only Actor1): its
missing target is the ``nobody`` stand-in, stored as null target columns. A protest noun whose agent the
sentence does not name is by unnamed protesters, the ``protesters`` stand-in (sector OPP, no country, no text);
violence its victims suffer with no attacker named ("dos soldados murieron en combate", "fue secuestrado") is by
unnamed attackers, the ``attackers`` stand-in (sector UAF, no country, no text).
"""
from __future__ import annotations

from flows.normalize.actors import ActorMention
from flows.normalize.modality import cue_words
from flows.normalize.planning import Planned
from flows.normalize.roles import Act, Context, in_protest, verb_lemma, victim_verb

ONE_SIDED = frozenset({"13", "14", "17", "18", "19", "20"})
VIOLENCE = frozenset({"18", "19", "20"})
THREATS = "13"  # "el periodista fue amenazado de muerte": a person threatened by someone unnamed
NOBODY = "nobody"  # the kind of the stand-in for a one-sided event's missing target
UNNAMED = "unnamed"  # the kind of the stand-in source of a protest noun that names no agent


NOT_FINITE_AFTER = frozenset({"the", "a", "an", "of", "to", "el", "la", "los", "las", "un", "una", "del", "al", "de",
                              "para", "por", "su", "sus"})


def may_be_one_sided(ctx: Context, p: Planned, act: Act, sources: list[ActorMention], penalty: float,
                     passive: bool) -> bool:
    """A threat, protest, coercion or violence told by a finite verb whose subject stands before it in its own clause
    ("the rebels attacked", "los estudiantes protestaron"), or by a passive naming its agent ("un ganadero
    fue secuestrado por guerrilleros": the victim is no actor); a protest noun by its own agent, a crowd or
    unnamed protesters, or one that says the act was done in protest; not "pursuing a nuclear bomb", "el letal
    ataque" or an act whose subject is only carried over from another verb."""
    if act.nominal and act.family == "14":  # "la huelga de los maestros", "HUELGAS EN ECUADOR", "en protesta por"
        return (not penalty and not passive) or all(s.group or s.kind == UNNAMED for s in sources) \
            or in_protest(ctx, act)
    if act.family not in ONE_SIDED or act.recv or act.nominal or not act.participle:
        return False
    if passive:  # the sources are the agent the passive names
        return True
    prev = ctx.tokens[p.trig.start - 1].word if p.trig.start else ""
    return not penalty and prev not in NOT_FINITE_AFTER


def protesters(act: Act) -> ActorMention:
    """The stand-in source of a protest noun that names no agent: protesters (the field's ~OPP), no text."""
    return ActorMention(act.start, act.start, "", None, "OPP", "OPP", UNNAMED)


def unnamed_source(ctx: Context, act: Act, targets: list[ActorMention], passive: bool) -> ActorMention | None:
    """The stand-in source of an act that names no doer: a protest noun's protesters, or the attackers of
    victims that suffered violence or threats ("resultaron heridos dos militares", "el ex alcalde fue
    secuestrado", "el periodista fue amenazado de muerte");
    None when the act needs a named doer."""
    if act.nominal and act.family == "14":
        return protesters(act)
    threatened = act.family == THREATS and not any(t.country and t.sector == "GOV" for t in targets)
    if targets and (victim_verb(ctx, act) or (passive and (act.family in VIOLENCE or threatened)
                                              and not _finding(ctx, act))):
        return attackers(act)
    return None


def _finding(ctx: Context, act: Act) -> bool:
    """"El cadáver fue hallado": the dictionary codes finding a body as violence (180), but no one is said to
    have done anything (cue kind ``finding_verb``)."""
    return verb_lemma(ctx, act) in cue_words("finding_verb", ctx.language)


def attackers(act: Act) -> ActorMention:
    """The stand-in source of violence whose attacker is not named: an armed group of no known side (UAF)."""
    return ActorMention(act.start, act.start, "", None, "UAF", "UAF", UNNAMED)


def nobody(act: Act) -> ActorMention:
    """The stand-in target of a one-sided event: no text, no country, right after the trigger."""
    return ActorMention(act.last_end, act.last_end, "", None, "", "", NOBODY)
