from enum import StrEnum
from typing import Any, ClassVar, Self, cast


class ValidationErrorCode(StrEnum):
    """Why documents failed validation.

    A value this client does not know yet is kept as it came (see ``is_known``), so that a new
    value on the service breaks nobody and round-trips unchanged.
    """

    ADDITIONAL_PROPERTY_NOT_ALLOWED = "additional_property_not_allowed"
    ARRAY_MAX_ITEMS = "array_max_items"
    ARRAY_MAX_PROPERTIES = "array_max_properties"
    ARRAY_MIN_ITEMS = "array_min_items"
    ARRAY_MIN_PROPERTIES = "array_min_properties"
    ARRAY_NO_ADDITIONAL_ITEMS = "array_no_additional_items"
    CONDITION_ELSE = "condition_else"
    CONDITION_THEN = "condition_then"
    CONST = "const"
    CONTAINS = "contains"
    ENUM = "enum"
    FALSE = "false"
    FORMAT = "format"
    INTERNAL = "internal"
    INVALID_PROPERTY_NAME = "invalid_property_name"
    INVALID_PROPERTY_PATTERN = "invalid_property_pattern"
    INVALID_TYPE = "invalid_type"
    MISSING_DEPENDENCY = "missing_dependency"
    MULTIPLE_OF = "multiple_of"
    NUMBER_ALL_OF = "number_all_of"
    NUMBER_ANY_OF = "number_any_of"
    NUMBER_GT = "number_gt"
    NUMBER_GTE = "number_gte"
    NUMBER_LT = "number_lt"
    NUMBER_LTE = "number_lte"
    NUMBER_NOT = "number_not"
    NUMBER_ONE_OF = "number_one_of"
    PATTERN = "pattern"
    REQUIRED = "required"
    STRING_GT = "string_gt"
    STRING_GTE = "string_gte"
    STRING_LT = "string_lt"
    STRING_LTE = "string_lte"
    UNIQUE = "unique"

    # Value -> member, for the decoding code of the models (filled below the class).
    _by_value: ClassVar[dict[str, "ValidationErrorCode"]]

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        # An unknown string becomes a pseudo-member that is not added to the class, so iterating
        # the enum still lists only the documented values.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @classmethod
    def _from_json(cls, value: Any, field: str) -> Self:
        """The member for a decoded JSON value; the constructor's work is needed only for others."""
        if value.__class__ is not str:
            raise TypeError(f"field {field!r} should be a string, not {type(value).__name__}")
        member = cls._value2member_map_.get(value)
        return cls(value) if member is None else cast(Self, member)

    @property
    def is_known(self) -> bool:
        """Whether the value is one this client was generated with."""
        return self._value_ in type(self)._value2member_map_


ValidationErrorCode._by_value = cast(
    dict[str, ValidationErrorCode], ValidationErrorCode._value2member_map_
)
