from typing import Any

import httpx

from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.data_source_link import DataSourceLink
from ...types import Response


def _get_kwargs(
    group_id: str,
    app_id: str,
    *,
    body: list[DataSourceLink],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/groups/{group_id}/apps/{app_id}/multi_data_sources".format(
            group_id=_t.path_segment(group_id),
            app_id=_t.path_segment(app_id),
        ),
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    if response.status_code == 201:
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
    body: list[DataSourceLink],
) -> Response[None]:
    """Link several data sources at once

     Links Atlas clusters and federated database instances as data sources.

    Args:
        group_id (str): A 24-character hexadecimal MongoDB ObjectId.
        app_id (str): A 24-character hexadecimal MongoDB ObjectId.
        body (list[DataSourceLink]):

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
    body: list[DataSourceLink],
) -> None:
    """Link several data sources at once

     Links Atlas clusters and federated database instances as data sources.

    Args:
        group_id (str): A 24-character hexadecimal MongoDB ObjectId.
        app_id (str): A 24-character hexadecimal MongoDB ObjectId.
        body (list[DataSourceLink]):

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
    body: list[DataSourceLink],
) -> Response[None]:
    """Link several data sources at once

     Links Atlas clusters and federated database instances as data sources.

    Args:
        group_id (str): A 24-character hexadecimal MongoDB ObjectId.
        app_id (str): A 24-character hexadecimal MongoDB ObjectId.
        body (list[DataSourceLink]):

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
    body: list[DataSourceLink],
) -> None:
    """Link several data sources at once

     Links Atlas clusters and federated database instances as data sources.

    Args:
        group_id (str): A 24-character hexadecimal MongoDB ObjectId.
        app_id (str): A 24-character hexadecimal MongoDB ObjectId.
        body (list[DataSourceLink]):

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
