from typing import Any

import httpx

from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.app_measurements import AppMeasurements
from ...models.measurement_granularity import MeasurementGranularity
from ...types import PARSE_ERRORS, UNSET, Response, Unset


def _get_kwargs(
    group_id: str,
    app_id: str,
    *,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    granularity: MeasurementGranularity | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start"] = start

    params["end"] = end

    json_granularity: str | Unset = UNSET
    if not isinstance(granularity, Unset):
        json_granularity = granularity.value

    params["granularity"] = json_granularity

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/groups/{group_id}/apps/{app_id}/measurements".format(
            group_id=_t.path_segment(group_id),
            app_id=_t.path_segment(app_id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppMeasurements:
    if response.status_code == 200:
        decoding = _t.decoding_for(client, response)
        try:
            response_200 = AppMeasurements.from_dict(response.json())

            return response_200

        except PARSE_ERRORS as cause:
            raise client.unexpected_body(response, cause) from cause
        finally:
            _t.decoding_done(decoding)
    raise client.unexpected_status(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AppMeasurements]:
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
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    granularity: MeasurementGranularity | Unset = UNSET,
) -> Response[AppMeasurements]:
    """Read an application's billed usage

     Returns one application's billed usage over a period.

    Args:
        group_id (str): A 24-character hexadecimal MongoDB ObjectId.
        app_id (str): A 24-character hexadecimal MongoDB ObjectId.
        start (str | Unset):
        end (str | Unset):
        granularity (MeasurementGranularity | Unset): One value per hour (`PT1H`) or per month
            (`P31D`).

    Raises:
        Exception: What ``client.unexpected_status(response)`` returns when the status is not a
            success status (``errors.UnexpectedStatus`` by default), or what
            ``client.unexpected_body(response, cause)`` returns when a success body does not match
            the document (``errors.UnexpectedBody`` by default).
        httpx.HTTPError: If the request could not be sent or answered (timeouts included).

    Returns:
        Response[AppMeasurements]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        app_id=app_id,
        start=start,
        end=end,
        granularity=granularity,
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
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    granularity: MeasurementGranularity | Unset = UNSET,
) -> AppMeasurements:
    """Read an application's billed usage

     Returns one application's billed usage over a period.

    Args:
        group_id (str): A 24-character hexadecimal MongoDB ObjectId.
        app_id (str): A 24-character hexadecimal MongoDB ObjectId.
        start (str | Unset):
        end (str | Unset):
        granularity (MeasurementGranularity | Unset): One value per hour (`PT1H`) or per month
            (`P31D`).

    Raises:
        Exception: What ``client.unexpected_status(response)`` returns when the status is not a
            success status (``errors.UnexpectedStatus`` by default), or what
            ``client.unexpected_body(response, cause)`` returns when a success body does not match
            the document (``errors.UnexpectedBody`` by default).
        httpx.HTTPError: If the request could not be sent or answered (timeouts included).

    Returns:
        AppMeasurements
    """

    # The same request as sync_detailed, without building the Response wrapper.
    response = client.get_httpx_client().request(
        **_get_kwargs(
            group_id=group_id,
            app_id=app_id,
            start=start,
            end=end,
            granularity=granularity,
        )
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    group_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    granularity: MeasurementGranularity | Unset = UNSET,
) -> Response[AppMeasurements]:
    """Read an application's billed usage

     Returns one application's billed usage over a period.

    Args:
        group_id (str): A 24-character hexadecimal MongoDB ObjectId.
        app_id (str): A 24-character hexadecimal MongoDB ObjectId.
        start (str | Unset):
        end (str | Unset):
        granularity (MeasurementGranularity | Unset): One value per hour (`PT1H`) or per month
            (`P31D`).

    Raises:
        Exception: What ``client.unexpected_status(response)`` returns when the status is not a
            success status (``errors.UnexpectedStatus`` by default), or what
            ``client.unexpected_body(response, cause)`` returns when a success body does not match
            the document (``errors.UnexpectedBody`` by default).
        httpx.HTTPError: If the request could not be sent or answered (timeouts included).

    Returns:
        Response[AppMeasurements]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        app_id=app_id,
        start=start,
        end=end,
        granularity=granularity,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    granularity: MeasurementGranularity | Unset = UNSET,
) -> AppMeasurements:
    """Read an application's billed usage

     Returns one application's billed usage over a period.

    Args:
        group_id (str): A 24-character hexadecimal MongoDB ObjectId.
        app_id (str): A 24-character hexadecimal MongoDB ObjectId.
        start (str | Unset):
        end (str | Unset):
        granularity (MeasurementGranularity | Unset): One value per hour (`PT1H`) or per month
            (`P31D`).

    Raises:
        Exception: What ``client.unexpected_status(response)`` returns when the status is not a
            success status (``errors.UnexpectedStatus`` by default), or what
            ``client.unexpected_body(response, cause)`` returns when a success body does not match
            the document (``errors.UnexpectedBody`` by default).
        httpx.HTTPError: If the request could not be sent or answered (timeouts included).

    Returns:
        AppMeasurements
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            group_id=group_id,
            app_id=app_id,
            start=start,
            end=end,
            granularity=granularity,
        )
    )

    return _parse_response(client=client, response=response)
