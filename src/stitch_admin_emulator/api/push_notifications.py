"""Push notification messages: drafts until sent."""

from __future__ import annotations

from starlette.responses import Response

from stitch_admin_emulator import ids, timestamps
from stitch_admin_emulator.api.common import APP, find, pick
from stitch_admin_emulator.app_config import Document
from stitch_admin_emulator.responses import created, json_response, no_content
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()

MESSAGES = f"{APP}/push/notifications"
MESSAGE = f"{MESSAGES}/{{messageId}}"


def _message(call: Call) -> Document:
    message: Document = find(
        call.app.push_notifications,
        call.params["messageId"],
        "push notification",
        "MessageNotFound",
    )
    return message


def _now() -> str:
    return timestamps.format_ms(timestamps.now_ms())


def _set_state(message: Document, state: str) -> None:
    if state == "sent" and message.get("state") != "sent":
        message["sent"] = _now()
    message["state"] = state


def _apply(message: Document, body: Document) -> None:
    message.update({"label": "", "topic": "", **pick(body, "label", "message", "topic")})
    _set_state(message, str(body.get("state", message.get("state", "draft"))))


@table.operation("GET", MESSAGES)
def list_push_notifications(call: Call) -> Response:
    wanted = call.query("state")
    messages = call.app.push_notifications.values()
    return json_response([m for m in messages if wanted is None or m["state"] == wanted])


@table.operation("POST", MESSAGES)
def create_push_notification(call: Call) -> Response:
    message: Document = {"_id": ids.object_id(), "appID": call.app.id, "created": _now()}
    _apply(message, call.body)
    call.app.push_notifications[message["_id"]] = message
    return created(message)


@table.operation("GET", MESSAGE)
def get_push_notification(call: Call) -> Response:
    return json_response(_message(call))


@table.operation("DELETE", MESSAGE)
def delete_push_notification(call: Call) -> Response:
    del call.app.push_notifications[_message(call)["_id"]]
    return no_content()


@table.operation("PUT", MESSAGE)
def update_push_notification(call: Call) -> Response:
    _apply(_message(call), call.body)
    return no_content()


@table.operation("PUT", f"{MESSAGE}/type")
def set_push_notification_type(call: Call) -> Response:
    message = _message(call)
    if call.body is not None and "type" in call.body:
        message["type"] = call.body["type"]
    return no_content()


@table.operation("POST", f"{MESSAGE}/send")
def send_push_notification(call: Call) -> Response:
    _set_state(_message(call), "sent")
    return no_content()
