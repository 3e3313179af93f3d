"""Importing the package is cheap: the machinery is imported when it is first used."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import stitch_admin_ext


def loaded_after(statement: str) -> set[str]:
    code = f"import sys\n{statement}\nprint(' '.join(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return set(result.stdout.split())


def test_importing_stitch_admin_loads_no_endpoint_model_or_optional_machinery() -> None:
    loaded = loaded_after("from stitch_admin_ext import StitchAdmin, AsyncStitchAdmin, errors")
    assert "stitch_admin_ext.admin" in loaded
    unwanted = {"attrs", "anyio", "asyncio", "httpx_retries", "stitch_admin_client.models"}
    assert not loaded & unwanted
    assert not [name for name in loaded if name.startswith("stitch_admin_client.api.")]


def test_every_exported_name_resolves() -> None:
    for name in stitch_admin_ext.__all__:
        assert getattr(stitch_admin_ext, name) is not None
    assert set(dir(stitch_admin_ext)) == set(stitch_admin_ext.__all__)
    assert stitch_admin_ext.RetryPolicy.__module__ == "stitch_admin_ext.retries"


def test_the_http_layer_is_split_by_concern() -> None:
    """URL rules, retries and the HTTP clients each have their module (no ``transport``)."""
    for name in ("urls", "retries", "http_clients"):
        module = importlib.import_module(f"stitch_admin_ext.{name}")
        assert module.__doc__
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("stitch_admin_ext.transport")
