"""Render a published page (the HTML report, Data Docs) to PNG in headless Chromium, and count the
pixels of given colours, to see that a real browser draws what the page holds.

    python scripts/page_screenshot.py reports/allywatch_ven.html report.png

Needs a Chromium binary (Debian: `apt-get install chromium`); nothing is downloaded.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path

# Flags for a sandboxed machine without network: no background fetches, no first-run pages, no GPU.
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars"]
CANDIDATES = ("chromium", "chromium-browser", "google-chrome")


def find_chromium() -> str | None:
    return next((path for name in CANDIDATES if (path := shutil.which(name))), None)


def screenshot(page: Path, out: Path, width: int = 1280, height: int = 4000, timeout: float = 60) -> Path:
    """Shoot `page` at width x height CSS pixels into `out` (PNG); raise with Chromium's output on failure."""
    binary = find_chromium()
    if binary is None:
        raise FileNotFoundError("no Chromium found (Debian: apt-get install chromium)")
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run([binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}",
                               f"--screenshot={out}", page.resolve().as_uri()],
                              capture_output=True, text=True, timeout=timeout, check=False)
    if done.returncode != 0 or not out.exists():
        raise RuntimeError(f"chromium failed on {page}: {done.stderr.strip()[-500:]}")
    return out


def colour_counts(png: Path, colours: Iterable[str]) -> dict[str, int]:
    """How many pixels of the PNG have exactly each '#rrggbb' colour (solid fills keep their colour)."""
    from PIL import Image

    wanted = {tuple(int(c[i:i + 2], 16) for i in (1, 3, 5)): c for c in colours}
    counts = dict.fromkeys(wanted.values(), 0)
    with Image.open(png) as image:
        for count, rgb in image.convert("RGB").getcolors(maxcolors=1 << 24):
            if rgb in wanted:
                counts[wanted[rgb]] += count
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--height", type=int, default=4000)
    args = parser.parse_args()
    print(screenshot(args.page, args.out, height=args.height))


if __name__ == "__main__":
    main()
