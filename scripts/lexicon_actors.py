"""Convert the field's actor, agent and discard dictionaries into the coder's lexicon files.

    python scripts/lexicon_actors.py --source DIR [--out flows/normalize/lexicon]

DIR is the folder of event dictionaries (``petrarch2/`` and ``universal_petrarch/spanish/``). The
output, committed and byte-identical on every rebuild from the same inputs:

- ``actors.tsv``: ``phrase  code  valid_from  valid_to  kind``. ``phrase`` is folded (lower case, no
  accents); ``code`` is the CAMEO actor code with its country part as ISO3 (``ROMGOV`` -> ``ROUGOV``;
  a bare country code ``VEN`` becomes ``VENGOV``); a row with neither date is the default code, used
  when no dated row covers the day. ``kind`` says what the phrase names (country, demonym, capital,
  place, official, elite, igo, armed_group, ...). Country and sector follow from the code.
- ``agents.tsv``: ``phrase  sector  language``: nouns that give a sector to the actor next to them
  ("Venezuelan *opposition*", "el *gobierno* cubano"), every singular and plural form.
- ``discards.tsv``: ``phrase  scope  match``: phrases that make a sentence (scope ``sentence``) or a
  whole story (``story``) not codable; ``match`` is ``word`` (ends at a word boundary) or ``stem``.

CAMEO country codes go through the project's country table (``countries.csv``, column ``cameo``) and
``cameo_codes.csv`` (former states); capitals come from ``capitals.csv`` and the overlay.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make ``flows`` and ``scripts`` importable
    sys.path.insert(0, str(ROOT))

from flows.normalize.gazetteer import fold  # noqa: E402
from flows.reference import vocabulary  # noqa: E402
from scripts.lexicon_formats import ActorEntry, Restriction, read_actors, read_agents, read_discards  # noqa: E402
from scripts.lexicon_places import PlaceNames  # noqa: E402
from scripts.lexicon_surnames import drop_shared_surnames  # noqa: E402

DATA_DIR = ROOT / "flows" / "normalize" / "data"
OUT_DIR = ROOT / "flows" / "normalize" / "lexicon"
ACTOR_FILES = (
    "petrarch2/Phoenix.Countries.actors.txt",
    "petrarch2/Phoenix.International.actors.txt",
    "petrarch2/Phoenix.MilNonState.actors.txt",
    "universal_petrarch/spanish/actors_unified_181220.txt",
)
AGENT_FILES = (("petrarch2/Phoenix.agents.txt", "en"), ("universal_petrarch/spanish/agents_181220.txt", "es"))
DISCARD_FILE = "petrarch2/Phoenix.discards.txt"
# Prefixes of actors that belong to no state; the code keeps them first (IGOUNO, NGOHRI, MNCUSA).
INTERNATIONAL = ("IGO", "NGO", "NGM", "MNC", "IMG")
# Kind of a non-person actor by its sector.
SECTOR_KIND = {
    "GOV": "government", "MIL": "military", "COP": "police", "JUD": "judiciary", "LEG": "legislature",
    "SPY": "intelligence", "BUS": "firm", "MNC": "firm", "MED": "media", "OPP": "opposition",
    "REB": "armed_group", "INS": "armed_group", "SEP": "armed_group", "UAF": "armed_group",
    "IMG": "armed_group", "IGO": "igo", "NGO": "ngo", "NGM": "ngo", "ELI": "elite", "PTY": "party",
}
TSV_EOL = "\n"


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def country_codes(data_dir: Path = DATA_DIR) -> dict[str, str]:
    """CAMEO (or ISO3) country code -> ISO3, from the project's tables; ISO3 wins a clash."""
    table = {r["code"]: r["iso3"] for r in _rows(data_dir / "cameo_codes.csv")}
    for row in _rows(data_dir / "countries.csv"):
        if row["cameo"]:
            table[row["cameo"]] = row["iso3"]
    table.update({row["iso3"]: row["iso3"] for row in _rows(data_dir / "countries.csv")})
    return table


def split_code(code: str, countries: dict[str, str]) -> tuple[str | None, str, str]:
    """CAMEO actor code -> (ISO3 or None, sector, code with the ISO3 country part).

    ``VEN`` -> (VEN, GOV, VENGOV); ``ROMMIL`` -> (ROU, MIL, ROUMIL); ``IGOUNO`` -> (None, IGO,
    IGOUNO); ``WEUREB`` (a region) -> (None, REB, WEUREB); an unknown role gives sector "".
    """
    sectors = vocabulary()["sectors"]
    prefix, roles = code[:3], [code[i:i + 3] for i in range(3, len(code), 3)]
    if prefix in INTERNATIONAL or (prefix in sectors and prefix not in countries):
        return None, prefix if prefix in sectors else "", code
    iso3 = countries.get(prefix)
    if iso3 is None:  # a region or a group with no state: its first role is the sector
        return None, roles[0] if roles and roles[0] in sectors else "", code
    if not roles:
        return iso3, "GOV", f"{iso3}GOV"
    return iso3, roles[0] if roles[0] in sectors else "", iso3 + code[3:]


def _date(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def _kind(phrase: str, iso3: str | None, sector: str, bare: bool, dated: bool, places: PlaceNames) -> str:
    if bare and iso3:
        return places.kind(phrase, iso3)
    if iso3 and not sector and not dated:
        return "place"  # a region code under a state ("PSEGZA" Gaza, "GBRIMY" Isle of Man)
    if dated or sector == "ELI":
        return "elite" if sector == "ELI" else "official"
    return SECTOR_KIND.get(sector, "group")


def actor_rows(entries: Iterable[ActorEntry], countries: dict[str, str], places: PlaceNames) -> set[tuple]:
    """(phrase, code, valid_from, valid_to, kind) for every phrase and code of every record."""
    rows = set()
    for entry in entries:
        dated = any(r.start or r.end for r in entry.restrictions)
        for restriction in entry.restrictions:
            iso3, sector, code = split_code(restriction.code, countries)
            bare = len(restriction.code) == 3 and iso3 is not None
            for phrase in entry.phrases:
                key = " ".join(fold(phrase).split())
                if sum(c.isalpha() for c in key) < 2:
                    continue
                kind = _kind(key, iso3, sector, bare, dated, places)
                rows.add((key, code, _date(restriction.start), _date(restriction.end), kind))
    return rows


PLACE_NAME_KINDS = frozenset({"country", "demonym", "capital"})
MAX_ROLES = 4  # a phrase with more distinct actors than this is a garbled record, not a name


_ARTICLES = ("the ", "la ", "las ", "los ", "el ")


def clean(rows: set[tuple], agent_phrases: set[str], overlay_names: frozenset[str] = frozenset()) -> set[tuple]:
    """Drop rows that cannot name what they claim (counted by :func:`main`'s summary).

    - A country's own name, demonym or capital names the country: other records that list it as a
      synonym ("SUDAN" under a party, "FUERZAS" under Syria's army) are dropped for that phrase.
    - A single-word agent noun ("gobierno", "fuerzas") is a role, not a name.
    - A phrase whose undated codes name different actors and that has no dated code to choose
      between them, or that names more than ``MAX_ROLES`` actors, is ambiguous on every day.
    - "the us", "la habana": an article before a phrase that names the same actors on its own
      (or that the overlay names) adds nothing and would hide a longer name ("The US Treasury").
    """
    by_phrase: dict[str, list[tuple]] = {}
    for row in rows:
        by_phrase.setdefault(row[0], []).append(row)
    kept = set()
    for phrase, group in by_phrase.items():
        if " " not in phrase and phrase in agent_phrases:
            continue
        names = [r for r in group if r[4] in PLACE_NAME_KINDS]
        group = names or group
        defaults = {r[1][:6] for r in group if not (r[2] or r[3])}
        dated = any(r[2] or r[3] for r in group)
        if (len(defaults) > 1 and not dated) or len({r[1][:6] for r in group}) > MAX_ROLES:
            continue
        kept.update(group)
    codes = kept_codes(kept)
    return {r for r in kept if not _redundant_article(r, codes, overlay_names)}


def demonym_plurals(rows: set[tuple]) -> set[tuple]:
    """The plural of each one-word demonym in -an or -i that the dictionaries lack ("colombians", "iraqis"):
    the English country records list the adjective only ("COLOMBIAN_"), so "deported 1,000 Colombians"
    named no one. Nouns of other endings ("Swiss", "Chinese", "Dutch") have no regular plural. The few
    misspelled or Spanish entries in -an/-i ("armenai", "aleman") get a plural no text uses, which is harmless."""
    phrases = {r[0] for r in rows}
    return {(r[0] + "s", *r[1:]) for r in rows if r[4] == "demonym" and " " not in r[0]
            and r[0].endswith(("an", "i")) and r[0] + "s" not in phrases}


_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY"})


def countryless_officials(rows: set[tuple]) -> set[tuple]:
    """Without the few state organs the dictionaries list with no country although a demonym names it ("gobierno
    argentino", "ministro frances" as a bare GOV): the coder reads the noun and the demonym as that country's
    organ, as it does "gobierno chileno"."""
    demonyms = {r[0] for r in rows if r[4] == "demonym" and " " not in r[0]}
    return {r for r in rows if not (r[1] in _STATE_SECTORS and " " in r[0]
                                    and any(w in demonyms for w in r[0].split()))}


def kept_codes(rows: set[tuple]) -> dict[str, frozenset[str]]:
    codes: dict[str, set[str]] = {}
    for row in rows:
        codes.setdefault(row[0], set()).add(row[1])
    return {p: frozenset(c) for p, c in codes.items()}


def _redundant_article(row: tuple, codes: dict[str, frozenset[str]], overlay_names: frozenset[str]) -> bool:
    article = next((a for a in _ARTICLES if row[0].startswith(a)), None)
    if article is None:
        return False
    rest = row[0][len(article):]
    return rest in overlay_names or codes.get(rest) == codes[row[0]]


# When the dictionaries give one noun two sectors ("militares": MIL and CVL, "rebeldes": REB and
# OPP), the first of these wins; sectors not listed follow in vocabulary order.
SECTOR_PRECEDENCE = ("MIL", "GOV", "COP", "JUD", "LEG", "SPY", "REB", "INS", "SEP", "UAF", "OPP")


def agent_rows(source: Path) -> set[tuple[str, str, str]]:
    """(phrase, sector, language): one sector per phrase and language."""
    sectors = list(vocabulary()["sectors"])
    rank = {s: i for i, s in enumerate([*SECTOR_PRECEDENCE, *sectors])}
    best: dict[tuple[str, str], str] = {}
    for name, language in AGENT_FILES:
        for phrase, code in read_agents(_lines(source / name), language):
            role = code.strip("~")[:3].upper()
            key = " ".join(fold(phrase).split())
            if role not in rank or sum(c.isalpha() for c in key) < 2:
                continue
            old = best.get((key, language))
            if old is None or rank[role] < rank[old]:
                best[(key, language)] = role
    return {(key, sector, language) for (key, language), sector in best.items()}


def discard_rows(source: Path) -> set[tuple[str, str, str]]:
    rows = set()
    for phrase, story, exact in read_discards(_lines(source / DISCARD_FILE)):
        rows.add((" ".join(fold(phrase).split()), "story" if story else "sentence", "word" if exact else "stem"))
    return rows


def to_tsv(header: tuple[str, ...], rows: Iterable[tuple]) -> str:
    lines = ["\t".join(header), *("\t".join(row) for row in sorted(rows))]
    return TSV_EOL.join(lines) + TSV_EOL


def build(source: Path, data_dir: Path = DATA_DIR) -> dict[str, str]:
    """File name -> content of every lexicon file, from the dictionaries in ``source``."""
    countries = country_codes(data_dir)
    places = PlaceNames.from_tables(data_dir)
    entries = [e for name in ACTOR_FILES for e in read_actors(_lines(source / name))]
    agents = agent_rows(source)
    actors = clean(actor_rows(entries, countries, places), {row[0] for row in agents}, places.all_names())
    actors = drop_shared_surnames(countryless_officials(actors | demonym_plurals(actors)))
    return {
        "actors.tsv": to_tsv(("phrase", "code", "valid_from", "valid_to", "kind"), actors),
        "agents.tsv": to_tsv(("phrase", "sector", "language"), agents),
        "discards.tsv": to_tsv(("phrase", "scope", "match"), discard_rows(source)),
    }


def write(files: dict[str, str], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (out / name).write_bytes(text.encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, required=True, help="folder of the event dictionaries")
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="where the lexicon files go")
    args = parser.parse_args(argv)
    if not (args.source / ACTOR_FILES[0]).is_file():
        parser.error(f"{args.source} does not hold {ACTOR_FILES[0]}")
    files = build(args.source)
    write(files, args.out)
    for name, text in sorted(files.items()):
        print(f"{args.out / name}: {text.count(TSV_EOL) - 1} rows, {len(text.encode()):,} bytes")
    return 0


__all__ = ["Restriction", "actor_rows", "agent_rows", "build", "clean", "country_codes", "discard_rows", "main",
           "split_code", "to_tsv"]

if __name__ == "__main__":
    sys.exit(main())
