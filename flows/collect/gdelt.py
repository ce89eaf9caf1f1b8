"""GDELT 2.0 event exports: read the file lists, pick files, fetch and verify them into landing/."""
from __future__ import annotations

import os
import re
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import BinaryIO

import httpx

from flows import UserError
from flows.batch import SETTLED
from flows.collect.http import FetchError, RetryPolicy, download, get_bytes
from flows.collect.landing import landing_path, md5_of
from flows.crashpoints import crash_point

EXPORT_NAME = re.compile(r"^(\d{14})\.(?:translation\.)?export\.CSV\.zip$")
DEFAULT_POLICY = RetryPolicy()
MAX_UNZIPPED_BYTES = 2_000_000_000  # a 15-minute export is ~5 MB unzipped; refuse zip bombs
COPY_CHUNK_BYTES = 1 << 16  # local mirrors are copied in chunks, like a download, never read whole


@dataclass(frozen=True)
class ListedFile:
    name: str
    size: int
    md5: str
    url: str
    published: datetime

    @property
    def batch_id(self) -> str:
        # A re-published file with other bytes is another batch; the same bytes are the same batch.
        return f"gdelt:{self.name}:{self.md5}"


@dataclass
class FileList:
    """The export files of a list, oldest first, once each, and the lines that could not be read."""
    files: list[ListedFile] = field(default_factory=list)
    skipped_lines: list[int] = field(default_factory=list)  # 1-based line numbers


MD5_HEX = re.compile(rb"[0-9a-fA-F]{32}")


def _listed(line: bytes) -> ListedFile | None:
    """One `size md5 url` line: the export file it names, None for another kind (mentions, gkg).
    Raises ValueError for a line that cannot be read: not UTF-8, not three fields, a bad size or md5,
    an export name whose time does not exist."""
    parts = line.decode("utf-8").split()
    if len(parts) != 3 or not parts[0].isascii() or not parts[0].isdigit() or not MD5_HEX.fullmatch(
            parts[1].encode()):
        raise ValueError("expected 'size md5 url'")
    name = parts[2].rsplit("/", 1)[-1]
    match = EXPORT_NAME.match(name)
    if not match:
        return None  # mentions and gkg files share the lists
    stamp = datetime.strptime(match.group(1), "%Y%m%d%H%M%S")
    return ListedFile(name, int(parts[0]), parts[1].lower(), parts[2], stamp)


def scan_file_list(data: bytes | str) -> FileList:
    """Export-file entries of a masterfilelist/lastupdate list (`size md5 url` lines), oldest first.

    Each line is decoded on its own, so one bad byte spoils only its line. A line that cannot be read
    is skipped and its number kept (GDELT's real list has had malformed lines): one odd line must not
    stop the collection. A file listed twice (same name and md5) is one batch, kept once.
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    result = FileList()
    seen: set[str] = set()
    for number, line in enumerate(raw.split(b"\n"), start=1):
        if not line.strip():
            continue
        try:
            listed = _listed(line)
        except ValueError:  # UnicodeDecodeError is a ValueError too
            result.skipped_lines.append(number)
            continue
        if listed is not None and listed.batch_id not in seen:
            seen.add(listed.batch_id)
            result.files.append(listed)
    result.files.sort(key=lambda f: f.published)
    return result


def describe_skipped(origin: str, skipped: list[int], shown: int = 5) -> str:
    """`<origin>: skipped N lines that cannot be read (lines a, b, c, ...)` for the log."""
    numbers = ", ".join(str(n) for n in skipped[:shown]) + (", ..." if len(skipped) > shown else "")
    return (f"{origin}: skipped {len(skipped)} line{'s' if len(skipped) != 1 else ''} that cannot be read "
            f"as 'size md5 url' (lines {numbers})")


@dataclass(frozen=True)
class GdeltSource:
    """Where the lists and files live: a local mirror folder or a base URL (both end in the folder)."""
    source_dir: Path | None = None
    base_url: str | None = None

    def describe(self) -> str:
        return str(self.source_dir) if self.source_dir else str(self.base_url)

    def read_list(self, list_name: str, client: httpx.Client | None = None,
                  policy: RetryPolicy = DEFAULT_POLICY) -> bytes:
        """The list as bytes: scan_file_list decodes it line by line."""
        if self.source_dir is not None:
            path = self.source_dir / list_name
            if not path.exists():
                raise UserError(f"{path} not found: --source-dir must be a folder holding {list_name} "
                                "and the export files")
            return path.read_bytes()
        assert self.base_url is not None and client is not None
        url = self.base_url.rstrip("/") + "/" + list_name
        try:
            return get_bytes(client, url, 500_000_000, policy)
        except FetchError as exc:
            raise UserError(f"cannot read {list_name}: {exc}; check --base-url") from None


def list_names(newest_only: bool, translated: bool) -> list[str]:
    """The list files to read: lastupdate for the newest file, masterfilelist for history."""
    stem = "lastupdate" if newest_only else "masterfilelist"
    return [f"{stem}.txt", *([f"{stem}-translation.txt"] if translated else [])]


def select_files(listed: list[ListedFile], since: datetime | None, until: datetime | None) -> list[ListedFile]:
    return [f for f in listed if (since is None or f.published >= since) and (until is None or f.published <= until)]


def _verify(path: Path, expected: ListedFile) -> None:
    size = path.stat().st_size
    if size != expected.size:
        raise FetchError(f"{expected.name}: size {size} differs from the list's {expected.size}; "
                         "the file is truncated or replaced upstream")
    digest = md5_of(path)
    if digest != expected.md5:
        raise FetchError(f"{expected.name}: md5 {digest} differs from the list's {expected.md5}; "
                         "the file is corrupt or replaced upstream")


class IncomingFile:
    """The temp file a fetch writes into, before it is verified and renamed into landing/.

    After the first chunk it flushes and passes the crash point `gdelt_fetch.mid_download`, so the
    fault tests can kill a fetch with part of the file on disk, as a power cut would.
    """

    def __init__(self, file: BinaryIO) -> None:
        self._file = file
        self._started = False

    def write(self, chunk: bytes) -> int:
        written = self._file.write(chunk)
        if chunk and not self._started:
            self._started = True
            self._file.flush()
            crash_point("gdelt_fetch.mid_download")
        return written

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        return self._file.seek(offset, whence)

    def truncate(self, size: int | None = None) -> int:
        return self._file.truncate(size)


def landed_path(listed: ListedFile, landing_dir: Path) -> Path:
    """Where a listed file lands (by md5): it exists only once verified, so two runs can share it."""
    return landing_path(landing_dir, "gdelt", listed.md5, ".export.CSV.zip")


def fetch_to_landing(listed: ListedFile, source: GdeltSource, landing_dir: Path,
                     client: httpx.Client | None = None, max_bytes: int = 200_000_000,
                     policy: RetryPolicy = DEFAULT_POLICY) -> Path:
    """Copy or download one export zip into landing/, verified against the list's size and md5."""
    target = landed_path(listed, landing_dir)
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            sink = IncomingFile(out)
            if source.source_dir is not None:
                local = source.source_dir / listed.name
                if not local.exists():
                    raise FetchError(f"{listed.name}: listed but missing from {source.source_dir}")
                with open(local, "rb") as src:
                    shutil.copyfileobj(src, sink, COPY_CHUNK_BYTES)
            else:
                assert source.base_url is not None and client is not None
                download(client, source.base_url.rstrip("/") + "/" + listed.name, sink,
                         max_bytes, policy)
            out.flush()
            os.fsync(out.fileno())
        _verify(tmp, listed)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def unzip_export(zip_path: Path, name: str, work_dir: Path) -> Path:
    """Extract the single CSV member of an export zip to work_dir (DuckDB cannot read zips)."""
    try:
        with zipfile.ZipFile(zip_path) as archive:
            members = archive.infolist()
            if len(members) != 1:
                raise FetchError(f"{name}: zip holds {len(members)} members, expected exactly one CSV")
            member = members[0]
            expected = name.removesuffix(".zip")
            if member.filename != expected:
                raise FetchError(f"{name}: zip member is {member.filename!r}, expected {expected!r}")
            if member.file_size > MAX_UNZIPPED_BYTES:
                raise FetchError(f"{name}: member expands to {member.file_size} bytes, over the cap")
            if member.file_size == 0:
                # An export always holds rows: an empty one is broken upstream and must not settle as
                # `loaded` with nothing in it, so it fails, is retried and shows up in `allywatch status`.
                raise FetchError(f"{name}: the CSV member is empty (0 bytes)")
            target = work_dir / (name.removesuffix(".zip"))
            with archive.open(member) as src, open(target, "wb") as dst:
                copied = 0
                for chunk in iter(lambda: src.read(1 << 20), b""):
                    copied += len(chunk)
                    if copied > MAX_UNZIPPED_BYTES:
                        raise FetchError(f"{name}: member expands past the cap")
                    dst.write(chunk)
    except zipfile.BadZipFile:
        raise FetchError(f"{name}: not a valid zip (truncated or corrupt)") from None
    return target


def plan_files(listed: list[ListedFile], statuses: dict[str, str], newest_loaded: datetime | None,
               since: datetime | None, until: datetime | None) -> list[ListedFile]:
    """Pending files: in the range (default: 24 h before the newest loaded file), not yet settled.

    A first run with no range takes only the newest listed file. Files are never inferred from
    the clock: only what the list names exists.
    """
    if since is None and until is None:
        if newest_loaded is None:
            chosen = listed[-1:]
        else:
            chosen = [f for f in listed if f.published >= newest_loaded - timedelta(hours=24)]
    else:
        chosen = select_files(listed, since, until)
    # A batch listed twice is one batch (its second load would add its events to the daily facts again).
    seen: set[str] = set()
    pending = []
    for f in chosen:
        if f.batch_id not in seen and statuses.get(f.batch_id) not in SETTLED:
            pending.append(f)
        seen.add(f.batch_id)
    return pending


def parse_timestamp(text: str, end_of_day: bool = False) -> datetime:
    """A UTC date (YYYY-MM-DD or YYYYMMDD) or YYYYMMDDHHMMSS, as given to --since/--until."""
    cleaned = text.strip().replace("-", "")
    try:
        if len(cleaned) == 8:
            day = datetime.strptime(cleaned, "%Y%m%d")
            return day + timedelta(days=1, seconds=-1) if end_of_day else day
        return datetime.strptime(cleaned, "%Y%m%d%H%M%S")
    except ValueError:
        raise UserError(f"bad timestamp {text!r}: use YYYY-MM-DD or YYYYMMDDHHMMSS (UTC)") from None
