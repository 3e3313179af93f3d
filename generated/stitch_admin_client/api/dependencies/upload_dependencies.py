from typing import Any

import httpx

from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.dependencies_archive import DependenciesArchive
from ...types import Response


def _get_kwargs(
    group_id: str,
    app_id: str,
    *,
    body: DependenciesArchive,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/groups/{group_id}/apps/{app_id}/dependencies".format(
            group_id=_t.path_segment(group_id),
            app_id=_t.path_segment(app_id),
        ),
    }

    _kwargs["files"] = body.to_multipart()

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
    body: DependenciesArchive,
) -> Response[None]:
    """Upload and install npm packages

     Uploads an archive of a `node_modules` directory (or a `package.json`) and installs it
    in place of the current packages; poll `get_dependencies_status` until the status is no
    longer `created`. Not in the service's documentation; the official command lines use
    it.

    Args:
        group_id (str): A 24-character hexadecimal MongoDB ObjectId.
        app_id (str): A 24-character hexadecimal MongoDB ObjectId.
        body (DependenciesArchive): A `node_modules` directory or a `package.json`, packed as zip,
            tar or tgz.

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
    body: DependenciesArchive,
) -> None:
    """Upload and install npm packages

     Uploads an archive of a `node_modules` directory (or a `package.json`) and installs it
    in place of the current packages; poll `get_dependencies_status` until the status is no
    longer `created`. Not in the service's documentation; the official command lines use
    it.

    Args:
        group_id (str): A 24-character hexadecimal MongoDB ObjectId.
        app_id (str): A 24-character hexadecimal MongoDB ObjectId.
        body (DependenciesArchive): A `node_modules` directory or a `package.json`, packed as zip,
            tar or tgz.

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
    body: DependenciesArchive,
) -> Response[None]:
    """Upload and install npm packages

     Uploads an archive of a `node_modules` directory (or a `package.json`) and installs it
    in place of the current packages; poll `get_dependencies_status` until the status is no
    longer `created`. Not in the service's documentation; the official command lines use
    it.

    Args:
        group_id (str): A 24-character hexadecimal MongoDB ObjectId.
        app_id (str): A 24-character hexadecimal MongoDB ObjectId.
        body (DependenciesArchive): A `node_modules` directory or a `package.json`, packed as zip,
            tar or tgz.

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
    body: DependenciesArchive,
) -> None:
    """Upload and install npm packages

     Uploads an archive of a `node_modules` directory (or a `package.json`) and installs it
    in place of the current packages; poll `get_dependencies_status` until the status is no
    longer `created`. Not in the service's documentation; the official command lines use
    it.

    Args:
        group_id (str): A 24-character hexadecimal MongoDB ObjectId.
        app_id (str): A 24-character hexadecimal MongoDB ObjectId.
        body (DependenciesArchive): A `node_modules` directory or a `package.json`, packed as zip,
            tar or tgz.

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
