"""Plain resources in one declaration each: families of documents by id, and settings documents.

Most of what the API grew over the years is plain: a family of documents an app keeps by id
(HTTPS endpoints, log forwarders, schemas...) with list, create, get, replace or update, and
delete; or one settings document (the deploy configuration, the hosting configuration...)
to read and change. A module declares the `Family` or `Setting` and calls `serve_family` or
`serve_setting` with its path templates: the operations the OpenAPI document has on those paths
are served, each answering with the status the document gives it (201 for a create, 200 with
the document, 204 without). What a module must do beyond that (references to check, fields the
service computes, secrets never shown) it passes as `fields` and `shown`, or writes as its own
handlers beside these.

A family or setting is `deployable` (part of the configuration: drafts, deployments, export)
or not (changes at once, like users).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import attrs
from starlette.responses import Response

from stitch_admin_emulator import document, ids
from stitch_admin_emulator.api.common import check_name_free, find
from stitch_admin_emulator.app_config import Document
from stitch_admin_emulator.errors import bad_request
from stitch_admin_emulator.responses import json_response, no_content
from stitch_admin_emulator.routing import Call, Handler, OperationTable

# Turns a request's body into the fields stored (may raise ApiError); `current` is the stored
# document for a replace or an update, None for a create.
Fields = Callable[[Call, Document | None], Document]
# What the API shows of a stored document.
Shown = Callable[[Call, Document], Document]


def answer(call: Call, content: Any = None) -> Response:
    """The documented success answer of the call's operation, with `content` if it has a body."""
    status = call.operation.spec.answer_status()
    if status in call.operation.spec.success_with_body:
        return json_response(content, status)
    return no_content() if status == 204 else Response(status_code=status)


def body_fields(call: Call, current: Document | None) -> Document:
    """The default `Fields`: the body as it came, without an `_id` of its own."""
    return {key: value for key, value in (call.body or {}).items() if key != "_id"}


def as_stored(call: Call, stored: Document) -> Document:
    """The default `Shown`: the document as stored."""
    return stored


@attrs.frozen
class Family:
    """Documents of one kind an app keeps by `_id`, found through the path parameter `id_param`.

    With `name` set, that field is required to be a valid, unique name (see `names`)."""

    key: str
    what: str
    not_found_code: str
    id_param: str
    deployable: bool = True
    name: str | None = "name"
    # Where the documents live when not in the generic `collections` (the older families).
    where: Callable[[Call], dict[str, Document]] | None = None

    def documents(self, call: Call) -> dict[str, Document]:
        if self.where is not None:
            return self.where(call)
        return (
            call.config.collection(self.key) if self.deployable else call.app.collection(self.key)
        )

    def one(self, call: Call) -> Document:
        found: Document = find(
            self.documents(call), call.params[self.id_param], self.what, self.not_found_code
        )
        return found

    def _check_name(self, call: Call, fields: Document, keep: str | None) -> None:
        if self.name is None:
            return
        name = fields.get(self.name)
        if not isinstance(name, str):
            raise bad_request(f"the {self.what} needs a '{self.name}'")
        check_name_free(self.documents(call), name, self.what, keep=keep)

    def add(self, call: Call, fields: Document) -> Document:
        documents = self.documents(call)  # first: a parent the path names may be missing (404)
        self._check_name(call, fields, None)
        stored = {"_id": ids.object_id(), **fields}
        documents[stored["_id"]] = stored
        return stored

    def replace(self, call: Call, fields: Document) -> Document:
        current = self.one(call)
        self._check_name(call, fields, current["_id"])
        stored = {"_id": current["_id"], **fields}
        self.documents(call)[current["_id"]] = stored
        return stored

    def update(self, call: Call, fields: Document) -> Document:
        current = self.one(call)
        merged = {**current, **fields, "_id": current["_id"]}
        self._check_name(call, merged, current["_id"])
        self.documents(call)[current["_id"]] = merged
        return merged

    def remove(self, call: Call) -> Document:
        current = self.one(call)
        del self.documents(call)[current["_id"]]
        return current


def _declared(template: str) -> dict[str, document.OperationSpec]:
    return {
        method: spec for (method, path), spec in document.operations().items() if path == template
    }


def serve_family(
    table: OperationTable,
    family: Family,
    collection_template: str,
    item_template: str,
    *,
    fields: Fields = body_fields,
    shown: Shown = as_stored,
    listed: Shown | None = None,
    skip: tuple[str, ...] = (),
) -> None:
    """Serve the documented operations on a family's two paths, except the `skip`ped ones
    (`"POST collection"`, `"DELETE item"`...: a module serves those itself)."""
    listed = listed or shown

    def list_documents(call: Call) -> Response:
        return answer(call, [listed(call, doc) for doc in family.documents(call).values()])

    def create(call: Call) -> Response:
        return answer(call, shown(call, family.add(call, fields(call, None))))

    def get(call: Call) -> Response:
        return answer(call, shown(call, family.one(call)))

    def replace(call: Call) -> Response:
        current = family.one(call)
        return answer(call, shown(call, family.replace(call, fields(call, current))))

    def update(call: Call) -> Response:
        current = family.one(call)
        return answer(call, shown(call, family.update(call, fields(call, current))))

    def delete(call: Call) -> Response:
        return answer(call, shown(call, family.remove(call)))

    handlers: dict[tuple[str, str], Handler] = {
        ("GET", "collection"): list_documents,
        ("POST", "collection"): create,
        ("GET", "item"): get,
        ("PUT", "item"): replace,
        ("PATCH", "item"): update,
        ("DELETE", "item"): delete,
    }
    for where, template in (("collection", collection_template), ("item", item_template)):
        for method in _declared(template):
            handler = handlers.get((method, where))
            if handler is not None and f"{method} {where}" not in skip:
                table.operation(method, template)(handler)


@attrs.frozen
class Setting:
    """One settings document of an app, `default` until first changed."""

    key: str
    default: Callable[[Call], Document] = lambda call: {}
    deployable: bool = True

    def _home(self, call: Call) -> dict[str, Document]:
        return call.config.singletons if self.deployable else call.app.singletons

    def get(self, call: Call) -> Document:
        stored = self._home(call).get(self.key)
        return copy.deepcopy(stored) if stored is not None else self.default(call)

    def set(self, call: Call, value: Document) -> Document:
        self._home(call)[self.key] = value
        return value

    def exists(self, call: Call) -> bool:
        return self.key in self._home(call)

    def clear(self, call: Call) -> None:
        self._home(call).pop(self.key, None)


def serve_setting(
    table: OperationTable,
    setting: Setting,
    template: str,
    *,
    fields: Fields = body_fields,
    shown: Shown = as_stored,
    skip: tuple[str, ...] = (),
) -> None:
    """Serve the documented operations on a settings document's path: GET reads it, PUT
    replaces it, PATCH merges into it, POST creates it, DELETE puts the default back."""

    def get(call: Call) -> Response:
        return answer(call, shown(call, setting.get(call)))

    def replace(call: Call) -> Response:
        return answer(call, shown(call, setting.set(call, fields(call, setting.get(call)))))

    def merge(call: Call) -> Response:
        current = setting.get(call)
        return answer(call, shown(call, setting.set(call, {**current, **fields(call, current)})))

    def delete(call: Call) -> Response:
        current = setting.get(call)
        setting.clear(call)
        return answer(call, shown(call, current))

    handlers: dict[str, Handler] = {
        "GET": get,
        "PUT": replace,
        "POST": replace,
        "PATCH": merge,
        "DELETE": delete,
    }
    for method in _declared(template):
        if method not in skip:
            table.operation(method, template)(handlers[method])
