"""Fetch a URL, guarded. The only module in Marsad that touches the network.

Every hop — the URL given and each redirect — is checked: http(s) only, the
host name resolved once, and refused when any address it resolves to is
private, loopback, link-local, multicast, reserved or unspecified (unless
``allow_private``, or the address is in ``allowed_networks``). The request
then goes to the checked address itself (the name kept in ``Host`` and TLS
SNI), so a DNS answer that changes between the check and the connection
cannot smuggle in an internal address. Bodies are capped in size and the
whole fetch in time; the user agent names Marsad and where to find it.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from types import TracebackType
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from marsad import __version__
from marsad.errors import FetchError

PROJECT_URL = "https://github.com/marsad-project/marsad"
USER_AGENT = f"marsad/{__version__} (+{PROJECT_URL})"

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True, slots=True)
class FetchSettings:
    """Limits and policy for fetching."""

    allow_private: bool = False
    allowed_networks: tuple[str, ...] = ()
    max_bytes: int = 5 * 1024 * 1024
    timeout: float = 20.0
    max_redirects: int = 5
    user_agent: str = USER_AGENT


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched resource."""

    url: str
    status: int
    content_type: str
    body: bytes


def _blocked(addr: IPAddress) -> str | None:
    mapped = getattr(addr, "ipv4_mapped", None)
    if mapped is not None:
        addr = mapped
    for attr, what in (("is_loopback", "loopback"), ("is_link_local", "link-local"),
                       ("is_private", "private"), ("is_multicast", "multicast"),
                       ("is_reserved", "reserved"), ("is_unspecified", "unspecified")):
        if getattr(addr, attr):
            return what
    if not addr.is_global:
        return "non-global"
    return None


def resolve(host: str, port: int) -> list[IPAddress]:
    """Every address ``host`` resolves to (a literal address resolves to itself).

    Raises:
        FetchError: the name does not resolve.
    """
    try:
        return [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as err:
        raise FetchError(f"cannot resolve host {host!r}: {err}", code="M041") from None
    out: list[IPAddress] = []
    for info in infos:
        addr = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if addr not in out:
            out.append(addr)
    if not out:
        raise FetchError(f"host {host!r} has no address", code="M041")
    return out


class Fetcher:
    """Fetches URLs under :class:`FetchSettings`. Use as a context manager."""

    def __init__(self, settings: FetchSettings | None = None) -> None:
        self.settings = settings or FetchSettings()
        self._allowed: list[IPNetwork] = [ipaddress.ip_network(n, strict=False)
                                          for n in self.settings.allowed_networks]
        # Redirects are followed by hand so that every hop is checked.
        self._client = httpx.Client(follow_redirects=False, trust_env=False,
                                    timeout=self.settings.timeout,
                                    headers={"User-Agent": self.settings.user_agent})

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Close the HTTP client."""
        self._client.close()

    def check(self, url: str) -> tuple[str, str, int, IPAddress]:
        """Check one hop; return (scheme, host, port, the address to connect to).

        Raises:
            FetchError: not http(s), no host, or an address that is not allowed.
        """
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https"):
            raise FetchError(f"refused {url!r}: only http and https URLs are fetched",
                             code="M042")
        host = parts.hostname
        if not host:
            raise FetchError(f"refused {url!r}: no host", code="M042")
        try:
            port = parts.port or (443 if scheme == "https" else 80)
        except ValueError:
            raise FetchError(f"refused {url!r}: bad port", code="M042") from None
        addrs = resolve(host, port)
        if not self.settings.allow_private:
            for addr in addrs:
                why = _blocked(addr)
                if why and not any(addr in net for net in self._allowed):
                    raise FetchError(
                        f"refused {url!r}: {host} resolves to {why} address {addr} "
                        "(use --allow-private to fetch from internal hosts)", code="M043")
        return scheme, host, port, addrs[0]

    def fetch(self, url: str) -> Fetched:
        """GET ``url``, following checked redirects, within the size and time caps.

        Raises:
            FetchError: refused, unreachable, an HTTP error, too large or too slow.
        """
        deadline = time.monotonic() + self.settings.timeout
        current = url
        for _ in range(self.settings.max_redirects + 1):
            scheme, host, port, addr = self.check(current)
            parts = urlsplit(current)
            ip = f"[{addr}]" if addr.version == 6 else str(addr)
            netloc = ip if parts.port is None else f"{ip}:{port}"
            pinned = urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))
            host_header = host if parts.port is None else f"{host}:{port}"
            if ":" in host and addr.version == 6 and host_header == host:
                host_header = f"[{host}]"
            try:
                with self._client.stream(
                        "GET", pinned, headers={"Host": host_header},
                        extensions={"sni_hostname": host}) as resp:
                    if resp.is_redirect:
                        location = resp.headers.get("location")
                        if not location:
                            raise FetchError(f"{current} redirects without a Location",
                                             code="M044")
                        current = urljoin(current, location)
                        continue
                    if resp.status_code >= 400:
                        raise FetchError(f"{current} answered HTTP {resp.status_code}",
                                         code="M044")
                    body = self._read_capped(resp, current, deadline)
                    return Fetched(url=current, status=resp.status_code,
                                   content_type=resp.headers.get("content-type", ""),
                                   body=body)
            except httpx.TimeoutException:
                raise FetchError(f"{current} timed out after {self.settings.timeout:g} s",
                                 code="M045") from None
            except httpx.HTTPError as err:
                raise FetchError(f"cannot fetch {current}: {type(err).__name__}: {err}",
                                 code="M044") from None
        raise FetchError(f"{url} redirects more than {self.settings.max_redirects} times",
                         code="M044")

    def _read_capped(self, resp: httpx.Response, url: str, deadline: float) -> bytes:
        limit = self.settings.max_bytes
        declared = resp.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise FetchError(f"{url} is {int(declared)} bytes, over the {limit}-byte cap",
                             code="M046")
        chunks: list[bytes] = []
        size = 0
        for chunk in resp.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise FetchError(f"{url} is over the {limit}-byte cap", code="M046")
            if time.monotonic() > deadline:
                raise FetchError(f"{url} took over {self.settings.timeout:g} s", code="M045")
            chunks.append(chunk)
        return b"".join(chunks)
