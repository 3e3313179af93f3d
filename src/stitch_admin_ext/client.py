"""``StitchClient``: the generated client, wired to a session.

Every generated endpoint function accepts it. It builds its httpx clients (sync and async, each
on first use) from the session's factory, so that both go through the same authentication,
retries and typed errors; and it answers the generated code's two hooks with this package's
exceptions: an undocumented success status, or a body that does not match the document.
"""

from __future__ import annotations

import attrs
import httpx
from stitch_admin_client import AuthenticatedClient
from stitch_admin_client.errors import InvalidArgument

from .errors import (
    InvalidArgumentError,
    UnexpectedResponseError,
    error_from_response,
    unexpected_status,
)
from .http_clients import AsyncStitchHTTPClient, HttpClientFactory, StitchHTTPClient
from .redaction import Redactor


@attrs.define
class StitchClient(AuthenticatedClient):
    """The generated ``AuthenticatedClient`` with the session's auth, retries and typed errors."""

    _factory: HttpClientFactory | None = attrs.field(
        default=None, kw_only=True, alias="factory", repr=False
    )

    def sibling(self) -> StitchClient:
        """A client of the same session (authentication and refresh, retries and their shared
        backoff, typed errors) with connections of its own, or this client when the session
        sends through a transport the caller gave (it is shared, and must not be closed twice).

        Each worker of a parallel log read sends through one: httpx's connection pool scans
        every connection it holds for each request it places, so one pool shared by many
        workers costs more the more there are. Close it with ``close_own_connections``.
        """
        if self._factory is None or not self._factory.owns_transports:
            return self
        sibling: StitchClient = attrs.evolve(self)
        return sibling

    def close_own_connections(self, original: StitchClient) -> None:
        """Close what ``sibling`` opened (nothing when it is ``original`` itself)."""
        if self is not original and self.sync_http is not None:
            self.sync_http.close()

    async def aclose_own_connections(self, original: StitchClient) -> None:
        if self is not original and self.async_http is not None:
            await self.async_http.aclose()

    @property
    def redactor(self) -> Redactor:
        """Scrubs the session's secrets and token-shaped strings from text."""
        return self._factory.redactor if self._factory is not None else Redactor()

    def get_httpx_client(self) -> httpx.Client:
        if self._client is None:
            if self._factory is None:
                return super().get_httpx_client()
            self._client = self._factory.sync_client()
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            if self._factory is None:
                return super().get_async_httpx_client()
            self._async_client = self._factory.async_client()
        return self._async_client

    @property
    def sync_http(self) -> StitchHTTPClient | None:
        """The sync httpx client, if one was built."""
        return self._client if isinstance(self._client, StitchHTTPClient) else None

    @property
    def async_http(self) -> AsyncStitchHTTPClient | None:
        """The async httpx client, if one was built."""
        return self._async_client if isinstance(self._async_client, AsyncStitchHTTPClient) else None

    def unexpected_status(self, response: httpx.Response) -> Exception:
        if response.status_code >= 400:
            # Only reachable when the httpx client is not ours (set_httpx_client).
            return error_from_response(response, self.redactor)
        return unexpected_status(response)

    def invalid_argument(self, error: InvalidArgument) -> Exception:
        return InvalidArgumentError(str(error), parameter=error.parameter)

    def unexpected_body(self, response: httpx.Response, cause: Exception) -> Exception:
        request = response.request
        detail = self.redactor(str(cause))
        return UnexpectedResponseError(
            f"{request.method} {request.url.path} answered {response.status_code} with a body that"
            f" does not match the document ({type(cause).__name__}: {detail})",
            status_code=response.status_code,
            method=request.method,
            path=request.url.path,
        )
