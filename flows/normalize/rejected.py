"""What a rejection answers: "Ethiopia rejected a proposal by Egypt", "China declined Switzerland's invitation",
"rechazó la propuesta de Brasil", "rejected a Philippine protest", "dismissing U.S. claims that ...".

The rejected state acted first: it asked (a proposal or an invitation, 020/026; a proposal to meet or act together
is an offer, 030), complained (114) or accused (112), and the rejecter was the one it addressed. The rejection's
own target is that state, so the answered act runs the other way. The noun must stand within a few words after the
verb of rejecting, in the same clause, and that state must own it: named before it ("Egypt's proposal", "a U.S.
proposal") or right after it ("a proposal by Egypt", "la propuesta de Brasil", "la propuesta brasileña"), not as
the place of what was proposed ("a proposal to send troops to Mali"). The act answered happened whether or not the
rejection did ("had not rejected a U.S. proposal").
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from flows.normalize.coded import CodedEvent
from flows.normalize.derived import actor_of, coded_before, derived
from flows.normalize.modality import cue_words
from flows.normalize.roles_base import Context

# cue kind in cues.csv -> the code of the act the rejection answers
_ANSWERED = {"rejected_request": "020", "rejected_protest": "114", "rejected_claim": "112"}
_INVITATION = re.compile(r"invitat|invitac")  # an invitation asks the other to come: to meet (026)
# A proposal to meet or to act together is the proposer's own intent to cooperate (03x), as an offer is; one
# that the other side do something ("to repeat the elections") asks it to (02x).
_JOINT_CONTENT = re.compile(r"\b(?:talks|negotiations?|dialogue|cooperation|joint|deal|agreement|summit|meeting|"
                            r"conversaciones|negociaci\w+|dialogo|cooperacion|conjunt\w+|acuerdo|cumbre|reunion)\b")
CONTENT_CHARS = 60  # the proposal's content follows its noun and owner
# between the noun and an owner named after it
_OWNER_LINK = re.compile(r"\s+(?:(?:by|from|of|de|del|por)(?:\s+(?:the|el|la|los|las))?\s+)?")
_JOINED = re.compile(r"\s*(?:,|,? and|y|e)\s+(?:the |el |la |los |las )?")  # "by Egypt and Sudan"
WORDS_BEFORE_NOUN = 5  # "rejected a fresh U.S. peace proposal": article, owner and qualifiers


@cache
def _nouns(language: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """For each kind, the pattern of its nouns right after a verb (a few words between, no clause break)."""
    out = []
    for kind, code in _ANSWERED.items():
        words = "|".join(sorted(cue_words(kind, language), key=len, reverse=True))
        out.append((re.compile(rf"(?:[^\s,;:]+\s+){{0,{WORDS_BEFORE_NOUN}}}?(?:{words})\b"), code))
    return tuple(out)


def answered_events(ctx: Context, events: list[CodedEvent]) -> list[CodedEvent]:
    """The act each rejection answers, from the rejected state to the rejecter; and the rejection a reply to a
    demand or threat is."""
    out: list[CodedEvent] = _replies(ctx, events)
    for e in events:
        if not e.cameo.startswith("12") or e.target is None or e.target.country in (None, e.source.country):
            continue
        at = ctx.sentence.find(e.evidence)
        verb_end = ctx.folded.find(" ", at) if at >= 0 else -1
        if verb_end < 0:
            continue
        for rx, code in _nouns(ctx.language):
            found = rx.match(ctx.folded, verb_end + 1)
            if found is not None and _owned_by(ctx, e.target.country, found.start(), found.end()):
                code = _request_code(ctx, found) if code == "020" else code
                out.append(derived(e, code, e.target, e.source))
                break
    return out


def _request_code(ctx: Context, found: re.Match[str]) -> str:
    """026 for an invitation, 030 for a proposal of talks or joint action, else 020."""
    if _INVITATION.search(found.group()):
        return "026"
    return "030" if _JOINT_CONTENT.search(ctx.folded, found.end(), found.end() + CONTENT_CHARS) else "020"


def _owned_by(ctx: Context, country: str, start: int, end: int) -> bool:
    """A mention of ``country`` inside the words before the noun, or among the owners named right after it."""
    if any(m.country == country and start <= m.start < end for m in ctx.mentions):
        return True
    link, at = _OWNER_LINK, end
    for m in (m for m in ctx.mentions if m.start >= end):
        if not link.fullmatch(ctx.folded, at, m.start):
            return False
        if m.country == country:
            return True
        link, at = _JOINED, m.end
    return False


# "Berlin replied that the question had been settled", "Londres respondió que el asunto no está en discusión", "the
# government in Berlin said the matter was closed": the state a demand, threat or measure was aimed at answers it
_REPLY = re.compile(r"\b(?:replied|responded|answered|retorted|respondio|replico|contesto)\s+(?:that|que)\b"
                    r"|\bsaid\s+(?:that\s+)?the\s+(?:question|matter|issue)\b")
_ANSWERABLE = frozenset({"02", "10", "13", "16", "17"})  # asked, demanded, threatened or imposed
_REPLIER_GAP = re.compile(r"[^,;:]{0,20}")  # "Berlin replied", "the government in Berlin said"
REJECTION = "120"


def _replies(ctx: Context, events: list[CodedEvent]) -> list[CodedEvent]:
    """A rejection (120) by the state that replies to what an earlier act of the sentence asked or did to it."""
    out: list[CodedEvent] = []
    for found in _REPLY.finditer(ctx.folded):
        replier = next((m for m in reversed(ctx.mentions) if m.end <= found.start() and m.country
                        and _REPLIER_GAP.fullmatch(ctx.folded, m.end, found.start())), None)
        if replier is None:
            continue
        answered = [e for _, e in coded_before(ctx.sentence, events, found.start()) if e.target
                    and e.target.country == replier.country and e.source.country not in (None, replier.country)
                    and e.cameo[:2] in _ANSWERABLE and not e.negated]
        if answered and not any(e.cameo.startswith("12") and e.source.country == replier.country for e in events):
            reply = derived(answered[-1], REJECTION, actor_of(replier), answered[-1].source)
            out.append(replace(reply, evidence=ctx.sentence[replier.start:found.end()]))
    return out


__all__ = ["answered_events"]
