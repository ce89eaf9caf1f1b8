"""The headline's sentences from hand-made query rows: figures, periods, and the edge cases that must not
print an infinite or misleading percentage."""
from __future__ import annotations

from datetime import date

from flows.marts.headline import Change, PatronNow, build_headline, change_clause, patron_sentence, period

NAMES = {"RUS": "Russia", "VEN": "Venezuela", "USA": "United States"}
FULL = dict(last_day=date(2025, 12, 31), current_year=2025, elapsed_days=365, year_days=365)
PARTIAL = dict(last_day=date(2025, 6, 30), current_year=2025, elapsed_days=181, year_days=365)


def change(state: str = "RUS", when: dict = FULL, base: float = 400.0, base_events: int = 40, now: float = 100.0,
           now_events: int = 10) -> Change:
    return Change(state, when["last_day"], when["current_year"], when["elapsed_days"], when["year_days"], base,
                  base_events, now, now_events, base * when["elapsed_days"] / when["year_days"])


def test_a_full_year_against_the_baseline_average() -> None:
    text = change_clause(change(), "material support")
    # (100 - 400) / 400 = -75 %; 40 baseline events over two years = 20 a year
    assert text == ("material support down 75 % against the 2018-19 yearly average (intensity 100 against 400; "
                    "10 events, 20 a year then)")
    assert period(change()) == "2025"


def test_a_partial_year_is_named_and_compared_with_the_same_days() -> None:
    row = change(when=PARTIAL, base=365.0, now=362.0)  # baseline for 181 days: 365 x 181 / 365 = 181
    assert period(row) == "2025 to 2025-06-30 (partial year)"
    assert change_clause(row, "pressure").startswith(
        "pressure up 100 % against the 2018-19 yearly average for the same 181 days (intensity 362 against 181;")


def test_no_baseline_events_says_so_instead_of_an_infinite_change() -> None:
    text = change_clause(change(base=0.0, base_events=0, now=12.0, now_events=1), "material support")
    assert text == "material support 1 event (intensity 12), no baseline events in 2018-19"
    assert "%" not in text and "inf" not in text


def test_nothing_then_and_nothing_now() -> None:
    assert change_clause(change(base=0.0, base_events=0, now=0.0, now_events=0), "pressure") == \
        "no pressure events, nor in 2018-19"


def test_data_that_ends_inside_the_baseline() -> None:
    row = change(when=dict(last_day=date(2019, 5, 1), current_year=2019, elapsed_days=121, year_days=365))
    assert "no year after the 2018-19 baseline" in change_clause(row, "material support")


def test_a_patron_with_no_data_at_all() -> None:
    row = change(base=0.0, base_events=0, now=0.0, now_events=0)
    assert patron_sentence(row, PatronNow("RUS", None, 0, 0, 0), NAMES, "VEN") == \
        "Russia → Venezuela: no material support, support index or appeals recorded."


def test_the_patron_sentence_joins_support_index_and_appeals() -> None:
    text = patron_sentence(change(), PatronNow("RUS", 21.4, 8, 6, 1), NAMES, "VEN", sample=True)
    assert text.startswith("Russia → Venezuela, 2025: material support down 75 %")
    assert "support index 21 (its last 30 days against the year before; 50 = as usual)" in text
    assert "8 appeals from Venezuela, 6 met by material support within 90 days, 1 too recent to judge" in text
    assert text.endswith("(synthetic sample).")


def test_the_headline_names_its_date_and_the_sample() -> None:
    headline = build_headline("VEN", [change()], [PatronNow("RUS", None, 1, 0, 0)], [change("USA", now=900.0)],
                              NAMES, sample=True)
    assert headline.title == "The answer for Venezuela, as of 2025-12-31 (synthetic sample)"
    assert headline.sentences[0].startswith("Russia → Venezuela, 2025:") and "1 appeal from Venezuela, 0 met" in \
        headline.sentences[0] and "no support index" in headline.sentences[0]
    assert headline.sentences[1].startswith("United States → Venezuela, 2025: pressure up 125 %")
    plain = build_headline("VEN", [change()], [], [], NAMES)
    assert "synthetic" not in plain.title + " ".join(plain.sentences)


def test_an_empty_warehouse_has_a_headline_without_figures() -> None:
    headline = build_headline("VEN", [], [], [], NAMES)
    assert (headline.title, headline.sentences) == ("The answer for Venezuela: no data yet", [])
