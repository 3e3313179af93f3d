from typing import Any

import httpx

from ... import errors as _errors
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.deployment_migration import DeploymentMigration
from ...types import PARSE_ERRORS, Response


def _get_kwargs(
    group_id: str,
    app_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/groups/{group_id}/apps/{app_id}/deployment_migration".format(
            group_id=_t.path_param(group_id, "group_id", object_id=True),
            app_id=_t.path_param(app_id, "app_id", object_id=True),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeploymentMigration:
    if response.status_code == 200:
        decoding = _t.decoding_for(client, response)
        try:
            response_200 = DeploymentMigration.from_dict(_t.json_body(response))

            return response_200

        except PARSE_ERRORS as cause:
            raise client.unexpected_body(response, cause) from cause
        finally:
            _t.decoding_done(decoding)
    raise client.unexpected_status(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeploymentMigration]:
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
) -> Response[DeploymentMigration]:
    """Get the state of a move to another region

     Returns the last move to another deployment model or region, and where it stands.

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
        Response[DeploymentMigration]
    """

    try:
        kwargs = _get_kwargs(
            group_id=group_id,
            app_id=app_id,
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
) -> DeploymentMigration:
    """Get the state of a move to another region

     Returns the last move to another deployment model or region, and where it stands.

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
        DeploymentMigration
    """

    # The same request as sync_detailed, without building the Response wrapper.
    try:
        kwargs = _get_kwargs(
            group_id=group_id,
            app_id=app_id,
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
) -> Response[DeploymentMigration]:
    """Get the state of a move to another region

     Returns the last move to another deployment model or region, and where it stands.

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
        Response[DeploymentMigration]
    """

    try:
        kwargs = _get_kwargs(
            group_id=group_id,
            app_id=app_id,
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
) -> DeploymentMigration:
    """Get the state of a move to another region

     Returns the last move to another deployment model or region, and where it stands.

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
        DeploymentMigration
    """

    try:
        kwargs = _get_kwargs(
            group_id=group_id,
            app_id=app_id,
        )
    except _errors.InvalidArgument as error:
        raise client.invalid_argument(error) from None

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
