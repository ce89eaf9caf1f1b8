"""Text coder recall: classes of state-to-state events the coder missed, each with sentences of our own.

Every case names its class; the sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def coded(text: str, language: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.country, (e.target and e.target.country), e.cameo) for e in code_text(text, language=language)
            if not e.negated}


def roots(text: str, language: str) -> set[tuple[str | None, str | None, str]]:
    return {(s, t, c[:2]) for s, t, c in coded(text, language)}


# A negated stance verb is a rejection that happened, not a support that did not.
REFUSED_STANCE = [
    ("en", "Ottawa would not support the plan to divide the island with Washington.", ("CAN", "USA", "12")),
    ("en", "Germany did not agree to the French proposal on farm subsidies.", ("DEU", "FRA", "12")),
    ("en", "Kenya will not back Uganda's bid for the council seat.", ("KEN", "UGA", "12")),
    ("es", "Chile no apoyará la propuesta de Bolivia sobre el acceso al mar.", ("CHL", "BOL", "12")),
    ("es", "Uruguay no aceptó el plan de Argentina para el río.", ("URY", "ARG", "12")),
]


@pytest.mark.parametrize(("language", "text", "event"), REFUSED_STANCE)
def test_a_negated_stance_is_a_rejection(language: str, text: str, event: tuple) -> None:
    found = roots(text, language)
    assert event in found
    assert not any(c in ("03", "05") for _, _, c in found)  # no support or intent beside it


def test_a_denied_act_stays_a_negated_act() -> None:
    # "denied sending" denies that an act happened: no rejection of the other state, no act either.
    found = roots("Russia denied sending troops to Georgia.", "en")
    assert ("RUS", "GEO", "07") not in found and ("RUS", "GEO", "12") not in found


# Briefing a counterpart is a consultation, both ways.
@pytest.mark.parametrize(("text", "pair"), [
    ("The Brazilian foreign minister briefed his Chinese counterpart on Monday about the trade talks.",
     ("BRA", "CHN")),
    ("Canada's defence minister briefed Norway on the Arctic patrol plans.", ("CAN", "NOR")),
])
def test_briefing_a_counterpart_is_a_consultation(text: str, pair: tuple) -> None:
    a, b = pair
    assert {(a, b, "04"), (b, a, "04")} <= roots(text, "en")


# A nominal mutual event between two parties and no other subject: each side acts with the other.
@pytest.mark.parametrize(("language", "text", "pair"), [
    ("en", "Talks between Cairo and Ankara ended on Friday.", ("EGY", "TUR")),
    ("en", "The talks between Peru and Chile resumed in Lima after a pause.", ("PER", "CHL")),
    ("es", "Las conversaciones entre Quito y Lima se reanudaron el lunes.", ("ECU", "PER")),
    ("es", "La reunión entre Argentina y Uruguay duró tres horas.", ("ARG", "URY")),
])
def test_talks_between_two_states_are_consultations_both_ways(language: str, text: str, pair: tuple) -> None:
    a, b = pair
    assert {(a, b, "04"), (b, a, "04")} <= roots(text, language)


# A clause opened by a gerund takes the subject of the main clause after its comma.
@pytest.mark.parametrize(("language", "text", "event"), [
    ("en", "Meeting with the visiting Polish president, Merkel said Germany wanted closer ties.",
     ("DEU", "POL", "04")),
    ("en", "After meeting the Chilean foreign minister, Argentina announced new flights.", ("ARG", "CHL", "04")),
    ("en", "Praising the Chilean offer, the Argentine government said talks would resume.", ("ARG", "CHL", "05")),
    ("es", "Conversando con el canciller chileno, el presidente boliviano dijo que quiere dialogar.",
     ("BOL", "CHL", "04")),
    ("es", "Criticando a Washington, el gobierno de Venezuela anunció nuevas medidas.", ("VEN", "USA", "11")),
])
def test_a_fronted_gerund_clause_takes_the_main_subject(language: str, text: str, event: tuple) -> None:
    assert event in roots(text, language)


def test_a_fronted_gerund_clause_without_a_main_subject_codes_nothing() -> None:
    # The main clause opens with a preposition: its actor is not the subject of the gerund.
    assert not roots("Meeting with the Polish president, in Berlin officials said little.", "en")


def test_a_lower_case_common_noun_is_not_the_island_of_the_same_name() -> None:
    # "reunión" (a meeting) is not Réunion: a place whose name is an ordinary word needs its capital.
    found = coded("Los ministros de Perú y Chile se comprometieron a cooperar durante una reunión en Lima.", "es")
    assert not any("REU" in (s, t) for s, t, _ in found)


# A report whose content says another state's conduct is wrong is the speaker's accusation.
@pytest.mark.parametrize(("language", "text", "pair"), [
    ("en", "The United States said Taiwan's import tariffs were unacceptable.", ("USA", "TWN")),
    ("en", "Brazil said on Monday in a long statement that France violated the trade accord.", ("BRA", "FRA")),
    ("en", "Israel says Iran is pursuing a nuclear bomb.", ("ISR", "IRN")),
    ("es", "Cuba dijo que la injerencia de Washington en Venezuela es inaceptable.", ("CUB", "USA")),
    ("es", "Bolivia afirmó que Chile viola el tratado de 1904.", ("BOL", "CHL")),
])
def test_a_report_of_wrongdoing_is_an_accusation(language: str, text: str, pair: tuple) -> None:
    assert (*pair, "11") in roots(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Germany said that the Dutch plan was acceptable."),  # no wrongdoing
    ("en", "Iraq said its troops repelled an Iranian attack."),  # the speaker's own act
    ("es", "Perú dijo que sus propias leyes son inaceptables para Chile."),  # the speaker's own conduct
])
def test_a_report_without_wrongdoing_by_another_state_is_no_accusation(language: str, text: str) -> None:
    assert not any(c == "11" for _, _, c in roots(text, language))


# Armed forces withdrawing are a military de-escalation (RETREAT 087), not a political concession.
@pytest.mark.parametrize(("language", "text", "pair"), [
    ("en", "Peruvian troops withdrew from Ecuador on Monday.", ("PER", "ECU")),
    ("en", "Chile began withdrawing troops from the border with Bolivia.", ("CHL", "BOL")),
    ("es", "Perú retiró a sus soldados de la frontera con Ecuador.", ("PER", "ECU")),
])
def test_troops_withdrawing_are_a_military_de_escalation(language: str, text: str, pair: tuple) -> None:
    assert (*pair, "087") in coded(text, language)


def test_other_withdrawals_keep_their_codes() -> None:
    assert ("CHL", "BOL", "161") in coded("Chile retiró su embajador en Bolivia.", "es")
    assert ("PER", "CHL", "087") not in coded("Peru withdrew its complaint against Chile.", "en")


# A gerund after "by"/"after" inside a clause shares the clause's subject, not its object.
@pytest.mark.parametrize(("text", "event", "not_source"), [
    ("Putin angered Tokyo by rebuffing Japan's hopes of a deal.", ("RUS", "JPN", "12"), "JPN"),
    ("Merkel began the trip by signing a deal with China.", ("DEU", "CHN", "05"), None),
    ("Peru angered Chile after meeting Bolivia's president.", ("PER", "BOL", "04"), "CHL"),
])
def test_an_adverbial_gerund_takes_the_clause_subject(text: str, event: tuple, not_source: str | None) -> None:
    found = roots(text, "en")
    assert event in found
    assert not any(s == not_source for s, _, _ in found)  # the main verb's object is not the gerund's subject


# A meeting that is the setting of another act ("during a meeting") is its own consultation.
@pytest.mark.parametrize(("language", "text", "pair"), [
    ("es", "Los cancilleres chileno y peruano se comprometieron a cooperar durante una reunión en Lima.",
     ("CHL", "PER")),
    ("en", "The foreign ministers of Peru and Chile pledged closer ties during a meeting in Lima.", ("PER", "CHL")),
])
def test_a_meeting_in_the_setting_is_a_consultation(language: str, text: str, pair: tuple) -> None:
    a, b = pair
    found = roots(text, language)
    assert {(a, b, "04"), (b, a, "04"), (a, b, "03")} <= found


def test_an_agreement_between_two_states_binds_both() -> None:
    a, b = "PER", "CHL"
    found = coded("The trade agreement between Peru and Chile took effect in May.", "en")
    assert {(a, b, "057"), (b, a, "057")} <= found


# A rejected accusation happened: the accuser accuses the one who rejects it, who rejects the accuser.
@pytest.mark.parametrize(("language", "text", "pair"), [
    ("en", "Peru rejected Chile's criticism of its fishing policy.", ("PER", "CHL")),
    ("es", "Cuba rechazó las acusaciones de Estados Unidos.", ("CUB", "USA")),
])
def test_a_rejected_accusation_is_coded_both_ways(language: str, text: str, pair: tuple) -> None:
    rejector, accuser = pair
    assert {(rejector, accuser, "12"), (accuser, rejector, "11")} <= roots(text, language)


def test_an_accusation_that_is_backed_is_not_aimed_at_its_backer() -> None:
    assert ("CHN", "RUS", "11") not in roots("Russia backed China's criticism of the plan.", "en")


# Wire-style casing capitalises the word after "U.S.": a function word or a past-tense verb is no name.
@pytest.mark.parametrize(("text", "event"), [
    ("Iran warned the U.S. Not to intervene in the Gulf.", ("IRN", "USA", "13")),
    ("The U.S. Imposed sanctions on Poland in 1982.", ("USA", "POL", "16")),
])
def test_a_capitalised_function_word_or_verb_after_a_place_is_no_name(text: str, event: tuple) -> None:
    assert event in roots(text, "en")


def test_names_that_continue_a_place_stay_names() -> None:
    assert not roots("The Washington Post criticized Venezuela.", "en")
    assert ("ARE", "EGY", "05") in roots("The United Arab Emirates backed Egypt.", "en")


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Britain said Russia was culpable for the nerve-agent attack."),
    ("en", "Britain said Russia was responsible for the attack."),
    ("es", "Londres dijo que Rusia era responsable del ataque."),
])
def test_saying_another_state_is_to_blame_accuses_it(language: str, text: str) -> None:
    """Coder 0.3.12: "culpable", "responsible for", "responsable de" in a reported clause about another state
    accuse it (112); a state that says it is responsible for something accuses nobody."""
    assert ("GBR", "RUS", "11") in roots(text, language)
    assert roots("Russia said it was responsible for the security of the summit.", "en") == set()
