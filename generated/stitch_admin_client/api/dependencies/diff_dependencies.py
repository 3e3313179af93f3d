from typing import Any

import httpx

from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.dependencies_archive import DependenciesArchive
from ...models.dependencies_diff import DependenciesDiff
from ...types import PARSE_ERRORS, Response


def _get_kwargs(
    group_id: str,
    app_id: str,
    *,
    body: DependenciesArchive,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/groups/{group_id}/apps/{app_id}/dependencies/diff".format(
            group_id=_t.path_segment(group_id),
            app_id=_t.path_segment(app_id),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DependenciesDiff:
    if response.status_code == 200:
        decoding = _t.decoding_for(client, response)
        try:
            response_200 = DependenciesDiff.from_dict(response.json())

            return response_200

        except PARSE_ERRORS as cause:
            raise client.unexpected_body(response, cause) from cause
        finally:
            _t.decoding_done(decoding)
    raise client.unexpected_status(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DependenciesDiff]:
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
    body: DependenciesArchive,
) -> Response[DependenciesDiff]:
    """Compare an archive of npm packages with the installed ones

     Reports what installing the archive would add, remove and change, without installing
    it. Not in the service's documentation; the official command lines use it.

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
        Response[DependenciesDiff]
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
) -> DependenciesDiff:
    """Compare an archive of npm packages with the installed ones

     Reports what installing the archive would add, remove and change, without installing
    it. Not in the service's documentation; the official command lines use it.

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
        DependenciesDiff
    """

    # The same request as sync_detailed, without building the Response wrapper.
    response = client.get_httpx_client().request(
        **_get_kwargs(
            group_id=group_id,
            app_id=app_id,
            body=body,
        )
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    group_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DependenciesArchive,
) -> Response[DependenciesDiff]:
    """Compare an archive of npm packages with the installed ones

     Reports what installing the archive would add, remove and change, without installing
    it. Not in the service's documentation; the official command lines use it.

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
        Response[DependenciesDiff]
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
) -> DependenciesDiff:
    """Compare an archive of npm packages with the installed ones

     Reports what installing the archive would add, remove and change, without installing
    it. Not in the service's documentation; the official command lines use it.

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
        DependenciesDiff
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            group_id=group_id,
            app_id=app_id,
            body=body,
        )
    )

    return _parse_response(client=client, response=response)
