"""landing/: raw payloads kept as received, named by their md5 so a path can never be chosen by a URL."""
from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path

_SAFE_SUFFIX = re.compile(r"^[A-Za-z0-9.]{0,40}$")


def md5_of(path: Path) -> str:
    digest = hashlib.md5()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def landing_path(landing_dir: Path, kind: str, md5: str, suffix: str) -> Path:
    """landing/<kind>/<md5[:2]>/<md5><suffix>; suffix is checked so no name escapes landing/."""
    if not re.fullmatch(r"[0-9a-f]{32}", md5):
        raise ValueError(f"not an md5 hex digest: {md5!r}")
    if not _SAFE_SUFFIX.match(suffix):
        suffix = ""
    return landing_dir / kind / md5[:2] / f"{md5}{suffix}"


def store_bytes(landing_dir: Path, kind: str, payload: bytes, suffix: str) -> tuple[Path, str]:
    """Write a payload once (temp file, fsync, atomic rename); return its path and md5."""
    md5 = hashlib.md5(payload).hexdigest()
    target = landing_path(landing_dir, kind, md5, suffix)
    if target.exists():
        return target, md5
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(payload)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target, md5
