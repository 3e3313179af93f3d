from typing import Any

import httpx

from ... import errors as _errors
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.execute_function_request import ExecuteFunctionRequest
from ...models.function_execution_result import FunctionExecutionResult
from ...types import PARSE_ERRORS, UNSET, Response, Unset


def _get_kwargs(
    group_id: str,
    app_id: str,
    *,
    body: ExecuteFunctionRequest,
    user_id: str | Unset = UNSET,
    run_as_system: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params["run_as_system"] = run_as_system

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/groups/{group_id}/apps/{app_id}/debug/execute_function".format(
            group_id=_t.path_param(group_id, "group_id", object_id=True),
            app_id=_t.path_param(app_id, "app_id", object_id=True),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FunctionExecutionResult:
    if response.status_code == 200:
        decoding = _t.decoding_for(client, response)
        try:
            response_200 = FunctionExecutionResult.from_dict(_t.json_body(response))

            return response_200

        except PARSE_ERRORS as cause:
            raise client.unexpected_body(response, cause) from cause
        finally:
            _t.decoding_done(decoding)
    if response.status_code == 201:
        decoding = _t.decoding_for(client, response)
        try:
            response_201 = FunctionExecutionResult.from_dict(_t.json_body(response))

            return response_201

        except PARSE_ERRORS as cause:
            raise client.unexpected_body(response, cause) from cause
        finally:
            _t.decoding_done(decoding)
    raise client.unexpected_status(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FunctionExecutionResult]:
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
    body: ExecuteFunctionRequest,
    user_id: str | Unset = UNSET,
    run_as_system: bool | Unset = UNSET,
) -> Response[FunctionExecutionResult]:
    """Run a stored function for testing

     Runs the named function with the given arguments, as the user named by `user_id` or as
    the system user (`run_as_system=true`); give exactly one of the two. The answer carries
    the result, the lines the function logged and, if it threw, the error. Each run is also
    written to the application's log as a `FUNCTION` entry.

    Args:
        group_id (str): A 24-character hexadecimal MongoDB ObjectId.
        app_id (str): A 24-character hexadecimal MongoDB ObjectId.
        user_id (str | Unset):
        run_as_system (bool | Unset):
        body (ExecuteFunctionRequest): Which stored function to run, and with what.

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
        Response[FunctionExecutionResult]
    """

    try:
        kwargs = _get_kwargs(
            group_id=group_id,
            app_id=app_id,
            body=body,
            user_id=user_id,
            run_as_system=run_as_system,
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
    body: ExecuteFunctionRequest,
    user_id: str | Unset = UNSET,
    run_as_system: bool | Unset = UNSET,
) -> FunctionExecutionResult:
    """Run a stored function for testing

     Runs the named function with the given arguments, as the user named by `user_id` or as
    the system user (`run_as_system=true`); give exactly one of the two. The answer carries
    the result, the lines the function logged and, if it threw, the error. Each run is also
    written to the application's log as a `FUNCTION` entry.

    Args:
        group_id (str): A 24-character hexadecimal MongoDB ObjectId.
        app_id (str): A 24-character hexadecimal MongoDB ObjectId.
        user_id (str | Unset):
        run_as_system (bool | Unset):
        body (ExecuteFunctionRequest): Which stored function to run, and with what.

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
        FunctionExecutionResult
    """

    # The same request as sync_detailed, without building the Response wrapper.
    try:
        kwargs = _get_kwargs(
            group_id=group_id,
            app_id=app_id,
            body=body,
            user_id=user_id,
            run_as_system=run_as_system,
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
    body: ExecuteFunctionRequest,
    user_id: str | Unset = UNSET,
    run_as_system: bool | Unset = UNSET,
) -> Response[FunctionExecutionResult]:
    """Run a stored function for testing

     Runs the named function with the given arguments, as the user named by `user_id` or as
    the system user (`run_as_system=true`); give exactly one of the two. The answer carries
    the result, the lines the function logged and, if it threw, the error. Each run is also
    written to the application's log as a `FUNCTION` entry.

    Args:
        group_id (str): A 24-character hexadecimal MongoDB ObjectId.
        app_id (str): A 24-character hexadecimal MongoDB ObjectId.
        user_id (str | Unset):
        run_as_system (bool | Unset):
        body (ExecuteFunctionRequest): Which stored function to run, and with what.

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
        Response[FunctionExecutionResult]
    """

    try:
        kwargs = _get_kwargs(
            group_id=group_id,
            app_id=app_id,
            body=body,
            user_id=user_id,
            run_as_system=run_as_system,
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
    body: ExecuteFunctionRequest,
    user_id: str | Unset = UNSET,
    run_as_system: bool | Unset = UNSET,
) -> FunctionExecutionResult:
    """Run a stored function for testing

     Runs the named function with the given arguments, as the user named by `user_id` or as
    the system user (`run_as_system=true`); give exactly one of the two. The answer carries
    the result, the lines the function logged and, if it threw, the error. Each run is also
    written to the application's log as a `FUNCTION` entry.

    Args:
        group_id (str): A 24-character hexadecimal MongoDB ObjectId.
        app_id (str): A 24-character hexadecimal MongoDB ObjectId.
        user_id (str | Unset):
        run_as_system (bool | Unset):
        body (ExecuteFunctionRequest): Which stored function to run, and with what.

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
        FunctionExecutionResult
    """

    try:
        kwargs = _get_kwargs(
            group_id=group_id,
            app_id=app_id,
            body=body,
            user_id=user_id,
            run_as_system=run_as_system,
        )
    except _errors.InvalidArgument as error:
        raise client.invalid_argument(error) from None

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
