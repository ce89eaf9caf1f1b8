"""A built wheel works on its own (issue 20, item 8): installed into a fresh venv that the checkout cannot
shadow, `allywatch run` loads the bundled sample from a folder outside the repository, and a user's
mistake is still one line.

The venv gets the test environment's dependencies through a .pth file naming its site-packages (no
download), but not the checkout: a path line of a .pth file is only appended to sys.path, so the .pth
files of the editable install that live in that site-packages are never run.
"""
from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
import sysconfig
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[2]
# What the build reads. It builds from a copy: setuptools builds in the source folder, and a build/ folder
# left there from an earlier build would put modules since removed into the wheel.
BUILD_INPUTS = ("pyproject.toml", "setup.py", "README.md", "LICENSE", "NOTICE", "flows", "sql", "expectations")


def _run(command: list[str | Path], cwd: Path, env: dict[str, str], timeout: int) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in command], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout)


def _clean_env(prefect_home: Path) -> dict[str, str]:
    """This environment without anything that would point Python or Prefect back at the checkout's session."""
    env = {k: v for k, v in os.environ.items()
           if k not in {"PYTHONPATH", "PREFECT_API_URL", "VIRTUAL_ENV", "ALLYWATCH_WAREHOUSE"}}
    env.update(PREFECT_HOME=str(prefect_home), PREFECT_SERVER_ANALYTICS_ENABLED="false",
               PYTHONDONTWRITEBYTECODE="1")
    return env


@pytest.fixture(scope="module")
def wheel_venv(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A fresh venv with the built wheel installed; returns its bin folder and the environment to run it in."""
    tmp = tmp_path_factory.mktemp("wheel")
    env = _clean_env(tmp / "prefect-home")
    source = tmp / "source"
    source.mkdir()
    for name in BUILD_INPUTS:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(ROOT / name, source / name)
    # No isolated build environment: it would download setuptools; the dev extras bring it.
    built = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
                  "--wheel-dir", tmp / "dist", source], tmp, env, 240)
    assert built.returncode == 0, built.stderr[-3000:]
    wheel = next((tmp / "dist").glob("allywatch-*.whl"))

    venv = tmp / "venv"
    made = _run([sys.executable, "-m", "venv", "--without-pip", venv], tmp, env, 120)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    purelib = _run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], tmp, env, 60)
    dependencies = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"], *site.getsitepackages()}
    Path(purelib.stdout.strip(), "test_environment.pth").write_text("\n".join(sorted(dependencies)) + "\n")
    installed = _run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index",
                      wheel], tmp, env, 240)
    assert installed.returncode == 0, installed.stderr[-3000:]
    return venv / "bin", env


def test_the_wheel_ships_sql_and_expectations_and_the_venv_imports_it(
        wheel_venv: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    bin_dir, env = wheel_venv
    probe = ("import flows, json; from flows.normalize.lemmadicts import SHIPPED_DIR as lemmas; "
             "sql, gx = flows.SQL_DIR, flows.EXPECTATIONS_DIR; "
             "print(json.dumps([flows.__file__, str(sql), str(gx), sorted(p.name for p in sql.iterdir()), "
             "sorted(p.name for p in gx.iterdir()), str(lemmas), sorted(p.name for p in lemmas.iterdir())]))")
    shown = _run([bin_dir / "python", "-c", probe], tmp_path, env, 60)
    assert shown.returncode == 0, shown.stderr
    module, sql_dir, expectations_dir, sql_names, expectation_names, lemma_dir, lemma_names = json.loads(shown.stdout)
    assert lemma_names == ["en.tsv", "es.tsv"]  # the packaged lemma index
    venv = bin_dir.parent.resolve()
    for path in (module, sql_dir, expectations_dir, lemma_dir):
        assert Path(path).resolve().is_relative_to(venv), path  # the wheel's copy, not the checkout's
    assert "migrations.toml" in sql_names
    assert expectation_names == sorted(p.name for p in (ROOT / "expectations").glob("*.json"))
    shipped = {p.relative_to(sql_dir).as_posix() for p in Path(sql_dir).rglob("*.sql")}
    assert shipped == {p.relative_to(ROOT / "sql").as_posix() for p in (ROOT / "sql").rglob("*.sql")}


def test_allywatch_run_from_the_wheel_loads_the_sample_outside_the_repository(
        wheel_venv: tuple[Path, dict[str, str]], prefect_api_url: str, tmp_path: Path) -> None:
    bin_dir, env = wheel_venv
    assert not tmp_path.resolve().is_relative_to(ROOT)
    # The session's Prefect server (loopback), so the run does not start a temporary one of its own: the
    # CLI tests cover that path, this one the package.
    ran = _run([bin_dir / "allywatch", "run"], tmp_path, {**env, "PREFECT_API_URL": prefect_api_url}, 300)
    assert ran.returncode == 0, ran.stderr[-3000:]
    assert "synthetic" in ran.stdout  # the sample's note
    con = duckdb.connect(str(tmp_path / "allywatch.duckdb"), read_only=True)
    try:
        events = con.execute("select count(*) from fact_event").fetchone()[0]
        loaded = con.execute("select count(*) from batch_ledger where status = 'loaded'").fetchone()[0]
    finally:
        con.close()
    assert events > 0 and loaded > 0
    assert (tmp_path / "allywatch_bi.duckdb").is_file()
    assert (tmp_path / "reports" / "allywatch_ven.html").is_file()


@pytest.mark.parametrize("arguments", [["gdelt", "--since", "2025-13-45"],
                                       ["status", "--config", "no-such-config.toml"]])
def test_a_user_mistake_is_one_line_from_the_wheel(wheel_venv: tuple[Path, dict[str, str]], tmp_path: Path,
                                                   arguments: list[str]) -> None:
    bin_dir, env = wheel_venv
    failed = _run([bin_dir / "allywatch", *arguments], tmp_path, env, 120)
    assert failed.returncode != 0
    assert "Traceback" not in failed.stderr
    lines = failed.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:"), failed.stderr
