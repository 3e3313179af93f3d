from typing import Any

import httpx

from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.app import App
from ...models.app_create import AppCreate
from ...models.app_product import AppProduct
from ...types import PARSE_ERRORS, UNSET, Response, Unset


def _get_kwargs(
    group_id: str,
    *,
    body: AppCreate,
    defaults: bool | Unset = UNSET,
    product: AppProduct | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["defaults"] = defaults

    json_product: str | Unset = UNSET
    if not isinstance(product, Unset):
        json_product = product.value

    params["product"] = json_product

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/groups/{group_id}/apps".format(
            group_id=_t.path_segment(group_id),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> App:
    if response.status_code == 201:
        decoding = _t.decoding_for(client, response)
        try:
            response_201 = App.from_dict(response.json())

            return response_201

        except PARSE_ERRORS as cause:
            raise client.unexpected_body(response, cause) from cause
        finally:
            _t.decoding_done(decoding)
    raise client.unexpected_status(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[App]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AppCreate,
    defaults: bool | Unset = UNSET,
    product: AppProduct | Unset = UNSET,
) -> Response[App]:
    """Create an application

     Creates an application in the group.

    Args:
        group_id (str): A 24-character hexadecimal MongoDB ObjectId.
        defaults (bool | Unset):
        product (AppProduct | Unset): Which product an application belongs to.
        body (AppCreate): The application to create.

    Raises:
        Exception: What ``client.unexpected_status(response)`` returns when the status is not a
            success status (``errors.UnexpectedStatus`` by default), or what
            ``client.unexpected_body(response, cause)`` returns when a success body does not match
            the document (``errors.UnexpectedBody`` by default).
        httpx.HTTPError: If the request could not be sent or answered (timeouts included).

    Returns:
        Response[App]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
        defaults=defaults,
        product=product,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AppCreate,
    defaults: bool | Unset = UNSET,
    product: AppProduct | Unset = UNSET,
) -> App:
    """Create an application

     Creates an application in the group.

    Args:
        group_id (str): A 24-character hexadecimal MongoDB ObjectId.
        defaults (bool | Unset):
        product (AppProduct | Unset): Which product an application belongs to.
        body (AppCreate): The application to create.

    Raises:
        Exception: What ``client.unexpected_status(response)`` returns when the status is not a
            success status (``errors.UnexpectedStatus`` by default), or what
            ``client.unexpected_body(response, cause)`` returns when a success body does not match
            the document (``errors.UnexpectedBody`` by default).
        httpx.HTTPError: If the request could not be sent or answered (timeouts included).

    Returns:
        App
    """

    # The same request as sync_detailed, without building the Response wrapper.
    response = client.get_httpx_client().request(
        **_get_kwargs(
            group_id=group_id,
            body=body,
            defaults=defaults,
            product=product,
        )
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AppCreate,
    defaults: bool | Unset = UNSET,
    product: AppProduct | Unset = UNSET,
) -> Response[App]:
    """Create an application

     Creates an application in the group.

    Args:
        group_id (str): A 24-character hexadecimal MongoDB ObjectId.
        defaults (bool | Unset):
        product (AppProduct | Unset): Which product an application belongs to.
        body (AppCreate): The application to create.

    Raises:
        Exception: What ``client.unexpected_status(response)`` returns when the status is not a
            success status (``errors.UnexpectedStatus`` by default), or what
            ``client.unexpected_body(response, cause)`` returns when a success body does not match
            the document (``errors.UnexpectedBody`` by default).
        httpx.HTTPError: If the request could not be sent or answered (timeouts included).

    Returns:
        Response[App]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
        defaults=defaults,
        product=product,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AppCreate,
    defaults: bool | Unset = UNSET,
    product: AppProduct | Unset = UNSET,
) -> App:
    """Create an application

     Creates an application in the group.

    Args:
        group_id (str): A 24-character hexadecimal MongoDB ObjectId.
        defaults (bool | Unset):
        product (AppProduct | Unset): Which product an application belongs to.
        body (AppCreate): The application to create.

    Raises:
        Exception: What ``client.unexpected_status(response)`` returns when the status is not a
            success status (``errors.UnexpectedStatus`` by default), or what
            ``client.unexpected_body(response, cause)`` returns when a success body does not match
            the document (``errors.UnexpectedBody`` by default).
        httpx.HTTPError: If the request could not be sent or answered (timeouts included).

    Returns:
        App
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            group_id=group_id,
            body=body,
            defaults=defaults,
            product=product,
        )
    )

    return _parse_response(client=client, response=response)
