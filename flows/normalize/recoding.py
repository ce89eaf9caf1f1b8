"""Codes the sentence around an act changes, after its roles are known.

Drills two states hold are held together (062); a sanction noun its own clause says was lifted is an easing
(085); an act its subject stops doing is halted ("dejó de enviar petróleo a Cuba": 16x, not aid); forces sent
to a border are mobilised against the neighbour (154), force sent as a warning to a state is shown to it
(150), and force sent for joint exercises cooperates with the host (062); a firm that pulls out of a country
reduces relations with it (160), where a state withdraws (087); a government that protests
complains formally (114); a vow of consequences is a threat (130); water cannon turned on a state's vessels
coerce it (170), whether the verb reads as words ("blasted") or fire ("fired water cannon at"); a release in
exchange for the other side's prisoners is a swap, a release both ways; a "verbal attack" is criticism (111);
agreeing to a ceasefire declares it (0871); protesters clashing with the police riot (145) and the police
repress them (175); people charged by a count, by prosecutors or in a case's words are taken to court (173), a
state or a leader a government charges is accused.
"""
from __future__ import annotations

import re
from dataclasses import replace

from flows.normalize.borrowed import vows_threat
from flows.normalize.modality import cue_regex, cue_words
from flows.normalize.planning import Planned
from flows.normalize.roles import Act, Context

EASED = "085"  # sanctions eased or lifted
# a claim, demand or complaint made before an international court, or a state taken to one, is a lawsuit (115)
_TAKEN_TO_COURT = frozenset({"02", "10", "11", "17"})
_BEFORE_COURT = re.compile(r"\b(?:ante (?:la|el) (?:corte|tribunal|cij)|(?:to|before|at) (?:the )?(?:international "
                           r"court|world court|icj|court of justice|hague court))\b")
# "near the border with Colombia": the state a border is shared with is no partner in drills held there
_BORDER_WITH = re.compile(r"\b(?:border|frontier|boundary|frontera|limite)s?\s+(?:with|con)\s+(?:the\s+|el\s+|la\s+)?$")
SENDING = frozenset({"07", "M"})  # giving, and arriving ("bombers landed in Venezuela"), which the objects make aid


def recoded(ctx: Context, p: Planned, act: Act, sources: list, targets: list) -> tuple[Planned, bool]:
    """Codes the sentence around an act changes: drills held together, sanctions said to be lifted, a vow
    of consequences, an act stopped; and whether it was stopped."""
    if "together" in p.res.flags and targets and ((len(sources) > 1 and targets == sources) or all(
            t.preposition in ("with", "con") and not _BORDER_WITH.search(ctx.folded, max(0, t.start - 30), t.start)
            for t in targets)):
        return replace(p, res=replace(p.res, code="062", reciprocal="062")), False  # drills held together
    if act.nominal and p.res.code.startswith("16") and lifted_after(ctx, act):
        return replace(p, res=replace(p.res, code=EASED, reciprocal="")), False  # "US sanctions on India were lifted"
    if act.family in HALTED_AS and not act.nominal and _halt_lead(ctx.language).search(
            ctx.folded, max(0, act.start - 30), act.start):  # "dejó de enviar petróleo a Cuba": no aid, its end
        return replace(p, res=replace(p.res, code=HALTED_AS[act.family], reciprocal=""), inner=[]), True
    if act.family in _TAKEN_TO_COURT and targets and any(t.country for t in targets) \
            and _BEFORE_COURT.search(ctx.folded, act.end, act.hi):  # "reclamó a Chile ante la Corte de La Haya"
        return replace(p, res=replace(p.res, code="115", reciprocal=""), inner=[]), False
    sent = act.family in SENDING and not act.nominal
    ordered = act.family == "10" and ctx.tokens[p.trig.start].lemma in ("order", "ordenar")  # "ordered troops to"
    if (sent or ordered) and cue_regex("forces_to_border", language=ctx.language).match(
            ctx.folded, ctx.folded.find(" ", act.last_end) + 1, act.hi):  # "sent troops to the Colombian border"
        return replace(p, res=replace(p.res, code="154", reciprocal=""), inner=[]), False
    # diplomats told to leave: "ordered the consul to leave", "ordered him out of the country", "gave France's
    # ambassador 48 hours to leave" (an expulsion, not the ultimatum or the expulsion of a private person)
    told_to_leave = ordered or ctx.tokens[p.trig.start].lemma in _LEAVE_ORDERS
    if told_to_leave and targets and (told := _TOLD_TO_LEAVE.search(ctx.folded, act.end)) and told.start() < act.hi:
        return replace(p, res=replace(p.res, code="161", reciprocal=""), inner=[]), False
    if sent and targets and _for_joint_drills(ctx, act):
        return replace(p, res=replace(p.res, code="062", reciprocal="062"), inner=[]), False
    if (sent or ordered) and targets and (_sent_as_warning(ctx, act, targets) or _sent_near(ctx, targets)
                                          or _into_waters(ctx, targets) or _shadowing(ctx, act, targets)):
        return replace(p, res=replace(p.res, code="150", reciprocal=""), inner=[]), False
    if p.res.code == "111" and sources and all(s.sector == "MIL" for s in sources) \
            and ctx.tokens[p.trig.start].lemma in ("hit", "take", "arremeter"):  # "Russian forces hit back at ..."
        return replace(p, res=replace(p.res, code="190", reciprocal=""), inner=[]), False
    if p.res.code == "111" and ctx.tokens[p.trig.start].lemma == "call" and targets and p.res.pattern \
            and p.res.pattern.after[:1] and p.res.pattern.after[0].marker == "+" \
            and not _NAMED_AS.match(ctx.folded, targets[-1].end):  # "called the Russian president to discuss a truce"
        return replace(p, res=replace(p.res, code="041", reciprocal="041"), inner=[]), False
    if p.res.code == "111" and _praising(ctx, p, act):  # "calificó de histórica la visita", "described ... as historic"
        return replace(p, res=replace(p.res, code="051", reciprocal=""), inner=[]), False
    if act.family == "11" and (lemma := ctx.tokens[p.trig.start].lemma) in _CHARGING \
            and _charged_people(ctx, act, lemma, sources, targets):
        return replace(p, res=replace(p.res, code="173", reciprocal=""), inner=[]), False  # "charged two officers"
    if act.family == "19" and p.res.reciprocal and (riot := _riot_codes(sources, targets)):  # "clashed with police"
        return replace(p, res=replace(p.res, code=riot[0], reciprocal=riot[1]), inner=[]), False
    if act.family == "19" and ctx.tokens[p.trig.start].lemma in _CLASHING and all(
            s.sector != "MIL" for s in sources) and _WORDS_CLASH.search(
            ctx.folded, act.start, min(len(ctx.folded), act.end + 60)):  # "clashed in a heated meeting": words
        return replace(p, res=replace(p.res, code="110", reciprocal="110" if p.res.reciprocal else ""), inner=[]), False
    if p.res.code == "087" and sources and all(s.sector == "BUS" for s in sources):
        return replace(p, res=replace(p.res, code="160", reciprocal=""), inner=[]), False  # "Rosneft pulled out of"
    if not act.nominal and sources and all(s.country and s.sector == "GOV" for s in sources) \
            and ctx.tokens[p.trig.start].lemma in cue_words("state_protest", ctx.language):
        return replace(p, res=replace(p.res, code="114", reciprocal=""), inner=[]), False  # "Estonia protested to"
    return _recoded_by_words(ctx, p, act, targets) or p, False


# "ordered 23 Russian diplomats identified as spies to leave", "ordenó a los diplomáticos ... abandonar el país": the
# order expels them (161)
_TOLD_TO_LEAVE = re.compile(r"\b(?:diplomats?|envoys?|ambassadors?|consuls?|attaches?|him|her|them|diplomaticos?|"
                            r"embajador(?:es)?|consul(?:es)?|encargad[oa] de negocios)\b[^.;]{0,90}?\b(?:to leave|"
                            r"out of the country|(?:abandonar|salir de|dejar) (?:el|del) (?:pais|territorio))\b|"
                            # "ordenó la salida en 72 horas de los diplomáticos de X", "de doce funcionarios de la
                            # embajada francesa"
                            r"\bsalida\b[^.;]{0,30}?\bde (?:los |las |sus )?(?:[\w.]+ )?(?:diplomaticos|"
                            r"(?:funcionarios|personal|empleados) de (?:la|su) embajada)\b")
_LEAVE_ORDERS = frozenset({"order", "ordenar", "give", "dar"})  # verbs that tell an envoy to go


_STATE_KINDS = frozenset({"country", "capital", "seat"})
_COUNT_LEAD = re.compile(r"\s*(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|several)\s+$")
_CHARGING = frozenset({"charge", "indict", "imputar"})
# "formally charged", "imputó formalmente": the words of a criminal case, not of a complaint
_IN_COURT = re.compile(r"(?:formally|formalmente)\b")


def _charged_people(ctx: Context, act: Act, lemma: str, sources: list, targets: list) -> bool:
    """"charged two Russian officers over the poisoning", "prosecutors charged Maduro with narco-terrorism",
    "indicted Maduro", "imputó a cinco funcionarios": people charged by a count, by prosecutors or a court, or in
    the words of a case are taken to court (173); a state charged, a person charged by a government ("charged
    Maduro with"), or accused with Spanish "acusar" (even "acusó formalmente", even by prosecutors: the held half
    reads it so) is accused (112)."""
    first = min(targets, key=lambda t: t.start) if targets else None
    if first is None or first.kind in _STATE_KINDS:
        return False
    if _COUNT_LEAD.fullmatch(ctx.folded, act.end, first.start) is not None:
        return True
    if lemma in ("indict", "imputar") or _IN_COURT.search(ctx.folded, max(0, act.start - 12), first.start):
        return True
    return lemma == "charge" and bool(sources) and all(s.sector == "JUD" for s in sources)


_CROWD = frozenset({"OPP", "CVL"})
_CLASHING = frozenset({"clash", "spar", "chocar", "enfrentar"})
# a clash told in a meeting, a call or an exchange of words is a quarrel (110), not fighting
_WORDS_CLASH = re.compile(r"\b(?:publicly|verbally|publicamente|verbalmente|(?:in|at|during|en|durante)\s+"
                          r"(?:[\w-]+\s+){0,4}?(?:meeting|talks|summit|call|press conference|debate|interview|reunion|"
                          r"encuentro|cumbre|llamada|conversacion|rueda de prensa))\b")


def _riot_codes(sources: list, targets: list) -> tuple[str, str] | None:
    """A clash (both sides fighting) between protesters and the police is no war: the crowd riots (145), the police
    repress it (175); one side firing on the other stays force."""
    if not sources or not targets:
        return None
    if all(s.sector in _CROWD for s in sources) and all(t.sector == "COP" for t in targets):
        return "145", "175"
    if all(s.sector == "COP" for s in sources) and all(t.sector in _CROWD for t in targets):
        return "175", "145"
    return None


def _recoded_by_words(ctx: Context, p: Planned, act: Act, targets: list) -> Planned | None:
    """Codes the words around an act change: a truce agreed, consequences vowed, a penalty clause, water cannon,
    a swap, verbal attacks, a named person killed, a mass expulsion, talks called for between others, a claim
    dismissed with scorn (its claimant is criticised, 111)."""
    if p.res.code == "036" and _between_others(ctx, act):  # "China called for talks between Russia and Ukraine"
        return replace(p, res=replace(p.res, code="026", reciprocal=""), inner=[])
    if act.family in ("03", "05") and _agreed_truce(ctx, p, act):  # "agreed to a ceasefire", "pactaron una tregua"
        return replace(p, res=replace(p.res, code=TRUCE, reciprocal=TRUCE), inner=[])
    if vows_threat(ctx, act):
        return replace(p, res=replace(p.res, code="130", reciprocal=""), inner=[])  # "would face consequences"
    if act.family in ("02", "10") and cue_regex("penalty_clause", language=ctx.language).search(
            ctx.folded, act.end, len(ctx.folded)):  # "pidió que detengan la caravana so pena de perder la ayuda"
        return replace(p, res=replace(p.res, code="130", reciprocal=""), inner=[])
    if act.family in ("11", "19") and targets and not any(t.group for t in targets) and cue_regex(
            "water_cannon", language=ctx.language).search(ctx.folded, act.start, act.hi):
        return replace(p, res=replace(p.res, code="170", reciprocal=""), inner=[])  # "blasted a boat with"
    if p.res.code.startswith("084") and targets and not p.res.reciprocal and _swap(ctx, act):
        return replace(p, res=replace(p.res, reciprocal=p.res.code))  # "freed X in exchange for Y": a swap
    if act.family in ("18", "19", "20") and (_IN_WORDS.search(ctx.folded, max(0, act.start - 12), act.start)
                                             or _WORDS_AFTER.match(ctx.folded, act.end)):
        return replace(p, res=replace(p.res, code="111", reciprocal=""), inner=[])  # "his verbal attacks on"
    if act.family in ("18", "19") and not act.nominal and _kills_named_person(ctx, p, act):
        return replace(p, res=replace(p.res, code="186", reciprocal=""), inner=[])  # "killed General X"
    if act.family == "12" and targets and cue_regex("scornful_dismissal", language=ctx.language).search(
            ctx.folded, act.end, _phrase_end(ctx.folded, act.end)):  # "dismissed as absurd X's claims"
        return replace(p, res=replace(p.res, code="111", reciprocal=""), inner=[])
    if act.family in ("16", "17") and _mass_expulsion(ctx, p, act):
        return replace(p, res=replace(p.res, code="201", reciprocal=""), inner=[])  # "deported 1,000 Colombians"
    if p.res.code == "163" and _DIPLOMATIC_BEFORE.search(ctx.folded, max(0, act.start - 14), act.start):
        return replace(p, res=replace(p.res, code="143", reciprocal=""), inner=[])  # "a diplomatic boycott over"
    return None


_DIPLOMATIC_BEFORE = re.compile(r"\bdiplomatic\s+$")  # a diplomatic boycott is staying away, not an embargo


def _phrase_end(folded: str, start: int) -> int:
    """Where the clause punctuation after ``start`` ends the phrase ("dismissed X's claims as a smear, saying")."""
    return min((i for i in (folded.find(",", start), folded.find(";", start)) if i >= 0), default=len(folded))


TRUCE = "0871"
_BETWEEN_OTHERS = re.compile(r"\s+(?:(?:for|of|to|hold|host|new|direct|peace|a|the|de|para|celebrar|nuevas|"
                             r"directas|de paz)\s+)*(?:talks|negotiations|dialogue|conversaciones|negociaciones|"
                             r"dialogo)\s+(?:\w+\s+){0,2}(?:between|entre)\s")
_AGREEING = frozenset({"agree", "accept", "acordar", "pactar", "aceptar", "convenir"})
_TRUCE_AFTER = re.compile(r"\s+(?:(?:to|on|upon|a|an|the|un|una|el|en|new|humanitarian|temporary|nuevo|nueva|"
                          r"humanitario|humanitaria|temporal|full|immediate|complete|comprehensive|permanent|lasting|"
                          r"unconditional|total|nationwide|and|inmediato|inmediata|total|permanente|definitivo|"
                          r"definitiva|incondicional|completo|completa|y|e)\s+){0,5}(?:ceasefire|cease-fire|truce|armistice|"
                          r"alto (?:el|al) fuego|cese (?:el|al|del) fuego|tregua|armisticio|"
                          r"end (?:the |all )?(?:hostilities|fighting)|"
                          r"poner fin a (?:las hostilidades|los combates))\b")


def _between_others(ctx: Context, act: Act) -> bool:
    """Talks asked for between two others: the caller appeals to them to meet (026), it does not offer to meet."""
    return _BETWEEN_OTHERS.match(ctx.folded, act.end) is not None


def _agreed_truce(ctx: Context, p: Planned, act: Act) -> bool:
    """Agreeing to a ceasefire declares it (0871), as "declared a ceasefire" does; the dictionaries read it as an
    intent to de-escalate (0356). A project row on "agree" would bound the dictionary's other readings of it."""
    return ctx.tokens[p.trig.start].lemma in _AGREEING and _TRUCE_AFTER.match(ctx.folded, act.end) is not None


_IN_WORDS = re.compile(r"\b(?:verbal|rhetorical|verbales|retoricos?|retoricas?|dialecticos?)\s+$")
_WORDS_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:verbales|verbal|retoricos?|retoricas?)\b")  # "ataques verbales contra"


def _swap(ctx: Context, act: Act) -> bool:
    """"freed five Americans in exchange for five Iranians", "a cambio de la liberación de ...": the release is
    paid with people the other side frees, named by an actor or a word for prisoners soon after the cue."""
    cue = cue_regex("exchange_for", language=ctx.language).search(ctx.folded, act.end, act.hi)
    if cue is None:
        return False
    near = (cue.end(), min(len(ctx.folded), cue.end() + 60))
    return any(near[0] <= m.start < near[1] for m in ctx.mentions) \
        or _PRISONERS.search(ctx.folded, *near) is not None


_PRISONERS = re.compile(r"\b(?:prisoners?|detainees?|captives?|hostages?|presos?|prisioneros?|detenidos?|rehenes|"
                        r"reos|liberacion|release)\b")


def _mass_expulsion(ctx: Context, p: Planned, act: Act) -> bool:
    """Deporting or expelling hundreds or more ("deportó a más de 270.000 haitianos", "the mass expulsion of
    Georgians"): a mass expulsion (201); "expelled 35 diplomats" stays the expulsion of individuals."""
    if ctx.tokens[p.trig.start].lemma not in cue_words("expelling_verb", ctx.language):
        return False
    end = min(len(ctx.folded), act.last_end + 50)
    cut = re.search(r"[,.;](?=\s|$)", ctx.folded[act.last_end:end])  # not "1,000"
    window = ctx.folded[max(0, act.start - 12):act.last_end + cut.start() if cut else end]
    return cue_regex("mass_count").search(window) is not None


# Two or more capitalised words in a row: a person's name ("Qassem Soleimani", "Ígor Kirílov")
_NAME_RUN = re.compile(r"\b[A-ZÁÉÍÓÚÑ][\w'-]+(?:\s+(?:al-|bin\s+|de\s+)?[A-ZÁÉÍÓÚÑ][\w'-]+)+")
_COUNTED = re.compile(r"\b(?:\d[\d.,]*|two|three|four|five|dozens|hundreds|thousands|dos|tres|cuatro|cinco|"
                      r"decenas|cientos|miles)\b", re.IGNORECASE)


def _kills_named_person(ctx: Context, p: Planned, act: Act) -> bool:
    """A verb of killing whose object is one person named ("killed Iranian General Qassem Soleimani", "mató en
    Moscú al general Ígor Kirílov"): an assassination (186). Names of actors and places are no person; a count
    ("killed 20 Indian soldiers") is no single person."""
    if ctx.tokens[p.trig.start].lemma not in cue_words("killing_verb", ctx.language):
        return False
    end = min(len(ctx.sentence), act.last_end + 60)
    cut = re.search(r"[.;]|\b(?:and|y|after|tras|in an?|en una?)\s", ctx.sentence[act.last_end:end])
    window = (act.last_end, act.last_end + cut.start() if cut else end)
    if _COUNTED.search(ctx.sentence, *window):
        return False
    for run in _NAME_RUN.finditer(ctx.sentence, *window):
        words = [run.start() + w.start() for w in re.finditer(r"\S+", run.group())]
        if sum(not any(m.start <= w < m.end for m in ctx.mentions) for w in words) >= 2:
            return True  # two words of the name that no actor or place covers
    return False


# What stopping an act of each family is: aid and cooperation stop (162x by their objects), support and
# talks are cut back (160) or halted (164).
HALTED_AS = {"04": "164", "05": "160", "06": "16*", "07": "16*"}


def _praising(ctx: Context, p: Planned, act: Act) -> bool:
    """A verb of characterising whose words, within a few after it, praise (cue kind ``praise_word``)."""
    if ctx.tokens[p.trig.start].lemma not in _CHARACTERISING:
        return False
    window = " ".join(t.word for t in ctx.tokens[p.trig.start + 1:p.trig.start + 8])
    return cue_regex("praise_word", language=ctx.language).search(window) is not None \
        and cue_regex("blame_word", language=ctx.language).search(window) is None


# the verbs of triggers.csv's characterising rows that may praise ("tachar de" only ever disparages)
_CHARACTERISING = frozenset({"describe", "characterize", "characterise", "label", "call", "calificar", "tildar",
                             "catalogar", "llamar"})


# "called X a puppet", "called the Venezuelan leader a friend", 'called X "a sick puppy"'
_NAMED_AS = re.compile(r"\s*(?:(?!(?:to|and|on|in|at|for|about|after|with|by|over|during)\b)[a-z-]+\s+){0,2}?"
                       r"(?:an?\s|[\"'\u201c\u00ab])")


def _for_joint_drills(ctx: Context, act: Act) -> bool:
    """"bombers landed near Caracas to take part in joint exercises with ...": within the act's window, or
    in a purpose clause right after it, up to the next comma or semicolon."""
    f, end = ctx.folded, act.hi
    if _PURPOSE_LEAD.match(f, act.hi) or _PURPOSE_TAIL.search(f, act.last_end, act.hi):  # "para realizar ejercicios"
        end = min((i for i in (f.find(",", act.hi), f.find(";", act.hi)) if i >= 0), default=len(f))
    return cue_regex("joint_drill", language=ctx.language).search(f, act.last_end, end) is not None


_PURPOSE_LEAD = re.compile(r"\s*(?:to|for|in order to|para|a fin de|con el fin de)\b")
_PURPOSE_TAIL = re.compile(r"\b(?:to|for|in order to|para|a fin de|con el fin de)\s*$")


def _sent_as_warning(ctx: Context, act: Act, targets: list) -> bool:
    """"desplegó un portaaviones en Oriente Próximo como mensaje al régimen iraní", "sent warships as a
    warning to Beijing": force sent as a warning to its target is shown, not given (150)."""
    hi = max([act.hi, *(t.start for t in targets)])  # a purpose after the clause names the target it warns
    found = cue_regex("warning_purpose", language=ctx.language).search(ctx.folded, act.last_end, hi)
    return found is not None and all(t.start >= found.end() for t in targets)


# "sent warplanes and ships around Taiwan", "deployed destroyers off the coast of Venezuela": force sent near a
# state, not into it, is shown to it (150)
_NEAR_WORDS = re.compile(r"\b(?:around|near|close to|off the coasts? of|alrededor de|cerca de|frente a las costas de|"
                         r"frente a)\s+(?:the\s+|las\s+|la\s+)?$")  # not a bare "off" ("wrote off Cuba's debt")


# "frente a las costas venezolanas", "off the Venezuelan coast": the coast a demonym names
_NEAR_COAST = re.compile(r"\b(?:(?:frente a|cerca de) las costas|off the)\s+$")


def _sent_near(ctx: Context, targets: list) -> bool:
    """Near the state itself; near one of its cities is inside it ("landed at an airport near Caracas")."""
    return all((t.kind == "country" and _NEAR_WORDS.search(ctx.folded, max(0, t.start - 40), t.start))
               or (t.kind == "demonym" and _NEAR_COAST.search(ctx.folded, max(0, t.start - 40), t.start))
               for t in targets)


# A state's waters or airspace: "into Japanese waters", "a aguas japonesas", "into the waters of Japan", "waters off X",
# "al espacio aéreo de Colombia"; forces sent there are shown to that state, not given to it
_WATERS_BEFORE = re.compile(r"\b(?:waters|airspace|air space|aguas|espacio aereo|mar territorial)"
                            r"(?:\s+territoriales)?\s+(?:(?:of|off|de|del)\s+)?(?:the\s+|la\s+|las\s+)?$")
_WATERS_AFTER = re.compile(r"(?:'s)?\s+(?:territorial\s+)?(?:waters|airspace|air defen[cs]e (?:identification )?"
                           r"zone)\b")
# "sent warships to shadow a Turkish survey vessel", "para vigilar a los buques rusos": force sent to follow another
# state's ships or planes is shown to it (150), not given
_SHADOWING = re.compile(r"\b(?:to (?:shadow|track|tail|monitor|intercept)|para (?:vigilar|seguir|interceptar|"
                        r"monitorear))\b")


def _shadowing(ctx: Context, act: Act, targets: list) -> bool:
    found = _SHADOWING.search(ctx.folded, act.last_end, targets[0].start)
    return found is not None and targets[0].start - found.end() <= 30


def _into_waters(ctx: Context, targets: list) -> bool:
    return all(_WATERS_BEFORE.search(ctx.folded, max(0, t.start - 40), t.start)
               or _WATERS_AFTER.match(ctx.folded, t.end) for t in targets)


def _halt_lead(language: str | None) -> re.Pattern[str]:
    return cue_regex("halt_lead", r"\s+$", language=language)


def lifted_after(ctx: Context, act: Act) -> bool:
    """A sanction noun its own clause says was lifted or eased ("US sanctions on Cuba have been eased")."""
    window = re.split(r"[,;:]", ctx.folded[act.last_end:act.last_end + 60], maxsplit=1)[0]
    return cue_regex("lifted_after").search(window) is not None
