"""Write docs/data_dictionary.md from sql/dictionary.toml (run after editing the dictionary or the schema).

    python scripts/build_data_dictionary.py
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from flows import UserError  # noqa: E402
from flows.marts.dictionary_doc import dictionary_markdown  # noqa: E402

TARGET = ROOT / "docs" / "data_dictionary.md"


def main() -> int:
    try:
        text = dictionary_markdown()
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
