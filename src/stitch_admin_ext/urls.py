"""Where requests go: the API root of a service, and the rule that keeps them on https.

``api_url`` turns the service origin a caller names into the API root; plain ``http://`` is
refused for anything but a loopback host, and ``refuse_insecure_redirect`` (a request event
hook) keeps redirects to the same rule. ``environment_proxy`` reads the proxy the environment
names for the service.
"""

from __future__ import annotations

import ipaddress
import urllib.request
from typing import Final

import httpx

from .defaults import DEFAULT_BASE_URL
from .errors import InvalidArgumentError

API_PATH: Final = "/api/admin/v3.0"


def is_loopback(host: str) -> bool:
    if host.lower() in {"localhost", "localhost."}:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def api_url(base_url: str | httpx.URL, *, allow_insecure_http: bool = False) -> httpx.URL:
    """The API root for a service origin: ``https://host`` → ``https://host/api/admin/v3.0``.

    An origin that already ends with the API path is taken as is. Plain ``http://`` is refused
    for anything but a loopback host unless ``allow_insecure_http`` is set: tokens would travel
    in clear text.
    """
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise InvalidArgumentError(f"base_url {base_url!r} is not a URL: {exc}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise InvalidArgumentError(
            f"base_url must be an http(s) origin such as {DEFAULT_BASE_URL!r},"
            f" not {str(base_url)!r}"
        )
    if url.query or url.fragment:
        raise InvalidArgumentError(
            f"base_url must not carry a query or fragment: {str(base_url)!r}"
        )
    if url.scheme == "http" and not allow_insecure_http and not is_loopback(url.host):
        raise InvalidArgumentError(
            f"refusing plain http:// to {url.host}: credentials and tokens would travel"
            " unencrypted."
            " Use https://, or pass allow_insecure_http=True if you really mean it."
        )
    path = url.path.rstrip("/")
    if not path.endswith(API_PATH):
        path += API_PATH
    return url.copy_with(path=path)


def refuse_insecure_redirect(request: httpx.Request) -> None:
    """A request event hook: every request, redirects included, keeps to https (or loopback).

    ``api_url`` refuses a plain-http base URL; with ``follow_redirects=True`` a redirect could
    still lead there, carrying a login's credentials in its body.
    """
    if request.url.scheme != "https" and not is_loopback(request.url.host):
        raise InvalidArgumentError(
            f"refusing to send {request.method} to {request.url.scheme}://{request.url.host}"
            " (a redirect away from https): credentials and tokens would travel unencrypted."
            " Pass allow_insecure_http=True if you really mean it."
        )


async def refuse_insecure_redirect_async(request: httpx.Request) -> None:
    """``refuse_insecure_redirect`` for the async client, which awaits its hooks."""
    refuse_insecure_redirect(request)


def environment_proxy(url: httpx.URL) -> str | None:
    """The proxy the environment (HTTPS_PROXY, NO_PROXY, ...) names for this one service."""
    proxies = urllib.request.getproxies()
    proxy = proxies.get(url.scheme) or proxies.get("all")
    if proxy and urllib.request.proxy_bypass(url.host):
        return None
    return proxy
