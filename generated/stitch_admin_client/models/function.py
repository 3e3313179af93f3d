from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="Function")


@_attrs_define
class Function:
    """A serverless function. Lists carry only `_id` and `name`.

    Attributes:
        id (str):
        name (str):
        source (str | Unset): The ES6 source; it assigns the function to `exports`.
        private (bool | Unset): Hidden from client applications; still callable from other functions and triggers.
        can_evaluate (JsonObject | Unset): A JSON object whose fields depend on context (configuration, expressions,
            ...).
        run_as_system (bool | Unset): Runs as the system user, bypassing rules.
        run_as_user_id (str | Unset): Runs as this application user.
        run_as_user_id_script_source (str | Unset): A function source that returns the id of the user to run as.
        last_modified (int | Unset):
    """

    id: str
    name: str
    source: str | Unset = UNSET
    private: bool | Unset = UNSET
    can_evaluate: JsonObject | Unset = UNSET
    run_as_system: bool | Unset = UNSET
    run_as_user_id: str | Unset = UNSET
    run_as_user_id_script_source: str | Unset = UNSET
    last_modified: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        source = self.source

        private = self.private

        can_evaluate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.can_evaluate, Unset):
            can_evaluate = self.can_evaluate.to_dict()

        run_as_system = self.run_as_system

        run_as_user_id = self.run_as_user_id

        run_as_user_id_script_source = self.run_as_user_id_script_source

        last_modified = self.last_modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "name": name,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source
        if private is not UNSET:
            field_dict["private"] = private
        if can_evaluate is not UNSET:
            field_dict["can_evaluate"] = can_evaluate
        if run_as_system is not UNSET:
            field_dict["run_as_system"] = run_as_system
        if run_as_user_id is not UNSET:
            field_dict["run_as_user_id"] = run_as_user_id
        if run_as_user_id_script_source is not UNSET:
            field_dict["run_as_user_id_script_source"] = run_as_user_id_script_source
        if last_modified is not UNSET:
            field_dict["last_modified"] = last_modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls.__new__(cls)._decode(src_dict)

    def _decode(self: T, src_dict: Mapping[str, Any]) -> T:
        # Fills a new instance, bypassing __init__: every field is decoded into a local first and
        # assigned only once all of them are, so that a failure leaves no field set.
        d = (
            dict(src_dict)
            if src_dict.__class__ is dict
            else dict(_t.expect_mapping(src_dict, "Function"))
        )
        pop = d.pop
        id = pop("_id")
        if id.__class__ is not str:
            id = _t.expect_str(id, "_id")

        name = pop("name")
        if name.__class__ is not str:
            name = _t.expect_str(name, "name")

        source = pop("source", UNSET)
        if source.__class__ is not str and source is not UNSET:
            source = _t.optional_str(source, "source")

        private = pop("private", UNSET)
        if private.__class__ is not bool and private is not UNSET:
            private = _t.optional_bool(private, "private")

        _can_evaluate = pop("can_evaluate", UNSET)
        can_evaluate: JsonObject | Unset
        if _can_evaluate is UNSET or _can_evaluate is None:
            can_evaluate = UNSET
        else:
            can_evaluate = JsonObject.from_dict(_can_evaluate)

        run_as_system = pop("run_as_system", UNSET)
        if run_as_system.__class__ is not bool and run_as_system is not UNSET:
            run_as_system = _t.optional_bool(run_as_system, "run_as_system")

        run_as_user_id = pop("run_as_user_id", UNSET)
        if run_as_user_id.__class__ is not str and run_as_user_id is not UNSET:
            run_as_user_id = _t.optional_str(run_as_user_id, "run_as_user_id")

        run_as_user_id_script_source = pop("run_as_user_id_script_source", UNSET)
        if (
            run_as_user_id_script_source.__class__ is not str
            and run_as_user_id_script_source is not UNSET
        ):
            run_as_user_id_script_source = _t.optional_str(
                run_as_user_id_script_source, "run_as_user_id_script_source"
            )

        last_modified = pop("last_modified", UNSET)
        if last_modified.__class__ is not int and last_modified is not UNSET:
            last_modified = _t.optional_int(last_modified, "last_modified")

        self.id = id
        self.name = name
        self.source = source
        self.private = private
        self.can_evaluate = can_evaluate
        self.run_as_system = run_as_system
        self.run_as_user_id = run_as_user_id
        self.run_as_user_id_script_source = run_as_user_id_script_source
        self.last_modified = last_modified
        # What is left of the copy: its table is sized for every field, so a fresh dict.
        self.additional_properties = dict(d) if d else {}
        return self

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.json_object import JsonObject  # noqa: E402
