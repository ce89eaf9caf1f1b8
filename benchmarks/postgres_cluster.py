"""A throwaway PostgreSQL cluster for the lake benchmark and tests: initdb into a temp folder, the server on
a free loopback port (TCP only), one database per lake, stopped and removed at the end.

initdb refuses to run as root, so under root the server runs as the `postgres` user, which must own
the data folder. Where the binaries are absent the caller skips with the reason `binaries()` gives.
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

BIN_GLOB = "/usr/lib/postgresql/*/bin"


def binaries() -> Path | None:
    """The folder holding initdb and pg_ctl (Debian's postgresql-NN), newest version first."""
    found = [Path(p) for p in sorted(glob.glob(BIN_GLOB), reverse=True) if (Path(p) / "initdb").exists()]
    if found:
        return found[0]
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_owner(uid: int | None, gid: int | None) -> Callable[[], None] | None:
    if uid is None:
        return None

    def switch() -> None:
        os.setgid(gid)
        os.setuid(uid)
    return switch


@dataclass
class Cluster:
    bin_dir: Path
    folder: Path
    port: int
    uid: int | None
    gid: int | None

    def _run(self, *args: str) -> None:
        subprocess.run([str(self.bin_dir / args[0]), *args[1:]], check=True, capture_output=True, timeout=120,
                       preexec_fn=_as_owner(self.uid, self.gid), cwd=self.folder)

    def dsn(self, database: str = "postgres") -> str:
        return f"dbname={database} host=127.0.0.1 port={self.port} user=postgres"

    def create_database(self, name: str) -> str:
        """A fresh database (one lake per database); its libpq string."""
        import psycopg

        with psycopg.connect(self.dsn(), autocommit=True) as con:
            con.execute(f'create database "{name}"')  # a test's own fixed name, never input
        return self.dsn(name)

    def stop(self) -> None:
        with suppress(subprocess.SubprocessError, OSError):
            self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)


def start_cluster(bin_dir: Path) -> Cluster:
    """initdb (trust authentication on loopback, no fsync: a test cluster) and pg_ctl start."""
    uid = gid = None
    folder = Path(tempfile.mkdtemp(prefix="allywatch-pg-"))  # under /tmp: reachable by the postgres user
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        uid, gid = owner.pw_uid, owner.pw_gid
        os.chown(folder, uid, gid)
    cluster = Cluster(bin_dir, folder, free_port(), uid, gid)
    data = str(folder / "data")
    try:
        cluster._run("initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync")
        options = (f"-p {cluster.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
        cluster._run("pg_ctl", "-D", data, "-o", options, "-l", str(folder / "server.log"), "-w", "-t", "60",
                     "start")
    except (subprocess.SubprocessError, OSError):
        log = folder / "server.log"
        detail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        cluster.stop()
        raise RuntimeError(f"could not start a PostgreSQL test cluster in {folder}: {detail}") from None
    return cluster
