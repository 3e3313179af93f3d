"""Collection: the create/read/replace/delete steps shared by every kind of named document."""

from __future__ import annotations

from collections.abc import Callable

import attrs
from starlette.responses import Response

from stitch_admin_emulator import ids
from stitch_admin_emulator.api.common import check_name_free, find
from stitch_admin_emulator.app_config import Document
from stitch_admin_emulator.responses import json_response, no_content
from stitch_admin_emulator.routing import Call, OperationTable


@attrs.frozen
class Collection:
    """Documents with an `_id` and a unique `name`, found through a path parameter."""

    what: str
    not_found_code: str
    id_param: str
    documents: Callable[[Call], dict[str, Document]]

    def one(self, call: Call) -> Document:
        document: Document = find(
            self.documents(call), call.params[self.id_param], self.what, self.not_found_code
        )
        return document

    def add(self, call: Call, fields: Document) -> Document:
        documents = self.documents(call)
        check_name_free(documents, fields["name"], self.what)
        document = {"_id": ids.object_id(), **fields}
        documents[document["_id"]] = document
        return document

    def replace(self, call: Call, fields: Document) -> Document:
        document = self.one(call)
        check_name_free(self.documents(call), fields["name"], self.what, keep=document["_id"])
        document_id = document["_id"]
        document.clear()
        document.update({"_id": document_id, **fields})
        return document

    def remove(self, call: Call) -> Document:
        document = self.one(call)
        del self.documents(call)[document["_id"]]
        return document

    def item_operations(
        self,
        table: OperationTable,
        template: str,
        fields: Callable[[Call], Document],
    ) -> None:
        """Declare GET (the document), PUT (replace it, 204) and DELETE (204) on one item."""

        def get_item(call: Call) -> Response:
            return json_response(self.one(call))

        def replace_item(call: Call) -> Response:
            self.one(call)  # an unknown id is a 404 before the fields' references are checked
            self.replace(call, fields(call))
            return no_content()

        def delete_item(call: Call) -> Response:
            self.remove(call)
            return no_content()

        table.operation("GET", template)(get_item)
        table.operation("PUT", template)(replace_item)
        table.operation("DELETE", template)(delete_item)
