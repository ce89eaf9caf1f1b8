"""Packaging: pyproject.toml says everything except the package list, which a folder mapping needs.

sql/ and expectations/ stay at the top of the repository, where a checkout (and an editable install)
reads them. A wheel ships them inside the package as flows/_sql and flows/_expectations, so that
`pip install .` runs from any folder; flows/__init__.py resolves whichever copy the install has.
"""
from setuptools import find_namespace_packages, setup

DATA_PACKAGES = {"flows._sql": "sql", "flows._expectations": "expectations"}


def packages() -> list[str]:
    """flows and its folders (data folders too, as namespace packages), then the mapped folders and theirs."""
    found = find_namespace_packages(include=["flows", "flows.*"], exclude=["*__pycache__"])
    for name, folder in DATA_PACKAGES.items():
        found += [name, *(f"{name}.{sub}" for sub in find_namespace_packages(folder, exclude=["*__pycache__"]))]
    return found


setup(packages=packages(), package_dir=DATA_PACKAGES)
