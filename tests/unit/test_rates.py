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
    assert lazy.bounds == package.bounds


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
