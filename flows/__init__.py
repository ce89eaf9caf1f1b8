"""allywatch: measure, from the news, how much support states give their allies."""
from __future__ import annotations

from pathlib import Path

__version__ = "0.1.0"

# sql/ and expectations/ sit at the top of the repository (the design card) and the package is
# installed in editable mode, so both are found next to the package folder.
PROJECT_ROOT = Path(__file__).resolve().parents[1]
SQL_DIR = PROJECT_ROOT / "sql"
EXPECTATIONS_DIR = PROJECT_ROOT / "expectations"
SAMPLE_DIR = Path(__file__).resolve().parent / "sample"


class UserError(Exception):
    """A mistake the user can fix (bad path, bad flag, bad config): shown as one line, no traceback."""
