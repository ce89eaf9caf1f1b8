"""allywatch: measure, from the news, how much support states give their allies."""
from __future__ import annotations

from pathlib import Path

__version__ = "0.1.0"

PACKAGE_DIR = Path(__file__).resolve().parent
# The checkout's root (where prefect.yaml is); in a wheel install it is only site-packages.
PROJECT_ROOT = PACKAGE_DIR.parent


def _shipped_or_checkout(shipped: str, top_level: str) -> Path:
    """A folder that sits at the top of the repository and ships inside the package in a wheel.

    A wheel install has PACKAGE_DIR/shipped (setup.py maps it there); a checkout, and so an editable
    install, has PROJECT_ROOT/top_level only.
    """
    inside = PACKAGE_DIR / shipped
    return inside if inside.is_dir() else PROJECT_ROOT / top_level


SQL_DIR = _shipped_or_checkout("_sql", "sql")
EXPECTATIONS_DIR = _shipped_or_checkout("_expectations", "expectations")
SAMPLE_DIR = PACKAGE_DIR / "sample"


class UserError(Exception):
    """A mistake the user can fix (bad path, bad flag, bad config): shown as one line, no traceback."""
