from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="DraftDiff")


@_attrs_define
class DraftDiff:
    """What a draft changes, compared with the deployed application.

    Attributes:
        diffs (list[str]): One line-by-line diff per changed configuration file.
        hosting_files_diff (HostingFilesDiff | Unset): The hosted files a draft adds, deletes and changes.
        dependencies_diff (DependenciesDiff | Unset): What installing an archive would add, remove and change.
        graphql_config_diff (GraphqlConfigDiff | Unset): The GraphQL settings a draft changes.
        schema_options_diff (SchemaOptionsDiff | Unset): The validation settings a draft changes.
    """

    diffs: list[str]
    hosting_files_diff: HostingFilesDiff | Unset = UNSET
    dependencies_diff: DependenciesDiff | Unset = UNSET
    graphql_config_diff: GraphqlConfigDiff | Unset = UNSET
    schema_options_diff: SchemaOptionsDiff | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        diffs = self.diffs

        hosting_files_diff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hosting_files_diff, Unset):
            hosting_files_diff = self.hosting_files_diff.to_dict()

        dependencies_diff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dependencies_diff, Unset):
            dependencies_diff = self.dependencies_diff.to_dict()

        graphql_config_diff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.graphql_config_diff, Unset):
            graphql_config_diff = self.graphql_config_diff.to_dict()

        schema_options_diff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema_options_diff, Unset):
            schema_options_diff = self.schema_options_diff.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "diffs": diffs,
            }
        )
        if hosting_files_diff is not UNSET:
            field_dict["hosting_files_diff"] = hosting_files_diff
        if dependencies_diff is not UNSET:
            field_dict["dependencies_diff"] = dependencies_diff
        if graphql_config_diff is not UNSET:
            field_dict["graphql_config_diff"] = graphql_config_diff
        if schema_options_diff is not UNSET:
            field_dict["schema_options_diff"] = schema_options_diff

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
            else dict(_t.expect_mapping(src_dict, "DraftDiff"))
        )
        pop = d.pop
        _diffs = pop("diffs")
        if _diffs.__class__ is not list:
            _diffs = _t.expect_list(_diffs, "diffs")
        diffs = []
        for diffs_item_data in _diffs:
            diffs_item = diffs_item_data
            if diffs_item.__class__ is not str:
                diffs_item = _t.expect_str(diffs_item, "diffs_item")

            diffs.append(diffs_item)

        _hosting_files_diff = pop("hosting_files_diff", UNSET)
        hosting_files_diff: HostingFilesDiff | Unset
        if _hosting_files_diff is UNSET or _hosting_files_diff is None:
            hosting_files_diff = UNSET
        else:
            hosting_files_diff = HostingFilesDiff.from_dict(_hosting_files_diff)

        _dependencies_diff = pop("dependencies_diff", UNSET)
        dependencies_diff: DependenciesDiff | Unset
        if _dependencies_diff is UNSET or _dependencies_diff is None:
            dependencies_diff = UNSET
        else:
            dependencies_diff = DependenciesDiff.from_dict(_dependencies_diff)

        _graphql_config_diff = pop("graphql_config_diff", UNSET)
        graphql_config_diff: GraphqlConfigDiff | Unset
        if _graphql_config_diff is UNSET or _graphql_config_diff is None:
            graphql_config_diff = UNSET
        else:
            graphql_config_diff = GraphqlConfigDiff.from_dict(_graphql_config_diff)

        _schema_options_diff = pop("schema_options_diff", UNSET)
        schema_options_diff: SchemaOptionsDiff | Unset
        if _schema_options_diff is UNSET or _schema_options_diff is None:
            schema_options_diff = UNSET
        else:
            schema_options_diff = SchemaOptionsDiff.from_dict(_schema_options_diff)

        self.diffs = diffs
        self.hosting_files_diff = hosting_files_diff
        self.dependencies_diff = dependencies_diff
        self.graphql_config_diff = graphql_config_diff
        self.schema_options_diff = schema_options_diff
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


from ..models.dependencies_diff import DependenciesDiff  # noqa: E402
from ..models.graphql_config_diff import GraphqlConfigDiff  # noqa: E402
from ..models.hosting_files_diff import HostingFilesDiff  # noqa: E402
from ..models.schema_options_diff import SchemaOptionsDiff  # noqa: E402
