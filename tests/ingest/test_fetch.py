"""Guarded fetching against a real server on 127.0.0.1."""

from __future__ import annotations

import pytest

from marsad.errors import FetchError
from marsad.ingest.fetch import USER_AGENT, Fetcher, FetchSettings
from tests.ingest.conftest import Handler


def test_fetch_refuses_loopback_without_allow_private(server: str) -> None:
    with Fetcher() as f, pytest.raises(FetchError) as err:
        f.fetch(f"{server}/article.html")
    assert err.value.code == "M043"
    assert "loopback" in err.value.message


@pytest.mark.parametrize("url", ["http://127.0.0.1/", "http://localhost/", "http://[::1]/",
                                 "http://10.0.0.8/", "http://169.254.169.254/latest/",
                                 "http://192.168.1.1/", "http://0.0.0.0/"])
def test_fetch_refuses_internal_addresses(url: str) -> None:
    with Fetcher() as f, pytest.raises(FetchError) as err:
        f.fetch(url)
    assert err.value.code == "M043"


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/x", "gopher://x/"])
def test_fetch_refuses_other_schemes(url: str) -> None:
    with Fetcher() as f, pytest.raises(FetchError) as err:
        f.fetch(url)
    assert err.value.code == "M042"


def test_fetch_with_allow_private_sends_honest_user_agent(server: str) -> None:
    with Fetcher(FetchSettings(allow_private=True)) as f:
        page = f.fetch(f"{server}/article.html")
    assert page.status == 200
    assert "الجبير" in page.body.decode()
    assert Handler.agents[-1] == USER_AGENT
    assert USER_AGENT.startswith("marsad/")


def test_fetch_follows_a_checked_redirect(server: str) -> None:
    with Fetcher(FetchSettings(allow_private=True)) as f:
        page = f.fetch(f"{server}/redirect-ok")
    assert page.url.endswith("/article.html")


@pytest.mark.parametrize(("path", "target"), [("/redirect-private", "10.1.2.3"),
                                              ("/redirect-metadata", "169.254.169.254")])
def test_fetch_refuses_redirect_to_private_address(server: str, path: str, target: str) -> None:
    # The test server itself is allowed (by network), the internal target is not.
    settings = FetchSettings(allowed_networks=("127.0.0.1/32",))
    with Fetcher(settings) as f, pytest.raises(FetchError) as err:
        f.fetch(server + path)
    assert err.value.code == "M043"
    assert target in err.value.message


def test_fetch_caps_size(server: str) -> None:
    with Fetcher(FetchSettings(allow_private=True, max_bytes=10_000)) as f, \
            pytest.raises(FetchError) as err:
        f.fetch(f"{server}/big")
    assert err.value.code == "M046"


def test_fetch_http_error(server: str) -> None:
    with Fetcher(FetchSettings(allow_private=True)) as f, pytest.raises(FetchError) as err:
        f.fetch(f"{server}/nothing-here")
    assert "404" in err.value.message
