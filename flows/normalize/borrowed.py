"""Targets borrowed from another clause of the sentence, for an active verb that names none of its own.

The previous act's target when the same doers go on ("severed ties with Qatar and closed their links", "y los
capturaron"); each other for a joint subject of a mutual act ("Putin and Maduro met"); the doer of the act a
rejection, condemnation or complaint answers ("and Iraq condemned the attack", "protested after Chinese ships
fired"); the asker of an appeal its addressee grants ("asked Saudi Arabia for a bailout, and the kingdom
pledged"); the earlier act's doer when a clause of cause names what its target did ("cut gas to Poland after Poland
refused to pay"); the owner a possessive names in the object of violence ("shelled its positions"); a struck
place's state ("bombed Aleppo"); the previous act's target, or the accused, for a warning joined to it by the same doers
("exigió a Guyana suspender la subasta y advirtió que"), and its target for a pledge joined to a friendly act
("apologised to Namibia and pledged aid"; :mod:`joined`).
"""
from __future__ import annotations

import re
from functools import cache

from flows.normalize.actors import ActorMention
from flows.normalize.causatives import caused_subject
from flows.normalize.investigated import investigated
from flows.normalize.joined import joined_target, offers_mediation
from flows.normalize.modality import cue_regex, cue_words
from flows.normalize.mutual import each_other
from flows.normalize.placenames import PREPOSITIONS
from flows.normalize.roles_base import GERUND_ENDINGS, Act, Context, coordinated, same_side, verb_lemma, word_before
from flows.normalize.speakers import JOINED_VERBS, last_speakers, speaker_after
from flows.normalize.subjects import DURING, SETTING_LEADS, labelled_relative, object_pronoun_before
from flows.normalize.territory import HARM_FAMILIES, VIOLENCE, place_past_naming, struck_place, visited_place

_AFTER_MEETING = frozenset({"03", "05", "06"})  # intents, diplomatic and material cooperation
# acts that answer another state's act: investigations and every conflictual family (not movement, "M")
_ANSWERING = frozenset({"09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"})
_WITH_WHOM = re.compile(r"\b(?:con quien|con quienes|con el que|con la que|con el cual|with whom)\s+(?:\w+\s+)?$")
_JOINED_CLITIC = re.compile(r"(?:\by|\be|,)\s+(?:lo|la|los|las)\s+$")  # "y los capturaron"


def borrowed_targets(ctx: Context, act: Act, subjects: list[ActorMention], targets: list[ActorMention],
                     mutual: bool) -> list[ActorMention]:
    """``targets`` when there are any (a protest at an IGO may still turn to the speaker it walked out on),
    else the first target another clause of the sentence lends."""
    f = ctx.folded
    if act.family == "16" and targets and all(not t.country and _REASON_BEFORE.search(f, max(0, t.start - 20), t.start)
                                              for t in targets):
        targets = []  # "downgraded diplomatic ties over a militant attack": the reason, no target
    if all(t.group and not t.country for t in targets) and (not targets or act.family in _PEOPLE_CONTINUED):
        # "expelled ten Russian diplomats and imposed sanctions on dozens of companies and people": on Russia's;
        # "boarded Philippine navy boats and injured several sailors": people of the state the doer just acted on
        targets = _continued_targets(ctx, act, subjects) or targets
    if not targets and subjects and act.family == "03" and offers_mediation(ctx, act, subjects):
        targets = [m for m in ctx.last_appeal[1] if m.country and not any(same_side(m, s) for s in subjects)]
    if not targets:  # "demanded that Manila remove the ship and warned that ...", "apologised to Namibia and pledged"
        targets = joined_target(ctx, act, subjects)
    if not targets and act.family in _AFTER_MEETING and subjects:
        targets = _met_partner(ctx, act, subjects)  # "se reunió con Lavrov y firmó acuerdos"
    if not targets and subjects:
        targets = each_other(ctx, act, subjects, mutual)
    # "A culpó a B, pero B rechazó las acusaciones"; "the US killed X, and Iraq condemned the attack": the condemned
    # act is the earlier one, so its doer is the target
    if not targets and (act.family == "12" or _condemns_earlier_act(ctx, act, subjects)) and ctx.last_sources:
        targets = [m for m in ctx.last_sources if not any(same_side(m, s) for s in subjects)]
        if not targets and cue_regex("retaliation_vow", language=ctx.language).match(ctx.folded, act.start) \
                and any(same_side(m, s) for m in ctx.last_sources for s in subjects):
            # "its forces had shot down five Indian aircraft, as Islamabad vowed to retaliate": the same side goes on
            targets = [m for m in ctx.last_targets if m.country and not any(same_side(m, s) for s in subjects)]
    if not targets and act.family == "11" and subjects and _WORDS_JUDGED.match(ctx.folded, act.end):
        # "Trump dijo que ..., y Padrino López calificó las declaraciones de locura": the words' speaker
        targets = [m for m in last_speakers(ctx, act.start) if not any(same_side(m, s) for s in subjects)]
    # "protested after Chinese ships blocked ...", "put its forces on alert after North Korea's nuclear test";
    # "walked out of the U.N. hall as Iran's president spoke": the U.N. is where, the speaker whom
    if act.family == "14" and targets and all(t.sector == "IGO" for t in targets):
        targets = [m for m in speaker_after(ctx, targets[-1].end) if not any(same_side(m, s) for s in subjects)] \
            or targets
    if act.family == "14" and not targets:  # "walked out of a G20 meeting when the Russian delegate began to speak"
        targets = [m for m in speaker_after(ctx, act.end) if not any(same_side(m, s) for s in subjects)]
    if not targets and act.family in ("09", "11", "14", "15") and subjects:
        targets = [m for m in _doer_after(ctx, act) if not any(same_side(m, s) for s in subjects)]
    if not targets and act.family == "09" and subjects:
        targets = [m for m in investigated(ctx, act) if not any(same_side(m, s) for s in subjects)]
    if not targets and act.family == "09" and ctx.last_harm and any(
            same_side(t, s) for t in ctx.last_harm[1] for s in subjects):
        # "Russian soldiers executed Ukrainian prisoners ..., and Kyiv opened a war crimes investigation": the doer
        targets = [m for m in ctx.last_harm[0] if m.country and not any(same_side(m, s) for s in subjects)]
    if not targets and act.family in ("15", "08") and len({m.country for m in subjects if m.country}) > 1 \
            and _THEIR_BORDER.search(f, act.end, act.hi):  # "A and B reinforced troops along their border"
        targets = subjects  # "Colombia y Venezuela reabrieron la frontera": each to the other
    if not targets and act.family == "15" and subjects and _AND_BEFORE.search(f, 0, subjects[0].start):
        # "Turkey sent a survey ship into disputed waters, and Athens put its forces on alert": against that doer
        targets = [m for m in ctx.last_sources if m.country and not any(same_side(m, s) for s in subjects)]
    if not targets and subjects and ctx.last_sources and (
            _RESPONDED.search(f, max(0, act.start - 30), act.start) or (act.family in _ANSWERING and (
                caused_subject(ctx, act) is not None or _IN_RESPONSE.search(f, act.end, act.hi) is not None))):
        # "..., and López Obrador responded by breaking off relations", "..., prompting Taipei to put its forces on
        # alert": the answer is aimed at the one answered (one made to pay or sign is no answer to whoever made it)
        targets = [m for m in ctx.last_sources if m.country and not any(same_side(m, s) for s in subjects)]
    if act.family == "11" and (not targets or object_pronoun_before(ctx, act) or _NEIGHBOUR_AFTER.match(f, act.end)) \
            and _pronoun_object(ctx, act):
        # "expelled X, accusing them of"; "X, al que acusa de reprimir a la Iglesia": the pronoun is the object, and
        # an actor after "de" is the object of what it is accused of
        targets = [m for m in ctx.last_targets if m.country and not any(same_side(m, s) for s in subjects)] or targets
        if labelled_relative(ctx, act):  # "el patrullero británico HMS Trent, que calificó de amenaza": its state
            targets = [m for m in ctx.mentions if m.kind not in _NAMED_PLACE and m.country and 0 <= act.start - m.end
                       <= 24 and not any(same_side(m, s) for s in subjects)][-1:] or targets
    if not targets and act.family in _PERSONAL_OBJECT_ACTS and subjects and _person_pronoun(ctx, act):
        # "a day after Revolutionary Guards detained them", "ordered him to leave": the people the earlier act
        # named, whose state the pronoun stands for
        targets = [m for m in ctx.last_targets if m.country and not any(same_side(m, s) for s in subjects)]
    if not targets and subjects and _grants_appeal(ctx, act, subjects):
        # "asked Saudi Arabia for a bailout, and the kingdom pledged $6 billion": what was asked is given to the asker
        targets = [m for m in ctx.last_appeal[0] if m.country and not any(same_side(m, s) for s in subjects)]
    if subjects and (not targets or (act.family == "11" and all(t.country is None for t in targets))) \
            and _answers_main_act(ctx, act, subjects):
        # "cut gas to Poland after Poland refused to pay", "suspendió los aranceles después de que México se
        # comprometiera a ...": the earlier act's target answers its doer
        targets = [m for m in ctx.last_sources if m.country and not any(same_side(m, s) for s in subjects)]
    if not targets and act.family in HARM_FAMILIES and subjects and _possessed_object(ctx, act):
        # "Ukraine said Russian troops used toxic gas against its positions": the possessor is the speaker, or
        # the subject of the clause the act's clause depends on ("exigió ... después de que dispararan contra
        # tres buques de su armada")
        owner = ctx.subjects_at.get(act.reporter, []) if act.reporter is not None else []
        targets = [m for m in owner or ctx.last_sources if m.country and not any(same_side(m, s) for s in subjects)]
    if not targets and act.family in ("02", "10") and subjects and _RELEASE_ASKED.match(ctx.folded, act.end):
        # "Russia arrested X, and Washington demanded his release", "..., and Ukraine demanded an official apology":
        # asked of the earlier act's doer (of the captors, when another act was told since)
        targets = [m for m in ctx.last_sources if m.country and not any(same_side(m, s) for s in subjects)] or [
            m for m in ctx.last_captors if m.country and not any(same_side(m, s) for s in subjects)]
        if not targets and any(same_side(m, s) for m in ctx.last_sources for s in subjects):
            # "convocó al encargado de negocios de Turquía y exigió una disculpa": the same doer goes on and asks
            # it of whom its earlier act was aimed at
            targets = [m for m in ctx.last_targets if m.country and not any(same_side(m, s) for s in subjects)]
    if not targets and act.family in HARM_FAMILIES:  # "struck what New Delhi called a camp in Pakistan"
        targets = place_past_naming(ctx, act, subjects) or struck_place(ctx, act, subjects)  # "bombed Aleppo"
    if not targets and (act.family == "16" or (act.family == "08" and verb_lemma(ctx, act) in LEAVING)):
        targets = struck_place(ctx, act, subjects)  # "withdrew from Kharkiv", "recalled its envoy from Tel Aviv"
    if not targets and verb_lemma(ctx, act) in TRAVELLING:
        targets = visited_place(ctx, act, subjects)  # "visited Shanghai": China
    if not targets and act.family in ("07", "15") and subjects:
        targets = _pressured(ctx, act, subjects)  # "deployed warships to the Caribbean to increase pressure on X"
    if not targets and act.family == "02" and subjects and ctx.last_family in ("06", "07") and _ASKED_FOR.search(
            ctx.folded, max(0, subjects[0].start - 40), subjects[0].start):
        # "gave its S-300 system to Ukraine, a delivery that Kyiv had been requesting": asked of the giver
        targets = [m for m in ctx.last_sources if m.country and not any(same_side(m, s) for s in subjects)]
    return targets


def _pressured(ctx: Context, act: Act, subjects: list[ActorMention]) -> list[ActorMention]:
    """The state a purpose of warning or pressure names right after forces sent to no state ("... to the southern
    Caribbean to increase pressure on Maduro's government", "para presionar a Venezuela")."""
    found = cue_regex("warning_purpose", language=ctx.language).search(ctx.folded, act.last_end,
                                                                       min(len(ctx.folded), act.last_end + 180))
    if found is None or re.search(r"[;.]", ctx.folded[act.last_end:found.start()]):
        return []
    return [m for m in ctx.mentions if found.end() <= m.start <= found.end() + 25 and m.country
            and not any(same_side(m, s) for s in subjects)][:1]


# "A and B reinforced troops along their border"; ", and Athens put its forces on alert"
_THEIR_BORDER = re.compile(r"\b(?:their|su|sus|the|la) (?:(?:\w+) )?(?:common |shared |comun |compartida )?"
                           r"(?:border|frontier|frontera|limite)s?\b")
_AND_BEFORE = re.compile(r"(?:,|;|\b(?:and|y|e))\s+(?:(?:the|el|la|los|las)\s+)?$")
_PEOPLE_CONTINUED = frozenset({"16"}) | VIOLENCE  # acts on people of no state that may continue an earlier act
# seizing told as a gerund right after force on a state goes on with it (so does an assault: "injuring a sailor")
_SEIZING = frozenset({"seize", "capture", "confiscate", "incautar", "decomisar", "capturar", "confiscar"})


def _continued_targets(ctx: Context, act: Act, subjects: list[ActorMention]) -> list[ActorMention]:
    """The same doers going on after "and"/"y" keep the target of their act before: "severed ties with Qatar and
    closed their land, sea and air links", "demanded an apology from Japan and recalled its ambassador", "demanded
    that Washington revoke the sale, and vowed resolute countermeasures", "dispararon contra tres buques ucranianos
    y los capturaron" (the pronoun is that target)."""
    f = ctx.folded
    if not subjects or not all(any(s is m for m in ctx.last_sources) for s in subjects):
        return []
    lemma, verb = verb_lemma(ctx, act), f[act.start:act.end].split(" ")[0]
    inflected = verb != lemma  # "y retirar a su embajador" is governed, no act
    # "suspended the treaty with Pakistan, closed the border crossing and ...": a comma joins a series of finite
    # verbs too (", blocking the aid" is a participle telling the result)
    after_comma = f[max(0, act.start - 2):act.start] == ", "
    joined = word_before(f, act.start) in JOINED_VERBS | _THEN or (after_comma and not verb.endswith(GERUND_ENDINGS))
    # "boarded Philippine navy boats, seizing rifles and injuring a sailor": a gerund goes on with the same act
    gerund = after_comma and verb.endswith(GERUND_ENDINGS) and (act.family == "18" or lemma in _SEIZING)
    closing = (act.family == "16" and inflected) or (act.family == "19" and lemma in _CLOSING)
    # "fired on three Ukrainian vessels, then seized the ships": a definite object names what was hit before
    seized = act.family == "17" and (gerund or (inflected and _DEFINITE.match(f, act.last_end) is not None))
    harmed = act.family in VIOLENCE and (gerund or word_before(f, act.start) in JOINED_VERBS)  # people of no state
    if ((joined or gerund) and (closing or seized or harmed or vows_threat(ctx, act))) or (
            ctx.language == "es" and _JOINED_CLITIC.search(f, max(0, act.start - 12), act.start)):
        return [m for m in ctx.last_targets if not any(same_side(m, s) for s in subjects)]
    return []


# what a speaker said, judged right after the verb: "calificó las declaraciones de", "called the remarks"
_WORDS_JUDGED = re.compile(r"\s+(?:(?:the|his|her|their|those|these|such|las|los|sus|esas|esos|estas|estos)\s+)?"
                           r"(?:remarks|comments|statements?|words|threats|declaraciones|palabras|comentarios|"
                           r"amenazas|dichos)\b")
_RELEASE_ASKED = re.compile(r"\s+(?:(?:the|la)\s+(?:his|her|their|its|su|sus)\s+|(?:his|her|their|its|su|sus)\s+)"
                            r"(?:[\w-]+\s+)?(?:release|freedom|return|liberacion|libertad|excarcelacion|regreso|"
                            r"devolucion|repatriacion)\b"
                            r"|\s+(?:the|la)\s+(?:immediate\s+|inmediata\s+)?(?:release|liberacion)\s+(?:of|de)\b"
                            r"|\s+(?:an?|una?)\s+(?:[\w-]+\s+)?(?:apology|explanation|disculpa|explicacion)\b")
LEAVING = frozenset({"withdraw", "pull", "retreat", "leave", "abandon", "evacuate", "retirar", "abandonar", "salir",
                     "replegar", "evacuar"})  # verbs of forces leaving a place
TRAVELLING = frozenset({"visit", "arrive", "travel", "tour", "land", "dock", "visitar", "llegar", "viajar",
                        "aterrizar", "atracar", "arribar"})  # verbs of going to a place
_CLOSING = frozenset({"close", "shut", "seal", "cut", "sever", "cerrar", "sellar", "cortar"})
_THEN = frozenset({"then", "luego"})  # "..., then seized": the same doers go on
# a definite, owned, counted or bare plural object, or one of the people on board: "seized the ships", "captured its
# pilot", "seized several rifles", "seized rifles", "captured a pilot" (not "seized a ship in the Black Sea")
_DEFINITE = re.compile(r"\s+(?:the|them|those|these|its|their|several|los|las|sus|su|varios|varias)\b"
                       r"|\s+(?:(?:an?|un|una)\s+)?(?:pilot|sailor|soldier|crew\s+member|officer|piloto|marinero|soldado)\b"
                       r"|\s+(?!(?:was|has|is|its|this|as|us|yes)\b)[a-z]+s\b")
_BECAUSE_OF = re.compile(r"\b(?:after|following|because|since|when|despues de que|luego de que|tras que|cuando|porque|"
                         r"ya que|dado que)\b")


def _answers_main_act(ctx: Context, act: Act, subjects: list[ActorMention]) -> bool:
    """A clause of cause or time after an act whose target is this clause's subject, naming no target of its
    own: what that target did, it did to the earlier act's doer."""
    if not ctx.last_targets or not ctx.last_sources or subjects[0].start < act.lo:
        return False
    if not _BECAUSE_OF.search(ctx.folded, act.lo, subjects[0].start):
        return False
    return all(any(same_side(s, t) for t in ctx.last_targets) for s in subjects)


APPEALS = frozenset({"02", "10"})
GRANTS = frozenset({"03", "05", "07", "08"})  # a promise, an endorsement, aid or a concession


def _grants_appeal(ctx: Context, act: Act, subjects: list[ActorMention]) -> bool:
    """The one an appeal or demand was made to promises, backs, gives or yields, naming no one."""
    if ctx.last_appeal is None or act.family not in GRANTS:
        return False
    askers, asked = ctx.last_appeal
    return bool(askers) and all(any(same_side(s, t) for t in asked) for s in subjects)


_OWNED = (r"(?:(?:the|los|las|el|la|unos|unas|two|three|dos|tres|[\d,.]+)\s+)?(?:[\w-]+\s+(?:of|de)\s+)?"
          r"(?:its|their|su|sus|the (?:country|nation)'s)\s+\w+")  # "the country's top scientist": the same owner
_POSSESSED_OBJECT = re.compile(rf"\s*{_OWNED}")  # right after the verb: "shelled its positions"
_POSSESSED_AFTER = re.compile(rf"\b(?:on|against|at|into|contra|sobre)\s+{_OWNED}")  # "gases contra sus posiciones"
POSSESSED_REACH = 60  # characters after the verb where the possessed object may stand


def _possessed_object(ctx: Context, act: Act) -> bool:
    """The act's object is something of a third party's own, named by a possessive ("its positions", "contra
    sus posiciones", "tres buques de su armada")."""
    f, end = ctx.folded, min(act.hi, act.last_end + POSSESSED_REACH)
    return _POSSESSED_OBJECT.match(f, act.last_end, end) is not None or \
        _POSSESSED_AFTER.search(f, act.last_end, end) is not None


_REASON_BEFORE = re.compile(r"\b(?:over|por)\s+(?:(?:a|an|the|un|una|el|la)\s+)?$")  # "over a militant attack"


def vows_threat(ctx: Context, act: Act) -> bool:
    """A vow of what a threat promises ("vowed countermeasures", "prometió represalias"): a threat (130), which the
    recoding gives it and a joined clause lends a target to."""
    return (act.family == "03" and cue_regex("threat_content", language=ctx.language).search(
        ctx.folded, act.end, act.hi) is not None)


def _met_partner(ctx: Context, act: Act, subjects: list[ActorMention]) -> list[ActorMention]:
    """What is signed or promised right after a meeting ("and", "con quien", "with whom") or in the main clause
    after a fronted one is with its guest."""
    f = ctx.folded
    if word_before(f, act.start) in JOINED_VERBS or _WITH_WHOM.search(f, max(0, act.start - 24), act.start) \
            or _fronted_meeting(ctx, subjects):
        return [m for m in ctx.last_met if not any(same_side(m, s) for s in subjects)]
    return []




_FIRST_WORD = re.compile(r"\W*(\w+)")


def _fronted_meeting(ctx: Context, subjects: list[ActorMention]) -> bool:
    """"At a meeting with Putin, Erdogan pledged ...", "Visiting Managua, Iran's president promised ...": a meeting
    that opens the sentence (after a setting word, or as a gerund) frames its main clause."""
    met = [m for m in ctx.last_met if m.end <= subjects[0].start]
    first = _FIRST_WORD.match(ctx.folded)
    lead = first.group(1) if first is not None else ""
    gerund = lead.endswith("ing") if ctx.language != "es" else lead.endswith(("ando", "iendo"))
    return bool(met) and (lead in SETTING_LEADS | DURING or gerund) \
        and "," in ctx.folded[met[-1].end:subjects[0].start]


_NAMED_PLACE = frozenset({"country", "capital", "seat", "place"})  # "armas a Taiwán, que": inside a phrase, no owner


def _pronoun_object(ctx: Context, act: Act) -> bool:
    """An accusation whose object is a pronoun for what the previous act was done to: "expelled two diplomats,
    accusing them of", "expulsó al embajador, al que acusó de", "y lo acusó de" (cue kind ``object_pronoun``)."""
    f = ctx.folded
    after = _PRONOUN_AFTER.match(f, act.end) if ctx.language != "es" else \
        re.search(r"(?:los|las|lo|la|les|le)$", f[act.start:act.end])
    after = after or _NEIGHBOUR_AFTER.match(f, act.end)
    return object_pronoun_before(ctx, act) or after is not None or _judged_act_named_before(ctx, act)


# "accusing its neighbour of", "acusó a su vecino de": the state the previous act was done to, named by kind
_PRONOUN_AFTER = re.compile(r"\s*(?:them|him|her|it)\b")
_NEIGHBOUR_AFTER = re.compile(r"\s*(?:(?:its|their) (?:neighbou?rs?|rivals?|former all(?:y|ies))|"
                              r"(?:a|al) (?:su|sus) (?:vecinos?|rivales|rival|antiguos? aliados?))\b")


_PERSONAL_OBJECT_ACTS = frozenset({"08", "10", "12", "16", "17", "18", "19", "20"})


def _person_pronoun(ctx: Context, act: Act) -> bool:
    """"detained them", "ordered him to leave", "lo detuvieron": a personal pronoun as the verb's object."""
    if ctx.language == "es":
        return object_pronoun_before(ctx, act)
    things = "|it" if act.family == "17" else ""  # "seized it": the tanker, whose state it is
    return re.match(rf"\s*(?:them|him|her{things})\b", ctx.folded[act.last_end:]) is not None


def _judged_act_named_before(ctx: Context, act: Act) -> bool:
    """"recalled its ambassador from Tunis, calling the gesture grave", "and called the deal an act of aggression":
    a characterisation of "the" act just told (cue kind ``judged_act``) judges what that act's target did."""
    if ctx.language == "es" or verb_lemma(ctx, act) not in _CHARACTERISING:
        return False
    return _judged_act_rx().match(ctx.folded, act.end) is not None


@cache
def _judged_act_rx() -> re.Pattern[str]:
    nouns = "|".join(sorted(cue_words("judged_act", "en"), key=len, reverse=True))
    return re.compile(rf"\s+the\s+(?:[\w-]+\s+)?(?:{nouns})\b")


_CHARACTERISING = frozenset({"call", "brand", "term", "dub", "label", "describe"})


# the thing given, then the one who asked for it: "a delivery that Kyiv had requested", "the tanks Kyiv has sought"
_ASKED_FOR = re.compile(r"\b(?:delivery|deliveries|weapons|tanks|jets|systems?|aid|help|loan|credit|fuel|que|that|"
                        r"which)\s+(?:(?:that|which|que)\s+)?$")


_AFTER_CLAUSE = re.compile(r"\s*,?\s*(?:after|when|as|during|following|amid|in response to|despues de que|luego de que|"
                           r"tras que|tras|cuando|mientras|durante|en respuesta a)\s+"
                           r"(?:(?:the|el|la|los|las|un|una|unos|unas|an?)\s+)?(?:[\w-]+\s+){0,4}$")


# "..., and Mexico broke off diplomatic relations in response": an answer that names no one it answers
_IN_RESPONSE = re.compile(r"\b(?:in (?:response|retaliation|reprisal)|en (?:respuesta|represalia))\s*(?:[.,;]|$)")
_RESPONDED = re.compile(r"\b(?:responded|reacted|retaliated|respondio|reacciono|respondieron|reaccionaron)\s+"
                        r"(?:by\s+|with\s+(?:an?\s+|the\s+)?|con\s+(?:(?:la|el|las|los|una?|unas|unos)\s+)?|al\s+)?$")


def responded_before(ctx: Context, act: Act) -> bool:
    """The act is told right after "responded by/with", "respondió con": an answer to the act before it."""
    return _RESPONDED.search(ctx.folded, max(0, act.start - 30), act.start) is not None


def _doer_after(ctx: Context, act: Act) -> list[ActorMention]:
    """A complaint or an investigation that names no target answers the doer of the clause right after it
    ("Manila protested after Chinese ships fired on a Philippine boat", "protestó después de que Israel expulsara a
    ...", "abrió una investigación después de que soldados rusos ejecutaran a ..."); one told
    after "responded by" answers the doer of the act before it."""
    if ctx.last_sources and _RESPONDED.search(ctx.folded, max(0, act.start - 30), act.start):
        return ctx.last_sources  # "..., and Caracas responded by mobilising militia units": the one answered
    first = next((m for m in ctx.mentions if m.start >= act.hi and m.start - act.hi <= 50), None)
    if first is not None and _AFTER_CLAUSE.fullmatch(ctx.folded, act.hi, first.start):
        return coordinated(ctx.folded, ctx.mentions, first, 1, first.start, len(ctx.folded))
    # "elevó su nivel de alerta y reforzó la vigilancia después de que Corea del Norte ...": a readiness step
    # joined to another one answers the same later doer
    first = next((m for m in ctx.mentions if m.start >= act.hi), None)
    if act.family == "15" and first is not None and first.country and first.start - act.hi <= 90 \
            and _JOINED_STEP.match(ctx.folded, act.hi) and _AFTER_CLAUSE.search(ctx.folded, act.hi, first.start):
        return [first]
    return []


_JOINED_STEP = re.compile(r"\s*,?\s*(?:and|y|e)\s+\w+")


def _condemns_earlier_act(ctx: Context, act: Act, subjects: list) -> bool:
    """A state's verb of criticism or threat with no target of its own ("and Iraq condemned the attack", "and
    Islamabad vowed to respond", "and Beijing vowed resolute countermeasures")."""
    return ((act.family in ("11", "13") or vows_threat(ctx, act)) and not act.nominal and act.participle
            and bool(subjects)
            and all(s.country and not s.group for s in subjects)
            and word_before(ctx.folded, act.start) not in PREPOSITIONS)


__all__ = ["borrowed_targets", "responded_before", "vows_threat"]
