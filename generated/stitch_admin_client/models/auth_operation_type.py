from enum import StrEnum
from typing import Any, ClassVar, Self, cast


class AuthOperationType(StrEnum):
    """An authentication event kind an authentication trigger fires on.

    A value this client does not know yet is kept as it came (see ``is_known``), so that a new
    value on the service breaks nobody and round-trips unchanged.
    """

    CREATE = "CREATE"
    DELETE = "DELETE"
    LOGIN = "LOGIN"

    # Value -> member, for the decoding code of the models (filled below the class).
    _by_value: ClassVar[dict[str, "AuthOperationType"]]

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


AuthOperationType._by_value = cast(
    dict[str, AuthOperationType], AuthOperationType._value2member_map_
)
