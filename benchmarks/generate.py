"""Synthetic GDELT 2.0 event export files at any size, realistic enough to load like the real feed.

`generate()` writes `YYYYMMDDHHMMSS.export.CSV.zip` files 15 minutes apart (one tab-separated member,
61 columns, no header) and rewrites `masterfilelist.txt` and `lastupdate.txt` for every export zip in
the folder, so calls can add files to an existing mirror. The same seed gives the same bytes.

Distributions follow what the real feed looks like: about 40 % of events miss an actor (mostly
Actor2), actor countries are skewed (USA first, VEN about 1.5 %), verbal CAMEO codes dominate,
QuadClass and Goldstein come from flows/reference/event_types.csv, counts are small skewed integers,
AvgTone centres near -2, most events happen on the file's day, URLs come from ~500 `.example`
outlets, and about 0.05 % of lines are malformed (a 60-column line or an impossible date).
Rows are assembled from pre-rendered column groups with random.Random, so 1M rows take seconds.
"""
from __future__ import annotations

import hashlib
import random
import zipfile
import zlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import accumulate
from pathlib import Path

from flows.reference import event_types

GDELT_URL = "http://data.gdeltproject.org/gdeltv2/"
STEP = timedelta(minutes=15)
GDELT2_START = datetime(2015, 2, 18)  # event ids count 15-minute slots from the start of GDELT 2.0
IDS_PER_SLOT = 1_000_000
MALFORMED_SHARE = 0.0005
EMPTY_GEO = "0" + "\t" * 7
EMPTY_ACTOR = ("\t" * 9, EMPTY_GEO)

# iso3|FIPS 10-4|name|capital|capital lat|capital long|centroid lat|centroid long|weight (~% of actors)
_COUNTRY_TABLE = """\
USA|US|United States|Washington|38.8951|-77.0364|39.828|-98.5795|22
CHN|CH|China|Beijing|39.9289|116.388|35|105|6
RUS|RS|Russia|Moscow|55.7522|37.6156|60|100|5.5
GBR|UK|United Kingdom|London|51.5|-0.1167|54|-2|4.5
IND|IN|India|New Delhi|28.6|77.2|20|77|4
ISR|IS|Israel|Jerusalem|31.7833|35.2167|31.5|34.75|3.2
UKR|UP|Ukraine|Kyiv|50.4333|30.5167|49|32|3
IRN|IR|Iran|Tehran|35.75|51.5148|32|53|2.2
AUS|AS|Australia|Canberra|-35.2833|149.217|-27|133|2.2
FRA|FR|France|Paris|48.8667|2.3333|46|2|2.4
DEU|GM|Germany|Berlin|52.5167|13.4|51|9|2.1
CAN|CA|Canada|Ottawa|45.4167|-75.7|60|-95|2
PAK|PK|Pakistan|Islamabad|33.7|73.1667|30|70|1.7
NGA|NI|Nigeria|Abuja|9.0833|7.5333|10|8|1.6
VEN|VE|Venezuela|Caracas|10.5|-66.9167|8|-66|1.5
TUR|TU|Turkey|Ankara|39.9272|32.8644|39|35|1.5
JPN|JA|Japan|Tokyo|35.685|139.751|36|138|1.4
PSE|WE|Palestine|Ramallah|31.9|35.2|31.9|35.2|1.3
MEX|MX|Mexico|Mexico City|19.4342|-99.1386|23|-102|1.2
KOR|KS|South Korea|Seoul|37.5664|127|37|127.5|1.1
BRA|BR|Brazil|Brasília|-15.7833|-47.9167|-10|-55|1.1
ZAF|SF|South Africa|Pretoria|-25.7069|28.2294|-29|24|1.1
SAU|SA|Saudi Arabia|Riyadh|24.6408|46.7728|25|45|1
SYR|SY|Syria|Damascus|33.5|36.3|35|38|1
PHL|RP|Philippines|Manila|14.6042|120.982|13|122|1
PRK|KN|North Korea|Pyongyang|39.0194|125.755|40|127|0.9
AFG|AF|Afghanistan|Kabul|34.5167|69.1833|33|65|0.9
EGY|EG|Egypt|Cairo|30.05|31.25|27|30|0.9
ITA|IT|Italy|Rome|41.9|12.4833|42.8333|12.8333|0.9
IRQ|IZ|Iraq|Baghdad|33.3386|44.3939|33|44|0.8
ESP|SP|Spain|Madrid|40.4|-3.6833|40|-4|0.8
KEN|KE|Kenya|Nairobi|-1.2833|36.8167|1|38|0.8
IDN|ID|Indonesia|Jakarta|-6.1744|106.829|-5|120|0.8
LBN|LE|Lebanon|Beirut|33.8719|35.5097|33.8333|35.8333|0.7
TWN|TW|Taiwan|Taipei|25.0392|121.525|23.5|121|0.7
QAT|QA|Qatar|Doha|25.2867|51.5333|25.5|51.25|0.6
COL|CO|Colombia|Bogotá|4.6|-74.0833|4|-72|0.6
POL|PL|Poland|Warsaw|52.25|21|52|20|0.6
IRL|EI|Ireland|Dublin|53.3331|-6.2489|53|-8|0.6
NZL|NZ|New Zealand|Wellington|-41.3|174.783|-41|174|0.6
CUB|CU|Cuba|Havana|23.1319|-82.3642|21.5|-80|0.5
ARG|AR|Argentina|Buenos Aires|-34.5875|-58.6725|-34|-64|0.5
YEM|YM|Yemen|Sanaa|15.3547|44.2067|15|48|0.5
SGP|SN|Singapore|Singapore|1.2931|103.856|1.3667|103.8|0.5
MYS|MY|Malaysia|Kuala Lumpur|3.1667|101.7|2.5|112.5|0.5
BGD|BG|Bangladesh|Dhaka|23.7231|90.4086|24|90|0.5
VNM|VM|Vietnam|Hanoi|21.0333|105.85|16|106|0.5
THA|TH|Thailand|Bangkok|13.75|100.517|15|100|0.5
BLR|BO|Belarus|Minsk|53.9|27.5667|53|28|0.4
ETH|ET|Ethiopia|Addis Ababa|9.0333|38.7|8|38|0.4
SDN|SU|Sudan|Khartoum|15.5881|32.5342|15|30|0.4
LBY|LY|Libya|Tripoli|32.8925|13.18|25|17|0.4
GRC|GR|Greece|Athens|37.9833|23.7333|39|22|0.4
SWE|SW|Sweden|Stockholm|59.3333|18.05|62|15|0.4
NLD|NL|Netherlands|Amsterdam|52.35|4.9167|52.5|5.75|0.4
BEL|BE|Belgium|Brussels|50.8333|4.3333|50.8333|4|0.4
CHE|SZ|Switzerland|Bern|46.9167|7.4667|47|8|0.4
NIC|NU|Nicaragua|Managua|12.1508|-86.2683|13|-85|0.2
BOL|BL|Bolivia|La Paz|-16.5|-68.15|-17|-65|0.2
"""

# Roles of country actors (weight %); "" is a bare country actor such as "RUSSIA".
COUNTRY_ROLES = (("", 45), ("GOV", 30), ("MIL", 6), ("BUS", 6), ("MED", 4), ("OPP", 3), ("COP", 3),
                 ("JUD", 2), ("LEG", 1))
# Actors with no country (code, name, Type1Code, KnownGroupCode, weight relative to country actors).
OTHER_ACTORS = (("COP", "POLICE", "COP", "", 3.0), ("GOV", "GOVERNMENT", "GOV", "", 3.0),
                ("CVL", "PEOPLE", "CVL", "", 2.5), ("BUS", "COMPANY", "BUS", "", 2.0),
                ("MED", "JOURNALIST", "MED", "", 1.0), ("OPP", "PROTESTER", "OPP", "", 1.0),
                ("CRM", "SUSPECT", "CRM", "", 1.0), ("JUD", "COURT", "JUD", "", 1.0),
                ("EDU", "STUDENT", "EDU", "", 0.5), ("NGO", "ACTIVIST", "NGO", "", 0.5),
                ("UNO", "UNITED NATIONS", "", "UNO", 2.0))
COUNTRY_ACTOR_WEIGHT = 82.0  # the OTHER_ACTORS weights above add up to ~18

# CAMEO EventCode frequencies (relative); verbal cooperation 01x-05x dominates as in the real feed.
EVENT_CODE_WEIGHTS = {
    "010": 9.0, "011": 0.6, "012": 1.8, "013": 1.6, "014": 0.8, "015": 0.3, "016": 0.5, "017": 0.4,
    "018": 1.0, "019": 0.8, "020": 2.6, "021": 0.3, "0211": 0.2, "022": 0.3, "023": 0.2, "0231": 0.15,
    "0233": 0.1, "024": 0.3, "0241": 0.2, "025": 0.1, "026": 0.1, "027": 0.2, "028": 0.3, "030": 1.6,
    "031": 1.0, "032": 0.4, "033": 0.2, "0331": 0.1, "034": 0.1, "035": 0.2, "036": 5.5, "037": 0.4,
    "038": 0.2, "039": 0.3, "040": 7.5, "041": 0.6, "042": 5.8, "043": 5.5, "044": 0.4, "045": 0.3,
    "046": 4.2, "050": 0.9, "051": 4.3, "052": 0.3, "053": 0.1, "054": 0.2, "055": 0.1, "056": 0.1,
    "057": 0.9, "060": 0.8, "061": 1.0, "062": 0.2, "063": 0.2, "064": 0.5, "070": 0.8, "071": 0.6,
    "072": 0.2, "073": 0.8, "074": 0.2, "075": 0.2, "080": 0.5, "081": 0.3, "083": 0.3, "084": 0.3,
    "0841": 0.1, "085": 0.2, "086": 0.2, "087": 0.2, "090": 0.6, "091": 0.2, "092": 0.1,
    "100": 0.6, "101": 0.1, "102": 0.1, "110": 0.8, "111": 1.6, "112": 2.2, "113": 0.2, "114": 0.3,
    "115": 0.3, "120": 0.9, "121": 0.2, "122": 0.1, "123": 0.05, "124": 0.05, "125": 0.2, "128": 0.2,
    "129": 0.1, "130": 0.9, "131": 0.2, "138": 0.3, "139": 0.05, "140": 0.3, "141": 0.6, "143": 0.05,
    "145": 0.2, "150": 0.2, "154": 0.1, "160": 0.2, "161": 0.1, "162": 0.05, "163": 0.4, "164": 0.05,
    "166": 0.1, "170": 0.6, "171": 0.2, "172": 0.7, "173": 2.0, "174": 0.4, "175": 0.1, "180": 0.8,
    "181": 0.3, "182": 0.4, "1821": 0.1, "183": 0.2, "1831": 0.05, "184": 0.05, "186": 0.2, "190": 3.9,
    "191": 0.1, "192": 0.1, "193": 1.4, "194": 0.5, "195": 0.6, "196": 0.05, "200": 0.05, "201": 0.02,
    "202": 0.02, "203": 0.02, "204": 0.01,
}

_WORDS = ("daily", "world", "news", "times", "post", "herald", "tribune", "wire", "star", "globe",
          "courier", "report", "journal", "voice", "observer", "press", "gazette", "sentinel", "signal",
          "monitor", "capital", "metro", "coast", "valley", "north", "south", "east", "west", "river", "harbor")
_SECTIONS = ("world", "politics", "news", "international", "business", "americas", "europe", "asia",
             "opinion", "national", "defence", "economy")
_CITATIONS = ("BBC Monitoring", "Xinhua News Agency", "Agence France Presse", "Interfax")


@dataclass(frozen=True)
class Country:
    iso3: str
    fips: str
    name: str
    capital: str
    places: tuple[str, str]  # pre-rendered 8-column geo groups: the country, its capital
    weight: float


def _countries() -> list[Country]:
    countries = []
    for line in _COUNTRY_TABLE.splitlines():
        iso3, fips, name, capital, cap_lat, cap_long, lat, long, weight = line.split("|")
        feature = -(zlib.crc32(capital.encode()) % 3_000_000)
        adm1 = f"{fips}{zlib.crc32(name.encode()) % 40 + 1:02d}"
        city_type = "3" if iso3 == "USA" else "4"
        whole = f"1\t{name}\t{fips}\t{fips}\t\t{lat}\t{long}\t{fips}"
        adm2 = feature % 90000 + 10000
        city = f"{city_type}\t{capital}, {name}\t{fips}\t{adm1}\t{adm2}\t{cap_lat}\t{cap_long}\t{feature}"
        countries.append(Country(iso3, fips, name, capital, (whole, city), float(weight)))
    return countries


@dataclass(frozen=True)
class Pools:
    """Pre-rendered column groups and their cumulative weights, built once per generate() call."""
    actors: list[tuple[str, str]]  # (10 actor columns, 8 geo columns)
    actor_cum: list[float]
    missing_actor1: float
    missing_actor2: float
    events: list[str]  # EventCode, EventBaseCode, EventRootCode, QuadClass, GoldsteinScale
    event_cum: list[float]
    counts: list[str]  # NumMentions, NumSources, NumArticles
    tones: list[str]
    domains: list[str]
    domain_cum: list[float]


def _actor_entries(countries: list[Country]) -> tuple[list[tuple[str, str]], list[float]]:
    entries, weights = [], []
    total_country = sum(c.weight for c in countries)
    role_total = sum(w for _, w in COUNTRY_ROLES)
    for c in countries:
        for role, role_weight in COUNTRY_ROLES:
            name = c.capital.upper() if role == "GOV" else c.name.upper()
            columns = f"{c.iso3}{role}\t{name}\t{c.iso3}\t\t\t\t\t{role}\t\t"
            for place, place_share in zip(c.places, (0.4, 0.6), strict=True):
                entries.append((columns, place))
                weights.append(COUNTRY_ACTOR_WEIGHT * c.weight / total_country * role_weight / role_total
                               * place_share)
    for code, name, role, group, weight in OTHER_ACTORS:
        columns = f"{code}\t{name}\t\t{group}\t\t\t\t{role}\t\t"
        for c in countries:  # a role-only actor is placed where the story happens
            entries.append((columns, c.places[1]))
            weights.append(weight * c.weight / total_country)
    return entries, weights


def _counts(rng: random.Random, size: int) -> list[str]:
    pool = []
    for _ in range(size):
        articles = 1 + int(rng.expovariate(0.6))
        if rng.random() < 0.01:
            articles += rng.randint(20, 200)  # a story everybody carries
        sources = max(1, min(articles, int(articles * rng.random() ** 2) + 1))
        mentions = articles + (rng.randint(1, articles) if rng.random() < 0.3 else 0)
        pool.append(f"{mentions}\t{sources}\t{articles}")
    return pool


def _domains(rng: random.Random, count: int = 500) -> list[str]:
    names: dict[str, None] = {}
    while len(names) < count:
        names[f"{rng.choice(_WORDS)}{rng.choice(_WORDS)}{rng.choice(('', '-online', 'news', '24'))}.example"] = None
    return list(names)


def build_pools(seed: int) -> Pools:
    rng = random.Random(f"allywatch-pools:{seed}")
    known = event_types()
    missing = sorted(set(EVENT_CODE_WEIGHTS) - set(known))
    if missing:
        raise ValueError(f"event codes missing from event_types.csv: {', '.join(missing)}")
    codes = list(EVENT_CODE_WEIGHTS)
    events = [f"{c}\t{c[:3]}\t{c[:2]}\t{known[c].quad_class}\t{known[c].goldstein:g}" for c in codes]
    actors, actor_weights = _actor_entries(_countries())
    tones = [f"{max(-25.0, min(15.0, rng.gauss(-2.1, 3.3))):.10f}".rstrip("0").rstrip(".") for _ in range(8192)]
    domains = _domains(rng)
    return Pools(actors=actors, actor_cum=list(accumulate(actor_weights)), missing_actor1=0.10,
                 missing_actor2=0.32, events=events,
                 event_cum=list(accumulate(EVENT_CODE_WEIGHTS[c] for c in codes)), counts=_counts(rng, 4096),
                 tones=tones, domains=domains,
                 domain_cum=list(accumulate(1.0 / (rank + 1) ** 0.9 for rank in range(len(domains)))))


# Days between the event and the file: mostly the same day, a tail of days, weeks and months.
_OFFSETS = list(range(366))
_OFFSET_CUM = list(accumulate([82.0, 8.0] + [5.0 / 6] * 6 + [3.5 / 53] * 53 + [1.5 / 305] * 305))


def _day_groups(published: date) -> list[str]:
    groups = []
    for offset in _OFFSETS:
        d = published - timedelta(days=offset)
        groups.append(f"{d:%Y%m%d}\t{d:%Y%m}\t{d.year}\t{d.year + (d.month * 30 + d.day) / 365:.4f}")
    return groups


def _articles(pools: Pools, rng: random.Random, published: datetime, count: int, first_id: int) -> list[str]:
    domains = rng.choices(pools.domains, cum_weights=pools.domain_cum, k=count)
    urls = []
    for n, domain in enumerate(domains):
        if rng.random() < 0.005:
            urls.append(rng.choice(_CITATIONS))
            continue
        host = f"www.{domain}" if rng.random() < 0.6 else domain
        slug = "-".join(rng.choices(_WORDS, k=rng.randint(3, 8)))
        urls.append(f"https://{host}/{rng.choice(_SECTIONS)}/{published:%Y/%m/%d}/{slug}-{first_id + n}")
    return urls


def _actor_columns(pools: Pools, rng: random.Random, rows: int, missing: float) -> list[tuple[str, str]]:
    chosen = rng.choices(pools.actors, cum_weights=pools.actor_cum, k=rows)
    for i in range(rows):
        if rng.random() < missing:
            chosen[i] = EMPTY_ACTOR
    return chosen


def export_payload(pools: Pools, published: datetime, rows: int, seed: int) -> bytes:
    """The CSV member of one export file: `rows` lines, a few of them malformed."""
    if rows >= IDS_PER_SLOT:
        raise ValueError(f"at most {IDS_PER_SLOT - 1} rows per file")
    rng = random.Random(f"allywatch-file:{seed}:{published:%Y%m%d%H%M%S}")
    first_id = int((published - GDELT2_START) / STEP) * IDS_PER_SLOT
    days = _day_groups(published.date())
    day_of = rng.choices(_OFFSETS, cum_weights=_OFFSET_CUM, k=rows)
    actor1 = _actor_columns(pools, rng, rows, pools.missing_actor1)
    actor2 = _actor_columns(pools, rng, rows, pools.missing_actor2)
    fallback = rng.choices(pools.actors, cum_weights=pools.actor_cum, k=rows)
    events = rng.choices(pools.events, cum_weights=pools.event_cum, k=rows)
    roots = rng.choices(("1", "0"), cum_weights=(55, 100), k=rows)
    counts = rng.choices(pools.counts, k=rows)
    tones = rng.choices(pools.tones, k=rows)
    urls = rng.choices(_articles(pools, rng, published, max(1, rows // 3), first_id), k=rows)
    added = f"{published:%Y%m%d%H%M%S}"
    lines = []
    for i in range(rows):
        a1, a2 = actor1[i], actor2[i]
        if a1 is EMPTY_ACTOR and a2 is EMPTY_ACTOR:
            a1 = fallback[i]
        action = a1[1] if a1 is not EMPTY_ACTOR else a2[1]
        lines.append("\t".join((str(first_id + i), days[day_of[i]], a1[0], a2[0], roots[i], events[i], counts[i],
                                tones[i], a1[1], a2[1], action, added, urls[i])))
    bad = max(1, round(rows * MALFORMED_SHARE)) if rows >= 100 else 0
    for n, position in enumerate(rng.sample(range(rows), bad)):
        if n % 2 == 0:
            lines[position] = lines[position].rsplit("\t", 1)[0]  # 60 columns: SOURCEURL lost
        else:
            fields = lines[position].split("\t")
            fields[1] = fields[1][:4] + "13" + fields[1][6:]  # month 13
            lines[position] = "\t".join(fields)
    return ("\n".join(lines) + "\n").encode("utf-8")


def export_name(published: datetime) -> str:
    return f"{published:%Y%m%d%H%M%S}.export.CSV.zip"


def write_export(folder: Path, published: datetime, payload: bytes) -> Path:
    path = folder / export_name(published)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        archive.writestr(path.name.removesuffix(".zip"), payload)
    return path


def _list_line(size: int, md5: str, name: str) -> str:
    return f"{size} {md5} {GDELT_URL}{name}"


def write_lists(folder: Path) -> None:
    """masterfilelist.txt and lastupdate.txt for every export zip in the folder, as GDELT lays them out
    (each 15-minute slot also lists its mentions and gkg files, which the loader must skip)."""
    slots = []
    for path in sorted(folder.glob("*.export.CSV.zip")):
        data = path.read_bytes()
        stamp = path.name[:14]
        fake = [_list_line(len(data) * k, hashlib.md5(f"{stamp}{kind}".encode()).hexdigest(), f"{stamp}.{kind}")
                for k, kind in ((1, "mentions.CSV.zip"), (3, "gkg.csv.zip"))]
        slots.append([_list_line(len(data), hashlib.md5(data).hexdigest(), path.name), *fake])
    (folder / "masterfilelist.txt").write_text("".join(line + "\n" for slot in slots for line in slot))
    (folder / "lastupdate.txt").write_text("".join(line + "\n" for line in slots[-1]) if slots else "")


def generate(folder: Path, files: int, rows_per_file: int, start: datetime, seed: int = 7) -> list[Path]:
    """Write `files` export zips from `start` (15 minutes apart) and refresh the folder's file lists."""
    folder.mkdir(parents=True, exist_ok=True)
    pools = build_pools(seed)
    written = []
    for n in range(files):
        published = start + n * STEP
        written.append(write_export(folder, published, export_payload(pools, published, rows_per_file, seed)))
    write_lists(folder)
    return written


__all__ = ["GDELT_URL", "STEP", "build_pools", "export_name", "export_payload", "generate", "write_lists"]
