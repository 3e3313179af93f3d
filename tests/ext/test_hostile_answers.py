"""Answers a broken or hostile service may give, each pinned after the response fuzzer found
the SDK mishandling it (tests/fuzz): the SDK must end in a typed result or a StitchAdminError
whose text holds no secret."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from support.fake_auth import PRIVATE_KEY, FakeAuthService

from stitch_admin_ext import StitchAdmin, errors

BASE = "https://stitch.example"
G, A, D = "5e8f00000000000000000001", "6a7b8c9d0e1f2a3b4c5d6e7f", "0123456789abcdef01234567"


def test_deployment_errors_pass_service_data_through_the_redactor(
    admin: StitchAdmin, service: FakeAuthService
) -> None:
    failed = {"_id": PRIVATE_KEY, "status": "failed", "status_error_message": f"no {PRIVATE_KEY}"}
    service.routes["/deployment"] = lambda request: httpx.Response(201, json=failed)
    with pytest.raises(errors.DeploymentFailedError) as caught:
        admin.deploy_draft(G, A, D)
    assert "failed" in str(caught.value)
    service.routes["/deployment"] = lambda request: httpx.Response(
        201, json={"_id": D, "status": f"stuck-{PRIVATE_KEY}"}
    )
    service.routes[f"/deployments/{D}"] = lambda request: httpx.Response(
        200, json={"_id": D, "status": f"stuck-{PRIVATE_KEY}"}
    )
    with pytest.raises(errors.DeploymentTimeoutError) as timed_out:
        admin.deploy_draft(G, A, D, timeout=0.001)
    for error in (caught.value, timed_out.value):
        assert PRIVATE_KEY not in str(error)
        assert PRIVATE_KEY not in repr(error)


@pytest.mark.parametrize(
    "content",
    [b"[" * 100_000, b'{"api_url": ' + b"[" * 5_000 + b"]" * 5_000 + b"}", b"\xff\xfe", b"[]"],
)
def test_a_mangled_session_file_is_refused_with_invalid_argument_error(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "admin-session.json"
    path.write_bytes(content)
    path.chmod(0o600)
    with pytest.raises(errors.InvalidArgumentError, match="is not a saved session"):
        StitchAdmin.resume(tmp_path, base_url=BASE)
