"""The cloud regions applications can be deployed to: the service's reference table.

Each region has the id the API uses (`provider_region`, such as `aws-us-east-1`), a name, its
cloud provider and country, the deployment models it offers, and the older location code
(`location`, such as `US-VA`) that applications also carry. Global applications are served
from every global region and live in one of them; local applications live in any region.
"""

from __future__ import annotations

import attrs

GLOBAL, LOCAL = "GLOBAL", "LOCAL"


@attrs.frozen
class Region:
    id: str
    name: str
    cloud_provider: str
    country: str
    location: str
    global_too: bool = False

    @property
    def deployment_models(self) -> list[str]:
        return [GLOBAL, LOCAL] if self.global_too else [LOCAL]

    def document(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "cloud_provider": self.cloud_provider,
            "country": self.country,
            "deployment_models": self.deployment_models,
        }


REGIONS = (
    Region("aws-us-east-1", "Virginia (us-east-1)", "aws", "usa", "US-VA", global_too=True),
    Region("aws-us-west-2", "Oregon (us-west-2)", "aws", "usa", "US-OR", global_too=True),
    Region("aws-us-east-2", "Ohio (us-east-2)", "aws", "usa", "US-OH"),
    Region("aws-eu-central-1", "Frankfurt (eu-central-1)", "aws", "germany", "DE-FF"),
    Region("aws-eu-west-1", "Ireland (eu-west-1)", "aws", "ireland", "IE", global_too=True),
    Region("aws-eu-west-2", "London (eu-west-2)", "aws", "uk", "GB"),
    Region("aws-ap-southeast-1", "Singapore (ap-southeast-1)", "aws", "singapore", "SG"),
    Region(
        "aws-ap-southeast-2", "Sydney (ap-southeast-2)", "aws", "australia", "AU", global_too=True
    ),
    Region("aws-ap-south-1", "Mumbai (ap-south-1)", "aws", "india", "IN-MB"),
    Region("aws-sa-east-1", "São Paulo (sa-east-1)", "aws", "brazil", "BR-SP"),
    Region("azure-eastus2", "Virginia (eastus2)", "azure", "usa", "US-VA"),
    Region("azure-westus", "California (westus)", "azure", "usa", "US-CA"),
    Region("azure-westeurope", "Netherlands (westeurope)", "azure", "netherlands", "NL"),
    Region("azure-eastasia", "Hong Kong (eastasia)", "azure", "hong kong", "HK"),
    Region("azure-southeastasia", "Singapore (southeastasia)", "azure", "singapore", "SG"),
    Region("gcp-us-central1", "Iowa (us-central1)", "gcp", "usa", "US-IA"),
    Region("gcp-us-east4", "Virginia (us-east4)", "gcp", "usa", "US-VA"),
    Region("gcp-us-west1", "Oregon (us-west1)", "gcp", "usa", "US-OR"),
    Region("gcp-europe-west1", "Belgium (europe-west1)", "gcp", "belgium", "BE"),
    Region("gcp-asia-south1", "Mumbai (asia-south1)", "gcp", "india", "IN-MB"),
)
BY_ID = {region.id: region for region in REGIONS}


def for_location(location: str) -> Region | None:
    """The AWS region of an older location code (the one applications had before other
    clouds), if there is one."""
    return next((r for r in REGIONS if r.location == location and r.cloud_provider == "aws"), None)


def allows(region: Region, deployment_model: str) -> bool:
    return deployment_model in region.deployment_models
