"""What an administrator session is made of, shared by ``StitchAdmin`` and ``AsyncStitchAdmin``.

``SessionOptions`` is everything ``login`` and ``resume`` take besides the credentials, checked
once and frozen. ``Session`` wires the pieces together from it — token state, the auth flow,
the httpx client factory with its retries, the generated client, the redactor, the optional
token store — and holds the login and logout procedures. The two public classes only choose
sync or async.

Credentials arrive wrapped (``Secret``) and stay so until the login body is encoded.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from .arguments import check_number, check_text, encodable, lone_surrogate
from .auth import Credentials, StitchAuth, parse_answer
from .client import StitchClient
from .defaults import DEFAULT_BASE_URL, DEFAULT_REFRESH_SKEW, PROVIDERS
from .errors import AuthenticationError, InvalidArgumentError, unexpected_status
from .http_clients import HttpClientFactory
from .redaction import Redactor, Secret
from .retries import RetryPolicy, policy_from, session_request_extensions
from .steps import Call, Offload, Procedure, Send, expect_response
from .token_store import StoredSession, TokenStore
from .tokens import Tokens, TokenState
from .urls import api_url

if TYPE_CHECKING:
    from stitch_admin_client.models import LoginResponse


@attrs.frozen
class SessionOptions:
    """How a session reaches the service and keeps itself: built once, from ``login`` or
    ``resume``'s keyword arguments, by ``SessionOptions.build``."""

    api_url: httpx.URL
    retry: RetryPolicy | None
    refresh_skew: float
    allow_insecure_http: bool
    data_dir: Path | None
    httpx_options: Mapping[str, Any]

    @classmethod
    def build(
        cls,
        *,
        base_url: str | httpx.URL = DEFAULT_BASE_URL,
        retry: object = None,
        refresh_skew: object = DEFAULT_REFRESH_SKEW,
        allow_insecure_http: bool = False,
        data_dir: str | os.PathLike[str] | None = None,
        httpx_options: Mapping[str, Any] | None = None,
    ) -> SessionOptions:
        return cls(
            api_url=api_url(base_url, allow_insecure_http=allow_insecure_http),
            retry=policy_from(retry),
            refresh_skew=float(check_number(refresh_skew, "refresh_skew")),
            allow_insecure_http=bool(allow_insecure_http),
            data_dir=None if data_dir is None else Path(data_dir).expanduser(),
            httpx_options=MappingProxyType(dict(httpx_options or {})),
        )


def credentials_for(
    provider: object, username: object, api_key: object, password: object
) -> Credentials:
    """The credentials a login names; ``api_key`` and ``password`` arrive wrapped."""
    if provider not in PROVIDERS:
        raise InvalidArgumentError(f"provider must be one of {PROVIDERS}, not {provider!r}")
    if not isinstance(username, str) or not username:
        raise InvalidArgumentError(
            "username must be a non-empty string (the public API key for mongodb-cloud)"
        )
    check_text(username, "username")
    secret, needed = (api_key, "api_key") if provider == "mongodb-cloud" else (password, "password")
    unused = "password" if provider == "mongodb-cloud" else "api_key"
    if (password if provider == "mongodb-cloud" else api_key) is not None:
        raise InvalidArgumentError(f"the {provider} provider takes {needed}, not {unused}")
    if not isinstance(secret, Secret) or not secret:
        raise InvalidArgumentError(f"the {provider} provider needs {needed} (a non-empty string)")
    if not encodable(secret.reveal()):
        raise lone_surrogate(needed)
    return Credentials(provider=str(provider), username=username, secret=secret)


class Session:
    """One administrator session: tokens, auth, HTTP clients, and the generated client."""

    def __init__(
        self,
        options: SessionOptions,
        *,
        provider: str,
        username: str,
        credentials: Credentials | None,
    ) -> None:
        self.options = options
        self.api_url = options.api_url
        self.provider = provider
        self.username = username
        self.credentials = credentials
        self.user_id: str | None = None
        self.redactor = Redactor()
        if credentials is not None:
            self.redactor.remember(credentials.secret)
        self.store = TokenStore(options.data_dir) if options.data_dir is not None else None
        self.state = TokenState(skew=options.refresh_skew)
        self.auth = StitchAuth(
            self.state,
            api_url=self.api_url,
            credentials=credentials,
            redactor=self.redactor,
            session_extensions=session_request_extensions(options.retry),
            on_tokens=self._save if self.store is not None else None,
        )
        self.factory = HttpClientFactory(
            self.api_url,
            self.auth,
            options.retry,
            self.redactor,
            dict(options.httpx_options),
            allow_insecure_http=options.allow_insecure_http,
        )
        self.client = StitchClient(base_url=str(self.api_url), token="", factory=self.factory)

    @classmethod
    def for_login(
        cls,
        options: SessionOptions,
        *,
        provider: object,
        username: object,
        api_key: object,
        password: object,
    ) -> Session:
        """A session that logs in with these credentials (run its ``login`` procedure)."""
        credentials = credentials_for(provider, username, api_key, password)
        return cls(
            options,
            provider=credentials.provider,
            username=credentials.username,
            credentials=credentials,
        )

    @classmethod
    def resumed(cls, options: SessionOptions, *, api_key: object, password: object) -> Session:
        """The session saved in ``options.data_dir``; with a secret, it can log in again."""
        if options.data_dir is None:  # pragma: no cover  (resume always names a directory)
            raise InvalidArgumentError("resuming a session needs its data directory")
        stored = TokenStore(options.data_dir).load()
        if stored is None:
            raise InvalidArgumentError(
                f"no saved session in {os.fspath(options.data_dir)!r}; log in first"
            )
        credentials = None
        if api_key is not None or password is not None:
            credentials = credentials_for(stored.provider, stored.username, api_key, password)
        session = cls(
            options, provider=stored.provider, username=stored.username, credentials=credentials
        )
        session.restore(stored)
        return session

    def __repr__(self) -> str:
        return (
            f"Session(api_url={str(self.api_url)!r}, provider={self.provider!r},"
            f" username={self.username!r}, user_id={self.user_id!r})"
        )

    # ------------------------------------------------------------------ tokens

    def install(self, access: Secret, refresh: Secret, user_id: str | None) -> Tokens:
        self.redactor.remember(access, refresh)
        self.user_id = user_id
        return self.state.set(access, refresh)

    def _save(self, tokens: Tokens) -> None:
        """Write the tokens to the session file (blocking: run it offloaded)."""
        if self.store is None:
            return
        self.store.save(
            StoredSession(
                api_url=str(self.api_url),
                provider=self.provider,
                username=self.username,
                user_id=self.user_id,
                access_token=tokens.access,
                refresh_token=tokens.refresh,
            )
        )

    def restore(self, stored: StoredSession) -> None:
        # Known before anything from the file is quoted: a mangled file may hold them anywhere.
        self.redactor.remember(stored.access_token, stored.refresh_token)
        if stored.api_url != str(self.api_url):
            raise InvalidArgumentError(
                self.redactor(f"the saved session is for {stored.api_url}, not {self.api_url}")
            )
        # The file already holds these tokens: nothing to write.
        self.install(stored.access_token, stored.refresh_token, stored.user_id)

    # ------------------------------------------------------------------ procedures

    def login(self) -> Procedure[None]:
        credentials = self.credentials
        if credentials is None:  # pragma: no cover  (the public constructors always pass them)
            raise InvalidArgumentError("logging in needs credentials")
        from stitch_admin_client.models import LoginResponse

        response = expect_response(
            (
                yield Send(
                    "POST",
                    credentials.login_path,
                    content=credentials.login_body(),
                    headers={"Content-Type": "application/json"},
                )
            )
        )
        if response.status_code != 200:  # an error status was raised already
            raise unexpected_status(response)
        answer: LoginResponse = parse_answer(response, LoginResponse, "login")
        user_id = answer.user_id if isinstance(answer.user_id, str) else None
        tokens = self.install(Secret(answer.access_token), Secret(answer.refresh_token), user_id)
        if self.store is not None:
            yield Offload(functools.partial(self._save, tokens))

    def logout(self) -> Procedure[None]:
        """Delete the saved session and revoke the refresh token; the session is logged out
        locally even if that fails."""
        try:
            if self.store is not None:
                yield Offload(self.store.delete)
            if self.state.current() is not None:
                yield Call("administrator_auth.revoke_session")
        except AuthenticationError as exc:
            # A refresh token the service no longer knows is as logged out as it gets.
            if exc.error_code != "InvalidSession":
                raise
        finally:
            self.state.clear()
