import datetime
from typing import Any

import httpx

from ... import errors as _errors
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.log_entry_type import LogEntryType
from ...models.log_page import LogPage
from ...types import PARSE_ERRORS, UNSET, Response, Unset


def _get_kwargs(
    group_id: str,
    app_id: str,
    *,
    co_id: str | Unset = UNSET,
    errors_only: bool | Unset = UNSET,
    user_id: str | Unset = UNSET,
    start_date: datetime.datetime | str | Unset = UNSET,
    end_date: datetime.datetime | str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    type_: LogEntryType | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["co_id"] = co_id

    params["errors_only"] = errors_only

    params["user_id"] = user_id

    json_start_date = _t.date_query(start_date, "start_date")
    params["start_date"] = json_start_date

    json_end_date = _t.date_query(end_date, "end_date")
    params["end_date"] = json_end_date

    params["skip"] = skip

    params["limit"] = limit

    json_type_ = _t.enum_query(type_, "type_")
    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/groups/{group_id}/apps/{app_id}/logs".format(
            group_id=_t.path_param(group_id, "group_id", object_id=True),
            app_id=_t.path_param(app_id, "app_id", object_id=True),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LogPage:
    if response.status_code == 200:
        decoding = _t.decoding_for(client, response)
        try:
            response_200 = _t.pending(LogPage, _t.json_body(response), "LogPage")
            return response_200

        except PARSE_ERRORS as cause:
            raise client.unexpected_body(response, cause) from cause
        finally:
            _t.decoding_done(decoding)
    raise client.unexpected_status(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LogPage]:
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
    co_id: str | Unset = UNSET,
    errors_only: bool | Unset = UNSET,
    user_id: str | Unset = UNSET,
    start_date: datetime.datetime | str | Unset = UNSET,
    end_date: datetime.datetime | str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    type_: LogEntryType | str | Unset = UNSET,
) -> Response[LogPage]:
    """Read one page of logs

     Returns up to 100 log entries, newest first. When more entries match, the page carries
    `nextEndDate` (and, when the next page starts at the same instant as this one ends,
    `nextSkip`); pass them as `end_date` and `skip` to read the next page, keeping the other
    parameters. A page without `nextEndDate` is the last.

    Args:
        group_id (str): A 24-character hexadecimal MongoDB ObjectId.
        app_id (str): A 24-character hexadecimal MongoDB ObjectId.
        co_id (str | Unset):
        errors_only (bool | Unset):
        user_id (str | Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        skip (int | Unset):
        limit (int | Unset):
        type_ (LogEntryType | Unset): What produced a log entry. New kinds appear over time.

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
        Response[LogPage]
    """

    try:
        kwargs = _get_kwargs(
            group_id=group_id,
            app_id=app_id,
            co_id=co_id,
            errors_only=errors_only,
            user_id=user_id,
            start_date=start_date,
            end_date=end_date,
            skip=skip,
            limit=limit,
            type_=type_,
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
    co_id: str | Unset = UNSET,
    errors_only: bool | Unset = UNSET,
    user_id: str | Unset = UNSET,
    start_date: datetime.datetime | str | Unset = UNSET,
    end_date: datetime.datetime | str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    type_: LogEntryType | str | Unset = UNSET,
) -> LogPage:
    """Read one page of logs

     Returns up to 100 log entries, newest first. When more entries match, the page carries
    `nextEndDate` (and, when the next page starts at the same instant as this one ends,
    `nextSkip`); pass them as `end_date` and `skip` to read the next page, keeping the other
    parameters. A page without `nextEndDate` is the last.

    Args:
        group_id (str): A 24-character hexadecimal MongoDB ObjectId.
        app_id (str): A 24-character hexadecimal MongoDB ObjectId.
        co_id (str | Unset):
        errors_only (bool | Unset):
        user_id (str | Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        skip (int | Unset):
        limit (int | Unset):
        type_ (LogEntryType | Unset): What produced a log entry. New kinds appear over time.

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
        LogPage
    """

    # The same request as sync_detailed, without building the Response wrapper.
    try:
        kwargs = _get_kwargs(
            group_id=group_id,
            app_id=app_id,
            co_id=co_id,
            errors_only=errors_only,
            user_id=user_id,
            start_date=start_date,
            end_date=end_date,
            skip=skip,
            limit=limit,
            type_=type_,
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
    co_id: str | Unset = UNSET,
    errors_only: bool | Unset = UNSET,
    user_id: str | Unset = UNSET,
    start_date: datetime.datetime | str | Unset = UNSET,
    end_date: datetime.datetime | str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    type_: LogEntryType | str | Unset = UNSET,
) -> Response[LogPage]:
    """Read one page of logs

     Returns up to 100 log entries, newest first. When more entries match, the page carries
    `nextEndDate` (and, when the next page starts at the same instant as this one ends,
    `nextSkip`); pass them as `end_date` and `skip` to read the next page, keeping the other
    parameters. A page without `nextEndDate` is the last.

    Args:
        group_id (str): A 24-character hexadecimal MongoDB ObjectId.
        app_id (str): A 24-character hexadecimal MongoDB ObjectId.
        co_id (str | Unset):
        errors_only (bool | Unset):
        user_id (str | Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        skip (int | Unset):
        limit (int | Unset):
        type_ (LogEntryType | Unset): What produced a log entry. New kinds appear over time.

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
        Response[LogPage]
    """

    try:
        kwargs = _get_kwargs(
            group_id=group_id,
            app_id=app_id,
            co_id=co_id,
            errors_only=errors_only,
            user_id=user_id,
            start_date=start_date,
            end_date=end_date,
            skip=skip,
            limit=limit,
            type_=type_,
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
    co_id: str | Unset = UNSET,
    errors_only: bool | Unset = UNSET,
    user_id: str | Unset = UNSET,
    start_date: datetime.datetime | str | Unset = UNSET,
    end_date: datetime.datetime | str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    type_: LogEntryType | str | Unset = UNSET,
) -> LogPage:
    """Read one page of logs

     Returns up to 100 log entries, newest first. When more entries match, the page carries
    `nextEndDate` (and, when the next page starts at the same instant as this one ends,
    `nextSkip`); pass them as `end_date` and `skip` to read the next page, keeping the other
    parameters. A page without `nextEndDate` is the last.

    Args:
        group_id (str): A 24-character hexadecimal MongoDB ObjectId.
        app_id (str): A 24-character hexadecimal MongoDB ObjectId.
        co_id (str | Unset):
        errors_only (bool | Unset):
        user_id (str | Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        skip (int | Unset):
        limit (int | Unset):
        type_ (LogEntryType | Unset): What produced a log entry. New kinds appear over time.

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
        LogPage
    """

    try:
        kwargs = _get_kwargs(
            group_id=group_id,
            app_id=app_id,
            co_id=co_id,
            errors_only=errors_only,
            user_id=user_id,
            start_date=start_date,
            end_date=end_date,
            skip=skip,
            limit=limit,
            type_=type_,
        )
    except _errors.InvalidArgument as error:
        raise client.invalid_argument(error) from None

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
