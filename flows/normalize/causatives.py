"""Infinitives that are acts. Causatives: "which led Britain to summon the envoy", "prompting Pompeo to accuse
Moscow", "lo que llevó a Tokio a presentar una protesta", "obligó a Grecia a movilizar": the one caused to act is
the subject of the verb that follows, and that verb is an act, not a purpose; the causing verb itself is no event
(a blocking row in data/triggers.csv keeps "llevar a X a" from reading as a visit). A meeting a traveller goes to
hold ("stepped across the line to meet Moon", "viajó a Pekín para reunirse con Xi") is told as done, not merely
intended. A demand told as a gerund right after a sent document ("sent Germany a diplomatic note demanding
reparations", "envió a Alemania una nota exigiendo") is the sender's, made of the one it was sent to, not an act of
the recipient named before it.
"""
from __future__ import annotations

import re

from flows.normalize.actors import ActorMention
from flows.normalize.modality import cue_words
from flows.normalize.roles_base import GERUND_ENDINGS, Act, Context, word_before

# the causing verb and what may stand between it and the one caused ("llevó al gobierno de", "llevó al presidente")
_CAUSE_EN = re.compile(r"\b(?:prompt(?:s|ed|ing)?|led|leads?|leading|forc(?:e|es|ed|ing)|push(?:es|ed|ing)?|"
                       r"dr(?:ove|ives?|iving)|caus(?:e|es|ed|ing)|spurr?(?:s|ed|ing)?)\s+(?:the\s+)?"
                       r"(?:(?:president|prime minister|chancellor|foreign minister|king)\s+)?$")
_CAUSE_ES = re.compile(r"\b(?:llev(?:o|aron|a|an|ando|ado)|oblig(?:o|aron|a|an|ando|ado)|forz(?:o|aron|ando|ado)|"
                       r"fuerza|fuerzan|empuj(?:o|aron|a|an|ando)|indujo|indujeron|orill(?:o|aron|a|an))\s+(?:a|al)\s+"
                       r"(?:(?:la|los|las|el)\s+)?(?:(?:presidente|presidenta|primer ministro|primera ministra|"
                       r"canciller|mandatario|mandataria|rey)\s+)?$")
_TO_EN = re.compile(r"\s+to\s+$")
_TO_ES = re.compile(r"\s+a\s+$")


def caused_subject(ctx: Context, act: Act) -> ActorMention | None:
    """The actor a causing verb makes do ``act`` ("led Britain to summon": Britain), or None."""
    if act.nominal:
        return None
    f, es = ctx.folded, ctx.language == "es"
    to = (_TO_ES if es else _TO_EN).search(f, max(0, act.start - 6), act.start)
    if to is None:
        return None
    caused = next((m for m in reversed(ctx.mentions) if m.end <= to.start() and m.end >= to.start() - 1), None)
    if caused is None:
        return None
    cause = (_CAUSE_ES if es else _CAUSE_EN).search(f, max(0, caused.start - 40), caused.start)
    return caused if cause is not None and cause.end() == caused.start else None


# a verb of going within a few words before "to"/"para" + a meeting verb
_GOING = re.compile(r"\b(?:went|go(?:es)?|going|travell?(?:ed|ing|s)?|fl(?:ew|ies|ying|y)|step(?:ped|s)?|"
                    r"cross(?:ed|es)?|arriv(?:ed|es|ing)|came|comes|head(?:ed|s)?|journeyed|viaj(?:o|aron|a|an)|lleg(?:o|aron|a|an)|"
                    r"acudi(?:o|eron)|vol(?:o|aron)|se traslad(?:o|aron))\b(?:\s+[\w'-]+){0,8}?\s+(?:to|para)\s+$")


def travelled_to_meet(ctx: Context, act: Act) -> bool:
    """A meeting infinitive after a verb of going ("flew to Washington to meet Biden"): an act, not a purpose."""
    return act.family == "04" and not act.nominal \
        and _GOING.search(ctx.folded, max(0, act.start - 90), act.start) is not None


_APPEALS = frozenset({"02", "10", "11", "12", "13"})
_SENDING = re.compile(r"\b(?:sent|sends|sending|handed|hands|delivered|delivers|presented|presents|submitted|"
                      r"envio|enviaron|entrego|entregaron|remitio|remitieron|presento|presentaron)\b")
# the document right before the gerund, and its addressee if named after it ("a note to Germany")
_DOCUMENT = re.compile(r"\b(?:notes?|letters?|drafts?|treaties|treaty|proposals?|messages?|memorand(?:um|a)|"
                       r"ultimatum|nota|notas|carta|cartas|borrador|borradores|propuesta|mensaje|memorando)"
                       r"(?:\s+(?:diplomatica|diplomatico)s?)?(?:\s+(?:to|a|al)\s+[^,;.]{1,40}?)?\s*,?\s*$")


def document_sender(ctx: Context, act: Act) -> tuple[list[ActorMention], list[ActorMention]] | None:
    """(senders, addressees) of an appeal told as a gerund right after a sent document, or None."""
    word = ctx.folded[act.start:act.end].split(" ")[0]
    if act.nominal or act.family not in _APPEALS or not word.endswith(GERUND_ENDINGS):
        return None
    doc = _DOCUMENT.search(ctx.folded, max(0, act.start - 90), act.start)
    verb = None if doc is None else _SENDING.search(ctx.folded, max(0, doc.start() - 60), doc.start())
    if verb is None or re.search(r"[,;.]", ctx.folded[verb.end():doc.start()]):
        return None
    not_subject = cue_words("not_subject", ctx.language)
    senders = [m for m in ctx.mentions if m.end <= verb.start() and m.country and word_before(ctx.folded, m.start)
               not in not_subject][-1:]
    to = [m for m in ctx.mentions if verb.end() <= m.start and m.end <= act.start and m.country]
    if not senders or not to or to[0].country == senders[0].country:
        return None
    return senders, to[:1]
