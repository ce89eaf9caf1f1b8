"""Build GDELT 2.0 export files in the real format for tests (61 tab-separated columns, zipped)."""
from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path


def event_row(event_id: int, day: str = "20250301", actor1: str = "RUS", actor2: str = "VEN",
              code: str = "072", goldstein: str = "8.3", quad: str = "2", articles: int = 3,
              url: str = "https://news.example.com/a", columns: int = 61) -> str:
    row = [""] * 61
    row[0], row[1], row[2], row[3], row[4] = str(event_id), day, day[:6], day[:4], f"{day[:4]}.5"
    if actor1:
        row[5], row[6], row[7], row[12] = f"{actor1}GOV", actor1, actor1, "GOV"
    if actor2:
        row[15], row[16], row[17], row[22] = f"{actor2}GOV", actor2, actor2, "GOV"
    row[25], row[26], row[27], row[28] = "1", code, code[:3], code[:2]
    row[29], row[30], row[31], row[32], row[33], row[34] = quad, goldstein, str(articles), "1", str(articles), "-1.5"
    row[51], row[52], row[58], row[59], row[60] = "1", "VE", "VE", f"{day}120000", url
    return "\t".join(row[:columns] + ["extra"] * max(0, columns - 61))


def write_export(folder: Path, stamp: str, lines: list[str] | bytes, members: int = 1) -> Path:
    """A zip named <stamp>.export.CSV.zip holding the lines (or raw bytes) as its CSV member."""
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{stamp}.export.CSV"
    payload = lines if isinstance(lines, bytes) else ("\n".join(lines) + "\n").encode("utf-8")
    path = folder / f"{name}.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, payload)
        for extra in range(1, members):
            archive.writestr(f"extra{extra}.csv", payload)
    return path


def write_lists(folder: Path, zips: list[Path], base: str = "http://data.gdeltproject.org/gdeltv2/") -> None:
    lines = []
    for path in sorted(zips):
        data = path.read_bytes()
        lines.append(f"{len(data)} {hashlib.md5(data).hexdigest()} {base}{path.name}")
    (folder / "masterfilelist.txt").write_text("\n".join(lines) + "\n")
    (folder / "lastupdate.txt").write_text(lines[-1] + "\n")
