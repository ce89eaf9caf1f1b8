"""The validation-record reader and scorer of benchmarks/validation_records.py, on a tiny file written here
(sentences of our own), with figures computed by hand; and the keyword floor of benchmarks/keyword_floor.py."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from benchmarks.keyword_floor import KEYWORDS_CSV, floor_events
from benchmarks.validation_records import (
    Actor,
    figures,
    parse_actor_code,
    parse_event_code,
    predictions,
    read_records,
    score,
)
from flows.reference import event_types, vocabulary

SECTORS = vocabulary()["sectors"]

# s1: two events, actors coded; s2: no event, story tag before the text; s3: not to be evaluated;
# s4: codes without actors (a set of roots, a range of codes); s5: an IGO and a bare state;
# s6: a sector without country; s7: no event.
XML = """<?xml version="1.0" ?>
<Validation>
<Environment><Verbfile>none</Verbfile></Environment>
<Sentences>
<Sentence category="t" date="20050304" evaluate="true" id="s1">
<EventText eid="0" eventtext="marcharon" sourcetext="Estudiantes bolivianos" targettext="Peru"/>
<EventCoding eid="0" eventcode="141_Demonstrate_or_rally" plover="" sourcecode="BOLEDU" targetcode="PERGOV"/>
<EventCoding eid="1" eventcode="130_threaten" plover="" sourcecode="~LAB" targetcode=""/>
<Text>
Estudiantes bolivianos   marcharon ante la embajada de Peru
y los sindicatos amenazaron con una huelga.
</Text>
<Parse>
1\tEstudiantes\testudiante\tNOUN\tNOUN\t_\t3\tnsubj\t_\t_
</Parse>
</Sentence>
<Sentence category="t" date="20181220" evaluate="true" id="s2">
<Text>
20050305\t20050305_ABC_P1_9 | Llovio toda la tarde sobre la ciudad .
</Text>
</Sentence>
<Sentence category="t" date="20050306" evaluate="false" id="s3">
<EventCoding eid="E1" eventcode="14" plover="PROTEST" sourcecode="---" targetcode="---"/>
<Text>Una frase que el conjunto no evalua.</Text>
</Sentence>
<Sentence category="t" date="20050307" evaluate="True" id="s4">
<EventCoding eid="E1" eventcode="18/19/20" plover="ASSAULT" sourcecode="---" targetcode="---"/>
<EventCoding eid="E2" eventcode="081-083" plover="CONCEDE" sourcecode="---" targetcode="---"/>
<Text>Hubo choques en el puerto y luego el gobierno levanto el toque de queda.</Text>
</Sentence>
<Sentence category="t" date="20050308" evaluate="true" id="s5">
<EventCoding eid="0" eventcode="111_Criticize" plover="" sourcecode="IGOUNO" targetcode="CHL"/>
<Text>Naciones Unidas critico a Chile por la represion.</Text>
</Sentence>
<Sentence category="t" date="20050309" evaluate="true" id="s6">
<EventCoding eid="0" eventcode="190_use_force" plover="" sourcecode="~REB" targetcode="COLGOV"/>
<Text>Rebeldes atacaron una base del gobierno colombiano.</Text>
</Sentence>
<Sentence category="t" date="20050310" evaluate="true" id="s7">
<Text>El mercado abrio con calma.</Text>
</Sentence>
</Sentences>
</Validation>
"""


def event(key: str, source: tuple, target: tuple, cameo: str, negated: bool = False) -> dict:
    side = lambda a: {"text": "x", "country": a[0], "sector": a[1]}  # noqa: E731
    return {"id": f"tiny.xml#{key}", "source": side(source), "target": side(target), "cameo": cameo,
            "negated": negated}


# Hand-written predictions (not produced by any coder): what each record's figures below assume.
PREDICTED = [
    event("s1", ("BOL", "EDU"), ("PER", "GOV"), "141"),  # event 0 exactly
    event("s1", (None, "LAB"), ("BOL", "GOV"), "143"),  # root 14, so not event 1 (13); its source is right
    event("s1", (None, "LAB"), (None, None), "130", negated=True),  # negated: not counted
    event("s2", ("ESP", "GOV"), ("FRA", "GOV"), "190"),  # an event in a no-event sentence
    event("s4", (None, None), ("COL", "GOV"), "193"),  # root 19 of 18/19/20
    event("s4", ("COL", "GOV"), (None, None), "082"),  # inside the range 081-083
    event("s5", (None, "IGO"), ("CHL", "GOV"), "112"),  # root 11 right, code 111 wrong; IGO and bare state
    event("s5", (None, "IGO"), ("CHL", "GOV"), "112"),  # a repeat: counted once
    event("s6", ("COL", "REB"), ("COL", "MIL"), "190"),  # source has a country the gold has not
]


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.xml"
    path.write_text(XML, encoding="utf-8")
    return path


def test_event_codes() -> None:
    assert parse_event_code("140_Engage_in_political_dissent") == ({"14"}, {"140"})
    assert parse_event_code("1823_Kill_by_physical_assault") == ({"18"}, {"1823"})
    assert parse_event_code("14_PROTEST_") == ({"14"}, set())
    assert parse_event_code("14") == ({"14"}, set())
    assert parse_event_code("18/19/20") == ({"18", "19", "20"}, set())
    assert parse_event_code("081-083") == ({"08"}, {"081", "082", "083"})
    assert parse_event_code("") == (set(), set())
    assert parse_event_code("country") == (set(), set())


def test_actor_codes() -> None:
    assert parse_actor_code("COLREB", SECTORS) == Actor("COL", "REB")
    assert parse_actor_code("BRAELICHRCTH", SECTORS) == Actor("BRA", "ELI")
    assert parse_actor_code("PSE", SECTORS) == Actor("PSE", None)
    assert parse_actor_code("~CVLUAF", SECTORS) == Actor(None, "CVL")
    assert parse_actor_code("IGOREL", SECTORS) == Actor(None, "IGO")
    assert parse_actor_code("CRM", SECTORS) == Actor(None, "CRM")
    for not_coded in ("", "---", "X", "~"):
        assert parse_actor_code(not_coded, SECTORS) is None


def test_reader(tiny: Path) -> None:
    records, skipped = read_records(tiny, SECTORS)
    assert skipped == 1
    assert [r.id for r in records] == ["s1", "s2", "s4", "s5", "s6", "s7"]
    s1, s2 = records[0], records[1]
    assert s1.text == ("Estudiantes bolivianos marcharon ante la embajada de Peru y los sindicatos "
                       "amenazaron con una huelga.")
    assert s1.date == "2005-03-04" and s1.key == "tiny.xml#s1"
    assert [(set(e.roots), set(e.codes), e.source, e.target) for e in s1.events] == [
        ({"14"}, {"141"}, Actor("BOL", "EDU"), Actor("PER", "GOV")), ({"13"}, {"130"}, Actor(None, "LAB"), None)]
    assert (s2.text, s2.date, s2.events) == ("Llovio toda la tarde sobre la ciudad .", "2005-03-05", ())


def test_scores_by_hand(tiny: Path) -> None:
    records, _ = read_records(tiny, SECTORS)
    by_key = predictions(PREDICTED)
    assert len(by_key["tiny.xml#s5"]) == 1 and len(by_key["tiny.xml#s1"]) == 2
    counts = score(records, by_key)
    # CAMEO events: s1 2, s4 2, s5 1, s6 1; roots found: s1 1 (14), s4 2, s5 1, s6 1.
    # Specific codes: 141, 130, 081-083, 111, 190; found: 141, 082, 190.
    # Event F1 records: s1, s2, s5, s6, s7 (s4 codes no actor): gold 4, predictions 2 + 1 + 1 + 1 = 5,
    # matched: s1's 141 and s5's IGO -> CHL (root 11); s6's source COL never matches ~REB.
    # Sources coded 4 (BOLEDU, ~LAB, IGOUNO, ~REB), found 3; targets coded 3 (PERGOV, CHL, COLGOV), found 2
    # (CHL accepts CHL GOV; COLGOV is not COL MIL). No-event records 2 (s2, s7), 1 given an event.
    assert figures(counts) == pytest.approx({
        "root_accuracy": 5 / 6, "exact_accuracy": 3 / 5, "event_f1": 2 * 2 / (4 + 5), "recall": 2 / 4,
        "precision": 2 / 5, "source_accuracy": 3 / 4, "target_accuracy": 2 / 3, "no_event_share": 1 / 2})
    assert (counts["records"], counts["f1_records"], counts["no_event"]) == (6, 5, 2)


def test_no_predictions_scores_zero_not_missing(tiny: Path) -> None:
    records, _ = read_records(tiny, SECTORS)
    result = figures(score(records, {}))
    assert result["root_accuracy"] == 0 and result["event_f1"] == 0 and result["recall"] == 0
    assert result["precision"] is None  # nothing predicted: precision is not defined
    assert result["no_event_share"] == 0


def test_floor_first_keyword_row_and_first_two_actors() -> None:
    # The attack stem comes before the threat stem in the keyword file, whatever the text order.
    (only,) = floor_events("a", "Rusia amenazó a Ucrania y después atacó sus puertos.", "2019-05-01")
    assert only["cameo"] == "190" and not only["negated"]
    assert (only["source"]["country"], only["target"]["country"]) == ("RUS", "UKR")


def test_floor_needs_a_keyword_not_an_actor() -> None:
    assert floor_events("b", "Llovió en Madrid durante la tarde.") == []
    (only,) = floor_events("c", "Miles marcharon por el centro de la capital.")
    assert only["cameo"] == "141"
    assert only["source"]["country"] is None and only["target"]["country"] is None


def test_floor_keyword_codes_are_cameo_codes() -> None:
    with open(KEYWORDS_CSV, newline="", encoding="utf-8") as f:
        codes = [row["cameo"] for row in csv.DictReader(f)]
    assert codes and all(code in event_types() for code in codes)
    assert len(codes) == len(set(codes))
