"""The peer: openapi-generator's Python client, generated at bench time from our own document.

It is generated into ``.cache/bench/`` (ignored by git; reused while the document and the
generator version are the same) and imported from there. Its REST layer sends through a
``urllib3.PoolManager``; the benchmarks give it ``FakeConnectionPool``s, which answer with
``urllib3.HTTPResponse`` objects over the same bytes: the layer that ``httpx.MockTransport``
replaces for our client (everything above the connection pool runs for real in both).
"""

from __future__ import annotations

import hashlib
import io
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from importlib.metadata import version
from pathlib import Path
from types import ModuleType
from typing import Any, Final

import urllib3

from . import fixtures as fx

ROOT: Final = Path(__file__).resolve().parent.parent
SPEC: Final = ROOT / "openapi" / "stitch-admin-v3.yaml"
CACHE: Final = ROOT / ".cache" / "bench" / "openapi-generator"
PACKAGE: Final = "stitch_peer"


@dataclass(frozen=True)
class Generated:
    """Where the peer package is, and how it was made."""

    directory: Path
    command: str
    version: str
    operations: int


def generator_version() -> str:
    return version("openapi-generator-cli")


def _command(output: Path) -> list[str]:
    cli = shutil.which("openapi-generator-cli", path=str(Path(sys.executable).parent))
    if cli is None:
        raise RuntimeError("openapi-generator-cli is not installed (pip install '.[bench]')")
    if shutil.which("java") is None:
        raise RuntimeError(
            "Java is not installed: openapi-generator-cli runs its jar on a Java runtime"
            " (17 or later; e.g. apt-get install openjdk-17-jre-headless)"
        )
    return [
        cli,
        "generate",
        "--input-spec",
        str(SPEC.relative_to(ROOT)),
        "--generator-name",
        "python",
        "--output",
        str(output.relative_to(ROOT)),
        f"--additional-properties=packageName={PACKAGE},library=urllib3",
        "--global-property=apiTests=false,modelTests=false,apiDocs=false,modelDocs=false",
    ]


@cache
def generate() -> Generated:
    """Generate the peer client (once per document and generator version)."""
    release = generator_version()
    digest = hashlib.sha256(SPEC.read_bytes()).hexdigest()[:12]
    output = CACHE / f"{release}-{digest}"
    command = _command(output)
    if not (output / PACKAGE / "__init__.py").exists():
        shutil.rmtree(output, ignore_errors=True)
        output.mkdir(parents=True)
        result = subprocess.run(
            command, cwd=ROOT, capture_output=True, text=True, check=False, timeout=600
        )
        (output / "generator.log").write_text(result.stdout + result.stderr, encoding="utf-8")
        if result.returncode != 0:
            last = (result.stderr or result.stdout).strip().splitlines()[-1:] or ["no output"]
            raise RuntimeError(
                f"openapi-generator failed (exit {result.returncode}): {last[0][:200]}"
                f" (log: {output / 'generator.log'})"
            )
    api = output / PACKAGE / "api"
    operations = sum(
        text.count("_with_http_info(\n") for text in (p.read_text() for p in api.glob("*.py"))
    )
    shown = " ".join(shlex.quote(part) for part in ["openapi-generator-cli", *command[1:]])
    return Generated(output, shown, release, operations)


def load() -> ModuleType:
    generated = generate()
    if str(generated.directory) not in sys.path:
        sys.path.insert(0, str(generated.directory))
    return import_module(PACKAGE)


class FakeConnectionPool(urllib3.HTTPSConnectionPool):
    """A per-host pool that answers every request with the bytes it was given.

    urllib3's ``PoolManager`` still runs (URL parsing, pool selection, redirect and retry
    handling); only the pool's ``urlopen``, which would talk to the socket, is replaced.
    """

    body = b""

    def urlopen(self, method: str, url: str, *args: Any, **kwargs: Any) -> urllib3.HTTPResponse:
        return urllib3.HTTPResponse(
            body=io.BytesIO(self.body),
            headers=dict(fx.JSON_HEADERS),
            status=200,
            reason="OK",
            preload_content=kwargs.get("preload_content", True),
            decode_content=False,
            request_method=method,
            request_url=url,
        )


def api_client(body: bytes) -> Any:
    peer = load()
    configuration = peer.Configuration(host=fx.ORIGIN + fx.API_PATH, access_token=fx.fake_jwt())
    client = peer.ApiClient(configuration)
    pool_class = type("Pool", (FakeConnectionPool,), {"body": body})
    client.rest_client.pool_manager.pool_classes_by_scheme = {"https": pool_class}
    return client


@dataclass(frozen=True)
class LoopbackPeer:
    """The peer's API classes over a real urllib3 pool, talking to ``origin``."""

    apps: Any
    logs: Any


def loopback_client(origin: str) -> LoopbackPeer:
    peer = load()
    configuration = peer.Configuration(host=origin + fx.API_PATH, access_token=fx.fake_jwt())
    client = peer.ApiClient(configuration)
    return LoopbackPeer(peer.AppsApi(client), peer.LogsApi(client))


def app_call(body: bytes = fx.APP_BYTES) -> Any:
    apps = load().AppsApi(api_client(body))
    return lambda: apps.get_app(fx.GROUP_ID, fx.APP_ID)


def page_call(body: bytes = fx.LOG_PAGE_BYTES, *, read: bool = False) -> Any:
    logs = load().LogsApi(api_client(body))

    def call() -> object:
        page = logs.list_logs(fx.GROUP_ID, fx.APP_ID)
        if read:
            for entry in page.logs:
                entry.function_name  # noqa: B018 (a consumer reads each entry)
        return page

    return call


def unusable_operations() -> list[str]:
    """Operations the peer generated but cannot send, with the reason it gives."""
    peer = load()
    hosting = peer.HostingApi(api_client(b""))
    meta = peer.HostingAssetUploadMeta(app_id=fx.APP_ID, path="/a.txt", hash="0" * 32, size=1)
    try:
        hosting.upload_hosting_asset(fx.GROUP_ID, fx.APP_ID, "/a.txt", meta, b"x")
    except Exception as exc:
        reason = " ".join(str(exc).split())
        return [f"upload_hosting_asset (multipart/mixed): {type(exc).__name__}: {reason}"]
    return []
