"""What was sent, asked for, cut or threatened: object terms and the sub-code they decide.

A trigger coded ``NN*`` ("send" -> ``07*``) takes its code from the first object term after it
(``object_terms.csv`` gives the class, ``object_codes.csv`` the code for family and class); a dollar
amount counts as money. The object terms are found by the same lexicon scan as the triggers.
"""
from __future__ import annotations

import re
from functools import cache

from flows.normalize.amounts import amount_text
from flows.normalize.gazetteer import read_data
from flows.normalize.modality import cue_words
from flows.normalize.tokens import Token
from flows.normalize.verbdict import Hit
from flows.reference import event_types

Object = tuple[int, int, str]  # (character start, character end, class)


@cache
def object_codes() -> dict[tuple[str, str], str]:
    return {(r["family"], r["object_class"]): r["cameo"] for r in read_data("object_codes.csv")}


def object_hits(hits: list[Hit], tokens: list[Token], verbs: set[int]) -> list[Object]:
    """Longest object term at each place, as character spans; overlaps resolved leftmost-longest.

    A word used as a verb is no object ("enviar" is not "enviado", an envoy, though both lemmatize alike).
    """
    spans = sorted(((h.start, h.end, cls) for h in hits if h.start not in verbs for cls in h.info.objects[:1]),
                   key=lambda s: (s[0], s[0] - s[1]))
    out: list[Object] = []
    last = -1
    for start, end, cls in spans:
        if start >= last:
            out.append((tokens[start].start, tokens[end - 1].end, cls))
            last = end
    return out


def find_objects(found: list[Object], folded: str, lo: int, hi: int, skip: list[tuple[int, int]]) -> list[Object]:
    """Object terms in folded[lo:hi] outside actor names; a dollar amount counts as money. A vehicle carrying
    goods gives way to them ("un avión ruso con 40 toneladas de medicinas": relief, not a warplane)."""
    out = [o for o in found if lo <= o[0] and o[1] <= hi and not any(a <= o[0] < b for a, b in skip)]
    out = [o for i, o in enumerate(out) if not (i + 1 < len(out) and _VEHICLE.search(folded, o[0], o[1])
                                                and _CARRYING.match(folded, o[1], out[i + 1][0]))]
    amount = amount_text(folded[lo:hi])
    if amount:
        start = folded.find(amount, lo, hi)
        if not any(o[0] <= start < o[1] for o in out):
            out.append((start, start + len(amount), "money"))
    return sorted(out)


_VEHICLE = re.compile(r"\b(?:planes?|aircraft|jets?|helicopters?|ships?|vessels?|avion|aviones|buques?|barcos?)\b")
# from a vehicle to the goods it carries: "planes carrying", "a ship loaded with", "un avión ruso con 40 toneladas de"
_CARRYING = re.compile(r"(?:\s+[\w-]+)?\s+(?:carrying|loaded with|laden with|with|con|cargad[oa]s? (?:de|con)|"
                       r"que (?:transportaba|transportaban|llevaba|llevaban))(?:\s+[\w.,$-]+){0,4}?\s+$")


def object_class(classes: list[str], family: str) -> tuple[str, bool]:
    """The object class that decides the sub-code, and whether the goods are energy.

    The first specific class wins over vague ones ("$20 million in humanitarian aid" is humanitarian,
    "help to rebuild its oil industry" is energy); threats and demands prefer sanctions or force.
    """
    if family in ("10", "13") and (coercive := [c for c in classes if c in ("sanctions", "force")]):
        return coercive[0], False
    specific = [c for c in classes if c not in ("aid", "money")]
    cls = specific[0] if specific else ("economic" if "money" in classes else (classes or [""])[0])
    energy = cls == "energy" or ("energy" in classes and cls in ("economic", "econcoop", "commerce", "aid"))
    return cls, energy


# what makes shipped energy aid rather than trade: a word of aid, credit or gift, or installations ("sent to help
# repair Pakistan's refineries") rather than goods
_NOT_TRADE = frozenset({"aid", "humanitarian", "economic", "money", "donation", "works"})
# verbs of giving: what they send is a gift ("donó a Cuba petróleo" stays aid)
_GIVING = frozenset({"donate", "gift", "give", "donar", "regalar", "obsequiar", "dar"})
_WORKS = re.compile(r"refiner|oil ?fields?|campos? petroler|plants?\b|plantas?\b")


def object_classes(trigger_key: str, objects: list[Object], folded: str) -> list[str]:
    """The classes of a trigger's objects; a verb of giving adds the donation it tells of, energy installations
    the works they are."""
    works = any(o[2] == "energy" and _WORKS.match(folded, o[0]) for o in objects)
    return [o[2] for o in objects] + (["donation"] if trigger_key in _GIVING else []) + (["works"] if works else [])


THREAT_OF = {"17": "130", "18": "138", "19": "138", "20": "138"}


def resolve_code(code: str, classes: list[str], inner: list[str], military_source: bool,
                 modal: bool) -> tuple[str, bool]:
    """CAMEO code and energy flag of a trigger given its objects, the codes it governs and modality.

    ``inner`` are the codes of the verbs it governs ("refused to send": 07x); ``military_source``
    says the subject is an armed force ("Russian bombers landed in Caracas": the subject is the object).
    """
    family = code.rstrip("*")[:2] if code[:1] != "M" else "M"
    if family == "03" and inner and inner[0][:2] in THREAT_OF:  # "vowed to attack Taiwan", "prometió aplastar":
        return THREAT_OF[inner[0][:2]], False  # an intent to use force or coercion is a threat of it
    cls, energy = object_class(classes, family)
    if family == "07" and cls == "energy" and not _NOT_TRADE & set(classes):
        cls = "energy_trade"  # "PDVSA envió a Cuba crudo": oil shipped with no word of aid is trade (061)
    if family == "M" and "fleet" in classes:
        cls = "milcoop"  # "a frigate and a submarine docked in Havana": a port call, military cooperation (062)
    elif cls in ("forces", "fleet"):
        cls = "military"  # "sent troops to", "asked for warships", "troops landed in": military aid
    if not cls and inner:  # "refused to send" with no object: the inner verb's kind
        kind = event_types().get(inner[0].rstrip("*"))
        cls = "meeting" if inner[0][:2] in ("04", "M*") else (kind.support_category or "" if kind else "")
    if not cls and military_source:
        cls = "military"
    if cls == "military" and inner and inner[0][:2] == "08":
        cls = "deescalation"  # "urged Moscow to withdraw its troops": asked to pull forces out, not to send them
    codes = object_codes()
    if modal:
        code = codes.get(("modal", code)) or codes.get(("modal", family)) or code
    if "06" in {family, *(c[:2] for c in inner)}:  # cooperating, not giving
        cls = {"military": "milcoop", "economic": "econcoop", "energy": "econcoop"}.get(cls, cls)
    vague = {codes.get((family, "")), codes.get((family, "aid"))}
    if not code.endswith("*") and not (cls and code in vague):  # "requested a loan": 023 -> 0231
        return code, energy
    family = code.rstrip("*")[:2]
    # trade is economic cooperation wherever the table names no code of its own (only a cut, 163, does); energy
    # traded reads as energy outside the shipping family ("enviará petróleo" as an intent: 0331)
    return codes.get((family, cls)) or codes.get((family, _READ_AS.get(cls, ""))) or codes[(family, "")], energy


_READ_AS = {"commerce": "econcoop", "energy_trade": "energy"}


def phrase_end(folded: str, pos: int) -> int:
    """End of the noun phrase an object term starts ("Tu-160" -> "Tu-160 bombers")."""
    return _phrase_rest().match(folded, pos).end()


@cache
def _phrase_rest() -> re.Pattern[str]:
    """Words that go on a noun phrase, up to a stop word; built once from the cue table."""
    stop = "|".join(cue_words("phrase_stop"))
    return re.compile(rf"(?:\s+(?!(?:{stop})\b)[\w$.-]*\w)*")
