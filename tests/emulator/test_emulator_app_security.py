"""The IP access list, private endpoints, non-VPC requests and refresh token lifetimes."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

MISSING_ID = "0123456789abcdef01234567"


def created(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def test_access_list_entries_are_checked_addresses(api: httpx.Client, app: str) -> None:
    path = f"{app}/security/access_list"
    assert api.get(path).json() == {"current_ip": "127.0.0.1", "allowed_ips": []}
    single = created(api.post(path, json={"address": "203.0.113.7", "comment": "office"}))
    assert single["ip"] == "203.0.113.7"
    assert "network" not in single
    assert single["includes_current"] is False
    block = created(api.post(path, json={"address": "10.1.2.3/8"}))
    assert (block["ip"], block["network"]) == ("10.1.2.3", "10.0.0.0/8")
    v6 = created(api.post(path, json={"address": "2001:db8::/32"}))
    assert v6["network"] == "2001:db8::/32"
    mine = created(api.post(path, json={"address": "ignored", "use_current": True}))
    assert (mine["address"], mine["includes_current"]) == ("127.0.0.1", True)
    listed = api.get(path).json()
    assert [e["address"] for e in listed["allowed_ips"]] == [
        "203.0.113.7",
        "10.1.2.3/8",
        "2001:db8::/32",
        "127.0.0.1",
    ]


@pytest.mark.parametrize("address", ["10.0.0.300", "10.0.0.0/33", "example.com", "1.2.3.4/x"])
def test_access_list_refuses_what_is_not_an_address(
    api: httpx.Client, app: str, address: str
) -> None:
    refused = api.post(f"{app}/security/access_list", json={"address": address})
    assert (refused.status_code, refused.json()["error_code"]) == (400, "InvalidIPAddress")


def test_access_list_entries_are_unique_blocks(api: httpx.Client, app: str) -> None:
    path = f"{app}/security/access_list"
    first = created(api.post(path, json={"address": "10.0.0.0/8"}))
    duplicate = api.post(path, json={"address": "10.9.9.9/8"})
    assert (duplicate.status_code, duplicate.json()["error_code"]) == (400, "DuplicateIPAddress")
    second = created(api.post(path, json={"address": "192.168.1.1"}))
    assert api.patch(f"{path}/{second['_id']}", json={"address": "10.0.0.0/8"}).status_code == 400
    changed = api.patch(f"{path}/{first['_id']}", json={"address": "10.0.0.0/16", "comment": "x"})
    assert changed.status_code == 201
    assert changed.json()["network"] == "10.0.0.0/16"
    assert api.put(f"{path}/{second['_id']}", json={"address": "192.168.1.2"}).status_code == 204
    assert [e["address"] for e in api.get(path).json()["allowed_ips"]] == [
        "10.0.0.0/16",
        "192.168.1.2",
    ]
    assert api.delete(f"{path}/{first['_id']}").status_code == 204
    assert api.delete(f"{path}/{first['_id']}").status_code == 404
    assert api.put(f"{path}/{MISSING_ID}", json={"address": "1.1.1.1"}).status_code == 404


def test_private_endpoint_services_follow_the_app_location(api: httpx.Client, group: str) -> None:
    local = created(
        api.post(
            f"{group}/apps",
            json={"name": "local", "deployment_model": "LOCAL", "location": "IE"},
        )
    )
    services = api.get(
        f"{group}/apps/{local['_id']}/security/private_endpoint_service_infos"
    ).json()
    assert [(s["cloud_provider_region"], s["endpoint_type"]) for s in services] == [
        ("aws-eu-west-1", "general"),
        ("aws-eu-west-1", "sync"),
    ]
    assert all(s["service_name"].startswith("com.amazonaws.vpce.eu-west-1.") for s in services)
    again = api.get(f"{group}/apps/{local['_id']}/security/private_endpoint_service_infos")
    assert again.json() == services


def endpoint(endpoint_id: str = "vpce-0123456789abcdef0", **fields: Any) -> dict[str, Any]:
    return {
        "cloud_provider_region": "aws-us-east-1",
        "cloud_provider_endpoint_id": endpoint_id,
        "endpoint_type": "general",
    } | fields


def test_private_endpoints_crud_and_checks(api: httpx.Client, app: str) -> None:
    path = f"{app}/security/private_endpoints"
    made = created(api.post(path, json=endpoint(comment="vpc a")))
    assert made["comment"] == "vpc a"
    assert api.get(f"{path}/{made['_id']}").json() == made
    assert api.post(path, json=endpoint()).json()["error_code"] == "DuplicatePrivateEndpoint"
    assert api.post(path, json=endpoint("vpc-123")).status_code == 400
    assert (
        api.post(
            path, json=endpoint("vpce-12345678", cloud_provider_region="gcp-us-east4")
        ).status_code
        == 400
    )
    replaced = api.put(f"{path}/{made['_id']}", json=endpoint(endpoint_type="sync"))
    assert (replaced.status_code, replaced.json()["endpoint_type"]) == (200, "sync")
    assert [e["_id"] for e in api.get(path).json()] == [made["_id"]]
    assert api.delete(f"{path}/{made['_id']}").status_code == 204
    assert api.get(f"{path}/{made['_id']}").status_code == 404


def test_non_vpc_requests_can_be_refused_only_with_a_private_endpoint(
    api: httpx.Client, app: str
) -> None:
    path = f"{app}/security/allow_non_vpc_client_requests"
    assert api.post(path, json={"allow_non_vpc_client_requests": False}).status_code == 400
    assert api.post(path, json={"allow_non_vpc_client_requests": True}).status_code == 204
    created(api.post(f"{app}/security/private_endpoints", json=endpoint()))
    assert api.post(path, json={"allow_non_vpc_client_requests": False}).status_code == 204


def test_refresh_token_expiration_defaults_and_bounds(api: httpx.Client, app: str) -> None:
    path = f"{app}/security/refresh_token_expiration"
    assert api.get(path).json() == {"expiration_time_seconds": 60 * 86400}
    assert api.put(path, json={"expiration_time_seconds": 3600}).status_code == 204
    assert api.get(path).json() == {"expiration_time_seconds": 3600}
    assert api.put(path, json={"expiration_time_seconds": 60}).status_code == 400
    assert api.put(path, json={"expiration_time_seconds": 200 * 86400}).status_code == 400
    assert api.get(path).json() == {"expiration_time_seconds": 3600}
    assert api.put(path, json={}).status_code == 204
    assert api.get(path).json() == {"expiration_time_seconds": 60 * 86400}
