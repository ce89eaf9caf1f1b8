"""Spanish UniversalPetrarch validation records (``*.xml``): reader and scorer of a text coder's events.

A record is one ``<Sentence>`` with its ``<Text>`` and zero or more ``<EventCoding eventcode=...
sourcecode=... targetcode=...>`` gold events (the ``<Parse>`` block is ignored). Reading rules:

- ``evaluate="true"`` marks a record the set's authors score; ``evaluate="false"`` marks one their own
  validator skips (their reader drops it before coding). Skipped records are counted, never scored.
- A record with no ``<EventCoding>`` is a **no-event sentence**: the annotators coded nothing in it.
- Text: whitespace collapsed. A leading ``YYYYMMDD<tab>ID | `` tag (story date and story id, written
  into the text of some files) is removed, and its date is the record's date, because in those files
  the ``date`` attribute is the day the file was built. Otherwise the ``date`` attribute is the date.
- ``eventcode``: the digits before the first ``_`` ("140_Engage_in_political_dissent" -> 140). Two
  digits is a root only ("14"); three or four digits a specific code whose root is its first two;
  "18/19/20" a set of roots; "081-083" a range of specific codes (081, 082, 083; root 08). Anything
  else (empty, as for PLOVER's CRIME, or not a code) has no CAMEO code: such an event is counted as
  a gold event of its record but enters no CAMEO measure.
- Actor codes (CAMEO): 3-letter blocks. Empty, ``---`` or a code that is not whole 3-letter blocks
  ("X") is **not coded**. ``~XXX`` has no country: sector XXX. A first block that is one of the
  project's sector codes (``flows/reference/vocabulary.json``: IGO, NGO, CRM, MIL, ...) is a sector
  without country ("IGOUNO" and "IGOREL" -> sector IGO). Otherwise the first block is the country
  and the second, if any, the sector ("COLREB" -> COL + REB; "PSE" -> PSE with no sector).

Scoring rules (predictions are ``allywatch extract`` objects; ``negated: true`` ones are not counted;
repeats of one (source, target, code) in a record count once):

- **CAMEO root accuracy**: share of gold events with a CAMEO code whose root (or one of whose roots)
  is the root (first two digits of ``cameo``) of a prediction in the same record.
- **Exact-code accuracy**: share of gold events with a specific code (or range) for which a
  prediction in the record has that code exactly. Root-only gold events are left out of this one.
- **Event F1** on (source, target, root). An actor's key is its country when it has one, else its
  sector (``~REB``, ``~IGO``): so an actor without a country (IGO, sector-only code) matches on the
  sector or IGO code, and a predicted actor with a country never matches one without. The extract
  contract carries no organisation code, so which IGO is not checked. A side the annotators left
  not coded accepts any predicted actor. A prediction matches a gold event of its record when its
  root is one of the event's roots and both sides match; each gold event and each prediction is
  matched at most once (predictions in output order, each to the first gold event it fits).
  Records enter the F1 when at least one of their gold events codes an actor, or when they are
  no-event sentences; records whose events code no actor at all measure only the CAMEO codes.
  Recall = matched gold events with a CAMEO code / those events; precision = matched predictions
  / predictions in those records.
- **Source (target) actor accuracy**: share of gold events with a coded source (target) for which
  some prediction of the record has the same source (target): the same country (both none counts
  as the same) and the same sector, where a bare country code ("PSE") also accepts the sector GOV
  (the extract contract writes a state named as a whole as its government).
- **No-event share**: share of no-event records with at least one prediction.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

_TAG = re.compile(r"^(\d{8})\t\S+ \| ")  # "20011015<tab>20011015_NYN_P1_P17958 | " before the text
_CODE = re.compile(r"^\d{2,4}$")
_RANGE = re.compile(r"^(\d{3})-(\d{3})$")
_BLOCKS = re.compile(r"^(?:[A-Z]{3})+$")


@dataclass(frozen=True)
class Actor:
    country: str | None
    sector: str | None


@dataclass(frozen=True)
class GoldEvent:
    roots: frozenset[str]  # empty: no CAMEO code
    codes: frozenset[str]  # specific codes; empty for a root-only code
    source: Actor | None  # None: not coded by the annotators
    target: Actor | None


@dataclass(frozen=True)
class Record:
    id: str
    file: str
    text: str
    date: str | None  # YYYY-MM-DD
    events: tuple[GoldEvent, ...]

    @property
    def key(self) -> str:
        """Unique over files (a few sentences are coded in two files under one id)."""
        return f"{self.file}#{self.id}"


@dataclass(frozen=True)
class Predicted:
    source: Actor
    target: Actor
    cameo: str


def parse_event_code(raw: str) -> tuple[frozenset[str], frozenset[str]]:
    """(roots, specific codes) of an ``eventcode`` attribute."""
    token = (raw or "").strip().split("_", 1)[0]
    if _CODE.match(token):
        return frozenset({token[:2]}), frozenset() if len(token) == 2 else frozenset({token})
    parts = token.split("/")
    if len(parts) > 1 and all(re.fullmatch(r"\d{2}", p) for p in parts):
        return frozenset(parts), frozenset()
    span = _RANGE.match(token)
    if span and span[1][:2] == span[2][:2] and span[1] <= span[2]:
        codes = frozenset(f"{n:03d}" for n in range(int(span[1]), int(span[2]) + 1))
        return frozenset({span[1][:2]}), codes
    return frozenset(), frozenset()


def parse_actor_code(raw: str, sectors: Iterable[str]) -> Actor | None:
    """The country and sector of a CAMEO actor code; None when the annotators coded no actor."""
    code = (raw or "").strip()
    stateless = code.startswith("~")
    body = code.lstrip("~")
    if not _BLOCKS.match(body):
        return None
    blocks = [body[i:i + 3] for i in range(0, len(body), 3)]
    if stateless or blocks[0] in set(sectors):
        return Actor(None, blocks[0])
    return Actor(blocks[0], blocks[1] if len(blocks) > 1 else None)


def _text_and_date(sentence: ET.Element) -> tuple[str, str | None]:
    text = (sentence.findtext("Text") or "").strip()
    tag = _TAG.match(text)
    day = tag[1] if tag else (sentence.get("date") or "")
    date = f"{day[:4]}-{day[4:6]}-{day[6:8]}" if re.fullmatch(r"\d{8}", day) else None
    return " ".join(text[tag.end() if tag else 0:].split()), date


def read_records(path: Path, sectors: Iterable[str]) -> tuple[list[Record], int]:
    """The records of one validation file to score, and how many it marks evaluate="false"."""
    sectors = frozenset(sectors)
    records, skipped = [], 0
    for sentence in ET.parse(path).getroot().iter("Sentence"):
        if (sentence.get("evaluate") or "").strip().lower() != "true":
            skipped += 1
            continue
        events = tuple(
            GoldEvent(*parse_event_code(coding.get("eventcode", "")),
                      parse_actor_code(coding.get("sourcecode", ""), sectors),
                      parse_actor_code(coding.get("targetcode", ""), sectors))
            for coding in sentence.findall("EventCoding"))
        text, date = _text_and_date(sentence)
        records.append(Record(sentence.get("id") or "", path.name, text, date, events))
    return records, skipped


def predictions(objects: Iterable[Mapping]) -> dict[str, list[Predicted]]:
    """Counted predictions by record key (the objects' "id") from extract-contract objects (negated ones dropped)."""
    def actor(side: object) -> Actor:
        side = side if isinstance(side, Mapping) else {}
        return Actor(side.get("country") or None, side.get("sector") or None)

    out: dict[str, list[Predicted]] = {}
    for obj in objects:
        if obj.get("negated") is True or not obj.get("cameo"):
            continue
        event = Predicted(actor(obj.get("source")), actor(obj.get("target")), str(obj["cameo"]))
        found = out.setdefault(str(obj.get("id")), [])
        if event not in found:
            found.append(event)
    return out


def _key(actor: Actor) -> str | None:
    return actor.country or (f"~{actor.sector}" if actor.sector else None)


def _side_fits(gold: Actor | None, predicted: Actor) -> bool:
    return gold is None or _key(gold) == _key(predicted)


def same_actor(gold: Actor, predicted: Actor) -> bool:
    if gold.country != predicted.country:
        return False
    bare_state = gold.country is not None and gold.sector is None
    return gold.sector == predicted.sector or (bare_state and predicted.sector == "GOV")


def _f1_counts(events: tuple[GoldEvent, ...], preds: list[Predicted]) -> Counter:
    gold = [e for e in events if e.roots]
    matched = [False] * len(gold)
    tp = 0
    for p in preds:
        for i, e in enumerate(gold):
            if not matched[i] and p.cameo[:2] in e.roots and _side_fits(e.source, p.source) \
                    and _side_fits(e.target, p.target):
                matched[i] = True
                tp += 1
                break
    return Counter(f1_records=1, f1_gold=len(gold), f1_pred=len(preds), f1_tp=tp)


def score_record(record: Record, preds: list[Predicted]) -> Counter:
    """Counts for one record; add the counters of all records and pass them to ``figures``."""
    roots = {p.cameo[:2] for p in preds}
    codes = {p.cameo for p in preds}
    counts = Counter(records=1, gold=len(record.events))
    for e in record.events:
        counts.update(cameo=bool(e.roots), root_hit=bool(e.roots & roots),
                      exact=bool(e.codes), exact_hit=bool(e.codes & codes),
                      source=e.source is not None, target=e.target is not None,
                      source_hit=e.source is not None and any(same_actor(e.source, p.source) for p in preds),
                      target_hit=e.target is not None and any(same_actor(e.target, p.target) for p in preds))
    if not record.events or any(e.source or e.target for e in record.events):
        counts.update(_f1_counts(record.events, preds))
    if not record.events:
        counts.update(no_event=1, no_event_fired=bool(preds))
    return counts


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def figures(counts: Counter) -> dict[str, float | None]:
    """The measures of the module docstring from summed ``score_record`` counts (None: nothing to measure)."""
    f1_total = counts["f1_gold"] + counts["f1_pred"]
    return {"root_accuracy": _share(counts["root_hit"], counts["cameo"]),
            "exact_accuracy": _share(counts["exact_hit"], counts["exact"]),
            "event_f1": _share(2 * counts["f1_tp"], f1_total),  # 2TP / (2TP + FP + FN)
            "recall": _share(counts["f1_tp"], counts["f1_gold"]),
            "precision": _share(counts["f1_tp"], counts["f1_pred"]),
            "source_accuracy": _share(counts["source_hit"], counts["source"]),
            "target_accuracy": _share(counts["target_hit"], counts["target"]),
            "no_event_share": _share(counts["no_event_fired"], counts["no_event"])}


def score(records: Iterable[Record], by_key: Mapping[str, list[Predicted]]) -> Counter:
    total: Counter = Counter()
    for record in records:
        total.update(score_record(record, by_key.get(record.key, [])))
    return total


__all__ = ["Actor", "GoldEvent", "Predicted", "Record", "figures", "parse_actor_code", "parse_event_code",
           "predictions", "read_records", "same_actor", "score", "score_record"]
