from typing import Any

import httpx

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
            group_id=_t.path_segment(group_id),
            app_id=_t.path_segment(app_id),
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
        Exception: What ``client.unexpected_status(response)`` returns when the status is not a
            success status (``errors.UnexpectedStatus`` by default), or what
            ``client.unexpected_body(response, cause)`` returns when a success body does not match
            the document (``errors.UnexpectedBody`` by default).
        httpx.HTTPError: If the request could not be sent or answered (timeouts included).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        app_id=app_id,
        body=body,
    )

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
        Exception: What ``client.unexpected_status(response)`` returns when the status is not a
            success status (``errors.UnexpectedStatus`` by default), or what
            ``client.unexpected_body(response, cause)`` returns when a success body does not match
            the document (``errors.UnexpectedBody`` by default).
        httpx.HTTPError: If the request could not be sent or answered (timeouts included).

    Returns:
        None
    """

    # The same request as sync_detailed, without building the Response wrapper.
    response = client.get_httpx_client().request(
        **_get_kwargs(
            group_id=group_id,
            app_id=app_id,
            body=body,
        )
    )

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
        Exception: What ``client.unexpected_status(response)`` returns when the status is not a
            success status (``errors.UnexpectedStatus`` by default), or what
            ``client.unexpected_body(response, cause)`` returns when a success body does not match
            the document (``errors.UnexpectedBody`` by default).
        httpx.HTTPError: If the request could not be sent or answered (timeouts included).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        app_id=app_id,
        body=body,
    )

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
        Exception: What ``client.unexpected_status(response)`` returns when the status is not a
            success status (``errors.UnexpectedStatus`` by default), or what
            ``client.unexpected_body(response, cause)`` returns when a success body does not match
            the document (``errors.UnexpectedBody`` by default).
        httpx.HTTPError: If the request could not be sent or answered (timeouts included).

    Returns:
        None
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            group_id=group_id,
            app_id=app_id,
            body=body,
        )
    )

    _parse_response(client=client, response=response)
