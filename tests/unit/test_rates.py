"""The lazily parsed rate table gives the package's own figures: the same currencies, bounds and, on every day
of a currency's range, weekends and holidays included, the same interpolated rate."""
from __future__ import annotations

import datetime as dt

import pytest
from currency_converter import CurrencyConverter

from flows.normalize.rates import LazyRatesConverter


@pytest.fixture(scope="module")
def package() -> CurrencyConverter:
    return CurrencyConverter(fallback_on_missing_rate=True)


def test_same_currencies_and_bounds(package: CurrencyConverter) -> None:
    lazy = LazyRatesConverter()
    assert lazy.currencies == package.currencies and len(lazy.currencies) > 30
    assert {c: lazy.bounds[c] for c in package.bounds} == package.bounds  # looked up one by one, as they are
    with pytest.raises(KeyError):
        lazy.bounds["XYZ"]


def test_bounds_are_worked_out_only_when_looked_up() -> None:
    lazy = LazyRatesConverter()
    lazy.convert(1, "GBP", "USD", dt.date(2019, 3, 1))
    assert set(lazy.bounds) <= {"GBP", "USD", "EUR"}


@pytest.mark.parametrize("currency", ["USD", "CNY", "RUB", "GBP", "BRL", "ISK"])
def test_same_rate_on_every_day(package: CurrencyConverter, currency: str) -> None:
    lazy = LazyRatesConverter()
    first, last = package.bounds[currency]
    days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    assert [lazy.convert(100, currency, "USD", day) for day in days] == \
        [package.convert(100, currency, "USD", day) for day in days]


def test_columns_are_cast_only_when_asked_for() -> None:
    lazy = LazyRatesConverter()
    lazy.convert(1, "GBP", "EUR", dt.date(2019, 3, 1))
    assert set(lazy._rates) == {"GBP"}
