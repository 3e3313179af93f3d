from io import BytesIO
from typing import Any

import httpx

from ... import errors as _errors
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...types import PARSE_ERRORS, UNSET, File, Response, Unset


def _get_kwargs(
    group_id: str,
    app_id: str,
    *,
    deployment: str | Unset = UNSET,
    source_control: bool | Unset = UNSET,
    template: bool | Unset = UNSET,
    version: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["deployment"] = deployment

    params["source_control"] = source_control

    params["template"] = template

    params["version"] = version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/groups/{group_id}/apps/{app_id}/export".format(
            group_id=_t.path_param(group_id, "group_id", object_id=True),
            app_id=_t.path_param(app_id, "app_id", object_id=True),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File:
    if response.status_code == 200:
        decoding = _t.decoding_for(client, response)
        try:
            response_200 = File(payload=BytesIO(response.content))

            return response_200

        except PARSE_ERRORS as cause:
            raise client.unexpected_body(response, cause) from cause
        finally:
            _t.decoding_done(decoding)
    raise client.unexpected_status(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[File]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    deployment: str | Unset = UNSET,
    source_control: bool | Unset = UNSET,
    template: bool | Unset = UNSET,
    version: str | Unset = UNSET,
) -> Response[File]:
    """Export an application

     Returns the application's configuration as a zip archive. Deprecated: the service's
    documentation points to `pull_app_configuration` with `accept="application/zip"`.

    Args:
        group_id (str): A 24-character hexadecimal MongoDB ObjectId.
        app_id (str): A 24-character hexadecimal MongoDB ObjectId.
        deployment (str | Unset):
        source_control (bool | Unset):
        template (bool | Unset):
        version (str | Unset):

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
        Response[File]
    """

    try:
        kwargs = _get_kwargs(
            group_id=group_id,
            app_id=app_id,
            deployment=deployment,
            source_control=source_control,
            template=template,
            version=version,
        )
    except _errors.InvalidArgument as error:
        raise client.invalid_argument(error) from None

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    deployment: str | Unset = UNSET,
    source_control: bool | Unset = UNSET,
    template: bool | Unset = UNSET,
    version: str | Unset = UNSET,
) -> File:
    """Export an application

     Returns the application's configuration as a zip archive. Deprecated: the service's
    documentation points to `pull_app_configuration` with `accept="application/zip"`.

    Args:
        group_id (str): A 24-character hexadecimal MongoDB ObjectId.
        app_id (str): A 24-character hexadecimal MongoDB ObjectId.
        deployment (str | Unset):
        source_control (bool | Unset):
        template (bool | Unset):
        version (str | Unset):

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
        File
    """

    # The same request as sync_detailed, without building the Response wrapper.
    try:
        kwargs = _get_kwargs(
            group_id=group_id,
            app_id=app_id,
            deployment=deployment,
            source_control=source_control,
            template=template,
            version=version,
        )
    except _errors.InvalidArgument as error:
        raise client.invalid_argument(error) from None

    response = client.get_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    group_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    deployment: str | Unset = UNSET,
    source_control: bool | Unset = UNSET,
    template: bool | Unset = UNSET,
    version: str | Unset = UNSET,
) -> Response[File]:
    """Export an application

     Returns the application's configuration as a zip archive. Deprecated: the service's
    documentation points to `pull_app_configuration` with `accept="application/zip"`.

    Args:
        group_id (str): A 24-character hexadecimal MongoDB ObjectId.
        app_id (str): A 24-character hexadecimal MongoDB ObjectId.
        deployment (str | Unset):
        source_control (bool | Unset):
        template (bool | Unset):
        version (str | Unset):

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
        Response[File]
    """

    try:
        kwargs = _get_kwargs(
            group_id=group_id,
            app_id=app_id,
            deployment=deployment,
            source_control=source_control,
            template=template,
            version=version,
        )
    except _errors.InvalidArgument as error:
        raise client.invalid_argument(error) from None

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    deployment: str | Unset = UNSET,
    source_control: bool | Unset = UNSET,
    template: bool | Unset = UNSET,
    version: str | Unset = UNSET,
) -> File:
    """Export an application

     Returns the application's configuration as a zip archive. Deprecated: the service's
    documentation points to `pull_app_configuration` with `accept="application/zip"`.

    Args:
        group_id (str): A 24-character hexadecimal MongoDB ObjectId.
        app_id (str): A 24-character hexadecimal MongoDB ObjectId.
        deployment (str | Unset):
        source_control (bool | Unset):
        template (bool | Unset):
        version (str | Unset):

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
        File
    """

    try:
        kwargs = _get_kwargs(
            group_id=group_id,
            app_id=app_id,
            deployment=deployment,
            source_control=source_control,
            template=template,
            version=version,
        )
    except _errors.InvalidArgument as error:
        raise client.invalid_argument(error) from None

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
