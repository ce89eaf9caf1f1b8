"""Text coder, coder 0.3.11: forces sent to a border, boycotts, and a bare country name before troops.

- deploying, massing or mobilising forces at, to or along the border or frontier with a state (or the line
  of contact) mobilises them against that state (154); it is no military aid to it. Sending aid to the
  border is still aid;
- boycotting the Olympics, a summit, talks or elections, and staying away from them, is a protest by absence
  (143); boycotting a state's goods stays an embargo (163);
- Spanish verb-subject order: "Envió Rusia tropas a Siria" names Russia, then the troops it sends (a bare
  country name is no adjective of the troops after it; "US troops" still is).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language"), [
    ("Colombia desplegó miles de soldados en la frontera con Venezuela.", "es"),
    ("Desplegó Colombia miles de soldados en la frontera con Venezuela.", "es"),
    ("Colombia deployed thousands of soldiers to the border with Venezuela.", "en"),
])
def test_troops_deployed_to_a_border_are_mobilised_against_the_neighbour(text: str, language: str) -> None:
    assert _events(text, language) == {("COL", "VEN", "154")}


def test_aid_sent_to_the_border_is_still_aid() -> None:
    assert _events("Estados Unidos envió ayuda humanitaria a la frontera con Venezuela.", "es") \
        == {("USA", "VEN", "073")}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Canada boycotted the Beijing Olympics over China's treatment of the Uighurs.", "en", {("CAN", "CHN", "143")}),
    # the host of the boycotted summit (coder 0.3.18; it was a venue, with no target, before)
    ("Chile staged a diplomatic boycott of the summit in Caracas.", "en", {("CHL", "VEN", "143")}),
    ("Estados Unidos boicoteó los Juegos de Moscú.", "es", {("USA", "RUS", "143")}),
])
def test_boycotting_an_event_is_a_protest(text: str, language: str, expected: set[tuple]) -> None:
    assert _events(text, language) == expected


def test_boycotting_goods_is_an_embargo() -> None:
    assert {e[2] for e in _events("Iran boycotted Israeli goods.", "en")} == {"163"}


def test_staying_away_is_a_one_sided_protest_unless_the_place_is_known() -> None:
    # a city the dictionaries do not place stays a venue; one they do names the host (coder 0.3.19)
    assert ("MEX", None, "143") in _events("Mexico's president stayed away from the summit in Cienfuegos.", "en")
    assert ("MEX", "USA", "143") in _events("Mexico's president stayed away from the summit in Los Angeles.", "en")


def test_a_bare_country_name_before_troops_is_their_sender() -> None:
    assert _events("Envió Rusia tropas a Siria.", "es") == {("RUS", "SYR", "072")}
    assert {e[0] for e in _events("US troops attacked a base in Syria.", "en")} == {"USA"}


@pytest.mark.parametrize(("text", "language"), [
    ("Washington gave Moscow 60 days to return to the treaty.", "en"),
    ("Estados Unidos dio a Rusia 60 días para cumplir el tratado.", "es"),
])
def test_days_to_comply_are_an_ultimatum_not_a_gift(text: str, language: str) -> None:
    assert _events(text, language) == {("USA", "RUS", "139")}


@pytest.mark.parametrize(("text", "language", "code"), [
    ("Russia cancelled the planned visit to Cuba.", "en", "160"),
    ("Rusia canceló la visita a Cuba.", "es", "160"),
    ("Russia postponed talks with Japan.", "en", "164"),
    ("Rusia aplazó las conversaciones con Japón.", "es", "164"),
])
def test_a_cancelled_visit_or_postponed_talks_did_not_happen(text: str, language: str, code: str) -> None:
    events = _events(text, language)
    assert {e[2] for e in events} == {code}
    assert not any(e[2].startswith("04") for e in events)


def test_unknown_perpetrators_are_an_armed_group_of_no_known_side() -> None:
    events = code_text("Desconocidos amenazaron de muerte a un periodista.", language="es")
    assert [(e.source.sector, e.target and e.target.sector, e.cameo) for e in events] == [("UAF", "MED", "130")]


@pytest.mark.parametrize(("text", "language", "target"), [
    ("Obama promised that the Syrian government would face international consequences.", "en", "SYR"),
    ("Trump vowed to meet North Korean threats with fire and fury.", "en", "PRK"),
    ("Obama prometió que el gobierno sirio enfrentaría las consecuencias.", "es", "SYR"),
])
def test_a_vow_of_consequences_is_a_threat(text: str, language: str, target: str) -> None:
    assert {(e[1], e[2]) for e in _events(text, language)} == {(target, "130")}


def test_a_promise_of_aid_stays_a_promise() -> None:
    assert {e[2] for e in _events("Russia promised to send aid to Venezuela.", "en")} == {"033"}


@pytest.mark.parametrize(("text", "language"), [
    ("Venezuela sent 3,000 more soldiers to the Colombian border.", "en"),
    ("Venezuela envió 2.000 soldados a la frontera con Colombia.", "es"),
    ("Venezuela envió tropas a la frontera colombiana.", "es"),
    ("Venezuela sent two more divisions to the border with Colombia.", "en"),
    ("Venezuela rushed troops to the border with Colombia.", "en"),
    ("Venezuela moved reinforcements to the border with Colombia.", "en"),
    ("Venezuela envió dos brigadas a la frontera con Colombia.", "es"),
])
def test_forces_sent_to_a_border_are_mobilised_against_the_neighbour(text: str, language: str) -> None:
    """Coder 0.3.12: a verb of sending whose objects are forces bound for a border (cue kind
    ``forces_to_border``), also when a demonym names the border's state."""
    assert _events(text, language) == {("VEN", "COL", "154")}


def test_forces_sent_into_a_state_are_still_military_aid() -> None:
    assert _events("Russia sent troops to Syria.", "en") == {("RUS", "SYR", "072")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia's military sent bombers to Venezuela.", ("RUS", "VEN", "072")),
    ("China's military launched drills around Taiwan.", ("CHN", "TWN", "150")),
    ("The Chinese military held drills near Taiwan.", ("CHN", "TWN", "150")),
])
def test_a_past_verb_after_an_actor_ending_in_military_is_its_verb(text: str, expected: tuple) -> None:
    """Coder 0.3.12: "military" before a noun makes it a noun ("military aid"); after an actor that ends in
    it ("China's military"), a past form is that actor's verb."""
    assert _events(text, "en") == {expected}


def test_military_aid_after_a_state_stays_a_noun() -> None:
    assert _events("US military aid to Ukraine grew.", "en") == {("USA", "UKR", "072")}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The U.S. Navy sent a carrier strike group toward Korea in a show of force against North Korea.", "en",
     ("USA", "PRK", "150")),
    ("Aterrizaron en Caracas dos bombarderos rusos, en una demostración de fuerza frente a Washington.", "es",
     ("RUS", "USA", "150")),
])
def test_a_show_of_force_demonstrates_military_power(text: str, language: str, expected: tuple) -> None:
    """Coder 0.3.12: "a show of force", "una demostración de fuerza" is 150 toward the state it faces; a
    "strike group" is a naval unit, no attack."""
    found = _events(text, language)
    assert expected in found and not any(e[2].startswith("19") for e in found), found


@pytest.mark.parametrize(("text", "language", "code"), [
    ("Venezuela began military exercises near the border with Colombia.", "en", "150"),
    ("Venezuela realizó maniobras militares cerca de la frontera con Colombia.", "es", "150"),
    ("Venezuela staged war games close to the Colombian border.", "en", "150"),
    ("Venezuela placed its troops on high alert along the border with Colombia.", "en", "152"),
    ("Venezuela called up reservists amid tensions with Colombia.", "en", "154"),
    ("Venezuela convocó a los reservistas ante las amenazas de Colombia.", "es", "154"),
])
def test_postures_near_a_border_are_shows_of_force_not_cooperation(text: str, language: str, code: str) -> None:
    """Coder 0.3.21: the state a border is shared with is no partner in drills held there (no 062); "close to" is
    no closing of a border (no 191); calling up reservists is a mobilisation, not a telephone call (no 041)."""
    found = _events(text, language)
    assert ("VEN", "COL", code) in found
    assert not any(c[:2] in ("06", "04") or c == "191" for _, _, c in found)


@pytest.mark.parametrize(("text", "language", "code"), [
    ("China vowed to attack Taiwan.", "en", "138"),
    ("China prometió aplastar a Taiwán.", "es", "130"),
    ("Russia vowed to seize Ukrainian assets.", "en", "130"),
])
def test_an_intent_to_use_force_or_coercion_is_a_threat(text: str, language: str, code: str) -> None:
    """Coder 0.3.21: a promise or vow whose act is force (18-20) or coercion (17) threatens its target; it is no
    intent to give military aid (0332), as the inner act's military kind made it before."""
    found = _events(text, language)
    assert any(c == code for _, _, c in found), found
    assert not any(c.startswith("03") for _, _, c in found)


@pytest.mark.parametrize(("text", "language"), [
    ("Biden said Russia would pay a heavy price if it invaded Ukraine.", "en"),
    ("Biden said Russia would face serious consequences.", "en"),
    ("Biden dijo que Rusia pagará caro.", "es"),
])
def test_saying_a_state_will_pay_threatens_it(text: str, language: str) -> None:
    """Coder 0.3.21: a report that a state would pay or face consequences (cue kind ``reported_threat``) is the
    speaker's threat (130) against it, as wording that judges it is an accusation; the "if" act stays
    hypothetical."""
    found = _events(text, language)
    assert ("USA", "RUS", "130") in found
    assert not any(c.startswith("19") for _, _, c in found)


@pytest.mark.parametrize(("text", "language", "code"), [
    ("Washington urged Moscow to withdraw its troops from Ukraine.", "en", "0256"),
    ("Washington exigió a Moscú retirar sus tropas de Ucrania.", "es", "1056"),
    ("Rusia entregó sistemas antiaéreos a Venezuela.", "es", "072"),
    ("Rusia atacó la decisión de Estados Unidos.", "es", "111"),
])
def test_objects_that_name_what_is_asked_or_sent(text: str, language: str, code: str) -> None:
    """Coder 0.3.21: troops asked to withdraw are a de-escalation asked for (0256, 1056), not military aid asked
    for (0232, 1032); anti-aircraft systems are military goods; attacking a decision is criticism."""
    assert code in {c for _, _, c in _events(text, language)}


@pytest.mark.parametrize(("text", "language", "code"), [
    ("Venezuela announced the closure of its border with Colombia.", "en", "191"),
    ("Venezuela anunció el cierre de la frontera con Colombia.", "es", "191"),
    ("Venezuela announced the severing of ties with Colombia.", "en", "161"),
    ("Venezuela anunció la ruptura de relaciones con Colombia.", "es", "161"),
])
def test_closures_and_ruptures_named_by_nouns(text: str, language: str, code: str) -> None:
    """Coder 0.3.21: a border closure and a rupture of relations named by a noun are events of their own (191,
    161)."""
    found = _events(text, language)
    assert any(c == code for _, _, c in found), found


@pytest.mark.parametrize(("text", "language", "code"), [
    ("Ghana denounced the deployment of Togolese warships off its coast near Accra.", "en", "150"),
    ("Ghana denounced the deployment of Togolese troops near Ghana's border.", "en", "150"),
    ("Ghana denunció el despliegue de buques togoleses frente a las costas de Ghana.", "es", "150"),
    ("Togo ordenó el despliegue de diez batallones en la frontera con Ghana.", "es", "154"),
])
def test_a_deployment_named_by_a_noun_is_a_show_of_force(text: str, language: str, code: str) -> None:
    """Coder 0.3.23: the noun "deployment"/"despliegue" near a state or on its border reads as the verb does."""
    assert ("TGO", "GHA", code) in {(s, t, c) for s, t, c in _events(text, language)}
