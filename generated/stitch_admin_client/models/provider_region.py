from enum import StrEnum
from typing import Any, ClassVar, Self, cast


class ProviderRegion(StrEnum):
    """A cloud provider and region an application can be deployed to.

    A value this client does not know yet is kept as it came (see ``is_known``), so that a new
    value on the service breaks nobody and round-trips unchanged.
    """

    AWS_AP_SOUTHEAST_1 = "aws-ap-southeast-1"
    AWS_AP_SOUTHEAST_2 = "aws-ap-southeast-2"
    AWS_AP_SOUTH_1 = "aws-ap-south-1"
    AWS_EU_CENTRAL_1 = "aws-eu-central-1"
    AWS_EU_WEST_1 = "aws-eu-west-1"
    AWS_EU_WEST_2 = "aws-eu-west-2"
    AWS_SA_EAST_1 = "aws-sa-east-1"
    AWS_US_EAST_1 = "aws-us-east-1"
    AWS_US_EAST_2 = "aws-us-east-2"
    AWS_US_WEST_2 = "aws-us-west-2"
    AZURE_EASTASIA = "azure-eastasia"
    AZURE_EASTUS2 = "azure-eastus2"
    AZURE_SOUTHEASTASIA = "azure-southeastasia"
    AZURE_WESTEUROPE = "azure-westeurope"
    AZURE_WESTUS = "azure-westus"
    GCP_ASIA_SOUTH1 = "gcp-asia-south1"
    GCP_EUROPE_WEST1 = "gcp-europe-west1"
    GCP_US_CENTRAL1 = "gcp-us-central1"
    GCP_US_EAST4 = "gcp-us-east4"
    GCP_US_WEST1 = "gcp-us-west1"

    # Value -> member, for the decoding code of the models (filled below the class).
    _by_value: ClassVar[dict[str, "ProviderRegion"]]

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


ProviderRegion._by_value = cast(dict[str, ProviderRegion], ProviderRegion._value2member_map_)
