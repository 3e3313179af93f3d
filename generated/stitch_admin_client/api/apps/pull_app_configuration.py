from io import BytesIO
from typing import Any, Literal, overload

import httpx

from ... import errors as _errors
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.app_configuration import AppConfiguration
from ...types import PARSE_ERRORS, File, Response


def _get_kwargs(
    group_id: str,
    app_id: str,
    accept: str = "application/json",
) -> dict[str, Any]:

    headers: dict[str, Any] = {}
    headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/groups/{group_id}/apps/{app_id}/pull".format(
            group_id=_t.path_param(group_id, "group_id", object_id=True),
            app_id=_t.path_param(app_id, "app_id", object_id=True),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppConfiguration | File:
    if response.status_code == 200:
        if _t.media_type(response) in ("application/zip",):
            return File(payload=BytesIO(response.content))
        decoding = _t.decoding_for(client, response)
        try:
            response_200 = AppConfiguration.from_dict(_t.json_body(response))

            return response_200

        except PARSE_ERRORS as cause:
            raise client.unexpected_body(response, cause) from cause
        finally:
            _t.decoding_done(decoding)
    raise client.unexpected_status(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AppConfiguration | File]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


@overload
def sync_detailed(
    group_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: Literal["application/json"] = "application/json",
) -> Response[AppConfiguration]: ...


@overload
def sync_detailed(
    group_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: Literal["application/zip"],
) -> Response[File]: ...


def sync_detailed(
    group_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: Literal["application/json", "application/zip"] = "application/json",
) -> Response[Any]:
    """Read the whole configuration

     Returns the application's whole configuration, in the format the `Accept` header asks
    for: one JSON object (`application/json`, the default) or a zip archive of the
    configuration directory (`application/zip`). The generated functions take an `accept`
    argument that sends the header and selects the return type: an `AppConfiguration`, or
    a `File` holding the archive's bytes. The answer is decoded by the media type it
    carries.

    Args:
        group_id (str): A 24-character hexadecimal MongoDB ObjectId.
        app_id (str): A 24-character hexadecimal MongoDB ObjectId.

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
        Response[AppConfiguration | File]
    """

    try:
        kwargs = _get_kwargs(
            group_id=group_id,
            app_id=app_id,
            accept=accept,
        )
    except _errors.InvalidArgument as error:
        raise client.invalid_argument(error) from None

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


@overload
def sync(
    group_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: Literal["application/json"] = "application/json",
) -> AppConfiguration: ...


@overload
def sync(
    group_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: Literal["application/zip"],
) -> File: ...


def sync(
    group_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: Literal["application/json", "application/zip"] = "application/json",
) -> AppConfiguration | File:
    """Read the whole configuration

     Returns the application's whole configuration, in the format the `Accept` header asks
    for: one JSON object (`application/json`, the default) or a zip archive of the
    configuration directory (`application/zip`). The generated functions take an `accept`
    argument that sends the header and selects the return type: an `AppConfiguration`, or
    a `File` holding the archive's bytes. The answer is decoded by the media type it
    carries.

    Args:
        group_id (str): A 24-character hexadecimal MongoDB ObjectId.
        app_id (str): A 24-character hexadecimal MongoDB ObjectId.

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
        AppConfiguration | File
    """

    # The same request as sync_detailed, without building the Response wrapper.
    try:
        kwargs = _get_kwargs(
            group_id=group_id,
            app_id=app_id,
            accept=accept,
        )
    except _errors.InvalidArgument as error:
        raise client.invalid_argument(error) from None

    response = client.get_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)


@overload
async def asyncio_detailed(
    group_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: Literal["application/json"] = "application/json",
) -> Response[AppConfiguration]: ...


@overload
async def asyncio_detailed(
    group_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: Literal["application/zip"],
) -> Response[File]: ...


async def asyncio_detailed(
    group_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: Literal["application/json", "application/zip"] = "application/json",
) -> Response[Any]:
    """Read the whole configuration

     Returns the application's whole configuration, in the format the `Accept` header asks
    for: one JSON object (`application/json`, the default) or a zip archive of the
    configuration directory (`application/zip`). The generated functions take an `accept`
    argument that sends the header and selects the return type: an `AppConfiguration`, or
    a `File` holding the archive's bytes. The answer is decoded by the media type it
    carries.

    Args:
        group_id (str): A 24-character hexadecimal MongoDB ObjectId.
        app_id (str): A 24-character hexadecimal MongoDB ObjectId.

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
        Response[AppConfiguration | File]
    """

    try:
        kwargs = _get_kwargs(
            group_id=group_id,
            app_id=app_id,
            accept=accept,
        )
    except _errors.InvalidArgument as error:
        raise client.invalid_argument(error) from None

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


@overload
async def asyncio(
    group_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: Literal["application/json"] = "application/json",
) -> AppConfiguration: ...


@overload
async def asyncio(
    group_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: Literal["application/zip"],
) -> File: ...


async def asyncio(
    group_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: Literal["application/json", "application/zip"] = "application/json",
) -> AppConfiguration | File:
    """Read the whole configuration

     Returns the application's whole configuration, in the format the `Accept` header asks
    for: one JSON object (`application/json`, the default) or a zip archive of the
    configuration directory (`application/zip`). The generated functions take an `accept`
    argument that sends the header and selects the return type: an `AppConfiguration`, or
    a `File` holding the archive's bytes. The answer is decoded by the media type it
    carries.

    Args:
        group_id (str): A 24-character hexadecimal MongoDB ObjectId.
        app_id (str): A 24-character hexadecimal MongoDB ObjectId.

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
        AppConfiguration | File
    """

    try:
        kwargs = _get_kwargs(
            group_id=group_id,
            app_id=app_id,
            accept=accept,
        )
    except _errors.InvalidArgument as error:
        raise client.invalid_argument(error) from None

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
