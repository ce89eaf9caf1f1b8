"""Every actor kind from the generated lexicon and the overlay, tenure by date, discards and places."""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.actors import ActorMention, find_actors


def codes(sentence: str, on: dt.date | None = None) -> list[tuple[str | None, str, str]]:
    return [(m.country, m.sector, m.code) for m in find_actors(sentence, on)]


def only(sentence: str, on: dt.date | None = None) -> ActorMention:
    found = find_actors(sentence, on)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("sentence", "country", "sector"), [
    ("The Venezuelan opposition rejected the offer.", "VEN", "OPP"),
    ("Colombian rebels freed two hostages.", "COL", "REB"),
    ("Russian bombers flew over the sea.", "RUS", "MIL"),
    ("Ecuadorian police detained the suspect.", "ECU", "COP"),
    ("Los rebeldes colombianos liberaron a dos rehenes.", "COL", "REB"),
    ("El gobierno cubano rechazó la propuesta.", "CUB", "GOV"),
    ("La policía ecuatoriana detuvo al sospechoso.", "ECU", "COP"),
    ("Chinese state media praised the visit.", "CHN", "MED"),
])
def test_agent_nouns_give_a_sector_to_a_country(sentence: str, country: str, sector: str) -> None:
    m = only(sentence)
    assert (m.country, m.sector, m.code) == (country, sector, f"{country}{sector}")


@pytest.mark.parametrize(("sentence", "sector"), [
    ("The rebels seized the town.", "REB"), ("Los rebeldes tomaron el pueblo.", "REB"),
    ("The government denied it.", "GOV"), ("La oposición lo negó.", "OPP"),
])
def test_bare_agents_have_no_country(sentence: str, sector: str) -> None:
    m = only(sentence)
    assert (m.country, m.sector, m.kind) == (None, sector, "agent")


def test_an_agent_noun_modifying_another_is_no_actor_of_its_own() -> None:
    assert find_actors("Police officers guarded opposition activists.") == []


@pytest.mark.parametrize(("sentence", "code"), [
    ("The International Court of Justice ruled on the case.", "IGOUNOJUDICJ"),
    ("The Intergovernmental Panel on Climate Change published a report.", "IGOUNOENV"),
])
def test_igos_from_the_lexicon_have_no_country(sentence: str, code: str) -> None:
    m = only(sentence)
    assert (m.country, m.sector, m.code) == (None, "IGO", code)


def test_armed_groups_from_the_dictionaries() -> None:
    # The village is the field's civilian group (~CVL), as its coders write it.
    assert codes("Boko Haram fighters attacked a village.") == [("NGA", "REB", "NGAREB"), (None, "CVL", "CVL")]


def test_capitals_of_states_the_overlay_does_not_list_are_metonyms() -> None:
    assert codes("Nairobi said it would respond.") == [("KEN", "GOV", "KENGOV")]
    assert codes("Dushanbe protested.") == [("TJK", "GOV", "TJKGOV")]


def test_a_city_that_is_not_a_capital_is_no_actor() -> None:
    assert find_actors("Maracaibo has hot weather.") == []
    assert find_actors("Fighting spread to Kandahar.") == []


def test_dictionary_dates_decide_a_leaders_code() -> None:
    # Medvedev: president 2008-2012 and prime minister after, both RUSGOV; before office an elite.
    assert only("Yeltsin spoke.", dt.date(1995, 5, 1)).code == "RUSGOV"
    assert only("Yeltsin spoke.", dt.date(2003, 5, 1)).code == "RUSELI"  # after office: former leader
    assert only("Brezhnev spoke.", dt.date(1975, 5, 1)).code == "RUSGOV"
    assert only("Brezhnev spoke.", dt.date(1960, 5, 1)).code == "RUSELI"
    assert only("Brezhnev spoke.").code == "RUSGOV"  # no date: the most recent range


def test_overlay_leaders_win_over_the_dictionaries() -> None:
    # The 2014 dictionaries stop at Maduro's foreign-ministry years; the overlay adds his presidency.
    assert only("Maduro spoke.", dt.date(2021, 1, 1)).kind == "leader"
    assert only("Díaz-Canel spoke.", dt.date(2022, 1, 1)).code == "CUBGOV"
    assert only("Trump spoke.", dt.date(2022, 6, 1)).code == "USAELI"  # between his terms
    assert only("Trump spoke.", dt.date(2025, 6, 1)).code == "USAGOV"
    assert only("Lula spoke.", dt.date(2015, 6, 1)).code == "BRAELI"


@pytest.mark.parametrize("sentence", [
    "Venezuela beat Argentina in the World Cup qualifier.",
    "Brazil won the Confederation Cup final against Spain.",
    "El tenista ruso ganó en Wimbledon ante un británico.",
])
def test_a_discard_phrase_makes_the_sentence_not_codable(sentence: str) -> None:
    assert find_actors(sentence) == []


def test_disaster_and_history_words_stay_codable() -> None:
    assert codes("China sent aid to Indonesia after the tsunami.")[:1] == [("CHN", "GOV", "CHNGOV")]
    assert codes("Russia and Belarus held their largest drills since 1981.")[0][0] == "RUS"


@pytest.mark.parametrize(("sentence", "place"), [
    ("Machado received the premio Nobel de la Paz.", "la Paz"),
    ("They mixed a Moscow Mule at the bar.", "Moscow"),
    ("We drank rum at the Havana Club bar.", "Havana"),
    ("Brasil ganó la Copa América.", "América"),
    ("Storms hit the Gulf of Mexico.", "Mexico"),
])
def test_a_place_inside_a_fixed_name_is_no_actor(sentence: str, place: str) -> None:
    assert place not in [m.text for m in find_actors(sentence)]


@pytest.mark.parametrize("sentence", [
    "La Agencia de Seguridad Nacional de Estados Unidos espió a la presidenta.",
    "The National Security Agency of the United States spied on the president.",
])
def test_a_state_after_a_national_or_supreme_institution_stays_the_state(sentence: str) -> None:
    """Coder 0.3.20: "Nacional", "Supremo" are organ words like "National", not the start of a place's name."""
    assert "USA" in [m.country for m in find_actors(sentence)]


def test_places_keep_actors_that_only_look_like_names() -> None:
    assert codes("Russian President Vladimir Putin met Venezuelan Defence Minister Vladimir Padrino López.",
                 dt.date(2019, 1, 1)) == [("RUS", "GOV", "RUSGOV"), ("VEN", "MIL", "VENMIL")]
    assert codes("La Asamblea Nacional de Venezuela votó.") == [("VEN", "LEG", "VENLEG")]
    assert codes("RUSSIA SENDS BOMBERS TO VENEZUELA")[0][0] == "RUS"


@pytest.mark.parametrize(("sentence", "text", "preposition", "is_place"), [
    ("Officials met in Washington.", "Washington", "in", True),
    ("Los cancilleres se reunieron en Caracas.", "Caracas", "en", True),
    ("Moscow sent a note to Washington.", "Washington", "to", False),
    ("Moscow sent a note to Washington.", "Moscow", "", False),
    ("Talks at the White House ended.", "the White House", "at", True),
])
def test_mentions_carry_the_preposition_before_them(sentence: str, text: str, preposition: str,
                                                     is_place: bool) -> None:
    m = next(m for m in find_actors(sentence) if m.text == text)
    assert (m.preposition, m.is_place) == (preposition, is_place)


def test_acronyms_from_the_lexicon_need_capitals() -> None:
    assert codes("The ICJ ruled.") == [(None, "IGO", "IGOUNOJUDICJ")]
    assert find_actors("the icj ruled.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("British counter-terrorism police opened an inquiry.", ("GBR", "COP")),
    ("Mexican federal police detained the suspects.", ("MEX", "COP")),
    ("Russian border guards stopped the ship.", ("RUS", "MIL")),
])
def test_a_demonym_keeps_its_organ_across_office_modifiers(text: str, expected: tuple) -> None:
    """Coder 0.3.13: "counter-terrorism", "federal", "border" may stand between a demonym and its organ."""
    found = [(m.country, m.sector) for m in find_actors(text, dt.date(2020, 1, 1), "en")]
    assert found[0] == expected, found


def test_a_charge_d_affaires_is_a_diplomat_not_a_business() -> None:
    """Coder 0.3.14: "encargada de negocios" (feminine) is the state's diplomat, as the masculine already was."""
    mentions = find_actors("Caracas expulsó a la encargada de negocios estadounidense.", dt.date(2019, 1, 1))
    envoy = [m for m in mentions if "negocios" in m.text]
    assert envoy and (envoy[0].country, envoy[0].sector) == ("USA", "GOV"), [(m.text, m.sector) for m in mentions]


def test_a_lower_case_demonym_after_a_name_qualifies_it() -> None:
    """Coder 0.3.20: "los Altos del Golán sirios": a Spanish demonym in lower case is no part of the name before it,
    while one before a person's name still describes the person ("el exmarine estadounidense Paul Whelan")."""
    assert "SYR" in [m.country for m in find_actors("Israel ocupó los Altos del Golán sirios.", language="es")]
    assert "USA" not in [m.country for m in find_actors("Moscú condenó al exmarine estadounidense Paul Whelan.",
                                                        language="es")]



def _overlay_places() -> list[tuple[str, str, str]]:
    import csv

    from flows.normalize.gazetteer import DATA_DIR
    with open(DATA_DIR / "actor_aliases.csv", encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["kind"] == "place"]
    return [(a, r["language"], r["iso3"]) for r in rows for a in r["alias"].split("|") if a.strip()]


def test_every_overlay_place_is_territory_of_its_state() -> None:
    """The overlay's places (Ukrainian cities the dictionaries predate, Spanish exonyms such as "Alepo" or
    "Jersón") are no actors, but an attack on one is an attack on its state."""
    from flows.normalize.coder import code_text

    wrong = []
    for i, (alias, language, iso3) in enumerate(_overlay_places()):
        spanish = language == "es" or (language == "any" and i % 2 == 1)  # "any" rows: both languages in turn
        attacker = ("Alemania", "Germany") if iso3 == "FRA" else ("Francia", "France")  # no state shells itself
        text = f"{attacker[0]} bombardeó {alias}." if spanish else f"{attacker[1]} shelled {alias}."
        events = code_text(text, dt.date(2024, 1, 1), language="es" if spanish else "en")
        if not any(e.target and e.target.country == iso3 and e.cameo.startswith("19") for e in events):
            wrong.append((alias, iso3))
    assert len(_overlay_places()) > 60
    assert not wrong, wrong


@pytest.mark.parametrize(("sentence", "language", "country"), [
    ("Emiratos y Egipto rompieron relaciones con Catar.", "es", "ARE"),
    ("Norcorea disparó un misil.", "es", "PRK"),
    ("Surcorea respondió.", "es", "KOR"),
    ("El Vaticano medió.", "es", "VAT"),
    ("The Vatican mediated.", "en", "VAT"),
    ("Rwanda accused the Democratic Republic of Congo.", "en", "COD"),
])
def test_short_country_names_name_their_state(sentence: str, language: str, country: str) -> None:
    """Coder 0.3.22: "Emiratos", "Norcorea", "Vaticano" and a few more short names were no actors, and one
    missing name broke a list of subjects ("Arabia Saudí, Emiratos, Bahréin y Egipto")."""
    assert country in {m.country for m in find_actors(sentence, dt.date(2020, 1, 1), language)}


@pytest.mark.parametrize(("sentence", "language", "sector"), [
    ("Huawei signed a deal with a Mexican mobile operator.", "en", "BUS"),
    ("A Chilean retailer bought the stores.", "en", "BUS"),
    ("Britain sanctioned Russian oligarchs.", "en", "CVL"),
    ("Una operadora mexicana firmó el contrato.", "es", "BUS"),
    ("El Reino Unido sancionó a oligarcas rusos.", "es", "CVL"),
])
def test_businesses_and_rich_persons_named_by_nationality_are_not_the_state(sentence: str, language: str,
                                                                              sector: str) -> None:
    """Coder 0.3.22: a demonym before an unknown noun stands for its state; operators, retailers, lenders,
    oligarchs and the like were read so ("a Mexican mobile operator" as Mexico)."""
    found = find_actors(sentence, dt.date(2020, 1, 1), language)
    assert sector in {m.sector for m in found if m.kind != "country"}, found


def test_a_summit_in_a_spanish_exonym_names_its_host() -> None:
    """Coder 0.3.23: "Johannesburgo", "Estambul", "Nueva York" and other Spanish exonyms are places of their state,
    so staying away from a summit there is a boycott of the host."""
    from flows.normalize.coder import code_text

    events = code_text("Chile no asistirá a la cumbre del G20 en Johannesburgo.", dt.date(2025, 11, 1), language="es")
    assert {(e.source.country, e.target.country, e.cameo) for e in events if e.target} == {("CHL", "ZAF", "143")}
