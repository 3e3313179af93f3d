from typing import Any

import httpx

from ... import errors as _errors
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.app_configuration import AppConfiguration
from ...types import Response


def _get_kwargs(
    group_id: str,
    app_id: str,
    *,
    body: AppConfiguration,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/groups/{group_id}/apps/{app_id}/push".format(
            group_id=_t.path_param(group_id, "group_id", object_id=True),
            app_id=_t.path_param(app_id, "app_id", object_id=True),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    # No success of this operation has a body, so any 2XX status is success.
    if 200 <= response.status_code <= 299:
        return None
    raise client.unexpected_status(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[None]:
    _parse_response(client=client, response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def sync_detailed(
    group_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AppConfiguration,
) -> Response[None]:
    """Replace the whole configuration

     Replaces the application's whole configuration with the one given. Create the secrets
    the configuration refers to first.

    Args:
        group_id (str): A 24-character hexadecimal MongoDB ObjectId.
        app_id (str): A 24-character hexadecimal MongoDB ObjectId.
        body (AppConfiguration): An application's whole configuration as one JSON object: what
            `pull_app_configuration`
            answers with `Accept: application/json` and what `push_app_configuration` replaces the
            configuration with. Every part is optional here; a push replaces what it leaves out
            with nothing. Entries carry no ids of their own (names identify them); references
            carry the other entry's name beside its id (`function_name`, `service_name`,
            `secret_name`, ...), and on a push the name wins. Secrets appear by name only.
            Hosted files and installed dependencies are not part of it: a push keeps them.

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
        Response[None]
    """

    try:
        kwargs = _get_kwargs(
            group_id=group_id,
            app_id=app_id,
            body=body,
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
    body: AppConfiguration,
) -> None:
    """Replace the whole configuration

     Replaces the application's whole configuration with the one given. Create the secrets
    the configuration refers to first.

    Args:
        group_id (str): A 24-character hexadecimal MongoDB ObjectId.
        app_id (str): A 24-character hexadecimal MongoDB ObjectId.
        body (AppConfiguration): An application's whole configuration as one JSON object: what
            `pull_app_configuration`
            answers with `Accept: application/json` and what `push_app_configuration` replaces the
            configuration with. Every part is optional here; a push replaces what it leaves out
            with nothing. Entries carry no ids of their own (names identify them); references
            carry the other entry's name beside its id (`function_name`, `service_name`,
            `secret_name`, ...), and on a push the name wins. Secrets appear by name only.
            Hosted files and installed dependencies are not part of it: a push keeps them.

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
        None
    """

    # The same request as sync_detailed, without building the Response wrapper.
    try:
        kwargs = _get_kwargs(
            group_id=group_id,
            app_id=app_id,
            body=body,
        )
    except _errors.InvalidArgument as error:
        raise client.invalid_argument(error) from None

    response = client.get_httpx_client().request(**kwargs)

    _parse_response(client=client, response=response)


async def asyncio_detailed(
    group_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AppConfiguration,
) -> Response[None]:
    """Replace the whole configuration

     Replaces the application's whole configuration with the one given. Create the secrets
    the configuration refers to first.

    Args:
        group_id (str): A 24-character hexadecimal MongoDB ObjectId.
        app_id (str): A 24-character hexadecimal MongoDB ObjectId.
        body (AppConfiguration): An application's whole configuration as one JSON object: what
            `pull_app_configuration`
            answers with `Accept: application/json` and what `push_app_configuration` replaces the
            configuration with. Every part is optional here; a push replaces what it leaves out
            with nothing. Entries carry no ids of their own (names identify them); references
            carry the other entry's name beside its id (`function_name`, `service_name`,
            `secret_name`, ...), and on a push the name wins. Secrets appear by name only.
            Hosted files and installed dependencies are not part of it: a push keeps them.

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
        Response[None]
    """

    try:
        kwargs = _get_kwargs(
            group_id=group_id,
            app_id=app_id,
            body=body,
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
    body: AppConfiguration,
) -> None:
    """Replace the whole configuration

     Replaces the application's whole configuration with the one given. Create the secrets
    the configuration refers to first.

    Args:
        group_id (str): A 24-character hexadecimal MongoDB ObjectId.
        app_id (str): A 24-character hexadecimal MongoDB ObjectId.
        body (AppConfiguration): An application's whole configuration as one JSON object: what
            `pull_app_configuration`
            answers with `Accept: application/json` and what `push_app_configuration` replaces the
            configuration with. Every part is optional here; a push replaces what it leaves out
            with nothing. Entries carry no ids of their own (names identify them); references
            carry the other entry's name beside its id (`function_name`, `service_name`,
            `secret_name`, ...), and on a push the name wins. Secrets appear by name only.
            Hosted files and installed dependencies are not part of it: a push keeps them.

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
        None
    """

    try:
        kwargs = _get_kwargs(
            group_id=group_id,
            app_id=app_id,
            body=body,
        )
    except _errors.InvalidArgument as error:
        raise client.invalid_argument(error) from None

    response = await client.get_async_httpx_client().request(**kwargs)

    _parse_response(client=client, response=response)
