"""The act a complaint is about, when it is named by a noun with no doer of its own.

"China summoned Japan's ambassador over the seizure of a Chinese fishing boat", "Ukraine filed complaints against
Poland over their bans on Ukrainian grain", "México demandó a Ecuador por el asalto a su embajada", "convocó al
embajador de Argelia para protestar por la expulsión de migrantes nigerinos": a complaint, protest or summons from
A to B "over" / "por" a coercive act told only by its noun tells that act too, by B against A. A noun whose doer
is named ("decidida por el Gobierno de Ortega", "by Royal Marines") is left to the rules that read its doer.

A threat, protest, sanction or coercive act done "over", "because of", "citing" or "por" a wrong ("over its repression
of protesters", "because of China's genocide in Xinjiang", "por violaciones de derechos humanos") also accuses the
state it names of that wrong (112), or the act's target when it names none.

People a state detains, expels or sanctions whom it charges with spying or rights abuses ("expelled 18 Russian
diplomats it said were intelligence officers", "detuvo al cónsul ucraniano, acusado de intentar obtener información
clasificada") are the ground of an accusation against the act's target: 1125 for spying, 1122 for abuses. The grounds
a protest states (", saying Tokyo had failed to ...", "alegando que") criticise the state it is aimed at (111).
"""
from __future__ import annotations

import re
from dataclasses import replace

from flows.normalize.coded import CodedEvent
from flows.normalize.derived import actor_of, coded_before, derived
from flows.normalize.roles_base import Context

_COMPLAINTS = frozenset({"11", "14"})
_MASS_EXPULSION = "201"
# noun -> the code of the act it names; an expulsion only of people named by their nationality's noun
_ACT_NOUNS = {
    "seizure": "171", "seizures": "171", "incautacion": "171", "apresamiento": "171", "captura": "171",
    "detention": "173", "arrest": "173", "detencion": "173", "arresto": "173",
    "raid": "170", "assault": "170", "asalto": "170", "irrupcion": "170",
    "ban": "163", "bans": "163", "prohibicion": "163", "embargo": "163",
    "expulsion": _MASS_EXPULSION, "expulsions": _MASS_EXPULSION,
}
_OVER_ACT = re.compile(r"[^.;]{0,60}?\b(?:over|por)\s+(?:the|its|their|el|la|los|las|su|sus)\s+(?:[\w-]+\s+){0,2}?"
                       r"(?P<noun>" + "|".join(sorted(_ACT_NOUNS, key=len, reverse=True)) + r")\b(?P<rest>[^.;]{0,80})")
_OWN_DOER = re.compile(r"^\s*(?:[^,;.]{0,50}?)\b(?:by|por parte de|decidid[oa]s? por|ordenad[oa]s? por)\s")
_PEOPLE = re.compile(r"\b(?:migrants|nationals|citizens|workers|migrantes|ciudadanos|nacionales|trabajadores)\b")


_PENALTIES = frozenset({"13", "14", "16", "17"})
_WRONGS = r"(?:abuses|atrocities|genocide|crimes|violations|repression|crackdown|persecution|aggression|interference|" \
          r"meddling|espionage|spying|abusos|atrocidades|genocidio|crimenes|violaciones|represion|" \
          r"persecucion|agresion|injerencia|espionaje)"
# the wrong named within a few words of the reason's lead ("over China's human rights atrocities in Xinjiang")
_FOR_WRONG = re.compile(r"[^.;]{0,100}?\b(?P<lead>over|because of|citing|in response to|in protest (?:at|against|over)|"
                        r"por|debido a|a causa de|alegando|en protesta por)\s+"
                        r"(?:[\w'-]+\s+){0,4}?" + _WRONGS + r"\b")


_DONE_TO_PEOPLE = frozenset({"16", "17"})  # expelling, sanctioning, detaining
# the charge on the people an act was done to, a few words after its words; "by/por" names another accuser
_CHARGED = re.compile(r"[^.;]{0,60}?(?:\b(?:accused of|suspected of|charged with|acusad[oa]s? de|sospechos[oa]s? de|"
                      r"(?:a quien|a quienes) acuso de)|(?:\b(?:who|whom|that|which) )?\bit (?:said|says) (?:was|were))"
                      r"\s+(?P<charge>[^.;,]{0,90})")
_OTHER_ACCUSER = re.compile(r"\b(?:by|por)\s")  # "acusado de narcotráfico por la fiscalía de Nueva York"
_SPYING = re.compile(r"\b(?:espionage|spying|spy|spies|intelligence|classified|recruit\w*|espionaje|espi\w+|"
                     r"inteligencia|clasificad\w+|reclut\w+)\b")
_ABUSES = re.compile(r"\b(?:human rights|derechos humanos|repress\w*|reprim\w+|torture|tortur\w+)\b")


def _charged_people(ctx: Context, events: list[CodedEvent]) -> list[CodedEvent]:
    """The accusation a seizure or sanction makes of the people it was done to: "detained a U.S. diplomat, who it
    said was trying to recruit a Russian officer" (1125), "sanciones contra funcionarios venezolanos acusados de
    violar los derechos humanos" (1122)."""
    out: list[CodedEvent] = []
    for pos, done in coded_before(ctx.sentence, events, len(ctx.sentence)):
        if done.cameo[:2] not in _DONE_TO_PEOPLE or done.negated or done.target is None or not done.target.country \
                or done.target.country == done.source.country or not done.source.country:
            continue
        found = _CHARGED.match(ctx.folded, pos + len(done.evidence))
        if found is None or _OTHER_ACCUSER.search(found.group("charge")):
            continue
        code = "1125" if _SPYING.search(found.group("charge")) else "1122" if _ABUSES.search(found.group("charge")) \
            else None
        if code is None or _accused_already(events + out, done.source.country, done.target.country):
            continue
        out.append(replace(derived(done, code, done.source, done.target),
                           evidence=ctx.sentence[found.start("charge"):found.end("charge")]))
    return out


def _reason_accusations(ctx: Context, events: list[CodedEvent]) -> list[CodedEvent]:
    """The accusation a penalty's reason makes: "will boycott the Olympics over China's atrocities" (112)."""
    out: list[CodedEvent] = []
    for pos, done in coded_before(ctx.sentence, events, len(ctx.sentence)):
        if done.cameo[:2] not in _PENALTIES or done.negated or done.target is None or not done.source.country \
                or _repeated(ctx, events, done, pos):
            continue
        found = _FOR_WRONG.match(ctx.folded, pos)
        if found is None:
            continue
        named = [m for m in ctx.mentions if found.start("lead") <= m.start < found.end() and m.country]
        accused = actor_of(named[0]) if named else done.target
        if not accused.country or accused.country == done.source.country \
                or _accused_already(events + out, done.source.country, accused.country):
            continue
        event = derived(done, "112", done.source, accused)
        out.append(replace(event, evidence=ctx.sentence[found.start("lead"):found.end()]))
    return out


_PROTESTS = frozenset({"14"})
# a protest's stated grounds: "boycotted the forum, saying a corridor violated its sovereignty", "with the Kremlin
# complaining that", "alegando que"; not a description of the protest itself ("saying they would send no one")
_GROUNDS = re.compile(r"[^.;]{0,60}?,\s+(?:with\s+[^,;.]{1,40}?\s+(?:complaining|objecting|dismissing|calling)|saying|"
                      r"complaining|objecting|dismissing|repeating its objection|calling|alegando|argumentando|"
                      r"quejandose|al considerar)\b"
                      r"(?!\s+(?:that\s+)?(?:(?:they|it|he|she|we)\s+(?:would|will|wo)\b|no\s))")


def _protest_grounds(ctx: Context, events: list[CodedEvent]) -> list[CodedEvent]:
    """The criticism a protest's stated grounds make of the state it is aimed at (111): "South Korea boycotted a
    memorial hosted by Japan, saying Tokyo had failed to acknowledge forced labour"."""
    out: list[CodedEvent] = []
    for pos, done in coded_before(ctx.sentence, events, len(ctx.sentence)):
        if done.cameo[:2] not in _PROTESTS or done.negated or done.target is None or not done.target.country \
                or not done.source.country or done.source.country == done.target.country:
            continue
        found = _GROUNDS.match(ctx.folded, pos + len(done.evidence))
        if found is None or _accused_already(events + out, done.source.country, done.target.country):
            continue
        out.append(replace(derived(done, "111", done.source, done.target), evidence=ctx.sentence[
            found.start():found.end()].lstrip(" ,")))
    return out


def _accused_already(events: list[CodedEvent], source: str | None, target: str | None) -> bool:
    """An accusation or criticism (11x) from ``source``'s state to ``target``'s is already coded."""
    return any(e.cameo[:2] == "11" and e.source.country == source and e.target is not None
               and e.target.country == target for e in events)


def _repeated(ctx: Context, events: list[CodedEvent], done: CodedEvent, pos: int) -> bool:
    """An act told by another state's words, its doer named after them ("announced a boycott over atrocities, and
    Britain followed suit"): the reason is the first doer's."""
    return ctx.sentence.find(done.source.text) > pos and any(
        e.evidence == done.evidence and 0 <= ctx.sentence.find(e.source.text) < pos for e in events)


def grievance_events(ctx: Context, events: list[CodedEvent]) -> list[CodedEvent]:
    """For each complaint between two states, the act its "over/por" noun names, by the complaint's target; for each
    penalty, the accusation its reason makes; the accusations a seizure's charge and a protest's grounds make."""
    out: list[CodedEvent] = _reason_accusations(ctx, events) + _charged_people(ctx, events) + _protest_grounds(
        ctx, events)
    for pos, done in coded_before(ctx.sentence, events, len(ctx.sentence)):
        if done.cameo[:2] not in _COMPLAINTS or done.negated or done.target is None \
                or not done.target.country or not done.source.country or done.source.country == done.target.country:
            continue
        found = _OVER_ACT.match(ctx.folded, pos + len(done.evidence))
        if found is None or _OWN_DOER.match(found.group("rest")):
            continue
        code = _ACT_NOUNS[found.group("noun")]
        if code == _MASS_EXPULSION and not _PEOPLE.search(found.group("rest")[:50]):
            continue  # "la expulsión de su nuncio" is a diplomat's, told elsewhere
        if any(e.cameo[:2] == code[:2] and e.source.country == done.target.country
               and e.target is not None and e.target.country == done.source.country for e in events + out):
            continue
        event = derived(done, code, done.target, done.source)
        out.append(replace(event, evidence=ctx.sentence[found.start("noun"):found.end("noun")]))
    return out


__all__ = ["grievance_events"]
