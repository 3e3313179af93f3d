"""What an administrator session is made of, shared by ``StitchAdmin`` and ``AsyncStitchAdmin``.

``Session`` wires the pieces together once — token state, the auth flow, the httpx client
factory with its retries, the generated client, the redactor, the optional token store — and
holds the login and logout procedures. The two public classes only choose sync or async.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Final

import httpx

from .auth import Credentials, StitchAuth, check_tokens
from .client import StitchClient
from .defaults import DEFAULT_BASE_URL, DEFAULT_REFRESH_SKEW
from .errors import AuthenticationError, InvalidArgumentError
from .redaction import Redactor, Secret
from .steps import Call, Procedure
from .token_store import StoredSession, TokenStore
from .tokens import Tokens, TokenState
from .transport import HttpClientFactory, RetryPolicy, api_url

if TYPE_CHECKING:
    from stitch_admin_client.models import LoginResponse

PROVIDERS: Final = ("mongodb-cloud", "local")


def retry_policy(retry: RetryPolicy | bool | None) -> RetryPolicy | None:
    if retry is None or retry is True:
        return RetryPolicy()
    if retry is False:
        return None
    if isinstance(retry, RetryPolicy):
        return retry
    raise InvalidArgumentError(f"retry must be a RetryPolicy, True or False, not {retry!r}")


def credentials_for(
    provider: object, username: object, api_key: object, password: object
) -> Credentials:
    if provider not in PROVIDERS:
        raise InvalidArgumentError(f"provider must be one of {PROVIDERS}, not {provider!r}")
    if not isinstance(username, str) or not username:
        raise InvalidArgumentError(
            "username must be a non-empty string (the public API key for mongodb-cloud)"
        )
    secret, needed = (api_key, "api_key") if provider == "mongodb-cloud" else (password, "password")
    unused = "password" if provider == "mongodb-cloud" else "api_key"
    if (password if provider == "mongodb-cloud" else api_key) is not None:
        raise InvalidArgumentError(f"the {provider} provider takes {needed}, not {unused}")
    if not isinstance(secret, str) or not secret:
        raise InvalidArgumentError(f"the {provider} provider needs {needed} (a non-empty string)")
    return Credentials(provider=str(provider), username=username, secret=Secret(secret))


class Session:
    """One administrator session: tokens, auth, HTTP clients, and the generated client."""

    def __init__(
        self,
        *,
        base_url: str | httpx.URL = DEFAULT_BASE_URL,
        provider: str,
        username: str,
        credentials: Credentials | None,
        retry: RetryPolicy | bool | None = None,
        refresh_skew: float = DEFAULT_REFRESH_SKEW,
        allow_insecure_http: bool = False,
        data_dir: str | os.PathLike[str] | None = None,
        httpx_options: dict[str, Any] | None = None,
    ) -> None:
        if (
            isinstance(refresh_skew, bool)
            or not isinstance(refresh_skew, int | float)
            or refresh_skew < 0
        ):
            raise InvalidArgumentError(
                f"refresh_skew must be a non-negative number, not {refresh_skew!r}"
            )
        self.api_url = api_url(base_url, allow_insecure_http=allow_insecure_http)
        self.provider = provider
        self.username = username
        self.credentials = credentials
        self.user_id: str | None = None
        self.redactor = Redactor()
        if credentials is not None:
            self.redactor.remember(credentials.secret)
        self.store = TokenStore(data_dir) if data_dir is not None else None
        self.state = TokenState(skew=float(refresh_skew))
        policy = retry_policy(retry)
        self.auth = StitchAuth(
            self.state,
            api_url=self.api_url,
            credentials=credentials,
            redactor=self.redactor,
            on_tokens=self._save,
        )
        self.factory = HttpClientFactory(
            self.api_url,
            self.auth,
            policy,
            self.redactor,
            dict(httpx_options or {}),
            allow_insecure_http=allow_insecure_http,
        )
        self.auth.internal_extensions = self.factory.session_request_extensions()
        self.client = StitchClient(base_url=str(self.api_url), token="", factory=self.factory)

    def __repr__(self) -> str:
        return (
            f"Session(api_url={str(self.api_url)!r}, provider={self.provider!r},"
            f" username={self.username!r}, user_id={self.user_id!r})"
        )

    # ------------------------------------------------------------------ tokens

    def install(self, access: str, refresh: str, user_id: str | None) -> None:
        self.redactor.remember(access, refresh)
        self.user_id = user_id
        tokens = self.state.set(access, Secret(refresh))
        self._save(tokens)

    def _save(self, tokens: Tokens) -> None:
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
        self.install(stored.access_token.reveal(), stored.refresh_token.reveal(), stored.user_id)

    # ------------------------------------------------------------------ procedures

    def login(self) -> Procedure[None]:
        credentials = self.credentials
        if credentials is None:  # pragma: no cover  (the public constructors always pass them)
            raise InvalidArgumentError("logging in needs credentials")
        from stitch_admin_client.models import AdminAuthProviderType, LoginRequest

        body = LoginRequest(username=credentials.username)
        if credentials.provider == "mongodb-cloud":
            body.api_key = credentials.secret.reveal()
        else:
            body.password = credentials.secret.reveal()
        answer: LoginResponse = yield Call(
            "administrator_auth.login",
            {"provider": AdminAuthProviderType(credentials.provider), "body": body},
        )
        check_tokens(answer, "login")
        user_id = answer.user_id if isinstance(answer.user_id, str) else None
        self.install(answer.access_token, answer.refresh_token, user_id)

    def logout(self) -> Procedure[None]:
        """Revoke the refresh token; the session is logged out locally even if that fails."""
        try:
            if self.state.current() is not None:
                yield Call("administrator_auth.revoke_session")
        except AuthenticationError as exc:
            # A refresh token the service no longer knows is as logged out as it gets.
            if exc.error_code != "InvalidSession":
                raise
        finally:
            self.state.clear()
            if self.store is not None:
                self.store.delete()
