"""Build the bundled offline GDELT 2.0 sample: `python -m flows.sample.build_gdelt_sample`.

Reads gdelt_story.csv; writes one events export file per month (2017-01 .. 2025-12, stamped the
28th at 12:00 UTC) into flows/sample/gdelt/, laid out like http://data.gdeltproject.org/gdeltv2/
(zipped tab-separated files, 61 columns, no header; masterfilelist.txt; lastupdate.txt). A story
row becomes `reports` rows: one act (day, dyad, base code, action place) carried by several
outlets, each row with its own GlobalEventID and URL. Background rows (statements by tracked
dyads, events between unrelated states) are drawn here. Each month has its own seeded generator and
the zips carry fixed timestamps: the output is byte-for-byte reproducible. Outlets are fictional,
on reserved `.example` domains.
"""
from __future__ import annotations

import csv
import hashlib
import random
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from flows.reference import event_types

SAMPLE_DIR = Path(__file__).resolve().parent
STORY_CSV = SAMPLE_DIR / "gdelt_story.csv"
OUTPUT_DIR = SAMPLE_DIR / "gdelt"
BASE_URL = "http://data.gdeltproject.org/gdeltv2/"
SEED = "allywatch-gdelt-sample-v1"
MONTHS = [(year, month) for year in range(2017, 2026) for month in range(1, 13)]
FIRST_ID = 700000001
ID_BLOCK = 1000  # the GlobalEventIDs of month k start at FIRST_ID + k * ID_BLOCK
MAX_ROWS = 60

# Rows broken on purpose, each with VEN on one side so validation runs on every load:
# kind -> (export file, GlobalEventID). `build` fails if the story stops producing exactly these.
BAD_ROWS: dict[str, tuple[str, int]] = {
    "column_count": ("20190328120000.export.CSV.zip", 700026021),  # 60 columns: SOURCEURL dropped
    "bad_date": ("20190628120000.export.CSV.zip", 700029012),  # Day 20191345 (month 13)
    "unknown_code": ("20200328120000.export.CSV.zip", 700038037),  # EventCode 999, root 99
    "duplicate": ("20181228120000.export.CSV.zip", 700022025),  # same bytes as in 20181128120000
}

Place = tuple[str, str, str, str, str, str, str]  # type, full name, FIPS, ADM1, lat, long, feature id

# ISO3|name|FIPS 10-4|lat|long|capital's geo type|its name before ", <country>"|ADM1|lat|long|feature id
GEOGRAPHY = (
    "VEN|Venezuela|VE|8|-66|4|Caracas, Distrito Capital|VE25|10.5|-66.9167|-1201356",
    "RUS|Russia|RS|60|100|4|Moscow, Moskva|RS48|55.7522|37.6156|-2960561",
    "CHN|China|CH|35|105|4|Beijing, Beijing|CH22|39.9289|116.388|-1898541",
    "CUB|Cuba|CU|21.5|-80|4|Havana, Ciudad de la Habana|CU02|23.1333|-82.3833|-1624297",
    "IRN|Iran|IR|32|53|4|Tehran, Tehran|IR26|35.6719|51.4243|10074674",
    "TUR|Turkey|TU|39|35|4|Ankara, Ankara|TU68|39.9272|32.8644|-735241",
    "USA|United States|US|39.828175|-98.5795|3|Washington, District of Columbia|USDC|38.8951|-77.0364|531871",
    "COL|Colombia|CO|4|-72|4|Bogota, Bogota|CO34|4.6|-74.0833|-578472",
    "FRA|France|FR|46|2|4|Paris, Ile-de-France|FRA8|48.8667|2.33333|-1456928",
    "DEU|Germany|GM|51|9|4|Berlin, Berlin|GM16|52.5167|13.4|-1746443",
    "IND|India|IN|20|77|4|New Delhi, Delhi|IN07|28.6|77.2|-2106102",
    "PAK|Pakistan|PK|30|70|4|Islamabad, Islamabad|PK08|33.7|73.1667|-2762391",
    "BRA|Brazil|BR|-10|-55|4|Brasilia, Distrito Federal|BR07|-15.7833|-47.9167|-663509",
    "ARG|Argentina|AR|-34|-64|4|Buenos Aires, Distrito Federal|AR07|-34.5875|-58.6725|-1002432",
    "GBR|United Kingdom|UK|54|-2|4|London, London, City of|UKH9|51.5|-0.116667|-2601889",
    "JPN|Japan|JA|36|138|4|Tokyo, Tokyo|JA40|35.685|139.751|-246227",
    "KOR|South Korea|KS|37|127.5|4|Seoul, Soul-t'ukpyolsi|KS11|37.5664|127|-716584",
    "UKR|Ukraine|UP|49|32|4|Kiev, Kyyiv, Misto|UP12|50.4333|30.5167|-1044367",
    "MEX|Mexico|MX|23|-102|4|Mexico City, Distrito Federal|MX09|19.4342|-99.1386|-1658079",
)
EXTRA_CITIES: dict[str, Place] = {
    "VEN": ("4", "Maiquetia, Vargas, Venezuela", "VE", "VE26", "10.6", "-66.9667", "-1201795"),
    "CHN": ("4", "Shanghai, Shanghai, China", "CH", "CH23", "31.2222", "121.458", "-1924136"),
}
PLACE_WEIGHTS = (5, 3, 1)  # capital, whole country, other city


def _places() -> dict[str, tuple[Place, ...]]:
    places = {}
    for line in GEOGRAPHY:
        iso3, name, fips, lat, lon, kind, city, adm1, city_lat, city_lon, feature = line.split("|")
        capital = (kind, f"{city}, {name}", fips, adm1, city_lat, city_lon, feature)
        extra = (EXTRA_CITIES[iso3],) if iso3 in EXTRA_CITIES else ()
        places[iso3] = (capital, ("1", name, fips, fips, lat, lon, fips), *extra)
    return places


PLACES = _places()
# Where a US force posture (15x) aimed at Venezuela is reported as happening.
DEPLOY_PLACES = (("1", "Puerto Rico", "RQ", "RQ", "18.25", "-66.5", "RQ"), PLACES["VEN"][1], PLACES["VEN"][0])

# Actor names as GDELT normalises them, by actor code prefix (country + first role) or country.
NAMES: dict[str, tuple[str, ...]] = {
    "RUS": ("RUSSIA", "MOSCOW", "VLADIMIR PUTIN", "KREMLIN", "RUSSIAN"),
    "RUSMIL": ("RUSSIA", "MOSCOW", "RUSSIAN"),
    "VEN": ("VENEZUELA", "CARACAS", "NICOLAS MADURO", "VENEZUELAN"), "VENMIL": ("VENEZUELA", "CARACAS"),
    "VENOPP": ("VENEZUELA", "CARACAS", "VENEZUELAN"), "CHN": ("CHINA", "BEIJING", "CHINESE", "XI JINPING"),
    "CUB": ("CUBA", "HAVANA", "CUBAN"), "IRN": ("IRAN", "TEHRAN", "IRANIAN"), "TUR": ("TURKEY", "ANKARA"),
    "USA": ("UNITED STATES", "WASHINGTON", "WHITE HOUSE", "AMERICAN"),
    "USAMIL": ("UNITED STATES", "PENTAGON"), "USAMED": ("UNITED STATES", "AMERICAN"),
    "COL": ("COLOMBIA", "BOGOTA"), "FRA": ("FRANCE", "PARIS", "FRENCH"),
    "DEU": ("GERMANY", "BERLIN", "GERMAN"), "IND": ("INDIA", "NEW DELHI", "INDIAN"),
    "PAK": ("PAKISTAN", "ISLAMABAD"), "BRA": ("BRAZIL", "BRASILIA"), "ARG": ("ARGENTINA", "BUENOS AIRES"),
    "GBR": ("UNITED KINGDOM", "LONDON", "BRITISH"), "JPN": ("JAPAN", "TOKYO", "JAPANESE"),
    "KOR": ("SOUTH KOREA", "SEOUL"), "UKR": ("UKRAINE", "KIEV"), "MEX": ("MEXICO", "MEXICO CITY"),
}
ADJECTIVES = {"RUSSIAN", "VENEZUELAN", "CHINESE", "CUBAN", "IRANIAN", "AMERICAN", "FRENCH", "GERMAN",
              "INDIAN", "BRITISH", "JAPANESE"}  # headlines name the country instead

# Fictional outlets on reserved domains; {n} is an article number.
OUTLETS = (
    "https://www.caribbean-wire.example/{y}/{m}/{d}/{slug}", "https://www.northern-lantern.example.org/news/{n}",
    "https://noticias-andinas.example.org/mundo/{slug}-{n}.html", "https://www.eastbridge-times.example/article/{n}",
    "https://www.harbour-ledger.example.com/news/world/{slug}", "https://dailymeridian.example.net/{y}{m}{d}/{slug}/",
    "https://www.steppe-courier.example/en/{y}/{m}/{d}/{slug}.html",
    "https://www.orinoco-report.example.org/{y}/{m}/{slug}",
    "https://newsdesk.atlantic-review.example.com/world/americas/{slug}-{n}",
    "https://www.gaceta-del-sur.example/internacional/{slug}",
    "https://global-dispatch.example.net/story/{y}-{m}-{d}/{slug}",
    "https://www.pacific-chronicle.example/{y}/{m}/{d}/world/{slug}.html",
    "https://www.bulletin-mondial.example/{y}/{m}/{d}/{slug}", "https://energy-markets-daily.example.com/{y}/{m}/{slug}",
    "https://www.capital-observer.example/politics/{slug}-{n}",
)
PHRASES = {  # headline verbs by base code, else by root code
    "01": "comments-on", "010": "speaks-about", "012": "gloomy-about-ties-with",
    "013": "upbeat-about-ties-with", "02": "appeals-to", "021": "seeks-cooperation-from",
    "023": "asks-for-aid-from", "03": "pledges-to-work-with", "036": "ready-for-talks-with",
    "04": "holds-talks-with", "042": "visits", "043": "hosts-delegation-from", "05": "backs",
    "057": "signs-agreement-with", "06": "deepens-cooperation-with", "061": "expands-oil-trade-with",
    "062": "holds-military-drills-with", "07": "sends-aid-to", "071": "extends-credit-to",
    "072": "sends-military-hardware-to", "073": "ships-medicine-to", "09": "investigates", "10": "presses",
    "11": "criticizes", "112": "accuses", "13": "warns", "138": "threatens-force-against",
    "14": "protest-against", "15": "deploys-forces-near", "16": "sanctions", "163": "imposes-sanctions-on",
    "17": "cracks-down-on", "173": "detains-citizens-of", "19": "fires-on",
}
TRAILING_WORDS = {"to", "with", "on", "near", "from", "against", "of", "about", "for"}

# Background rows, by weight. Tracked dyads only talk (01x, 09x: never counted in the metrics).
CHATTER = (
    ("RUSGOV", "VENGOV", 4), ("VENGOV", "RUSGOV", 3), ("USAGOV", "VENGOV", 4), ("VENGOV", "USAGOV", 3),
    ("CHNGOV", "VENGOV", 2), ("VENGOV", "CHNGOV", 1), ("CUBGOV", "VENGOV", 1), ("IRNGOV", "VENGOV", 1),
    ("VENGOV", "VENOPP", 2), ("VENOPP", "VENGOV", 2), ("VENGOV", "", 2), ("RUSGOV", "USAGOV", 1),
    ("USAGOV", "RUSGOV", 1), ("USAGOV", "CHNGOV", 1),
)
CHATTER_CODES = {"010": 8, "012": 2, "013": 2, "014": 1, "019": 1, "011": 1, "090": 1, "091": 1}
UNRELATED = (  # outside the tracked scope: filtered by the pipeline
    ("FRAGOV", "DEUGOV", ("042", "043", "036", "010"), 3), ("INDGOV", "PAKGOV", ("173", "112", "010"), 2),
    ("INDMIL", "PAKMIL", ("190", "138"), 2), ("BRAGOV", "ARGGOV", ("057", "042", "010"), 2),
    ("GBRGOV", "FRAGOV", ("036", "040", "010"), 2), ("JPNGOV", "KORGOV", ("043", "012", "010"), 2),
    ("", "DEUGOV", ("010", "141", "112"), 2), ("DEUGOV", "", ("010", "014"), 1),
    ("RUSMIL", "UKRMIL", ("190", "195", "138"), 2), ("USAGOV", "MEXGOV", ("112", "036", "010"), 2),
    ("CHNGOV", "JPNGOV", ("111", "012"), 1), ("COLGOV", "BRAGOV", ("042", "010"), 1),
)
ARTICLE_WEIGHTS = [1 / k**1.6 for k in range(1, 41)]  # NumArticles 1..40, mostly 1-3

Row = tuple[list[str], str]  # the 61 columns, the kind of deliberate damage ("" for none)


@dataclass(frozen=True)
class Event:
    """One act to write as `reports` rows; day None means drawn at random (1..28)."""

    year: int
    month: int
    day: int | None
    actor1: str
    actor2: str
    code: str
    reports: int = 1
    num_articles: int | None = None
    bad: str = ""
    names: tuple[str, str] = ("", "")


def file_stamp(year: int, month: int) -> str:
    return f"{year}{month:02d}28120000"  # the 28th of the month at 12:00:00 UTC


def file_name(year: int, month: int) -> str:
    return f"{file_stamp(year, month)}.export.CSV.zip"


def story_event(rec: dict[str, str]) -> Event:
    """A story CSV row; `[bad=<kind>]` and `[names=<name 1>|<name 2>]` tags in the note are honoured."""
    tags = dict(re.findall(r"\[(\w+)=([^\]]*)\]", rec["note"]))
    names = tuple(tags["names"].split("|")) if "names" in tags else ("", "")
    event = Event(int(rec["year"]), int(rec["month"]), int(rec["day"]) if rec["day"] else None,
                  rec["actor1_code"], rec["actor2_code"], rec["cameo_code"], int(rec["reports"]),
                  int(rec["num_articles"]) if rec["num_articles"] else None, tags.get("bad", ""), names)
    valid = [event.code in event_types() or event.bad == "unknown_code", (event.year, event.month) in MONTHS,
             1 <= (event.day or 1) <= 28, len(names) == 2, 1 <= event.reports <= len(OUTLETS),
             not event.bad or (event.bad in BAD_ROWS and event.reports == 1)]
    if not all(valid):
        raise ValueError(f"bad story row (a deliberately broken one needs reports=1): {rec}")
    return event


def load_story(path: Path = STORY_CSV) -> list[Event]:
    with open(path, newline="", encoding="utf-8") as f:
        return [story_event(rec) for rec in csv.DictReader(f)]


def place_in(rng: random.Random, country: str) -> Place:
    pool = PLACES[country]
    return rng.choices(pool, weights=PLACE_WEIGHTS[: len(pool)])[0]


def action_place(rng: random.Random, event: Event) -> Place:
    """Visits happen at the host, US force posture off Venezuela, anything else mostly at the target."""
    src, dst, base = event.actor1[:3], event.actor2[:3], event.code[:3]
    if src == "USA" and event.code[:2] == "15" and dst == "VEN":
        return rng.choice(DEPLOY_PLACES)
    if base == "043" or not dst:
        return place_in(rng, src)
    if base == "042" or not src:
        return place_in(rng, dst)
    return place_in(rng, dst if rng.random() < 0.7 else src)


def actor_place(rng: random.Random, code: str, action: Place) -> Place | None:
    if not code:
        return None
    return action if rng.random() < 0.5 else place_in(rng, code[:3])


def actor_name(rng: random.Random, code: str, override: str) -> str:
    if not code:
        return ""
    return override or rng.choice(NAMES.get(code[:6]) or NAMES[code[:3]])


def actor_columns(code: str, name: str) -> list[str]:
    """Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1, Religion2, Type1..Type3."""
    if not code:
        return [""] * 10
    return [code, name, code[:3], "", "", "", "", code[3:6], code[6:9], code[9:12]]


def geo_columns(place: Place | None) -> list[str]:
    """Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID (type 0 and blanks: none)."""
    if place is None:
        return ["0"] + [""] * 7
    kind, full, fips, adm1, lat, lon, feature = place
    return [kind, full, fips, adm1, "", lat, lon, feature]


def date_columns(day: date) -> list[str]:
    """Day, MonthYear, Year, FractionDate (the year plus the share of it gone by)."""
    fraction = day.year + (day.timetuple().tm_yday - 1) / 365
    return [f"{day:%Y%m%d}", f"{day:%Y%m}", str(day.year), f"{fraction:.4f}"]


def event_columns(rng: random.Random, code: str) -> list[str]:
    """IsRootEvent, EventCode, EventBaseCode, EventRootCode, QuadClass, GoldsteinScale."""
    known = event_types().get(code)
    quad, goldstein = (str(known.quad_class), str(known.goldstein)) if known else ("1", "0.0")
    return ["1" if rng.random() < 0.85 else "0", code, code[:3], code[:2], quad, goldstein]


def count_columns(rng: random.Random, articles: int) -> list[str]:
    """NumMentions, NumSources, NumArticles."""
    sources = rng.randint(1, max(1, (articles + 1) // 2))
    mentions = articles + rng.choice((0, 0, 0, 1, 2, articles))
    return [str(mentions), str(sources), str(articles)]


def avg_tone(rng: random.Random, code: str) -> str:
    """A ratio of word counts like GDELT's: support mixed, pressure negative, statements near neutral."""
    known = event_types().get(code)
    direction = (known.direction if known else None) or ""
    low, high = {"support": (-3.5, 4.5), "appeal": (-3.0, 2.5)}.get(direction, (-5.0, 1.5))
    if direction in ("pressure", "rejection", "withdrawal"):
        low, high = -9.0, -1.5
    words = rng.randint(120, 1400)
    hits = round(rng.uniform(low, high) * words / 100) or rng.choice((-1, 1))
    return f"{100 * hits / words:.15g}"


def headline_slug(code: str, name1: str, name2: str) -> str:
    words = (PHRASES.get(code[:3]) or PHRASES.get(code[:2]) or "meets").split("-")
    if not name2 and words[-1] in TRAILING_WORDS:
        words = words[:-1]
    parts = []
    for name in (name1 or "OFFICIALS", "-".join(words), name2):
        name = next((NAMES[c][0] for c in NAMES if name in ADJECTIVES and name in NAMES[c]), name)
        plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        parts.append(re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-"))
    return "-".join(p for p in parts if p)


def expand(rng: random.Random, event: Event) -> list[Row]:
    """The rows of one act: one per reporting outlet, same day, dyad, code and action place."""
    day = date(event.year, event.month, event.day or rng.randint(1, 28))
    action = action_place(rng, event)
    lead = event.num_articles or rng.choices(range(1, 41), weights=ARTICLE_WEIGHTS)[0]
    rows = []
    for i, outlet in enumerate(rng.sample(range(len(OUTLETS)), event.reports)):
        articles = lead if i == 0 else min(lead, rng.choices(range(1, 41), weights=ARTICLE_WEIGHTS)[0])
        name1 = actor_name(rng, event.actor1, event.names[0])
        name2 = actor_name(rng, event.actor2, event.names[1])
        cols = ["", *date_columns(day), *actor_columns(event.actor1, name1)]
        cols += actor_columns(event.actor2, name2) + event_columns(rng, event.code)
        cols += [*count_columns(rng, articles), avg_tone(rng, event.code)]
        cols += geo_columns(actor_place(rng, event.actor1, action))
        cols += geo_columns(actor_place(rng, event.actor2, action)) + geo_columns(action)
        slug = headline_slug(event.code, name1, name2)
        url = OUTLETS[outlet].format(y=day.year, m=f"{day.month:02d}", d=f"{day.day:02d}", slug=slug,
                                     n=rng.randint(10000, 999999))
        rows.append(([*cols, file_stamp(event.year, event.month), url], event.bad))
    return rows


def background_event(rng: random.Random, year: int, month: int, in_scope: bool) -> Event:
    if in_scope:
        actor1, actor2, _ = rng.choices(CHATTER, weights=[c[2] for c in CHATTER])[0]
        code = rng.choices(list(CHATTER_CODES), weights=list(CHATTER_CODES.values()))[0]
        return Event(year, month, None, actor1, actor2, code)
    actor1, actor2, codes, _ = rng.choices(UNRELATED, weights=[u[3] for u in UNRELATED])[0]
    return Event(year, month, None, actor1, actor2, rng.choice(codes))


def month_events(rng: random.Random, year: int, month: int, story: list[Event]) -> list[Event]:
    """The month's story events, then background talk, then about 30% rows outside the scope."""
    events = [e for e in story if (e.year, e.month) == (year, month)]
    chatter = rng.randint(12, 20)
    in_scope = sum(e.reports for e in events) + chatter
    outside = min(round(in_scope * 3 / 7) + rng.randint(-2, 2), MAX_ROWS - 1 - in_scope)
    events += [background_event(rng, year, month, True) for _ in range(chatter)]
    return events + [background_event(rng, year, month, False) for _ in range(outside)]


def render(row: Row, event_id: int, name: str, next_name: str) -> str:
    """Serialise a row, damaged as its story note asks; the damage must sit where BAD_ROWS says."""
    cols, bad = row
    cols[0] = str(event_id)
    if bad == "column_count":
        cols = cols[:-1]
    elif bad == "bad_date":
        cols[1], cols[2] = cols[1][:4] + "1345", cols[1][:4] + "13"
    where = (next_name if bad == "duplicate" else name, event_id)
    if bad and BAD_ROWS.get(bad) != where:
        raise ValueError(f"BAD_ROWS[{bad!r}] is {BAD_ROWS.get(bad)!r} but the story puts it at {where!r}")
    return "\t".join(cols) + "\n"


def month_lines(index: int, story: list[Event], carried: list[str]) -> tuple[list[str], list[str]]:
    """Lines of month `index` (carried lines inserted mid-file) and the lines to repeat next month."""
    year, month = MONTHS[index]
    rng = random.Random(f"{SEED}:{file_stamp(year, month)}")
    rows = [row for event in month_events(rng, year, month, story) for row in expand(rng, event)]
    rng.shuffle(rows)
    name = file_name(year, month)
    following = file_name(*MONTHS[index + 1]) if index + 1 < len(MONTHS) else ""
    first = FIRST_ID + index * ID_BLOCK
    lines = [render(row, first + i, name, following) for i, row in enumerate(rows)]
    repeat = [line for row, line in zip(rows, lines, strict=True) if row[1] == "duplicate"]
    return lines[: len(lines) // 2] + carried + lines[len(lines) // 2 :], repeat


def write_zip(path: Path, year: int, month: int, data: bytes) -> None:
    """One deflated member named like the zip minus `.zip`, with a fixed timestamp and mode."""
    info = zipfile.ZipInfo(path.name.removesuffix(".zip"), date_time=(year, month, 28, 12, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3
    info.external_attr = 0o100644 << 16
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(info, data, compresslevel=9)


def list_line(path: Path) -> str:
    data = path.read_bytes()
    return f"{len(data)} {hashlib.md5(data).hexdigest()} {BASE_URL}{path.name}\n"


def build(output_dir: Path = OUTPUT_DIR) -> list[Path]:
    """Rewrite `output_dir` from the story: 108 export zips, masterfilelist.txt, lastupdate.txt."""
    output_dir.mkdir(parents=True, exist_ok=True)
    for stale in output_dir.glob("*.export.CSV.zip"):
        stale.unlink()
    story = load_story()
    paths: list[Path] = []
    carried: list[str] = []
    for index, (year, month) in enumerate(MONTHS):
        lines, carried = month_lines(index, story, carried)
        paths.append(output_dir / file_name(year, month))
        write_zip(paths[-1], year, month, "".join(lines).encode("utf-8"))
    broken = {e.bad for e in story if e.bad}
    if broken != set(BAD_ROWS) or len(broken) != sum(1 for e in story if e.bad):
        raise ValueError(f"the story breaks {sorted(broken)} (once each), BAD_ROWS lists {sorted(BAD_ROWS)}")
    for list_name, listed in (("masterfilelist.txt", paths), ("lastupdate.txt", paths[-1:])):
        (output_dir / list_name).write_bytes("".join(map(list_line, listed)).encode("ascii"))
    return paths


def main() -> None:
    paths = build(OUTPUT_DIR)
    print(f"wrote {len(paths)} export files, masterfilelist.txt and lastupdate.txt to {OUTPUT_DIR}")


if __name__ == "__main__":
    main()
