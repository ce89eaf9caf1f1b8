"""Page fetches connect only to the address they checked (DNS rebinding), on every hop, through real
loopback servers. The host name is resolved by the real resolver; a test that needs a second, different
answer wraps socket.getaddrinfo, and socket.create_connection is watched so nothing leaves loopback."""
from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from flows.collect.http import FetchError, RedirectPolicy, RetryPolicy, get_bytes, make_client
from flows.collect.pinned import AddressGuard
from flows.collect.safety import AddressRefused
from flows.config import Settings
from flows.news_flow import _collector

PAGE = ("<html><head><title>Radars</title></head><body><article><p>"
        + "Caracas took delivery of new air-defence radars this week, officials said. " * 4
        + "</p></article></body></html>").encode()
FAST = RetryPolicy(attempts=2, base_delay=0.01)


@dataclass
class Network:
    """Watches name lookups and connects; `rebind_to` answers every lookup of a name after its first."""
    rebind_to: str | None = None
    lookups: list[str] = field(default_factory=list)
    answers: dict[str, list[str]] = field(default_factory=dict)
    dialled: list[str] = field(default_factory=list)

    def getaddrinfo(self, real: Any) -> Any:
        def lookup(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
            numeric = _is_address(host)
            if not numeric:
                self.lookups.append(host)
                if self.rebind_to is not None and host in self.answers:
                    return [(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (self.rebind_to, port))]
            infos = real(host, port, *args, **kwargs)
            if not numeric:
                self.answers.setdefault(host, [info[4][0] for info in infos])
            return infos
        return lookup

    def create_connection(self, real: Any) -> Any:
        def connect(address: tuple[str, int], *args: Any, **kwargs: Any) -> socket.socket:
            self.dialled.append(address[0])
            if _is_address(address[0]) and not ipaddress.ip_address(address[0]).is_loopback:
                raise OSError(101, "test network: only loopback is reachable")
            return real(address, *args, **kwargs)
        return connect


def _is_address(host: Any) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


@pytest.fixture
def network(monkeypatch: pytest.MonkeyPatch) -> Network:
    net = Network()
    monkeypatch.setattr(socket, "getaddrinfo", net.getaddrinfo(socket.getaddrinfo))
    monkeypatch.setattr(socket, "create_connection", net.create_connection(socket.create_connection))
    return net


@pytest.fixture
def server() -> Iterator[HTTPServer]:
    http = HTTPServer(host="127.0.0.1", port=0)
    http.start()
    yield http
    http.clear()
    http.stop()


def _page_fetcher(tmp_path: Path, allow_private: bool = False, respect_robots: bool = False) -> Any:
    """The PageFetcher exactly as a news run builds it."""
    settings = Settings(warehouse=tmp_path / "w.duckdb", respect_robots=respect_robots, politeness_seconds=0.0,
                        http_retries=2, http_backoff_seconds=0.01, http_timeout_seconds=5.0,
                        allow_private_addresses=allow_private)
    return _collector(settings).pages


def test_a_page_is_fetched_from_the_address_that_was_checked(network: Network, server: HTTPServer) -> None:
    hosts: list[str] = []

    def page(request: Request) -> Response:
        hosts.append(request.host)
        return Response(PAGE)

    server.expect_request("/a").respond_with_handler(page)
    with make_client(5.0, address_guard=AddressGuard()) as client, \
            client.stream("GET", f"http://localhost:{server.port}/a") as response:
        peer = response.extensions["network_stream"].get_extra_info("server_addr")  # while the socket is open
        assert response.read() == PAGE
    assert network.lookups == ["localhost"]  # one resolution, made by the check
    assert peer[0] == "127.0.0.1" and peer[0] in network.answers["localhost"]
    assert network.dialled[-1] == "127.0.0.1"  # the socket layer was given the address, not the name
    assert hosts == [f"localhost:{server.port}"]  # the Host header keeps the name


def test_a_rebinding_answer_is_never_dialled(network: Network, server: HTTPServer) -> None:
    """The check sees 127.0.0.1, every later lookup answers 10.0.0.1: the connection still goes to 127.0.0.1."""
    network.rebind_to = "10.0.0.1"
    server.expect_request("/a").respond_with_data(PAGE)
    with make_client(5.0, address_guard=AddressGuard()) as client:
        response = client.get(f"http://localhost:{server.port}/a")
    assert response.content == PAGE
    assert network.lookups == ["localhost"]
    assert "10.0.0.1" not in network.dialled


@pytest.mark.parametrize("respect_robots", [False, True])
def test_page_fetcher_refuses_a_host_that_rebinds_after_the_url_check(network: Network, server: HTTPServer,
                                                                       tmp_path: Path, respect_robots: bool) -> None:
    """Through the news run's PageFetcher: the URL check sees loopback, the connection's own lookup (for
    robots.txt or the page) gets a private address and is refused with a one-line reason; nothing dials it."""
    network.rebind_to = "10.0.0.1"
    server.expect_request("/a").respond_with_data(PAGE)
    with pytest.raises(FetchError, match=r"^localhost:\d+: refused, localhost resolves to the non-public "
                                         r"address 10\.0\.0\.1 \(set allow_private_addresses = true") as info:
        _page_fetcher(tmp_path, respect_robots=respect_robots).fetch(f"http://localhost:{server.port}/a")
    assert "\n" not in str(info.value)
    assert "10.0.0.1" not in network.dialled
    assert len(server.log) == 0


def test_a_redirect_to_a_metadata_address_is_refused_before_connecting(network: Network, server: HTTPServer,
                                                                        tmp_path: Path) -> None:
    server.expect_request("/a").respond_with_data("", status=302,
                                                  headers={"Location": "http://100.100.100.200/latest/meta-data"})
    with pytest.raises(AddressRefused, match=r"100\.100\.100\.200.*allow_private_addresses"):
        _page_fetcher(tmp_path).fetch(f"http://127.0.0.1:{server.port}/a")
    assert network.dialled == ["127.0.0.1"]


def test_every_hop_is_checked_by_the_connection_itself(network: Network, server: HTTPServer) -> None:
    """Without the redirect policy's own check, the transport still refuses the forbidden hop."""
    server.expect_request("/a").respond_with_data("", status=302, headers={"Location": "http://169.254.169.254/"})
    with make_client(5.0, address_guard=AddressGuard()) as client, \
            pytest.raises(AddressRefused, match=r"169\.254\.169\.254"):
        get_bytes(client, f"http://127.0.0.1:{server.port}/a", 10_000, FAST, RedirectPolicy(same_host=False))
    assert network.dialled == ["127.0.0.1"]


def test_allow_private_addresses_still_allows_everything(network: Network, server: HTTPServer,
                                                         tmp_path: Path) -> None:
    """With the setting the private answer is dialled (our test network then refuses it: a ConnectError)."""
    network.rebind_to = "10.0.0.1"
    server.expect_request("/a").respond_with_data(PAGE)
    with pytest.raises(FetchError, match="ConnectError after 2 tries"):
        _page_fetcher(tmp_path, allow_private=True).fetch(f"http://localhost:{server.port}/a")
    assert "10.0.0.1" in network.dialled
    with make_client(5.0, address_guard=AddressGuard(allow_private=True)) as client:
        assert client.get(f"http://127.0.0.1:{server.port}/a").content == PAGE


def test_a_name_that_does_not_resolve_is_a_connection_error() -> None:
    with make_client(2.0, address_guard=AddressGuard()) as client, \
            pytest.raises(FetchError, match="ConnectError after 2 tries") as info:
        get_bytes(client, "http://no-such-host.invalid/a", 10_000, FAST)
    assert info.value.transient


def _certificate_for_localhost(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate naming only the DNS name localhost (no IP address)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                   .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(hours=1))
                   .not_valid_after(now + dt.timedelta(hours=1))
                   .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
                   .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
                   .sign(key, hashes.SHA256()))
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file


def test_tls_verifies_the_host_name_while_dialling_the_address(network: Network, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The certificate names localhost only: the handshake succeeds only if SNI and verification use the name."""
    cert_file, key_file = _certificate_for_localhost(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_file, key_file)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert_file))  # the client trusts our certificate, as httpx does
    tls = HTTPServer(host="127.0.0.1", port=0, ssl_context=context)
    tls.expect_request("/a").respond_with_data(PAGE)
    tls.start()
    try:
        with make_client(5.0, address_guard=AddressGuard()) as client:
            assert client.get(f"https://localhost:{tls.port}/a").content == PAGE
            with pytest.raises(Exception, match="CERTIFICATE_VERIFY_FAILED"):  # the name check is real
                client.get(f"https://127.0.0.1:{tls.port}/a")
    finally:
        tls.clear()
        tls.stop()
    assert network.lookups == ["localhost"]
    assert network.dialled[0] == "127.0.0.1"
