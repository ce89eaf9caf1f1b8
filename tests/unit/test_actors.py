"""Actor dictionary: metonyms, tenures, accents, organs, IGOs, the country table."""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.actors import actor_name, country_table, find_actors, fold, iso3_for
from flows.reference import vocabulary


def only(sentence: str, on: dt.date | None = None):
    found = find_actors(sentence, on)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("sentence", ["The Kremlin said nothing.", "Moscú guardó silencio.",
                                      "El Kremlin guardó silencio.", "Moscu guardo silencio."])
def test_russian_metonyms_resolve_to_the_russian_government(sentence: str) -> None:
    m = only(sentence)
    assert (m.country, m.sector, m.code) == ("RUS", "GOV", "RUSGOV")
    assert sentence[m.start:m.end] == m.text


def test_maduro_is_venezuelan_government_during_and_after_his_rise() -> None:
    assert only("Maduro spoke.", dt.date(2019, 1, 1)).country == "VEN"
    assert only("Maduro spoke.", dt.date(2010, 1, 1)).kind == "official"  # foreign minister then


def test_chavez_is_the_state_only_within_his_tenure() -> None:
    assert only("Chávez spoke.", dt.date(2005, 6, 1)).code == "VENGOV"
    # Outside every tenure a former leader is one of the country's elites, not the state (the
    # dictionaries' [VENELI] default).
    assert only("Chávez spoke.", dt.date(2020, 1, 1)).code == "VENELI"
    assert only("Chávez spoke.").code == "VENGOV"  # no date: his most recent tenure


@pytest.mark.parametrize(("day", "expected"), [(dt.date(2018, 6, 1), True), (dt.date(2025, 6, 1), True),
                                               (dt.date(2022, 6, 1), False)])
def test_trump_counts_as_us_government_only_in_office(day: dt.date, expected: bool) -> None:
    leaders = [m.country for m in find_actors("Trump warned Caracas.", day) if m.kind == "leader"]
    assert leaders == (["USA"] if expected else [])


def test_biden_and_rubio_tenures() -> None:
    assert only("Biden spoke.", dt.date(2022, 3, 1)).code == "USAGOV"
    assert only("Biden spoke.", dt.date(2026, 3, 1)).sector == "ELI"  # a former president
    rubio_2025 = only("Rubio spoke.", dt.date(2025, 3, 1))
    assert (rubio_2025.sector, rubio_2025.kind) == ("GOV", "official")
    assert only("Rubio spoke.", dt.date(2015, 3, 1)).sector == "LEG"  # a senator then


def test_accents_are_optional_and_case_is_ignored() -> None:
    assert only("Talks in MOSCU").country == "RUS"
    assert only("visita a teheran").country == "IRN"
    assert only("Nicolas Maduro").country == "VEN"
    assert only("Estados Unidos").country == "USA"


def test_longest_alias_wins() -> None:
    m = only("The White House denied it.")
    assert (m.text, m.country) == ("The White House", "USA")
    assert only("the United States of America").text == "United States of America"


@pytest.mark.parametrize(("sentence", "text"), [
    ("Two Russian bombers landed.", "Russian bombers"),
    ("Two Russian Tu-160 bombers landed.", "Russian Tu-160 bombers"),
    ("Dos aviones rusos aterrizaron.", "aviones rusos"),
    ("The Russian air force flew.", "Russian air force"),
    ("La fuerza aérea rusa voló.", "fuerza aérea rusa"),
])
def test_demonym_next_to_a_military_noun_is_the_military(sentence: str, text: str) -> None:
    m = only(sentence)
    assert (m.text, m.country, m.sector, m.code) == (text, "RUS", "MIL", "RUSMIL")


def test_military_organs_of_other_states() -> None:
    assert (only("The US Navy sailed.").country, only("The US Navy sailed.").sector) == ("USA", "MIL")
    assert only("La FANB desplegó buques.").code == "VENMIL"
    assert only("Southern Command said").sector == "MIL"
    assert only("las Fuerzas Armadas de Venezuela").code == "VENMIL"
    assert only("Venezuela's armed forces").code == "VENMIL"


def test_igos_have_no_country() -> None:
    for text, code in [("OPEC", "IGOOPC"), ("la OPEP", "IGOOPC"), ("the UN", "IGOUNO"), ("la ONU", "IGOUNO"),
                       ("the OAS", "IGOOAS"), ("BRICS", "IGOBRICS")]:
        m = only(f"{text} met.")
        assert (m.country, m.sector, m.code) == (None, "IGO", code), text


def test_firms_opposition_and_legislature() -> None:
    assert (only("Rosneft signed").country, only("Rosneft signed").sector) == ("RUS", "BUS")
    assert only("PDVSA exported").code == "VENBUS"
    assert only("Sinopec bought").code == "CHNBUS"
    assert only("María Corina Machado spoke").code == "VENOPP"
    assert only("The Venezuelan opposition spoke").sector == "OPP"
    assert only("Venezuela's National Assembly voted").code == "VENLEG"
    assert only("La Asamblea Nacional de Venezuela votó").code == "VENLEG"


def test_titles_and_appositions_merge_into_one_actor() -> None:
    m = only("Venezuelan President Nicolás Maduro spoke.")
    assert (m.country, m.kind) == ("VEN", "leader")
    m = only("Maduro, Venezuela's president, spoke.")
    assert m.country == "VEN"
    m = only("Venezuelan Defence Minister Vladimir Padrino López spoke.")
    assert m.code == "VENMIL"


def test_acronyms_and_ambiguous_words_need_their_case() -> None:
    assert find_actors("Tell us what you need.") == []
    assert find_actors("The turkey was roasted with chile.") == []
    assert only("The US said").country == "USA"
    assert only("Turkey said").country == "TUR"


def test_regional_adjectives_are_not_the_united_states() -> None:
    assert find_actors("Latin American leaders met.") == []
    assert [m.country for m in find_actors("América Latina y Estados Unidos")] == ["USA"]


def test_country_names_come_from_the_table_in_both_languages() -> None:
    assert only("Kazakhstan said").country == "KAZ"
    assert only("Kazajistán dijo").country == "KAZ"
    assert only("Sudáfrica dijo").country == "ZAF"


def test_country_table_is_complete_and_consistent() -> None:
    rows = country_table()
    assert len(rows) >= 249
    assert {r["region"] for r in rows} - {""} == {"Africa", "Americas", "Asia", "Europe", "Oceania"}
    by_iso = {r["iso3"]: r for r in rows}
    assert (by_iso["VEN"]["fips"], by_iso["RUS"]["fips"], by_iso["CHN"]["fips"]) == ("VE", "RS", "CH")
    assert by_iso["VEN"]["subregion"] == "South America"
    assert by_iso["CUB"]["subregion"] == "Caribbean"
    assert len({r["iso3"] for r in rows}) == len(rows)


def test_cameo_country_codes_map_to_iso3() -> None:
    assert iso3_for("VEN") == "VEN"
    assert iso3_for("ROM") == "ROU"  # CAMEO's Romania
    assert iso3_for("TMP") == "TLS"
    assert iso3_for("XYZ") is None


def test_actor_names_are_readable() -> None:
    assert actor_name("RUSGOV", "RUS", "GOV") == "Russia government"
    assert actor_name("VENMIL", "VEN", "MIL") == "Venezuela military"
    assert actor_name("IGOOPC", None, "IGO") == "OPEC"


def test_every_sector_is_in_the_vocabulary() -> None:
    sectors = vocabulary()["sectors"]
    text = ("Russian bombers, PDVSA, the UN, Maduro, the Venezuelan opposition, Rosneft, "
            "the State Duma and US forces")
    assert all(m.sector in sectors for m in find_actors(text))


def test_fold_keeps_length() -> None:
    text = "Moscú, Pekín y Díaz-Canel’s"
    assert len(fold(text)) == len(text)
    assert fold(text) == "moscu, pekin y diaz-canel's"


def test_alias_and_noun_tables_use_vocabulary_sectors_and_known_countries() -> None:
    from flows.normalize.actors import read_data

    sectors = vocabulary()["sectors"]
    countries = {r["iso3"] for r in country_table()}
    kinds = {"country", "demonym", "capital", "seat", "leader", "official", "military", "firm", "igo",
             "opposition", "legislature", "armed_group", "ngo", "place"}
    for row in read_data("actor_aliases.csv"):
        assert row["sector"] in sectors and row["kind"] in kinds, row
        assert row["iso3"] == "" or row["iso3"] in countries, row
        assert row["language"] in ("en", "es", "any"), row
        if row["tenure_from"] and row["tenure_to"]:
            assert row["tenure_from"] < row["tenure_to"], row
        assert dt.date.fromisoformat(row["valid_from"]), row
    # "-" removes a dictionary noun that names no agent (the Spanish "conjunto", joint)
    assert all(row["sector"] in sectors or (row["sector"] == "-" and row["alone"] == "no")
               for row in read_data("sector_nouns.csv"))


@pytest.mark.parametrize(("sentence", "code"), [
    ("Vladimir Poutine spoke.", "RUSGOV"), ("Nicholas Maduro spoke.", "VENGOV"),
    ("Sergei Lavrof spoke.", "RUSGOV"), ("Nicolas Maduro spoke.", "VENGOV"),
])
def test_misspelt_long_names_are_matched_by_spelling(sentence: str, code: str) -> None:
    assert only(sentence, dt.date(2019, 1, 1)).code == code


def test_fuzzy_matching_is_conservative() -> None:
    assert find_actors("Vladimir Nabokov wrote novels.") == []
    assert find_actors("Maria Gonzalez spoke.") == []


def test_actor_mappings_carry_a_version_date() -> None:
    from flows.normalize.actors import actor_mappings

    rows = {r["actor_code"]: r for r in actor_mappings()}
    assert set(next(iter(rows.values()))) == {"actor_code", "name", "country_iso3", "sector", "valid_from"}
    assert rows["RUSMIL"]["country_iso3"] == "RUS" and rows["RUSMIL"]["sector"] == "MIL"
    assert rows["IGOUNO"]["country_iso3"] is None and rows["IGOUNO"]["sector"] == "IGO"
    assert all(isinstance(r["valid_from"], dt.date) for r in rows.values())


def test_iso_names_from_pycountry_are_aliases() -> None:
    assert only("The Kingdom of Spain said").country == "ESP"
    assert only("The Republic of Colombia said").country == "COL"
