"""Events the frame of another act implies: partners in a joint operation, consultations named as its
setting or implied by where the words were said, a warning that is a show of force itself, and an occupation
that force was done during.

"The United States and Britain carried out joint air strikes on Houthi targets": states that use force
jointly cooperate militarily with each other (062, both ways), besides striking the target.

Consultations named as the setting of another act: "Biden warned Putin in a two-hour video call", "advirtió a
Putin durante una conversación telefónica", "criticised Kyiv during a meeting with Scholz", or as what came right
before it: "praised China's plan after talks with Xi", "tras una reunión con".

The call, talks or meeting is an event of its own between the two sides (CAMEO 041 for a call, 046 for talks,
040 for a meeting), both ways: between the doer and the one named after "with"/"con", or else the act's
target (for a meeting or summit only the one named after "with": others at a summit need not have met). Only
acts done in words are framed so: statements, appeals, promises, criticism, refusals and threats. A
consultation already coded between the two is not added again.

"Sent warships to the Gulf as a warning to Iran": the warning noun is the show of force (150), not a threat
(13x) of its own.

"Killed civilians in Bucha during their occupation of the town": force done during an occupation tells the
occupation too (192, same dyad). "Agreed to a ceasefire after two weeks of fighting": two states that settle with
each other after fighting fought each other (190, both ways).
"""
from __future__ import annotations

import re
from dataclasses import replace

from flows.normalize.actors import ActorMention
from flows.normalize.coded import CodedEvent
from flows.normalize.derived import actor_of, coded_before, derived
from flows.normalize.joiners import MEETING_NOUNS
from flows.normalize.roles_base import Context
from flows.normalize.territory import VIOLENCE

CODES = {"call": "041", "talks": "046", "meeting": "040"}
# acts done in words, which a call or a meeting can hold; not force, aid or sanctions ("attacked ... during the summit")
SPOKEN = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13"})
# acts the two sides do together, so both were at the meeting that frames them ("signed a pact at their summit")
AGREEING = frozenset({"03", "05", "06"})
_BEFORE_ACT = re.compile(r"(?:after|following|tras|despues de)\b")
_WITH = re.compile(r"[^,;.]{0,30}?\b(?:with|con)\s+(?:the\s+|el\s+|la\s+|su\s+)?$")


_SETTINGS = {
    "en": re.compile(r"\b(?:in|during|at|over|after|following) (?:(?:a|an|the|their|his|her|its) )?"
                     r"(?:(?:nearly |almost |about |more than |over )?[\w-]+ (?:hours?|days?|rounds?) of )?"
                     r"(?:(?![\w-]*ing )[\w-]+ ){0,2}?(?:"
                     r"(?P<call>(?:phone|telephone|video) ?(?:call|conversation)|videoconference|video conference)|"
                     r"(?P<talks>talks|negotiations)|(?P<meeting>meetings?|summit))\b"),
    "es": re.compile(r"\b(?:en|durante|tras|despues de) (?:(?:una|un|la|el|las|los|su|sus) )?"
                     r"(?:(?:casi |mas de )?[\w-]+ (?:horas|dias|rondas) de )?"
                     r"(?:(?![\w-]*(?:ando|endo) )[\w-]+ ){0,2}?(?:"
                     r"(?P<call>llamada telefonica|llamada|videollamada|conversacion telefonica|videoconferencia)|"
                     r"(?P<talks>negociaciones|conversaciones)|(?P<meeting>reuniones|reunion|encuentros?|cumbre))\b"),
}


def settings_of(language: str | None) -> list[re.Pattern[str]]:
    return [_SETTINGS[language]] if language in _SETTINGS else list(_SETTINGS.values())


def setting_events(ctx: Context, events: list[CodedEvent]) -> list[CodedEvent]:
    """04x both ways for each call, talks or meeting that frames the act coded right before it."""
    out: list[CodedEvent] = []
    for rx in settings_of(ctx.language):
        for found in rx.finditer(ctx.folded):
            done = _framed(ctx, events, found.start())
            # talks before an act ("after talks with Xi") frame only what the two sides do together or toward
            # each other in kind: an agreement, praise or cooperation, never a threat made after them
            agreeing = done is not None and (done.cameo[:2] in AGREEING or done.cameo == TRUCE)
            if done is None or (_BEFORE_ACT.match(found.group()) and not agreeing) \
                    or _MEDIATED.match(ctx.folded, found.end()):  # "following talks mediated by Washington"
                continue
            partner = next((m for m in ctx.mentions if found.end() <= m.start < found.end() + 60 and m.country
                            and _WITH.fullmatch(ctx.folded, found.end(), m.start)), None)
            if partner is None and found.lastgroup == "meeting" and not agreeing:
                continue  # "criticised Russia at a summit of EU leaders": Russia need not have been there
            other = actor_of(partner) if partner else done.target
            if other is None or other.country in (None, done.source.country) or any(
                    e.cameo.startswith("04") and {e.source.country, e.target and e.target.country}
                    == {done.source.country, other.country} for e in events + out):
                continue
            code = _setting_code(ctx, found, {done.source.country, other.country})
            out += [derived(done, code, done.source, other), derived(done, code, other, done.source)]
    return out


def _setting_code(ctx: Context, found: re.Match[str], sides: set[str | None]) -> str:
    """041 for a call, 046 for talks, 040 for a meeting; 044 when the setting is placed in a third state ("at a
    meeting in Busan", "en una reunión en Putrajaya")."""
    place = next((m for m in ctx.mentions if found.end() <= m.start < found.end() + 30 and m.kind in _PLACED
                  and _IN_PLACE.fullmatch(ctx.folded, found.end(), m.start)), None)
    return THIRD_PLACE if place and place.country not in sides else CODES[found.lastgroup or "meeting"]


_IN_PLACE = re.compile(r"\s+(?:in|en)\s+(?:the\s+|la\s+|el\s+)?")
_MEDIATED = re.compile(r"\s+(?:mediated|brokered|mediad[oa]s?)\b")  # the sides need not have met
TRUCE = "0871"  # a truce agreed at talks: both sides were there, as with an agreement


OCCUPATION = "192"
_DURING_OCCUPATION = re.compile(r"\b(?:during|throughout|durante)\s+(?:their|its|the|la|el|su)\s+(?:[\w-]+\s+){0,2}?"
                                r"(?:occupation|ocupacion)\b")


def occupation_frames(ctx: Context, events: list[CodedEvent]) -> list[CodedEvent]:
    """"Russian troops killed hundreds of civilians in Bucha during their occupation of the town", "durante la
    ocupación de Izium": force done during an occupation tells the occupation too (192, by the force's doer of its
    target's land), unless the pair's occupation is coded already."""
    out: list[CodedEvent] = []
    for found in _DURING_OCCUPATION.finditer(ctx.folded):
        force = [(pos, e) for pos, e in coded_before(ctx.sentence, events, found.start()) if e.cameo[:2] in VIOLENCE
                 and not e.negated and e.target is not None and e.target.country and e.source.country]
        if not force:
            continue
        done = max(force, key=lambda pair: pair[0])[1]
        if not any(e.cameo == OCCUPATION and (e.source.country, e.target and e.target.country)
                   == (done.source.country, done.target.country) for e in events + out):
            out.append(derived(done, OCCUPATION, done.source, done.target))
    return out


FIGHTING = "190"
# exchanges of fire and attacks with weapons count as fighting too ("after four days of missile exchanges", "tras
# cuatro días de ataques con misiles"); prisoner or trade exchanges do not
_AFTER_FIGHTING = re.compile(r"\b(?:after|following|tras|despues de)\s+(?:[\w,-]+\s+){0,8}?(?:fighting|clashes|duels|"
                             r"hostilities|skirmishes|combates|enfrentamientos|hostilidades|choques|escaramuzas|"
                             r"(?:missile|artillery|drone|rocket|gun|fire)\s+exchanges|exchanges\s+of\s+(?:\w+\s+)?fire|"
                             r"intercambios?\s+de\s+(?:disparos|fuego|misiles|ataques)|"
                             r"ataques\s+con\s+(?:misiles|drones|cohetes|artilleria))\b")
_SETTLING = frozenset({"03", "04", "05", "08"})  # agreeing, meeting, making up, yielding (a ceasefire is 0871)


def truce_fighting(ctx: Context, events: list[CodedEvent]) -> list[CodedEvent]:
    """Two states that agree, meet or yield to each other (both ways) "after days of fighting" / "tras una semana de
    combates" fought each other: force both ways, unless force between them is coded already."""
    told = _AFTER_FIGHTING.search(ctx.folded)
    if told is None:
        return []
    pairs = {(e.source.country, e.target.country): e for e in events if e.target is not None and not e.negated
             and e.cameo[:2] in _SETTLING and e.source.country and e.target.country
             and e.source.country != e.target.country}
    out: list[CodedEvent] = []
    for (a, b), done in sorted(pairs.items()):
        if (b, a) not in pairs or any(e.cameo[:2] in VIOLENCE and {e.source.country, e.target and e.target.country}
                                      == {a, b} for e in events + out):
            continue
        out += [replace(derived(done, FIGHTING, *sides), evidence=ctx.sentence[told.start():told.end()])
                for sides in ((done.source, done.target), (done.target, done.source))]
    return out


# "asked Wang Yi in Bangkok", "pidió a Biden en la Casa Blanca", "solicitó en Moscú": where the words were said
_SAID_IN = re.compile(r"[^,;.]{0,40}?\b(?:in|en)\s+(?:the\s+|la\s+|el\s+)?$")
_SAID_AT = frozenset({"capital", "seat"})
_PLACED = _SAID_AT | {"country"}  # where two sides met: a third state may be named by its country
# appeals and demands: what one side asks of the other where they meet ("accused Ukraine of shelling a hospital in
# Kyiv" names where the shelling was; "agreed in Moscow", "signed in Asmara" need not be a meeting of the two)
_ASKED = frozenset({"02", "10"})
# "called for direct talks in Moscow": the place of the talks asked for, not of the asking
_TALKS_ASKED = re.compile(r"\b(?:" + "|".join(sorted(MEETING_NOUNS, key=len, reverse=True)) + r")\b")
VISIT, THIRD_PLACE = "042", "044"


def place_visits(ctx: Context, events: list[CodedEvent]) -> list[CodedEvent]:
    """An appeal or demand said in the target's capital or seat is said on a visit there (042 from the
    doer); said in a third state's capital, at a meeting there (044 both ways). The place stands right after the
    act's words (within its clause, before what was said or asked); a consultation already coded is not added
    again. Pacts signed in one side's capital tell a visit too (:func:`signing_visits`)."""
    out: list[CodedEvent] = []
    for pos, done in coded_before(ctx.sentence, events, len(ctx.sentence)):
        if done.negated or done.target is None or not done.target.country or not done.source.country \
                or done.cameo[:2] not in _ASKED:
            continue
        place = _done_at(ctx, pos, pos + len(done.evidence))
        if place is None or _TALKS_ASKED.search(ctx.folded, pos, place.start) \
                or place.country == done.source.country or _consulted(done, events + out):
            continue
        if place.country == done.target.country:
            out.append(derived(done, VISIT, done.source, done.target))
        else:
            out += [derived(done, THIRD_PLACE, done.source, done.target),
                    derived(done, THIRD_PLACE, done.target, done.source)]
    return out + signing_visits(ctx, events + out)


def _consulted(done: CodedEvent, events: list[CodedEvent]) -> bool:
    """A consultation (04x) is coded already between the two sides of ``done``."""
    pair = {done.source.country, done.target and done.target.country}
    return any(e.cameo.startswith("04") and {e.source.country, e.target and e.target.country} == pair for e in events)


def _done_at(ctx: Context, pos: int, end: int, kinds: frozenset[str] = _SAID_AT) -> ActorMention | None:
    """The capital or seat (a mention of ``kinds``) named as where the act told by ``ctx.sentence[pos:end]`` was done:
    "in"/"en" and the place inside its words or right after them, before any content."""
    return next((m for m in ctx.mentions if m.kind in kinds and m.country and (
        (end <= m.start <= end + 45 and _SAID_IN.fullmatch(ctx.folded, end, m.start)
         and not _content_between(ctx, end, m.start))
        or (pos <= m.start < end and _SAID_IN.fullmatch(ctx.folded, pos, m.start)))), None)


SIGNING = "057"
_SIGNERS = frozenset({"leader", "official", "government"})  # people who travel; "Rusia y Venezuela firmaron" not
_HEADS = frozenset({"leader", "government"})  # heads of state or government, "los presidentes de A y B"


def signing_visits(ctx: Context, events: list[CodedEvent]) -> list[CodedEvent]:
    """"Putin and Kim signed a pact in Pyongyang", "Maduro y Raisi firmaron en Teherán": two leaders or ministers
    who sign in one side's capital met there, on the other's visit (042 from the visitor), unless a consultation
    between them is coded already."""
    people = {m.text for m in ctx.mentions if m.kind in _SIGNERS}
    out: list[CodedEvent] = []
    for pos, done in coded_before(ctx.sentence, events, len(ctx.sentence)):
        if done.cameo != SIGNING or done.negated or done.target is None or not done.source.country \
                or not {done.source.text, done.target.text} <= people:
            continue
        place = _done_at(ctx, pos, pos + len(done.evidence))
        if place is not None and place.country == done.target.country != done.source.country \
                and not _consulted(done, events + out):
            out.append(derived(done, VISIT, done.source, done.target))
    return out + _third_place_pledges(ctx, events + out)


def _third_place_pledges(ctx: Context, events: list[CodedEvent]) -> list[CodedEvent]:
    """"Maduro e Irfaan Ali se comprometieron en San Vicente y las Granadinas": two states whose leaders the
    sentence names, that pledge something to each other in a third state, met there (044 both ways); ministers
    who agree abroad need not have met there."""
    led = {m.country for m in ctx.mentions if m.kind in _HEADS}
    out: list[CodedEvent] = []
    for pos, done in coded_before(ctx.sentence, events, len(ctx.sentence)):
        if not done.cameo.startswith("03") or done.negated or done.target is None or not done.source.country \
                or not {done.source.country, done.target.country} <= led or _consulted(done, events + out):
            continue
        place = _done_at(ctx, pos, pos + len(done.evidence), _PLACED)
        if place is not None and place.country not in (done.source.country, done.target.country):
            out += [derived(done, THIRD_PLACE, done.source, done.target),
                    derived(done, THIRD_PLACE, done.target, done.source)]
    return out


# a clause break, or the start of what was said or asked ("pressed X to remain in six-nation talks"): a call or
# meeting after it is part of the act's content, not where it was done
_CONTENT = re.compile(r"[;:]|\b(?:but|pero|and then|to \w+|that|que|para|whether|si)\b")


def _framed(ctx: Context, events: list[CodedEvent], at: int) -> CodedEvent | None:
    """The act whose words come closest before ``at`` in the same clause, with a state on both sides; for a
    setting that opens the sentence ("Durante una llamada con Arce, Boric pidió a Bolivia"), the first act after
    it."""
    framable = [(pos, e) for pos, e in coded_before(ctx.sentence, events, len(ctx.sentence)) if e.target is not None
                and e.target.country and e.source.country and not e.negated
                and (e.cameo[:2] in SPOKEN or e.cameo == TRUCE)]
    if not ctx.folded[:at].strip(" \"'"):  # the setting opens the sentence
        after = [(pos, e) for pos, e in framable if pos > at and ctx.folded.find(",", at, pos) >= 0]
        return min(after, key=lambda pair: pair[0])[1] if after else None
    # what an agreement commits to ("agreed to put Sweden's bid before parliament, after talks with X") is no
    # spoken content that the setting could belong to
    before = [(pos, e) for pos, e in framable if pos < at
              and (e.cameo[:2] in AGREEING or e.cameo == TRUCE or not _content_between(ctx, pos, at))]
    return max(before, key=lambda pair: pair[0])[1] if before else None


def _content_between(ctx: Context, lo: int, hi: int) -> bool:
    """What was said or asked starts between lo and hi; "apologised to Aliyev in a phone call": "to" before an
    actor is the addressee, no content."""
    for found in _CONTENT.finditer(ctx.folded, lo, hi):
        if not (found.group().startswith("to ") and any(m.start == found.start() + 3 for m in ctx.mentions)):
            return True
    return False


_JOINT = re.compile(r"\b(?:joint|jointly|combined|conjunt[oa]s?|conjuntamente|combinad[oa]s?)\b")
FORCE = frozenset({"15", "17", "18", "19", "20"})
MILITARY_COOPERATION = "062"


def joint_force_events(events: list[CodedEvent]) -> list[CodedEvent]:
    """062 both ways between two states that use or show force jointly ("joint air strikes by A and B")."""
    out: list[CodedEvent] = []
    by_evidence: dict[str, list[CodedEvent]] = {}
    for e in events:
        if e.cameo[:2] in FORCE and not e.negated and e.source.country and _JOINT.search(e.evidence.lower()):
            by_evidence.setdefault(e.evidence, []).append(e)
    for group in by_evidence.values():
        sides = list({e.source.country: e.source for e in group}.values())
        for a in sides:
            for b in sides:
                if a.country != b.country and not any(
                        x.cameo.startswith("06") and x.source.country == a.country
                        and x.target is not None and x.target.country == b.country for x in events):
                    out.append(derived(group[0], MILITARY_COOPERATION, a, b))
    return out


_WARNING_NOUN = re.compile(r"(?:warning|advertencia|aviso|mensaje|message|signal|senal)\b", re.IGNORECASE)


def without_shown_warnings(events: list[CodedEvent]) -> list[CodedEvent]:
    """"sent warships to the Gulf as a warning to Iran": the warning is the show of force (150) itself, not a
    threat of its own; a 13x told by a warning noun gives way to a 150 between the same two."""
    shown = {(e.source.country, e.target.country) for e in events if e.cameo == "150" and e.target is not None}
    return [e for e in events if not (e.cameo.startswith("13") and e.target is not None and _WARNING_NOUN.match(
        e.evidence) and (e.source.country, e.target.country) in shown)]


_SITE_PREPS = frozenset({"at", "in", "near", "en", "cerca"})


def without_strike_sites(ctx: Context, events: list[CodedEvent]) -> list[CodedEvent]:
    """Violence against one state's people or forces at a capital of a third state ("killed Iran's general in a U.S.
    drone strike at Baghdad airport"): the city says where it happened, so the event aimed at the city's state is
    dropped when the same doer's violence in the sentence is aimed at another state."""
    sites = {m.text for m in ctx.mentions if m.kind == "capital" and m.preposition in _SITE_PREPS}
    violent = [e for e in events if e.cameo[:2] in VIOLENCE and e.target is not None and e.target.country
               and not e.negated]
    dropped = {id(e) for e in violent if e.target.text in sites and any(
        o.source.country == e.source.country and o.target.country not in (e.target.country, e.source.country)
        and o.target.text not in sites for o in violent)}
    return [e for e in events if id(e) not in dropped]


__all__ = ["joint_force_events", "setting_events", "settings_of", "signing_visits", "without_shown_warnings",
           "without_strike_sites"]

