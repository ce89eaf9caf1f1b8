"""Text coder, coder 0.3.20: judging an act named before is criticism (111) of whoever did it.

- "called the incident a ...", "calling it a ...", "likened to", "comparó con": a characterisation; when it names
  no one, its target is the earlier act's doer, as for "condemned the attack".
- "calificó las declaraciones de ...", "called the remarks ...": the words judged are those of the speaker of the
  last reporting verb before it.
- "called for" stays an appeal.
- "concluded that X ...", "concluyó que X ...": an investigation's finding (090) against X, the subject of the clause
  it opens; a clause that opens with no actor gives no event.
- "foiled an Iranian plot", "frustró un complot ruso": an accusation of the plot's owner.
- A vow of punishment ("vowed to hold Tehran accountable", "prometió que Israel pagará") is a threat, no promise.
- A state taken before an international court is sued (115).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _codes(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo[:2])
            for e in code_text(text, dt.date(2020, 1, 1), language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language"), [
    ("Peru expelled the Chilean consul, and Santiago called the move an unfriendly act.", "en"),
    ("Peru expelled the Chilean consul, and Santiago called it an unfriendly act.", "en"),
    ("Peru deported hundreds of Chilean workers, in a campaign that Santiago likened to ethnic cleansing.", "en"),
    ("Perú deportó a cientos de trabajadores chilenos, una campaña que Santiago comparó con una limpieza étnica.",
     "es"),
])
def test_judging_an_earlier_act_criticises_its_doer(text: str, language: str) -> None:
    assert ("CHL", "PER", "11") in _codes(text, language)


def test_judging_the_words_of_the_last_speaker() -> None:
    codes = _codes("El presidente peruano dijo que no descarta cerrar la frontera, y el canciller chileno calificó "
                   "las declaraciones de irresponsables.", "es")
    assert ("CHL", "PER", "11") in codes, codes


def test_calling_for_stays_an_appeal() -> None:
    codes = _codes("Chile called for the first time on Peru to reopen the border.", "en")
    assert ("CHL", "PER", "02") in codes and not any(c[2] == "11" for c in codes), codes


@pytest.mark.parametrize(("text", "language"), [
    ("A Chilean-led investigation concluded that a Peruvian patrol boat sank the trawler.", "en"),
    ("Santiago concluyó el jueves que agentes peruanos sabotearon el oleoducto.", "es"),
])
def test_a_finding_accuses_the_subject_of_the_clause_it_opens(text: str, language: str) -> None:
    """Coder 0.3.20: "concluded that X did ...", "concluyó que X ...": an investigation's finding against X (090)."""
    assert ("CHL", "PER", "09") in _codes(text, language)


def test_a_finding_whose_clause_opens_with_no_actor_is_no_event() -> None:
    codes = _codes("Chile concluded that the talks with Peru had been useful.", "en")
    assert not any(c[2] == "09" for c in codes), codes


@pytest.mark.parametrize(("text", "language"), [
    ("Chile said it had foiled a Peruvian plot to sabotage the pipeline.", "en"),
    ("Chile frustró un complot peruano para sabotear el oleoducto.", "es"),
])
def test_foiling_a_plot_accuses_its_owner(text: str, language: str) -> None:
    """Coder 0.3.20: "foiled an Iranian plot", "frustró un complot ruso": an accusation (112) of the plot's owner."""
    assert ("CHL", "PER", "11") in _codes(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Peru's navy sank a Chilean trawler, and Santiago vowed to hold Lima accountable.", "en"),
    ("La armada peruana hundió un pesquero chileno, y Santiago prometió que Perú pagará por este crimen.", "es"),
])
def test_a_vow_of_punishment_is_a_threat(text: str, language: str) -> None:
    """Coder 0.3.20: "vowed to hold Tehran accountable", "prometió que Israel pagará": a threat (130), no promise."""
    codes = _codes(text, language)
    assert ("CHL", "PER", "13") in codes and ("CHL", "PER", "03") not in codes, codes


@pytest.mark.parametrize(("text", "language"), [
    ("Chile took Peru to the International Court of Justice over the maritime border.", "en"),
    ("Chile denunció a Perú ante la Corte Internacional de Justicia.", "es"),
])
def test_a_state_taken_before_an_international_court_is_sued(text: str, language: str) -> None:
    """Coder 0.3.20: a claim, complaint or demand before an international court, or a state taken to one, is a
    lawsuit (115), not a seizure or a plain criticism."""
    assert ("CHL", "PER", "115") in {(c[0], c[1], e) for c, e in _full(text, language)}


def _full(text: str, language: str) -> list[tuple[tuple, str]]:
    return [((e.source.country, e.target and e.target.country), e.cameo)
            for e in code_text(text, dt.date(2020, 1, 1), language=language) if not e.negated]


def test_a_gerund_after_a_speaker_is_the_speakers() -> None:
    """Coder 0.3.21: ", X said, calling it a crime": the speaker calls the act a crime; the doer of the act the
    speaker reports does not go on into the gerund (it still does with no speaker between: "accusing")."""
    text = "Peruvian troops abducted a Bolivian mayor, Bolivia's foreign ministry said, calling it a crime."
    found = {(e.source.country, e.target and e.target.country, e.cameo) for e in code_text(text, language="en")}
    assert ("BOL", "PER", "111") in found
    assert ("PER", "BOL", "111") not in found


@pytest.mark.parametrize("text", [
    "Peru seized a Bolivian plane, which La Paz called a kidnapping.",
    "Peru deported thousands of Bolivians, a practice Bolivian officials have denounced as a crime.",
    "Peru expelled 300 Bolivian migrants, a measure that the Bolivian government called a disgrace.",
])
def test_a_relative_characterisation_criticises_the_doer(text: str) -> None:
    """Coder 0.3.21: "which X called a ...", "a practice X denounced as ...": X criticises the doer of the act
    just told."""
    assert ("BOL", "PER", "11") in _codes(text, "en")


def test_a_verb_before_a_relative_clause_takes_no_object_from_it() -> None:
    """The relative clause is no object of the verb before it: the ships went to no state."""
    found = _codes("Peru sent ships to the area, which Bolivia called a provocation.", "en")
    assert not any(c[0] == "PER" and c[2].startswith("07") for c in found)
    assert ("BOL", "PER", "11") in found


def test_calling_a_meeting_is_no_characterisation() -> None:
    assert not any(c[2] == "11" for c in _codes("Bolivia called a meeting with Peru.", "en"))


@pytest.mark.parametrize(("text", "code", "answered"), [
    ("Peru attacked the Bolivian decision as illegal.", "11", set()),
    ("Peru attacked Bolivia's policy on migrants.", "11", set()),
    ("Peru shot down the Bolivian proposal.", "12", {("BOL", "PER", "02")}),
    ("Peru attacked Bolivian positions.", "19", set()),
    ("Peru shot down a Bolivian drone.", "19", set()),
])
def test_attacking_a_decision_is_criticism_and_shooting_down_a_proposal_a_rejection(
        text: str, code: str, answered: set) -> None:
    """Coder 0.3.21: "attacked the decision", "shot down the proposal" act on words and measures, not on
    forces; "positions" and a drone stay targets of force. Since 0.3.30 the rejected proposal is also coded as
    its owner's request (the act the rejection answers)."""
    found = _codes(text, "en")
    assert ("PER", "BOL", code) in found
    assert found == {("PER", "BOL", code)} | answered


@pytest.mark.parametrize(("text", "language"), [
    ("Bolivia held Peru responsible for the attack.", "en"),
    ("Bolivia said Peru was behind the attack.", "en"),
    ("Bolivia dijo que Perú estaba detrás del ataque.", "es"),
])
def test_holding_responsible_and_being_behind_are_accusations(text: str, language: str) -> None:
    """Coder 0.3.21: "held X responsible", "said X was behind", "dijo que X estaba detrás de" accuse X (112)."""
    assert ("BOL", "PER", "11") in _codes(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Bolivia manifestó su profundo descontento con la decisión de Perú.", "es"),
    ("Bolivia expresó su malestar con Perú.", "es"),
    ("Bolivia voiced displeasure with Peru.", "en"),
])
def test_voiced_discontent_is_disapproval(text: str, language: str) -> None:
    """Coder 0.3.21: discontent, displeasure, "malestar" voiced at a state are disapproval (110), like concern."""
    assert ("BOL", "PER", "11") in _codes(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Bolivia said the Peruvian deportations of its citizens were unjust.", "en"),
    ("Bolivia dijo que las deportaciones de Perú son injustas.", "es"),
])
def test_reported_unjust_conduct_is_an_accusation(text: str, language: str) -> None:
    """Coder 0.3.21: "unjust", "unfair", "arbitrary", "inhumane" in a reported clause judge the conduct (112)."""
    assert ("BOL", "PER", "11") in _codes(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Peru pointed the finger at Ecuador over the attack.", "en"),
    ("Perú señaló con el dedo a Ecuador por el ataque.", "es"),
])
def test_pointing_the_finger_accuses(text: str, language: str) -> None:
    """Coder 0.3.22: "pointed the finger at X", "señaló con el dedo a X" accuse X (112)."""
    codes = {(e.source.country, e.target and e.target.country, e.cameo)
             for e in code_text(text, dt.date(2020, 1, 1), language=language)}
    assert ("PER", "ECU", "112") in codes, codes
