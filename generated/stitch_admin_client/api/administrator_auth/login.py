from typing import Any

import httpx

from ... import errors as _errors
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.admin_auth_provider_type import AdminAuthProviderType
from ...models.login_request import LoginRequest
from ...models.login_response import LoginResponse
from ...types import PARSE_ERRORS, Response


def _get_kwargs(
    provider: AdminAuthProviderType,
    *,
    body: LoginRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/providers/{provider}/login".format(
            provider=_t.path_param(provider, "provider", object_id=False),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LoginResponse:
    if response.status_code == 200:
        decoding = _t.decoding_for(client, response)
        try:
            response_200 = LoginResponse.from_dict(_t.json_body(response))

            return response_200

        except PARSE_ERRORS as cause:
            raise client.unexpected_body(response, cause) from cause
        finally:
            _t.decoding_done(decoding)
    raise client.unexpected_status(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LoginResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    provider: AdminAuthProviderType,
    *,
    client: AuthenticatedClient | Client,
    body: LoginRequest,
) -> Response[LoginResponse]:
    """Log in as an administrator

     Exchanges credentials for an access token and a refresh token. With `mongodb-cloud`,
    `username` is the public part of an Atlas programmatic API key and `apiKey` its private
    part; with `local`, send `username` and `password`.

    Args:
        provider (AdminAuthProviderType): How an administrator logs in.
        body (LoginRequest): Administrator credentials: an Atlas programmatic API key pair
            (`username` is the public
            key, `apiKey` the private key) for `mongodb-cloud`, or `username` and `password` for
            `local`.

    Raises:
        stitch_admin_ext.errors.StitchAdminError: Through the SDK's client (``admin.client``):
            ``InvalidArgumentError`` for a bad argument, before anything is sent; ``NotFoundError``,
            ``ConflictError`` and the others for the service's error answers;
            ``UnexpectedResponseError`` for an answer the document does not allow;
            ``TransportError`` when the request could not be sent or answered.
        errors.InvalidArgument: Through a plain ``Client``, for a bad argument (what
            ``client.invalid_argument(error)`` returns).
        errors.UnexpectedStatus: Through a plain ``Client``, for a status that is not a success
            status (what ``client.unexpected_status(response)`` returns).
        errors.UnexpectedBody: Through a plain ``Client``, for a success body that does not match
            the document (what ``client.unexpected_body(response, cause)`` returns).
        httpx.HTTPError: Through a plain ``Client``, when the request could not be sent or
            answered (timeouts included).

    Returns:
        Response[LoginResponse]
    """

    try:
        kwargs = _get_kwargs(
            provider=provider,
            body=body,
        )
    except _errors.InvalidArgument as error:
        raise client.invalid_argument(error) from None

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    provider: AdminAuthProviderType,
    *,
    client: AuthenticatedClient | Client,
    body: LoginRequest,
) -> LoginResponse:
    """Log in as an administrator

     Exchanges credentials for an access token and a refresh token. With `mongodb-cloud`,
    `username` is the public part of an Atlas programmatic API key and `apiKey` its private
    part; with `local`, send `username` and `password`.

    Args:
        provider (AdminAuthProviderType): How an administrator logs in.
        body (LoginRequest): Administrator credentials: an Atlas programmatic API key pair
            (`username` is the public
            key, `apiKey` the private key) for `mongodb-cloud`, or `username` and `password` for
            `local`.

    Raises:
        stitch_admin_ext.errors.StitchAdminError: Through the SDK's client (``admin.client``):
            ``InvalidArgumentError`` for a bad argument, before anything is sent; ``NotFoundError``,
            ``ConflictError`` and the others for the service's error answers;
            ``UnexpectedResponseError`` for an answer the document does not allow;
            ``TransportError`` when the request could not be sent or answered.
        errors.InvalidArgument: Through a plain ``Client``, for a bad argument (what
            ``client.invalid_argument(error)`` returns).
        errors.UnexpectedStatus: Through a plain ``Client``, for a status that is not a success
            status (what ``client.unexpected_status(response)`` returns).
        errors.UnexpectedBody: Through a plain ``Client``, for a success body that does not match
            the document (what ``client.unexpected_body(response, cause)`` returns).
        httpx.HTTPError: Through a plain ``Client``, when the request could not be sent or
            answered (timeouts included).

    Returns:
        LoginResponse
    """

    # The same request as sync_detailed, without building the Response wrapper.
    try:
        kwargs = _get_kwargs(
            provider=provider,
            body=body,
        )
    except _errors.InvalidArgument as error:
        raise client.invalid_argument(error) from None

    response = client.get_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    provider: AdminAuthProviderType,
    *,
    client: AuthenticatedClient | Client,
    body: LoginRequest,
) -> Response[LoginResponse]:
    """Log in as an administrator

     Exchanges credentials for an access token and a refresh token. With `mongodb-cloud`,
    `username` is the public part of an Atlas programmatic API key and `apiKey` its private
    part; with `local`, send `username` and `password`.

    Args:
        provider (AdminAuthProviderType): How an administrator logs in.
        body (LoginRequest): Administrator credentials: an Atlas programmatic API key pair
            (`username` is the public
            key, `apiKey` the private key) for `mongodb-cloud`, or `username` and `password` for
            `local`.

    Raises:
        stitch_admin_ext.errors.StitchAdminError: Through the SDK's client (``admin.client``):
            ``InvalidArgumentError`` for a bad argument, before anything is sent; ``NotFoundError``,
            ``ConflictError`` and the others for the service's error answers;
            ``UnexpectedResponseError`` for an answer the document does not allow;
            ``TransportError`` when the request could not be sent or answered.
        errors.InvalidArgument: Through a plain ``Client``, for a bad argument (what
            ``client.invalid_argument(error)`` returns).
        errors.UnexpectedStatus: Through a plain ``Client``, for a status that is not a success
            status (what ``client.unexpected_status(response)`` returns).
        errors.UnexpectedBody: Through a plain ``Client``, for a success body that does not match
            the document (what ``client.unexpected_body(response, cause)`` returns).
        httpx.HTTPError: Through a plain ``Client``, when the request could not be sent or
            answered (timeouts included).

    Returns:
        Response[LoginResponse]
    """

    try:
        kwargs = _get_kwargs(
            provider=provider,
            body=body,
        )
    except _errors.InvalidArgument as error:
        raise client.invalid_argument(error) from None

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    provider: AdminAuthProviderType,
    *,
    client: AuthenticatedClient | Client,
    body: LoginRequest,
) -> LoginResponse:
    """Log in as an administrator

     Exchanges credentials for an access token and a refresh token. With `mongodb-cloud`,
    `username` is the public part of an Atlas programmatic API key and `apiKey` its private
    part; with `local`, send `username` and `password`.

    Args:
        provider (AdminAuthProviderType): How an administrator logs in.
        body (LoginRequest): Administrator credentials: an Atlas programmatic API key pair
            (`username` is the public
            key, `apiKey` the private key) for `mongodb-cloud`, or `username` and `password` for
            `local`.

    Raises:
        stitch_admin_ext.errors.StitchAdminError: Through the SDK's client (``admin.client``):
            ``InvalidArgumentError`` for a bad argument, before anything is sent; ``NotFoundError``,
            ``ConflictError`` and the others for the service's error answers;
            ``UnexpectedResponseError`` for an answer the document does not allow;
            ``TransportError`` when the request could not be sent or answered.
        errors.InvalidArgument: Through a plain ``Client``, for a bad argument (what
            ``client.invalid_argument(error)`` returns).
        errors.UnexpectedStatus: Through a plain ``Client``, for a status that is not a success
            status (what ``client.unexpected_status(response)`` returns).
        errors.UnexpectedBody: Through a plain ``Client``, for a success body that does not match
            the document (what ``client.unexpected_body(response, cause)`` returns).
        httpx.HTTPError: Through a plain ``Client``, when the request could not be sent or
            answered (timeouts included).

    Returns:
        LoginResponse
    """

    try:
        kwargs = _get_kwargs(
            provider=provider,
            body=body,
        )
    except _errors.InvalidArgument as error:
        raise client.invalid_argument(error) from None

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
