"""Find states, their organs and non-state actors in one sentence (English and Spanish).

Names come from :mod:`flows.normalize.dictionary`: the project's overlay (``data/*.csv``) over the
lexicon generated from the field's dictionaries (``lexicon/*.tsv``), found in one Aho-Corasick pass
over the folded sentence. A sentence with a discard phrase (sports, entertainment) has no actors.
Leaders and officials resolve by the date given (tenures; outside them a former office holder is
ELI). Capitalised multi-word names the automaton misses are compared with the overlay's long names
by rapidfuzz ("Vladimir Poutine"). Agent nouns turn a country mention into one of its organs
("Russian bombers", "aviones rusos", "Venezuela's opposition", "el gobierno cubano"); titles and
appositions merge into one actor ("Venezuelan President Nicolás Maduro"); a few agent nouns name an
actor with no country ("the rebels", "el gobierno"). Places inside a fixed name are dropped and other
places carry the preposition before them (:mod:`flows.normalize.placenames`).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache

from rapidfuzz import fuzz, process

from flows.normalize.dictionary import discarded, name, phrase_hits, without_capitals_words
from flows.normalize.gazetteer import (
    DATA_DIR,
    KIND_RANK,
    STATELESS,
    actor_mappings,
    actor_name,
    aliases,
    alternatives,
    country_table,
    fold,
    iso3_for,
    longest_first,
    read_data,
)
from flows.normalize.lexicon import (
    ORGAN_SECTORS,
    agent_nouns,
    any_agent_words,
    code_parts,
    curated_groups,
    group_nouns,
    people_groups,
)
from flows.normalize.modality import cue_regex
from flows.normalize.offices import former_of, office_after, private_title_before
from flows.normalize.placenames import inside_name, is_location, not_the_state, preposition_before
from flows.normalize.surnames import surname_spans

__all__ = ["DATA_DIR", "ActorMention", "actor_mappings", "actor_name", "alternatives", "country_table",
           "find_actors", "fold", "iso3_for", "longest_first", "read_data"]

# Kind of a mention that an agent noun turned into an organ ("Venezuela's National Assembly").
SECTOR_KIND = {"GOV": "government", "MIL": "military", "LEG": "legislature", "OPP": "opposition", "BUS": "firm",
               "COP": "police", "JUD": "judiciary", "SPY": "intelligence", "MED": "media", "REB": "armed_group",
               "INS": "armed_group", "SEP": "armed_group", "UAF": "armed_group", "CVL": "civilians",
               "PTY": "party", "ELI": "elite"}
ANCHOR_KINDS = frozenset({"country", "demonym", "capital", "place"})  # what an agent noun attaches to
FUZZY_CUTOFF = 88  # rapidfuzz ratio (0-100) a misspelt long name needs; exact spellings need none
FUZZY_MIN_LENGTH = 10  # shorter names are too easy to confuse ("Peru"/"Perm")
_CAP_RUN = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'-]+(?:\s+(?:de\s+|da\s+|al-)?[A-ZÁÉÍÓÚÑ][\w'-]+)+")
# Words allowed between a title-bearing mention and the person ("Russian Foreign Minister X").
_TITLE = re.compile(
    r"^(?:[\s,]|'s|\b(?:the|el|la|los|las|de|del|of|vice|deputy|acting|interim|"
    r"president|presidente|presidenta|vicepresident[ea]?|prime|primer|minister|ministra|ministro|"
    r"foreign|defen[cs]e|interior|affairs|exteriores|relaciones|defensa|secretary|secretario|"
    r"secretaria|state|estado|chancellor|canciller|leader|lider|supreme|supremo|king|rey|general|"
    r"gen\.|admiral|almirante|ambassador|embajador|envoy|enviado|spokesman|spokeswoman|"
    r"spokesperson|portavoz|vocero|vocera|counterpart|homologo|head|jefe|mandatario|opposition|"
    r"opositora?|top|diplomat|diplomatico|chief|commander|comandante)\b)*$"
)
# Adjectives and model names allowed between a demonym and its organ ("Russian Tu-160 bombers").
_FILLER = re.compile(
    r"^(?:[\w-]*\d[\w-]*|strategic|nuclear-capable|long-range|supersonic|heavy|naval|military|state|state-owned|"
    r"senior|top|special|elite|new|modern|national|federal|criminal|border|secret|riot|counter-terrorism|"
    r"counterterrorism|anti-terrorism|antiterrorism|anti-drug|cyber|financial|estrategicos?|militares|militar|"
    r"nucleares|supersonicos|modernos|nuevos|pesados|estatal|estatales|electorales|electoral|judiciales|judicial|"
    r"migratorias|sanitarias|aduaneras|penitenciarias)$")
_TOKEN = re.compile(r"[\w'-]+")


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    text: str
    country: str | None
    sector: str
    code: str
    kind: str
    preposition: str = ""  # folded preposition right before the mention ("in", "en", "from"), "" if none
    is_place: bool = False  # a place after a locative preposition ("in Washington", "en Caracas")
    group: bool = False  # an agent noun standing alone ("the protesters"): a group with no country


def _pick(sentence: str, hits: list[tuple[int, int, str]], on: dt.date | None) -> list[ActorMention]:
    """Leftmost-longest hits that name something; blocked phrases and places swallow what they cover."""
    chosen: list[ActorMention] = []
    for start, end, key in sorted(hits, key=lambda h: (h[0], h[0] - h[1])):
        if chosen and start < chosen[-1].end:
            continue
        alias = name(key, sentence[start:end], on)
        if alias is not None:
            country = None if alias.sector in STATELESS else alias.country
            chosen.append(ActorMention(start, end, sentence[start:end], country, alias.sector, alias.code, alias.kind))
    return chosen


@cache
def _fuzzy_names() -> dict[str, str]:
    """Folded long names of the overlay that misspellings are compared against (people, firms, IGOs)."""
    return {key: key for key, found in aliases().items() if len(key) >= FUZZY_MIN_LENGTH and " " in key
            and found[0].kind not in ("block", "demonym", "agent")}


def _fuzzy_mentions(sentence: str, folded: str, found: list[ActorMention],
                    on: dt.date | None) -> list[ActorMention]:
    """Capitalised runs no exact name covers, matched to a long overlay name by spelling."""
    out = []
    for run in _CAP_RUN.finditer(sentence):
        if any(m.start < run.end() and run.start() < m.end for m in found):
            continue
        words = list(re.finditer(r"\S+", sentence[run.start():run.end()]))
        for size in (3, 2):
            spans = [(run.start() + words[i].start(), run.start() + words[i + size - 1].end())
                     for i in range(len(words) - size + 1)]
            best = max(((process.extractOne(folded[s:e], _fuzzy_names(), scorer=fuzz.ratio,
                                            score_cutoff=FUZZY_CUTOFF), s, e) for s, e in spans),
                       key=lambda x: x[0][1] if x[0] else 0, default=(None, 0, 0))
            if best[0] is None:
                continue
            key, (s, e) = best[0][0], best[1:]
            alias = next((a for a in aliases()[key] if a.exact is None and a.valid(sentence[s:e], on)), None)
            if alias is not None:
                out.append(ActorMention(s, e, sentence[s:e], alias.country, alias.sector, alias.code, alias.kind))
            break
    return out


@cache
def _first_words(groups: bool) -> frozenset[str]:
    return frozenset(phrase.split(" ")[0] for phrase in (group_nouns() if groups else agent_nouns()))


def _noun_at(folded: str, pos: int, groups: bool = False) -> tuple[int, str] | None:
    """The longest agent noun (with ``groups``, group noun) starting at ``pos`` (up to five words): (end, sector)."""
    best, phrase, nouns, end = None, "", group_nouns() if groups else agent_nouns(), pos
    for i, token in enumerate(_TOKEN.finditer(folded, pos, min(len(folded), pos + 60))):
        if (i == 0 and token.start() != pos) or (i and not folded[end:token.start()].isspace()) or i == 5:
            break
        if i == 0 and token.group() not in _first_words(groups):
            return None  # no noun starts with this word
        phrase, end = f"{phrase} {token.group()}".strip(), token.end()
        if phrase in nouns:
            best = (end, nouns[phrase])
    return best


@cache
def _demonym_nouns() -> dict[str, str]:
    return {**people_groups(), **agent_nouns()}


def _people_at(folded: str, pos: int) -> tuple[int, str] | None:
    """A group noun a demonym describes, starting at ``pos`` ("Israeli students"): (end, sector)."""
    hit = _noun_at(folded, pos, groups=True)
    return hit if hit and folded[pos:hit[0]] in people_groups() else None


_VERB_AFTER = re.compile(r" [a-zñ]+[áéíóú]\b")  # "colombiano decretó": a preterite or future, not a noun


_ARTICLES = ("el ", "la ", "los ", "las ", "the ")


def _organ_after(folded: str, m: ActorMention, sentence: str) -> tuple[int, str] | None:
    """English: "Russian (Tu-160) bombers", "Russia's navy", "US warships" -> (end, sector)."""
    possessive = folded.startswith("'s ", m.end)
    if m.kind == "country" and not possessive and not re.search(r"[A-Z.]{2}$", m.text):
        return None  # "Russia sent bombers": a bare name is not an adjective
    pos = m.end + (3 if possessive else 1)
    if m.kind not in ANCHOR_KINDS or folded[m.end:pos] not in (" ", "'s ") or _VERB_AFTER.match(sentence, m.end) or (
            is_location(m.kind, preposition_before(folded, m.start)) and folded.startswith(_ARTICLES, pos)):
        return None  # a place then its subject: "en Caracas el presidente venezolano" ("at US bases" still joins)
    for _ in range(3):  # the noun itself, or up to two fillers before it
        hit = (_noun_at(folded, pos) or (_people_at(folded, pos) if m.kind == "demonym" else None)
               or office_after(sentence, pos))
        if hit:
            return hit
        word = re.match(r"[\w-]+ ", folded[pos:])
        if not word or not _FILLER.match(word.group().strip()):
            return None
        pos += word.end()
    return None


def _organ_before(folded: str, m: ActorMention) -> tuple[int, str] | None:
    """Spanish: "bombarderos (estratégicos) rusos", "las Fuerzas Armadas de Venezuela"."""
    if m.kind not in ANCHOR_KINDS:
        return None
    head = folded[max(0, m.start - 80):m.start]
    if m.kind != "demonym":
        of = next((w for w in (" de ", " del ", " of ") if head.endswith(w)), None)
        if of is None:
            return None
        head = head[:-len(of)] + " "
    tokens = list(_TOKEN.finditer(head))
    # A demonym also describes a group ("médicos nicaragüenses"): the group's people, not the state.
    nouns = _demonym_nouns() if m.kind == "demonym" else agent_nouns()
    offset = max(0, m.start - 80)
    for skip in range(3):  # up to two fillers between the noun and the demonym
        cut = len(tokens) - skip
        if cut < 1 or not all(_FILLER.match(t.group()) for t in tokens[cut:]):
            continue
        for n in range(min(5, cut), 0, -1):  # longest noun first
            start = offset + tokens[cut - n].start()
            phrase = " ".join(t.group() for t in tokens[cut - n:cut])
            owned = m.kind != "demonym" and cut - n > 0 and tokens[cut - n - 1].group() in _POSSESSIVES
            if phrase in nouns and re.fullmatch(r"[\w\s'-]*", head[start:]) and not owned:
                return start, nouns[phrase]
    return None


# "retiró sus tropas de Gaza", "withdrew its troops of ...": the troops are the subject's, "de X" is a place
_POSSESSIVES = frozenset({"su", "sus", "its", "their", "his", "her"})
_POSSESSIVE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_POSSESSIVES))}) $")


def _with_organs(sentence: str, folded: str, mentions: list[ActorMention]) -> list[ActorMention]:
    out = []
    for m in mentions:
        after, before = _organ_after(folded, m, sentence), _organ_before(folded, m)
        start, end, sector = m.start, m.end, m.sector
        if after:
            end, sector = after
        elif before:
            start, sector = before
        if (start, end) != (m.start, m.end) and not any(o.start < end and o.end > start for o in out):
            group = sector not in ORGAN_SECTORS  # "Nicaraguan doctors": the country's people, not an organ
            kind = SECTOR_KIND.get(sector, "group" if group or m.kind == "place" else m.kind)
            country = None if sector in STATELESS else m.country
            m = replace(m, start=start, end=end, text=sentence[start:end], sector=sector,
                        code=f"{m.country}{sector}" if m.country else sector, kind=kind, country=country,
                        group=group)
        out.append(m)
    out = _shared_organs(folded, out)
    return [m for m in out if not any(o is not m and o.start <= m.start and m.end <= o.end
                                      and (o.end - o.start) > (m.end - m.start) for o in out)]


def _people(sentence: str, folded: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """A plural demonym counted ("thousands of Palestinians", "miles de venezolanos") is the country's people
    (CVL), not its state; "300 Cuban doctors" is an adjective and stays."""
    lead = cue_regex("people_lead", r"\s+$")
    return [replace(m, sector="CVL", code=f"{m.country}CVL", kind="civilians", group=True)
            if m.kind == "demonym" and m.country and folded[m.end - 1:m.end] == "s"
            and lead.search(folded[max(0, m.start - 40):m.start]) else m
            for m in mentions]


def _shared_organs(folded: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """"American and European experts": the noun after the last demonym describes each of them."""
    out = list(mentions)
    for i in range(len(out) - 1, -1, -1):
        m, n = out[i], (out[i + 1] if i + 1 < len(out) else None)
        if m.kind != "demonym":
            continue
        sector = None
        if n is not None and n.kind in SECTOR_KIND.values() and folded[m.end:n.start] in (" and ", " y ", ", "):
            sector = n.sector
        elif other := re.match(r" (?:and|y) [\w-]+ ", folded[m.end:]):  # "American and European experts"
            hit = _noun_at(folded, m.end + other.end())
            sector = hit[1] if hit and (n is None or n.start >= hit[0]) else None
        if sector and sector != m.sector:
            out[i] = replace(m, sector=sector, kind=SECTOR_KIND.get(sector, m.kind),
                             country=None if sector in STATELESS else m.country,
                             code=f"{m.country}{sector}" if m.country else sector)
    return out


def _private_titled(folded: str, m: ActorMention) -> ActorMention:
    """"former president X", "candidate X", "el expresidente X": a person outside the state's offices."""
    if m.kind not in ("leader", "official", "government", "person") or not m.country:
        return m
    if not private_title_before().search(folded[max(0, m.start - 40):m.start]):
        return m
    return replace(m, sector="ELI", kind="elite", code=f"{m.country}ELI")


def _groups(sentence: str, folded: str, taken: list[ActorMention]) -> list[ActorMention]:
    """Agent nouns standing alone: a group with no country, as the field's coders write it ("los
    manifestantes" ~OPP, "two farmers" ~AGR). The dictionaries' broad English table counts only after an
    article or a number or opening the sentence; the project's own group nouns count anywhere."""
    lead, curated, out, firsts = cue_regex("group_lead", r"\s+$"), curated_groups(), [], _first_words(True)
    for token in _TOKEN.finditer(folded):
        pos = token.start()
        if token.group() not in firsts and token.end() <= pos + 60:  # (_noun_at reads 60 characters)
            continue  # no group noun starts with this word
        if (out and pos < out[-1].end) or any(m.start <= pos < m.end for m in taken):
            continue
        hit = _noun_at(folded, pos, groups=True)
        if hit is None or any(m.start < hit[0] and pos < m.end for m in taken):
            continue
        opening = not folded[:pos].strip(" \"'\u00ab\u201c(-")
        if folded[pos:hit[0]] not in curated and not opening and not lead.search(folded[max(0, pos - 25):pos]):
            continue
        end, sector = hit
        out.append(ActorMention(pos, end, sentence[pos:end], None, sector, sector, SECTOR_KIND.get(sector, "group"),
                                group=True))
    return out


def _modifier(folded: str, m: ActorMention) -> bool:
    """A bare agent noun next to another agent noun modifies it ("opposition activists", "activistas
    opositores", "government officials"): the phrase is one description, not an actor of its own."""
    after = _TOKEN.match(folded, m.end + 1) if folded[m.end:m.end + 1] == " " else None
    before = re.search(r"([\w'-]+) $", folded[max(0, m.start - 30):m.start])
    words = any_agent_words()
    return bool((after and after.group() in words) or (before and before.group(1) in words))


def _merge_pair(sentence: str, folded: str, a: ActorMention, b: ActorMention) -> ActorMention | None:
    """Join "Venezuelan President Nicolás Maduro", "Venezuela's National Assembly", "el gobierno de Maduro"."""
    gap = folded[a.end:b.start]
    bare_name = gap == " " and a.kind == "country" and b.sector == "MIL" and not b.text[:1].isupper() \
        and not re.search(r"[A-Z.]{2}$", a.text)  # "Envió Rusia tropas": the troops are sent ("US troops" merge)
    if a.country and b.country is None and b.kind not in ("igo", "ngo") and gap in ("'s ", " ") and not bare_name:
        return replace(b, start=a.start, text=sentence[a.start:b.end], country=a.country,
                       code=f"{a.country}{b.sector}")
    owned = _POSSESSIVE_BEFORE.search(folded, max(0, a.start - 8), a.start) is not None
    if b.country and a.country is None and a.kind not in ("igo", "ngo") and gap in (" de ", " del ", " of ") \
            and not owned:  # "retiró sus tropas de Siria": the subject's troops, leaving Syria
        return replace(a, end=b.end, text=sentence[a.start:b.end], country=b.country,
                       code=f"{b.country}{a.sector}")
    if a.kind == "agent" and b.kind not in ("agent", "place") and gap == " ":
        return replace(b, start=a.start, text=sentence[a.start:b.end])  # "opposition leader Machado"
    if a.country is None or a.country != b.country or len(gap) > 60 or not _TITLE.match(gap) \
            or is_location(a.kind, preposition_before(folded, a.start)):  # "en Moscú los presidentes de Rusia"
        return None
    best = max((a, b), key=lambda m: KIND_RANK.get(m.kind, 9))
    return replace(best, start=a.start, end=b.end, text=sentence[a.start:b.end])


def _merged(sentence: str, folded: str, mentions: list[ActorMention]) -> list[ActorMention]:
    out: list[ActorMention] = []
    for m in mentions:
        joined = _merge_pair(sentence, folded, out[-1], m) if out else None
        if joined is not None:
            out[-1] = joined
        else:
            out.append(m)
    return out


def find_actors(sentence: str, on: dt.date | None = None, language: str | None = None,
                folded: str | None = None) -> list[ActorMention]:
    """Actor mentions in reading order; leaders and officials resolve on ``on`` (None: the most recent tenure).
    A sentence the discard list excludes (sports, entertainment) has none. ``language`` (None: English or
    Spanish) says which ordinary words a lone surname must not be; ``folded`` is ``fold(sentence)``, if known."""
    on = on.date() if isinstance(on, dt.datetime) else on
    folded = fold(sentence) if folded is None else folded
    hits = without_capitals_words(sentence, phrase_hits(folded, sentence), language)
    if discarded(folded, hits) is not None:
        return []
    raw = _pick(sentence, hits, on)
    raw = raw + _fuzzy_mentions(sentence, folded, [m for m in raw if m.kind != "place"], on)
    taken = [(s, e) for s, e, _ in hits] + [(m.start, m.end) for m in raw]
    raw = sorted(raw + _surnames(sentence, taken, on, language), key=lambda m: m.start)
    spans = [(m.start, m.end) for m in raw if m.kind not in ("place", "block")]
    blocks = [m for m in raw if m.kind == "block"]  # "persona non grata": no group noun inside either
    raw = [m for m in raw if m.kind != "block" and (not inside_name(sentence, m.start, m.end, m.kind, spans)
                                                    or _titled_demonym(sentence, folded, m))]
    named = _people(sentence, folded, _with_organs(sentence, folded, [m for m in raw if m.kind != "agent"]))
    mentions = [m for m in named if m.kind != "place"]  # a place is an actor only through an organ
    covered = [m for m in raw if m.kind == "agent" and not _modifier(folded, m)
               and not any(o.start < m.end and m.start < o.end for o in named)]
    groups = _groups(sentence, folded, raw + named + covered + blocks)
    merged = former_of(folded, _merged(sentence, folded, sorted(mentions + covered + groups, key=lambda m: m.start)))
    return [_with_preposition(folded, _private_titled(folded, m)) for m in merged
            if not (m.kind in ("country", "demonym") and not_the_state(folded, m.start, m.end))]


def _titled_demonym(sentence: str, folded: str, m: ActorMention) -> bool:
    """"el viceprimer ministro chino Liu He": a lower-case demonym after an office, not part of the name."""
    return m.kind == "demonym" and sentence[m.start:m.start + 1].islower() and _organ_before(folded, m) is not None


def _surnames(sentence: str, taken: list[tuple[int, int]], on: dt.date | None,
              language: str | None) -> list[ActorMention]:
    """Officials named by surname alone ("Shultz said"), as :mod:`flows.normalize.surnames` reads them."""
    out = []
    for start, end, code in surname_spans(sentence, taken, on, language):
        country, sector = code_parts(code)
        out.append(ActorMention(start, end, sentence[start:end], country, sector, code, "official"))
    return out


def _with_preposition(folded: str, m: ActorMention) -> ActorMention:
    word = preposition_before(folded, m.start)
    if not word:
        return m
    # dataclasses.replace's field walk costs more than the copy; most mentions pass here
    return ActorMention(**{**vars(m), "preposition": word, "is_place": is_location(m.kind, word)})
