"""Text coder, coder 0.3.14: constructions of news leads found by probing the coder with lead-style sentences.

- An alert or mobilisation that names no target answers the doer of the clause after it ("put its forces on
  alert after North Korea's missile test", "tras la llegada de buques estadounidenses").
- "at" right after a verb of criticism names its target ("lashed out at the United States"); an IGO after
  "at" is the forum when a state follows ("protested at the United Nations against X").
- "called X a traitor" characterises X (111; praise, 051, when its words praise); "called X to discuss"
  is a telephone call (041); "calling it a provocation" names an act (no event); "a call with X" is a
  telephone call, not an appeal.
- Spanish "arremetió el lunes contra X" is criticism (111), an attack only when forces do it.
- A boycotted speech is a protest (143); "stepped up pressure on X" is coercion (170), not cooperation.
- Force sent near a state ("off the coast of", "around", "frente a las costas de") is shown to it (150).
- A walkout from a U.N. meeting "as X spoke" is aimed at the speaker, not the U.N.; "a Security Council
  meeting" is a noun; a state's delegates are its diplomats (GOV).

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


@pytest.mark.parametrize(("text", "language", "dyad"), [
    ("Colombia put its troops on high alert after Venezuela's missile test near the border.", "en",
     ("COL", "VEN")),
    ("Japan raised its military readiness following the launch of a North Korean rocket.", "en", ("JPN", "PRK")),
    ("Perú elevó su alerta militar tras la llegada de buques de guerra chilenos a sus aguas.", "es", ("PER", "CHL")),
])
def test_an_alert_with_no_target_answers_the_clause_after_it(text: str, language: str, dyad: tuple) -> None:
    codes = _codes(text, language)
    assert (*dyad, "152") in codes, codes


def test_at_right_after_a_verb_of_criticism_names_the_target() -> None:
    codes = _codes("Beijing lashed out at Washington on Tuesday over a new arms package for Taiwan.", "en")
    assert ("CHN", "USA", "111") in codes, codes
    assert not any(c[:2] == ("CHN", "TWN") for c in codes), codes


def test_an_igo_after_at_is_the_forum_when_a_state_follows() -> None:
    codes = _codes("Iran protested at the United Nations against Israel's air strikes.", "en")
    assert any(c[:2] == ("IRN", "ISR") and c[2][:2] in ("11", "14") for c in codes), codes
    assert not any(c[0] == "IRN" and c[1] is None for c in codes), codes


@pytest.mark.parametrize(("text", "code"), [
    ("Maduro called the Colombian president a traitor to his people.", "111"),
    ('The Iranian foreign minister called Washington "a bully" on Sunday.', "111"),
    ("Putin called Venezuela a true friend of Russia.", "051"),
])
def test_calling_a_state_something_characterises_it(text: str, code: str) -> None:
    codes = _codes(text, "en")
    assert any(c[2] == code for c in codes), codes
    assert not any(c[2] == "041" for c in codes), codes


def test_calling_a_leader_to_discuss_something_is_a_phone_call() -> None:
    codes = _codes("Macron called the Russian president on Friday to discuss the grain deal.", "en")
    assert ("FRA", "RUS", "041") in codes and ("RUS", "FRA", "041") in codes, codes
    assert not any(c[2].startswith("11") for c in codes), codes


def test_calling_it_something_is_no_phone_call() -> None:
    codes = _codes("Moscow criticised Kyiv for the drone strike, calling it a reckless provocation.", "en")
    assert ("RUS", "UKR", "111") in codes, codes
    assert not any(c[2].startswith("04") for c in codes), codes


def test_a_call_with_a_leader_is_a_phone_call_both_ways() -> None:
    codes = _codes("Scholz raised the issue of arms exports during a call with Xi Jinping.", "en")
    assert ("DEU", "CHN", "041") in codes and ("CHN", "DEU", "041") in codes, codes
    assert not any(c[2].startswith("02") for c in codes), codes


@pytest.mark.parametrize(("text", "dyad", "code"), [
    ("Cuba arremetió el lunes contra Estados Unidos por el embargo.", ("CUB", "USA"), "111"),
    ("Las tropas rusas arremetieron el martes contra posiciones ucranianas en el este.", ("RUS", "UKR"), "190"),
])
def test_spanish_arremeter_is_words_unless_forces_do_it(text: str, dyad: tuple, code: str) -> None:
    codes = _codes(text, "es")
    assert (*dyad, code) in codes, codes


def test_a_boycotted_speech_is_a_protest_at_the_speaker() -> None:
    codes = _codes("Britain and Canada boycotted a speech by the Iranian president in Geneva.", "en")
    assert ("GBR", "IRN", "143") in codes and ("CAN", "IRN", "143") in codes, codes
    assert not any(c[2] == "163" for c in codes), codes


@pytest.mark.parametrize(("text", "language", "dyad"), [
    ("Washington stepped up pressure on Havana with a new round of visa bans.", "en", ("USA", "CUB")),
    ("España aumentó la presión sobre Marruecos tras la crisis migratoria.", "es", ("ESP", "MAR")),
])
def test_stepped_up_pressure_is_coercion(text: str, language: str, dyad: tuple) -> None:
    codes = _codes(text, language)
    assert (*dyad, "170") in codes, codes
    assert not any(c[2].startswith("06") for c in codes), codes


@pytest.mark.parametrize(("text", "language", "dyad"), [
    ("Russia sent three warships off the coast of Norway during the exercise.", "en", ("RUS", "NOR")),
    ("Beijing sent bombers and frigates around the Philippines on Tuesday.", "en", ("CHN", "PHL")),
    ("Rusia envió dos fragatas frente a las costas de Irlanda.", "es", ("RUS", "IRL")),
])
def test_force_sent_near_a_state_is_shown_to_it(text: str, language: str, dyad: tuple) -> None:
    codes = _codes(text, language)
    assert (*dyad, "150") in codes, codes
    assert not any(c[2].startswith("07") for c in codes), codes


def test_force_sent_into_a_state_stays_support() -> None:
    codes = _codes("Russia sent two strategic bombers to Venezuela.", "en")
    assert any(c[:2] == ("RUS", "VEN") and c[2].startswith("07") for c in codes), codes


def test_a_walkout_from_a_un_meeting_is_aimed_at_the_speaker() -> None:
    codes = _codes("Ukraine's envoy walked out of a Security Council meeting as the Russian ambassador spoke.", "en")
    assert ("UKR", "RUS", "143") in codes, codes
    assert not any(c[2].startswith("04") for c in codes), codes


def test_state_delegates_are_its_diplomats_and_the_general_assembly_is_the_un() -> None:
    mentions = find_actors("Chilean delegates left the U.N. General Assembly hall.", dt.date(2015, 1, 1))
    found = {(m.text, m.country, m.sector) for m in mentions}
    assert ("Chilean delegates", "CHL", "GOV") in found, found
    assert ("U.N. General Assembly", None, "IGO") in found, found


@pytest.mark.parametrize(("text", "language", "dyad"), [
    ("Poland summoned the Belarusian ambassador on Friday over the border incident.", "en", ("POL", "BLR")),
    ("Japan called in China's envoy after the drone flew near Okinawa.", "en", ("JPN", "CHN")),
    ("Marruecos convocó al encargado de negocios de Argelia tras las declaraciones del ministro.", "es",
     ("MAR", "DZA")),
])
def test_summoning_an_envoy_is_a_formal_complaint(text: str, language: str, dyad: tuple) -> None:
    codes = _codes(text, language)
    assert (*dyad, "114") in codes, codes
    assert not any(c[2].startswith("04") for c in codes), codes


def test_recalling_ones_own_ambassador_for_consultations_is_no_complaint() -> None:
    codes = _codes("Chile llamó a consultas a su embajador en Lima.", "es")
    assert ("CHL", "PER", "161") in codes, codes
    assert not any(c[2] == "114" for c in codes), codes


def test_calling_a_government_illegitimate_stays_criticism() -> None:
    codes = _codes("Canada's prime minister called the Nicaraguan government illegitimate on Monday.", "en")
    assert any(c[1] == "NIC" and c[2] == "111" for c in codes), codes


def test_a_state_after_a_named_town_and_a_comma_is_where_they_met() -> None:
    codes = _codes("Modi and Putin met in Kazan, Russia, on Tuesday.", "en")
    assert ("IND", "RUS", "040") in codes and ("RUS", "IND", "040") in codes, codes
    codes = _codes("Lula and Biden met in Hiroshima, Japan, on Sunday.", "en")
    assert not any(c[1] == "JPN" or c[0] == "JPN" for c in codes), codes


def test_back_before_a_preposition_is_the_adverb() -> None:
    codes = _codes("Washington put Havana back on its list of state sponsors of terrorism.", "en")
    assert not any(c[2].startswith("05") for c in codes), codes
    assert ("RUS", "VEN", "051") in _codes("Russia and China back Venezuela's government.", "en")


@pytest.mark.parametrize(("text", "language", "dyad"), [
    ("Turkish jets bombed Kurdish militia positions in Syria on Sunday, and Damascus vowed to respond.", "en",
     ("SYR", "TUR")),
    ("Un dron estadounidense mató a un comandante iraquí en Bagdad, e Irak prometió venganza.", "es",
     ("IRQ", "USA")),
])
def test_a_vow_of_retaliation_threatens_the_doer_of_the_act_it_answers(text: str, language: str,
                                                                        dyad: tuple) -> None:
    codes = _codes(text, language)
    assert (*dyad, "130") in codes, codes


@pytest.mark.parametrize(("text", "language", "dyad"), [
    ("Four Armenian soldiers were killed in a clash with Azerbaijani troops near the border.", "en", ("AZE", "ARM")),
    ("Dos soldados peruanos murieron en un enfrentamiento con tropas ecuatorianas en la cordillera.", "es",
     ("ECU", "PER")),
])
def test_the_other_side_of_a_deadly_clash_is_the_attacker(text: str, language: str, dyad: tuple) -> None:
    codes = _codes(text, language)
    assert any(c[:2] == dyad and c[2][:2] in ("18", "19") for c in codes), codes


@pytest.mark.parametrize(("text", "language", "dyad"), [
    ("China suspended all trade with Lithuania on Friday.", "en", ("CHN", "LTU")),
    ("Turquía cortó el comercio con Israel.", "es", ("TUR", "ISR")),
])
def test_halting_trade_is_an_embargo(text: str, language: str, dyad: tuple) -> None:
    codes = _codes(text, language)
    assert (*dyad, "163") in codes, codes
    assert not any(c[2].startswith("06") for c in codes), codes


def test_forces_that_land_for_joint_exercises_cooperate_with_the_host() -> None:
    codes = _codes("Two Chinese warplanes landed in Belarus for joint exercises on Monday.", "en")
    assert ("CHN", "BLR", "062") in codes and ("BLR", "CHN", "062") in codes, codes
    assert not any(c[2].startswith("07") for c in codes), codes


def test_forces_ordered_to_a_border_are_mobilised() -> None:
    codes = _codes("The Ecuadorian president ordered two battalions to the Peruvian border.", "en")
    assert ("ECU", "PER", "154") in codes, codes
    assert not any(c[2].startswith("10") for c in codes), codes


def test_a_move_aimed_at_something_is_no_intent_of_its_own() -> None:
    codes = _codes("Britain froze Russian assets in a move aimed at weakening the Kremlin.", "en")
    assert not any(c[2].startswith("03") for c in codes), codes


def test_a_place_between_a_verb_and_its_infinitive_is_skipped() -> None:
    codes = _codes("Peru and Chile agreed in Lima to resume talks on the maritime border.", "en")
    assert any(c[:2] == ("PER", "CHL") and c[2].startswith("03") for c in codes), codes
    assert not any(c[2].startswith("05") for c in codes), codes


@pytest.mark.parametrize(("text", "dyad", "code"), [
    ("Syrian forces shelled a Turkish observation post on Monday, in what Ankara called a deliberate attack.",
     ("TUR", "SYR"), "111"),
    ("Cuba freed ten political prisoners on Friday, in what Madrid described as a positive step.",
     ("ESP", "CUB"), "051"),
])
def test_in_what_a_state_called_characterises_the_act_just_told(text: str, dyad: tuple, code: str) -> None:
    codes = _codes(text, "en")
    assert (*dyad, code) in codes, codes


def test_the_doers_own_framing_is_no_criticism() -> None:
    codes = _codes("Chinese warships docked in Karachi on Sunday, in what Beijing described as a routine port "
                   "call with Pakistan.", "en")
    assert not any(c[0] == "CHN" and c[2].startswith("11") for c in codes), codes


def test_a_noun_owned_by_someone_the_dictionaries_lack_is_not_the_subjects() -> None:
    codes = _codes("Beijing suspended climate talks in retaliation for Ramirez's visit to Taiwan.", "en")
    assert not any(c[2].startswith("04") for c in codes), codes


@pytest.mark.parametrize(("text", "language", "dyad"), [
    ("Seoul voiced deep concern over Pyongyang's latest missile launch.", "en", ("KOR", "PRK")),
    ("Chile expresó su preocupación por la presencia militar rusa en Venezuela.", "es", ("CHL", "RUS")),
])
def test_voiced_concern_is_disapproval(text: str, language: str, dyad: tuple) -> None:
    assert (*dyad, "110") in _codes(text, language)


@pytest.mark.parametrize("text", [
    "Turkey launched air strikes against Kurdish positions in northern Iraq on Sunday.",
    "Saudi Arabia launched missile strikes on targets in Yemen and Iraq.",
])
def test_launched_strikes_are_attacks_not_labour_strikes(text: str) -> None:
    codes = _codes(text, "en")
    assert any(c[0] in ("TUR", "SAU") and c[2] == "195" for c in codes), codes
    assert not any(c[2].startswith("14") for c in codes), codes


@pytest.mark.parametrize(("text", "language", "dyad"), [
    ("Kenya and Uganda severed diplomatic ties with Somalia and closed their land borders.", "en", ("KEN", "SOM")),
    ("Camboya cerró todos los pasos fronterizos con Tailandia.", "es", ("KHM", "THA")),
])
def test_closing_crossings_and_links_restricts_movement(text: str, language: str, dyad: tuple) -> None:
    codes = _codes(text, language)
    assert (*dyad, "191") in codes, codes
    assert not any(c[2] == "191" and c[1] in ("KEN", "UGA") for c in codes), codes


@pytest.mark.parametrize(("text", "language", "words"), [
    ("Hundreds of thousands of Syrian men have left for Turkey since the war began.", "en", "Syrian men"),
    ("Más de medio millón de nicaragüenses llegaron a Costa Rica.", "es", "nicaragüenses"),
])
def test_a_states_people_are_not_the_state(text: str, language: str, words: str) -> None:
    mentions = find_actors(text, dt.date(2020, 1, 1))
    people = [m for m in mentions if m.text == words]
    assert people and people[0].sector == "CVL", [(m.text, m.sector) for m in mentions]
    assert not any(c[2].startswith("04") for c in _codes(text, language))


def test_a_reporting_verb_after_what_it_reports_is_no_meeting() -> None:
    codes = _codes("Tropas de Armenia y Azerbaiyán se enfrentaron en la frontera, informó Ereván.", "es")
    assert not any(c[2].startswith("04") for c in codes), codes
    assert any(c[:2] == ("ARM", "AZE") and c[2].startswith("19") for c in codes), codes


@pytest.mark.parametrize(("text", "language", "dyad"), [
    ("Chile cerró la frontera con Bolivia, y el gobierno boliviano calificó esas medidas de hostiles.", "es",
     ("BOL", "CHL")),
    ("Evo Morales calificó la decisión de Chile de provocación.", "es", ("BOL", "CHL")),
    ("Beijing described the Japanese move as a provocation.", "en", ("CHN", "JPN")),
])
def test_a_characterisation_reaches_past_its_object_noun(text: str, language: str, dyad: tuple) -> None:
    codes = _codes(text, language)
    assert (*dyad, "111") in codes, codes


def test_a_participle_after_a_comma_is_its_own_act_of_the_same_doer() -> None:
    codes = _codes("Ankara threatened to veto the membership bids at NATO, accusing Stockholm of sheltering "
                   "militants.", "en")
    assert ("TUR", "SWE", "112") in codes, codes
    assert not any(c[2] == "112" and c[0] != "TUR" for c in codes), codes


def test_a_warning_after_a_comma_is_aimed_at_whom_the_act_was_done_to() -> None:
    codes = _codes("Egypt closed its border with Sudan on Monday, warning that any incursion would be met with "
                   "force.", "en")
    assert ("EGY", "SDN", "191") in codes, codes
    assert any(c[:2] == ("EGY", "SDN") and c[2].startswith("13") for c in codes), codes


def test_a_joint_patrol_flown_by_two_states_is_cooperation() -> None:
    codes = _codes("Russian and Chinese bombers flew a joint air patrol over the East China Sea.", "en")
    assert ("RUS", "CHN", "062") in codes and ("CHN", "RUS", "062") in codes, codes


@pytest.mark.parametrize(("text", "language"), [
    ("Uruguay beat Chile 2-1 in the World Cup qualifier in Montevideo on Tuesday.", "en"),
    ("Colombia derrotó a Perú por 3-0 en Barranquilla.", "es"),
])
def test_a_match_result_is_no_assault(text: str, language: str) -> None:
    codes = _codes(text, language)
    assert not any(c[2][:2] in ("17", "18", "19", "20") for c in codes), codes


@pytest.mark.parametrize(("text", "language", "dyad"), [
    ("North Korea fired two ballistic missiles into the sea off South Korea on Sunday.", "en", ("PRK", "KOR")),
    ("China disparó cinco misiles a las aguas cercanas a Japón.", "es", ("CHN", "JPN")),
])
def test_missiles_fired_into_the_sea_near_a_state_are_a_show_of_force(text: str, language: str,
                                                                     dyad: tuple) -> None:
    codes = _codes(text, language)
    assert (*dyad, "150") in codes, codes
    assert not any(c[2].startswith("19") for c in codes), codes
