"""The converter of the field's dictionaries: formats, edge cases and a byte-identical rebuild."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from flows.normalize.lexicon import LEXICON_DIR
from scripts.build_lexicon import build_all
from scripts.lexicon_actors import DATA_DIR, clean, country_codes, countryless_officials, demonym_plurals, split_code
from scripts.lexicon_formats import (
    Restriction,
    english_plural,
    parse_date,
    parse_restriction,
    read_actors,
    read_agents,
    read_discards,
    spanish_plural,
)
from scripts.lexicon_places import PlaceNames

SOURCE_ENV = "ALLYWATCH_LEXICON_SOURCE"


def test_dates_read_both_widths_and_the_two_digit_century_rule() -> None:
    assert parse_date("060901") == dt.date(2006, 9, 1)
    assert parse_date("301231") == dt.date(2030, 12, 31)  # 00-30 is 20YY
    assert parse_date("791227") == dt.date(1979, 12, 27)
    assert parse_date("20020414") == dt.date(2002, 4, 14)
    with pytest.raises(ValueError):
        parse_date("20100931")


@pytest.mark.parametrize(("body", "expected"), [
    ("VENGOV", Restriction("VENGOV", None, None)),
    ("VENGOV >060901", Restriction("VENGOV", dt.date(2006, 9, 1), None)),
    ("RUSELI <991231", Restriction("RUSELI", None, dt.date(1999, 12, 31))),
    ("AFGGOV 791227-861124", Restriction("AFGGOV", dt.date(1979, 12, 27), dt.date(1986, 11, 24))),
    ("---", None),
    ("XYZGOV 20100931-20110101", None),
])
def test_restrictions(body: str, expected: Restriction | None) -> None:
    assert parse_restriction(body) == expected


def test_actor_records_synonyms_inline_and_tabbed_codes_and_comments() -> None:
    lines = [
        "# a comment line",
        "RUSSIA_  [RUS]  # the country",
        "+RUSSIAN_",
        "+MOSCOW_",
        "JOHN_DOE_SMITH_  # CountryInfo.txt",
        "\t[RUSELI 700101-991231]",
        "\t[RUSGOV >000101]",
        "\t[RUSELI]",
        "NOBODY_WITHOUT_CODES_",
        "+SOME_SYNONYM",
        "IGO_THING_ [IGOUNO] [IGOUNOKID >050501]",
    ]
    records = list(read_actors(lines))
    assert records[0].phrases == ("RUSSIA", "RUSSIAN", "MOSCOW")
    assert records[0].restrictions == (Restriction("RUS", None, None),)
    assert [r.code for r in records[1].restrictions] == ["RUSELI", "RUSGOV", "RUSELI"]
    assert records[1].restrictions[1].start == dt.date(2000, 1, 1) and records[1].restrictions[1].end is None
    assert all("NOBODY WITHOUT CODES" not in r.phrases for r in records)  # no code: names nothing
    assert [r.code for r in records[2].restrictions] == ["IGOUNO", "IGOUNOKID"]  # two codes on one line


def test_lone_primary_phrases_of_one_person_share_the_next_codes() -> None:
    lines = ["PETER_EXAMPLEMAN_", "PRESIDENT_EXAMPLEMAN", "PETER_Q._EXAMPLEMAN", "\t[CUBGOV 900101-950101]",
             "UNRELATED_PERSON_", "OTHER_HUMAN_", "\t[CUBGOV]"]
    first, second = read_actors(lines)
    assert set(first.phrases) == {"PETER EXAMPLEMAN", "PRESIDENT EXAMPLEMAN", "PETER Q. EXAMPLEMAN"}
    assert second.phrases == ("OTHER HUMAN",)  # shares no name word: UNRELATED_PERSON is dropped


def test_parenthesised_acronyms_and_accents_in_phrases() -> None:
    (record,) = read_actors(["EJÉRCITO_DE_EJEMPLO_(EDE)_ [COLREB]"])
    assert record.phrases == ("EJÉRCITO DE EJEMPLO",)


def test_agent_plurals_markers_and_null_plurals() -> None:
    lines = ["!PERSON! = MAN, WOMAN", "CONGRESS!PERSON! [~LEG]", "REBEL [~REB]", "POLICE {} [~COP]",
             "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]", "SPY_AGENCY [~SPY]", "ARMY [~MIL]"]
    forms = set(read_agents(lines, "en"))
    assert {("CONGRESSMAN", "~LEG"), ("CONGRESSWOMAN", "~LEG"), ("REBEL", "~REB"), ("REBELS", "~REB")} <= forms
    assert ("POLICE", "~COP") in forms and not any(p.startswith("POLICES") for p, _ in forms)
    assert ("ATTORNEYS GENERAL", "~GOVATG") in forms
    assert ("SPY AGENCIES", "~SPY") in forms and ("ARMIES", "~MIL") in forms
    assert english_plural("convoy") == "convoys" and english_plural("bus") == "buses"
    assert spanish_plural("fuerza aerea") == "fuerzas aereas"
    assert spanish_plural("ministerio de defensa") == "ministerios de defensa"
    assert spanish_plural("militar") == "militares" and spanish_plural("capataz") == "capataces"


def test_discards_scope_and_stems() -> None:
    rows = list(read_discards(["+WORLD CUP   # sports", "GOLF_CLUB_", "CHAMPION", "# comment"]))
    assert rows == [("WORLD CUP", True, False), ("GOLF CLUB", False, True), ("CHAMPION", False, False)]


def test_cameo_country_codes_go_through_the_project_tables() -> None:
    codes = country_codes()
    assert split_code("VEN", codes) == ("VEN", "GOV", "VENGOV")
    assert split_code("ROMMIL", codes) == ("ROU", "MIL", "ROUMIL")  # CAMEO's Romania
    assert split_code("TMPGOV", codes) == ("TLS", "GOV", "TLSGOV")
    assert split_code("USRGOV", codes)[0] == "RUS"  # the Soviet Union (cameo_codes.csv)
    assert split_code("IGOUNOKID", codes) == (None, "IGO", "IGOUNOKID")
    assert split_code("WEUREB", codes) == (None, "REB", "WEUREB")  # a region, not a state


@pytest.mark.parametrize(("phrase", "iso3", "kind"), [
    ("caracas", "VEN", "capital"), ("venezuela", "VEN", "country"), ("venezeula", "VEN", "country"),
    ("venezolanos", "VEN", "demonym"), ("iranian", "IRN", "demonym"), ("maracaibo", "VEN", "place"),
    ("the us", "USA", "country"), ("republic of venezuela", "VEN", "country"), ("ciudad bolivar", "VEN", "place"),
    # demonyms sharing only three letters with the name; a city, a given-name-like word and an ordinary
    # word with the same opening stay places
    ("finnish", "FIN", "demonym"), ("checos", "CZE", "demonym"), ("congolese", "COD", "demonym"),
    ("sochi", "RUS", "place"), ("tainan", "TWN", "place"), ("fines", "FIN", "place"),
])
def test_phrases_of_a_country_record_are_told_apart(phrase: str, iso3: str, kind: str) -> None:
    assert PlaceNames.from_tables(DATA_DIR).kind(phrase, iso3) == kind


def test_cleaning_keeps_names_and_drops_roles_and_garbled_phrases() -> None:
    rows = {("sudan", "SDNGOV", "", "", "country"), ("sudan", "SDNREB", "1983-01-01", "2005-01-09", "official"),
            ("fuerzas", "SYRMIL", "", "", "military"), ("georgia", "GEOGOV", "", "", "place"),
            ("georgia", "USAGOV", "", "", "place"), ("the united states", "USAGOV", "", "", "country"),
            ("united states", "USAGOV", "", "", "country")}
    kept = clean(rows, {"fuerzas"})
    assert {r[0] for r in kept} == {"sudan", "united states"}
    assert {r[1] for r in kept if r[0] == "sudan"} == {"SDNGOV"}


def test_demonyms_in_an_and_i_get_their_plural_and_others_do_not() -> None:
    rows = {("colombian", "COLGOV", "", "", "demonym"), ("iraqi", "IRQGOV", "", "", "demonym"),
            ("cuban", "CUBGOV", "", "", "demonym"), ("cubans", "CUBGOV", "", "", "demonym"),
            ("swiss", "CHEGOV", "", "", "demonym"), ("bogota", "COLGOV", "", "", "capital"),
            ("south korean", "KORGOV", "", "", "demonym")}
    assert demonym_plurals(rows) == {("colombians", "COLGOV", "", "", "demonym"),
                                     ("iraqis", "IRQGOV", "", "", "demonym")}


def test_the_committed_lexicon_has_english_demonym_plurals() -> None:
    phrases = {line.split("\t", 1)[0] for line in (LEXICON_DIR / "actors.tsv").read_text("utf-8").splitlines()}
    assert {"colombians", "georgians", "brazilians", "pakistanis", "ukrainians"} <= phrases


def test_rebuild_is_byte_identical(tmp_path: Path) -> None:
    source = os.environ.get(SOURCE_ENV)
    if not source:
        pytest.skip(f"set {SOURCE_ENV} to the event dictionaries folder to rebuild the lexicon")
    written = build_all(Path(source), tmp_path)
    # project_lemmas_*.tsv come from the project's own rows (scripts/project_lemmas.py), not from the dictionaries
    built_here = [p for p in LEXICON_DIR.glob("*.tsv") if not p.name.startswith("project_lemmas_")]
    assert sorted(p.name for p in written) == sorted(p.name for p in built_here)
    for path in written:
        assert path.read_bytes() == (LEXICON_DIR / path.name).read_bytes(), f"{path.name} differs from a rebuild"


def test_a_lone_surname_two_states_office_holders_shared_is_dropped() -> None:
    from scripts.lexicon_surnames import drop_shared_surnames
    rows = {
        ("haddad", "LBNGOV", "1980-01-01", "1995-01-01", "official"),  # two heads of state at once: ambiguous
        ("omar haddad", "LBNGOV", "1980-01-01", "1995-01-01", "official"),
        ("karim haddad", "TUNGOV", "1990-01-01", "1993-01-01", "official"),
        ("ferreira", "URYGOV", "1980-01-01", "1995-01-01", "official"),  # the namesake: a particle, a month
        ("ana de ferreira", "PRYGOV", "1985-01-01", "1990-01-01", "official"),
        ("luis ferreira", "BRAGOV", "1985-01-01", "1985-02-01", "official"),
        ("tomas ferreira", "ARGGOVEDU", "1985-01-01", "1990-01-01", "official"),  # below national level
    }
    kept = drop_shared_surnames(rows)
    assert {r[0] for r in rows - kept} == {"haddad"}


def test_a_state_organ_listed_without_the_country_its_demonym_names_is_dropped() -> None:
    rows = {("argentino", "ARGGOV", "", "", "demonym"), ("gobierno argentino", "GOV", "", "", "government"),
            ("gobierno de chile", "CHLGOV", "", "", "government"), ("american apparel", "MNC", "", "", "firm")}
    kept = countryless_officials(rows)
    assert ("gobierno argentino", "GOV", "", "", "government") not in kept
    assert kept == rows - {("gobierno argentino", "GOV", "", "", "government")}


def test_the_built_lexicon_names_the_argentine_government() -> None:
    from flows.normalize.coder import code_text

    events = {(e.source.country, e.target and e.target.country) for e in code_text(
        "El Gobierno argentino reclamó al Reino Unido que reanude las negociaciones.", None, "es")}
    assert ("ARG", "GBR") in events
