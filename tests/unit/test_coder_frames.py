"""Text coder, coder 0.3.15: frames around the act that hid it or its doer.

- What a state is accused or suspected of is coded in English as it already was in Spanish: the gerund
  after "accused X of" is a verb with its own object, done by X ("accused Russia on Wednesday of shelling
  Kharkiv"), while "the risk of sending troops" stays a noun and codes nothing.
- Suing a state ("sued Colombia", "demandó a Colombia ante la Corte") is a lawsuit (115), not a demand.
- Spanish verb-first sentences: a written final "ó" is a past tense, not a participle ("Demandó Nicaragua a
  ...", "Mandó Rusia ..."); a day ("este lunes") or the manner of a call ("por teléfono") may stand between
  the verb and its subject after it; a place after "en" is not joined to the officials after it ("en Moscú
  los presidentes de A y B").
- Leaving a deal, treaty or pact with a state ("withdrew from the nuclear deal with Iran", "se retiró del
  acuerdo") reduces relations (160); leaving a country stays a withdrawal (087); "is pulling out" is active.
- A military mobilisation told by a noun ("a general mobilization", "la movilización general") is 154.
- A state named as an adjective inside its own object ("lifted the U.S. arms embargo on Vietnam") does not
  make the act domestic: the target follows.
- A deadline given to a state ("gave Russia until midnight to", "dio a Rusia hasta el martes para") is an
  ultimatum (139): "until" before a time opens no clause. A state's boycott of a workshop or a visit is a
  protest (143), aimed at the state the boycotted event is held in when none other is named.
- "Se niega Irán a entregar": a refusal told verb-first is a rejection (12), not the delivery it refuses.
- A mediator named without an article ("con mediación de Qatar") is no party to the talks; shooting at a
  state ("dispararon contra") is an attack; an object pronoun before a past plural verb ("y las
  capturaron") is no article, and it stands for the previous act's target.
- Annexing territory is occupying it (192), toward the state it belongs to; a place the dictionaries know
  ("Aleppo", "Kharkiv") struck by violence that names no other target is its state's territory, but it is
  never a party to a meeting, and a person after the Spanish "a" is no place. An object named by the doer
  ("what New Delhi called a camp") lies in the state named past the naming.
- The antecedent of a relative pronoun before "accused" ("Israel, al que acusó de") is the accused.
- Deporting or expelling hundreds or more ("deported more than 1,000 Colombians", "expulsó masivamente") is
  a mass expulsion (201); expelling a few diplomats stays 16x.
- Reinforcing a military presence at a border ("beefed up its military presence along the frontier with X",
  "reforzó su presencia militar") is a mobilisation (154).
- Approving or unveiling an amount of aid ("unveiled a further $2 billion in military assistance for Kyiv",
  "aprobó 300 millones de dólares en ayuda") is the aid, by its author, not an endorsement (05).
- Waging or fighting a war ("fought a border war", "libraron una guerra") is armed conflict (190); a manner
  phrase ("con dureza", "a tiros") may stand between a verb and its subject after it.
- Purchases or imports of a state's goods told by a noun ("its purchases of Venezuelan oil", "sus compras de
  petróleo venezolano": the demonym after the goods noun) are trade (061) with that state.
- Slapping tariffs on a state ("slapped new tariffs on", "the tariffs it had slapped on") is a sanction (163),
  not the blow (180) the dictionary reads.
- Two objects joined by "and" before a subordinate clause ("to Poland and Bulgaria after both refused", a day
  between) are both targets; an actor right before the next clause's own verb stays that verb's subject.
- Banning another state's officials from entry ("prohibió la entrada ... al primer ministro británico") restricts
  their movement (172).
- Quotation marks around the noun do not hide a threat of measures ('estudia "acciones" contra X').
- Retaliating "with tariffs" is a sanction (163); retaliation by no named means stays armed force (190).
- A seizure told by a noun ("the expropriation of YPF, Repsol's subsidiary", "el decomiso del avión de la
  estatal venezolana Conviasa") is 171 toward the owner's state; "de"/"of" names what is seized, not who seizes.
- Killing one named person ("killed Hezbollah commander Fuad Shukr", "mataron al comandante X") is an
  assassination (186); killing a counted group stays armed force (190).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.actors import find_actors
from flows.normalize.coder import code_text


def _codes(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, dt.date(2020, 1, 1), language=language) if not e.negated}


@pytest.mark.parametrize(("text", "accusation", "content"), [
    ("Georgia accused Russia of attacking Georgian border posts.", ("GEO", "RUS", "112"), ("RUS", "GEO", "19")),
    ("Kyiv accused Moscow on Monday of shelling Ukrainian towns.", ("UKR", "RUS", "112"), ("RUS", "UKR", "19")),
    ("Washington suspects Havana of sending weapons to Venezuela.", ("USA", "CUB", "110"), ("CUB", "VEN", "07")),
])
def test_what_a_state_is_accused_of_is_its_own_act(text: str, accusation: tuple, content: tuple) -> None:
    codes = _codes(text, "en")
    assert accusation in codes
    assert any(c[:2] == content[:2] and c[2].startswith(content[2]) for c in codes), codes
    # the accuser is never the doer of the act it reports
    assert not any(c[0] == accusation[0] and c[1] == content[1] and c[2].startswith(content[2]) for c in codes)


def test_a_gerund_after_an_ordinary_of_stays_a_noun() -> None:
    assert not any(c[2].startswith("07") for c in _codes(
        "Russia weighed the risk of sending troops to Venezuela.", "en"))


def test_english_and_spanish_code_the_content_of_an_accusation_alike() -> None:
    en = _codes("Armenia accused Azerbaijan of attacking Armenian border posts.", "en")
    es = _codes("Armenia acusó a Azerbaiyán de atacar puestos fronterizos armenios.", "es")
    assert ("AZE", "ARM") in {c[:2] for c in en} & {c[:2] for c in es}


@pytest.mark.parametrize(("text", "language"), [
    ("Bolivia sued Chile at the International Court of Justice over access to the sea.", "en"),
    ("Bolivia demandó a Chile ante la Corte Internacional de Justicia por una salida al mar.", "es"),
    ("Demandó Bolivia a Chile ante la Corte Internacional de Justicia.", "es"),
])
def test_suing_a_state_is_a_lawsuit(text: str, language: str) -> None:
    assert ("BOL", "CHL", "115") in _codes(text, language)


def test_a_demand_without_a_court_stays_a_demand() -> None:
    codes = _codes("Bolivia demandó a Chile el fin del bloqueo.", "es")
    assert any(c[:2] == ("BOL", "CHL") and c[2].startswith("10") for c in codes), codes


@pytest.mark.parametrize(("text", "pair"), [
    ("Mandó Rusia dos fragatas a La Habana.", ("RUS", "CUB")),
    ("Condenó este martes el canciller cubano las sanciones de Washington.", ("CUB", "USA")),
])
def test_a_spanish_verb_first_sentence_finds_its_subject_after_the_verb(text: str, pair: tuple) -> None:
    assert pair in {c[:2] for c in _codes(text, "es")}


def test_a_call_told_verb_first_has_both_presidents_as_parties() -> None:
    codes = _codes("Conversaron por teléfono los presidentes de Irán y Venezuela sobre el petróleo.", "es")
    assert {("IRN", "VEN"), ("VEN", "IRN")} <= {c[:2] for c in codes if c[2].startswith("04")}


def test_a_place_after_en_is_not_joined_to_the_officials_after_it() -> None:
    text = "Se reunieron en Pekín los cancilleres de China y Nicaragua."
    assert not any(m.text.startswith("Pekín") and m.end - m.start > len("Pekín")
                   for m in find_actors(text, dt.date(2020, 1, 1), "es"))
    assert {("CHN", "NIC"), ("NIC", "CHN")} <= {c[:2] for c in _codes(text, "es")}


def test_at_a_states_bases_still_names_its_forces() -> None:
    text = "Iran fired missiles at US bases in Iraq."
    assert any(m.country == "USA" and m.sector == "MIL" for m in find_actors(text, dt.date(2020, 1, 1), "en"))


@pytest.mark.parametrize(("text", "language", "pair"), [
    ("The United States withdrew from the nuclear agreement with Iran.", "en", ("USA", "IRN")),
    ("Washington is pulling out of the arms treaty with Russia.", "en", ("USA", "RUS")),
    ("Estados Unidos se retiró del acuerdo nuclear con Irán.", "es", ("USA", "IRN")),
])
def test_leaving_a_deal_with_a_state_reduces_relations(text: str, language: str, pair: tuple) -> None:
    codes = _codes(text, language)
    assert (*pair, "160") in codes
    assert not any(c[2].startswith(("05", "08")) for c in codes), codes  # neither the deal nor a retreat


def test_leaving_a_country_stays_a_withdrawal() -> None:
    assert ("RUS", "SYR", "087") in _codes("Russia pulled out of Syria.", "en")


def test_a_progressive_verb_is_active_not_passive() -> None:
    # "is" before "pulling out of" is no passive auxiliary: the subject does the act
    assert ("RUS", "SYR", "087") in _codes("Russia is pulling out of Syria.", "en")


@pytest.mark.parametrize(("text", "language", "pair"), [
    ("Armenia ordered a general mobilization against Azerbaijan.", "en", ("ARM", "AZE")),
    ("Armenia decretó la movilización general frente a Azerbaiyán.", "es", ("ARM", "AZE")),
])
def test_a_military_mobilisation_noun_is_a_mobilisation(text: str, language: str, pair: tuple) -> None:
    assert (*pair, "154") in _codes(text, language)


def test_a_protest_mobilisation_stays_a_protest() -> None:
    codes = _codes("Los sindicatos anunciaron una movilización contra el gobierno.", "es")
    assert codes and all(c[2].startswith("14") for c in codes), codes


def test_a_state_named_inside_its_own_object_does_not_hide_the_target() -> None:
    # "the U.S. arms embargo": the name describes the embargo; Vietnam after "on" is whom it is lifted for
    assert ("USA", "VNM", "085") in _codes("Washington lifted the U.S. arms embargo on Vietnam.", "en")


@pytest.mark.parametrize(("text", "language"), [
    ("Britain gave Russia until midnight to explain the poisoning.", "en"),
    ("El Reino Unido dio a Rusia hasta el martes para explicar el envenenamiento.", "es"),
])
def test_a_deadline_given_to_a_state_is_an_ultimatum(text: str, language: str) -> None:
    codes = _codes(text, language)
    assert ("GBR", "RUS", "139") in codes
    assert not any(c[2].startswith("07") for c in codes), codes  # nothing is given


def test_until_before_a_clause_still_opens_it() -> None:
    # "until" before a subject and its verb is a clause word: the walkout is Russia's own act
    assert ("RUS", None, "143") in _codes("The talks went on until Russia walked out.", "en")


@pytest.mark.parametrize(("text", "language"), [
    ("Estonia boycotted the Victory Day parade in Russia.", "en"),
    ("Estonia boicoteó el desfile del Día de la Victoria en Rusia.", "es"),
])
def test_a_boycotted_event_in_a_state_is_a_protest_toward_the_host(text: str, language: str) -> None:
    assert ("EST", "RUS", "143") in _codes(text, language)


def test_a_boycotted_workshop_is_a_protest_and_a_boycott_of_goods_an_embargo() -> None:
    assert ("PSE", "USA", "143") in _codes("The Palestinian Authority boycotted a U.S.-led workshop.", "en")
    assert ("IND", "CHN", "163") in _codes("India boycotted Chinese goods.", "en")


def test_a_refusal_told_verb_first_is_a_rejection() -> None:
    codes = _codes("Se niega Irán a entregar a Argentina a los sospechosos.", "es")
    assert ("IRN", "ARG", "120") in codes
    assert not any(c[2].startswith("07") for c in codes), codes


def test_a_mediator_named_without_an_article_is_no_party() -> None:
    codes = _codes("Representantes de Cuba y Estados Unidos mantuvieron conversaciones en Ottawa, "
                   "con mediación de Canadá.", "es")
    assert {("CUB", "USA", "040"), ("USA", "CUB", "040"), ("CAN", "CUB", "045"), ("CAN", "USA", "045")} <= codes
    assert not any(c[:2] in {("CUB", "CAN"), ("USA", "CAN")} for c in codes), codes


def test_shooting_at_a_state_is_an_attack_in_spanish() -> None:
    # the dictionaries leave "disparar" without a code of its own
    assert ("RUS", "UKR", "190") in _codes("Guardacostas rusos dispararon contra dos lanchas ucranianas.", "es")


def test_an_object_pronoun_before_a_verb_stands_for_the_previous_target() -> None:
    text = "Guardacostas rusos dispararon contra dos lanchas ucranianas y las capturaron."
    codes = _codes(text, "es")
    assert any(c[:2] == ("RUS", "UKR") and c[2].startswith("17") for c in codes), codes
    # "las" before a verb is no article: the verb is not read as a noun
    assert ("RUS", "UKR", "190") in codes


@pytest.mark.parametrize(("text", "language"), [
    ("Russia annexed Crimea in 2014.", "en"),
    ("Rusia se anexionó la península ucraniana de Crimea.", "es"),
])
def test_annexing_territory_is_occupation_of_its_state(text: str, language: str) -> None:
    assert ("RUS", "UKR", "192") in _codes(text, language)


@pytest.mark.parametrize(("text", "pair"), [
    ("Israeli jets bombed Aleppo overnight.", ("ISR", "SYR")),
    ("Russian missiles struck Kharkiv on Monday.", ("RUS", "UKR")),
])
def test_a_struck_place_is_its_states_territory(text: str, pair: tuple) -> None:
    assert pair in {c[:2] for c in _codes(text, "en") if c[2][:2] in ("18", "19", "20")}


def test_a_place_is_still_no_party_to_a_meeting() -> None:
    assert not any(c[1] == "SYR" for c in _codes("Russian and Iranian envoys met in Aleppo.", "en"))


def test_a_person_after_the_spanish_a_is_no_struck_place() -> None:
    codes = _codes("Tropas del Ejército ejecutaron en la vereda El Narciso a Oviedo de Jesús.", "es")
    assert not any(c[1] == "ESP" for c in codes), codes


def test_the_state_a_named_object_lies_in_is_the_target() -> None:
    text = "Indian jets struck what New Delhi called a militant camp near Balakot in Pakistan."
    assert ("IND", "PAK") in {c[:2] for c in _codes(text, "en") if c[2].startswith("19")}


def test_the_antecedent_of_a_relative_pronoun_is_the_accused() -> None:
    codes = _codes("Bolivia rompió relaciones con Israel, al que acusó de bombardear Gaza.", "es")
    assert any(c[:2] == ("ISR", "PSE") and c[2].startswith("19") for c in codes), codes
    assert not any(c[0] == "BOL" and c[2].startswith("19") for c in codes), codes


@pytest.mark.parametrize(("text", "language"), [
    ("An Israeli strike killed Hezbollah commander Fuad Shukr in Beirut.", "en"),
    ("Aviones israelíes mataron en Beirut al comandante Fuad Shukr.", "es"),
])
def test_killing_one_named_person_is_an_assassination(text: str, language: str) -> None:
    assert any(c[0] == "ISR" and c[2] == "186" for c in _codes(text, language))


def test_killing_a_counted_group_stays_armed_force() -> None:
    codes = _codes("Chinese troops killed 20 Indian soldiers in the Galwan Valley.", "en")
    assert ("CHN", "IND", "190") in codes and not any(c[2] == "186" for c in codes)


@pytest.mark.parametrize(("text", "language"), [
    ("Venezuela deported more than 1,000 Colombians.", "en"),
    ("Venezuela expulsó a más de 1.500 colombianos de la zona fronteriza.", "es"),
    ("Venezuela expulsó masivamente a colombianos de la zona fronteriza.", "es"),
])
def test_expelling_hundreds_or_more_is_a_mass_expulsion(text: str, language: str) -> None:
    assert any(c[0] == "VEN" and c[2] == "201" for c in _codes(text, language))


def test_expelling_a_few_diplomats_is_no_mass_expulsion() -> None:
    codes = _codes("Venezuela expelled 35 Colombian diplomats in 2015.", "en")
    assert codes and not any(c[2] == "201" for c in codes), codes


@pytest.mark.parametrize(("text", "language"), [
    ("Venezuela beefed up its military presence along the frontier with Guyana.", "en"),
    ("Venezuela reforzó su presencia militar cerca de la frontera con Guyana.", "es"),
])
def test_reinforcing_a_military_presence_at_a_border_is_a_mobilisation(text: str, language: str) -> None:
    assert ("VEN", "GUY", "154") in _codes(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Washington unveiled a further $2 billion in military assistance for Kyiv.", "en"),
    ("El Congreso de Estados Unidos aprobó 300 millones de dólares en ayuda militar para Ucrania.", "es"),
])
def test_approving_or_unveiling_aid_is_the_aid_not_an_endorsement(text: str, language: str) -> None:
    codes = _codes(text, language)
    assert any(c[:2] == ("USA", "UKR") and c[2].startswith("07") for c in codes), codes
    assert not any(c[2].startswith("05") for c in codes), codes


@pytest.mark.parametrize(("text", "language"), [
    ("Ecuador and Peru fought a brief border war in 1995.", "en"),
    ("Libraron Ecuador y Perú una breve guerra en la cordillera del Cóndor.", "es"),
])
def test_waging_a_war_is_armed_conflict_between_both(text: str, language: str) -> None:
    assert {("ECU", "PER", "190"), ("PER", "ECU", "190")} <= _codes(text, language)


def test_a_manner_phrase_may_stand_between_a_verb_and_its_subject_after_it() -> None:
    assert ("FRA", "AUS", "111") in _codes("Criticó con dureza Francia a Australia por cancelar un contrato.", "es")


@pytest.mark.parametrize(("text", "language"), [
    ("China doubled its purchases of Venezuelan oil.", "en"),
    ("China duplicó sus compras de petróleo venezolano.", "es"),
    ("China aumentó sus importaciones de petróleo venezolano.", "es"),
])
def test_purchases_of_a_states_goods_are_trade_with_it(text: str, language: str) -> None:
    assert ("CHN", "VEN", "061") in _codes(text, language)


@pytest.mark.parametrize("text", [
    "Washington slapped new tariffs on Chinese steel.",
    "Beijing lifted the tariffs it had slapped on Australian wine.",
])
def test_slapping_tariffs_on_a_state_is_a_sanction_not_a_blow(text: str) -> None:
    codes = _codes(text, "en")
    assert any(c[2] == "163" for c in codes) and not any(c[2].startswith("18") for c in codes), codes


@pytest.mark.parametrize("text", [
    "Russia cut off gas supplies to Poland and Bulgaria after both refused to pay in roubles.",
    "Gazprom halted gas supplies to Poland and Bulgaria on Wednesday after both refused to pay.",
])
def test_both_objects_before_a_subordinate_clause_are_targets(text: str) -> None:
    assert {"POL", "BGR"} <= {c[1] for c in _codes(text, "en") if c[2].startswith("16")}


def test_an_actor_right_before_the_next_verb_is_still_its_subject() -> None:
    codes = _codes("Russia sent aid to Cuba and Venezuela said it was grateful.", "en")
    assert ("RUS", "CUB") in {c[:2] for c in codes}
    assert ("RUS", "VEN") not in {c[:2] for c in codes if c[2].startswith("07")}


def test_banning_a_states_officials_from_entry_restricts_their_movement() -> None:
    codes = _codes("Moscú prohibió la entrada en su territorio al primer ministro británico.", "es")
    assert ("RUS", "GBR", "172") in codes


@pytest.mark.parametrize(("text", "language"), [
    ('Washington anunció que estudia "acciones" contra Venezuela.', "es"),
    ('Washington is weighing "measures" against Venezuela.', "en"),
])
def test_a_quoted_word_does_not_hide_a_threat_of_measures(text: str, language: str) -> None:
    assert ("USA", "VEN", "130") in _codes(text, language)


def test_retaliating_with_tariffs_is_a_sanction_and_otherwise_armed_force() -> None:
    assert ("USA", "JPN", "163") in _codes("The United States retaliated against Japan with tariffs on cars.", "en")
    assert ("IRN", "ISR", "190") in _codes("Iran retaliated against Israel.", "en")


@pytest.mark.parametrize(("text", "language"), [
    ("Argentina announced the expropriation of YPF, the subsidiary of Spain's Repsol.", "en"),
    ("Un juez argentino ordenó el decomiso del avión de la estatal venezolana Conviasa.", "es"),
])
def test_a_seizure_told_by_a_noun_is_done_to_the_owners_state(text: str, language: str) -> None:
    codes = _codes(text, language)
    assert any(c[0] == "ARG" and c[1] in ("ESP", "VEN") and c[2] == "171" for c in codes), codes
