"""Build every generated lexicon file of the text coder from the field's event dictionaries.

    python scripts/build_lexicon.py --source DIR [--out flows/normalize/lexicon]

``DIR`` is the folder of the open event dictionaries (PETRARCH2's English CAMEO verb, actor, agent and
discard dictionaries under ``petrarch2/``; UniversalPetrarch's Spanish ones under
``universal_petrarch/spanish/``). The actor side is ``scripts/lexicon_actors.py``, the verb side
``scripts/lexicon_verbs.py``; this runs both into one folder. The output is committed: a rebuild from
the same dictionaries is byte-identical (``tests/unit/test_lexicon_build.py``).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from scripts import lexicon_actors, lexicon_verbs  # noqa: E402

OUT_DIR = ROOT / "flows" / "normalize" / "lexicon"


def build_all(source: Path, out: Path) -> list[Path]:
    """Write the actor and verb lexicon files into ``out``; the paths written, sorted."""
    actor_files = lexicon_actors.build(source)
    lexicon_actors.write(actor_files, out)
    lexicon_verbs.build(source, out)
    verb_files = [out / f"{stem}_{lang}.tsv" for lang in lexicon_verbs.SOURCES
                  for stem in ("verbs", "verb_forms", "verb_patterns", "synsets", "lemmas")]
    return sorted([out / name for name in actor_files] + verb_files)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, required=True, help="folder of the event dictionaries")
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="where the lexicon files go")
    args = parser.parse_args(argv)
    needed = [args.source / lexicon_actors.ACTOR_FILES[0], *(args.source / p for p in lexicon_verbs.SOURCES.values())]
    missing = [str(p) for p in needed if not p.is_file()]
    if missing:
        print(f"error: {args.source} is not the event dictionaries folder (missing {', '.join(missing)})",
              file=sys.stderr)
        return 2
    for path in build_all(args.source, args.out):
        print(f"{path}: {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
