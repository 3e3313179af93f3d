"""Compile openapi/stitch-admin-v3.yaml into generated/stitch_admin_client, or check it is current.

    python tools/generate.py            # validate, generate, replace generated/ atomically
    python tools/generate.py --check    # validate, generate into a temporary directory, diff

Generation always happens in a temporary directory first: a spec that fails validation, a
generator error or an unexpected generator warning leaves generated/ untouched. The only
warning accepted is the one for operations the generator cannot express, which the document
marks with ``x-stitch-admin-implemented-by`` (the multipart/mixed upload).

The modules of ``openapi/templates/static`` are plain Python, not templates: they are copied
into the package as they are (after the generator's own formatting, which they already meet).
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import surface
import yaml
from jsonschema.exceptions import ValidationError, best_match
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "stitch-admin-v3.yaml"
TEMPLATES = ROOT / "openapi" / "templates"
STATIC = TEMPLATES / "static"
CONFIG = ROOT / "generator-config.yaml"
PACKAGE = "stitch_admin_client"
TARGET = ROOT / "generated" / PACKAGE

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
# openapi-spec-validator validates with jsonschema-rs whenever that is installed (schemathesis
# brings it), and its errors carry no sub-errors: `describe` needs the pure-Python backend
# to name the most specific complaint. Read when the validator is first used.
os.environ.setdefault("OPENAPI_SPEC_VALIDATOR_SCHEMA_VALIDATOR_BACKEND", "jsonschema")


class GenerationError(Exception):
    """Generation failed; the message says why."""


def load_spec(spec: Path) -> dict[str, object]:
    """Parse and validate the document, or raise GenerationError with the validator's message."""
    try:
        with spec.open(encoding="utf-8") as handle:
            document = yaml.safe_load(handle)
    except (OSError, yaml.YAMLError) as exc:
        raise GenerationError(f"{spec} cannot be read: {exc}") from exc
    if not isinstance(document, dict):
        raise GenerationError(f"{spec} is not an OpenAPI document")
    try:
        validate(document)
    except OpenAPIValidationError as exc:
        raise GenerationError(f"{spec} is not valid OpenAPI 3.0: {describe(exc)}") from exc
    return document


def describe(error: ValidationError) -> str:
    """Where the document is wrong and why: the validator's most specific complaint."""
    specific = best_match(error.context) if error.context else None
    chosen = specific or error
    path = " > ".join(str(part) for part in chosen.absolute_path) or "the document root"
    return f"at {path}: {chosen.message}"


def delegated_operations(document: dict[str, object]) -> set[tuple[str, str]]:
    """(METHOD, path) of the operations the document says the extension layer implements."""
    found: set[tuple[str, str]] = set()
    paths = document.get("paths")
    if not isinstance(paths, dict):
        raise GenerationError("the document has no paths")
    for path, item in paths.items():
        for method, operation in item.items():
            if method in HTTP_METHODS and "x-stitch-admin-implemented-by" in operation:
                found.add((method.upper(), path))
    return found


# The only warning accepted: an operation the generator skips because it cannot express it.
_SKIPPED = re.compile(
    r"^WARNING parsing (?P<method>[A-Z]+) (?P<path>\S+) within \S+\."
    r" Endpoint will not be generated\.$"
)


def vet_output(output: str, delegated: set[tuple[str, str]]) -> None:
    """Fail on any generator warning or error other than skipping a delegated operation."""
    problems = []
    for block in re.split(r"\n(?=(?:WARNING|ERROR) )", output):
        first_line = block.strip().splitlines()[0] if block.strip() else ""
        if not first_line.startswith(("WARNING", "ERROR")):
            continue
        skipped = _SKIPPED.match(first_line)
        if skipped and (skipped["method"], skipped["path"]) in delegated:
            continue
        problems.append(block.strip())
    if problems or "Error(s) encountered" in output:
        raise GenerationError(
            "the generator reported problems:\n" + "\n\n".join(problems or [output])
        )


def generate_into(directory: Path, spec: Path, document: dict[str, object]) -> Path:
    """Run the generator into ``directory`` and return the package path."""
    package = directory / PACKAGE
    env = dict(os.environ)
    # The post hooks call ruff: use the one installed next to this interpreter.
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    command = [
        sys.executable,
        "-m",
        "openapi_python_client",
        "generate",
        "--path",
        str(spec),
        "--config",
        str(CONFIG),
        "--custom-template-path",
        str(TEMPLATES),
        "--meta",
        "none",
        "--output-path",
        str(package),
    ]
    result = subprocess.run(
        command, capture_output=True, text=True, env=env, cwd=directory, check=False
    )
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0 or not (package / "__init__.py").exists():
        raise GenerationError(f"openapi-python-client failed (exit {result.returncode}):\n{output}")
    vet_output(output, delegated_operations(document))
    for module in sorted(STATIC.glob("*.py")):
        shutil.copyfile(module, package / module.name)
    try:
        bound = surface.write_surface(document, package)
    except surface.SurfaceError as exc:
        raise GenerationError(f"the bound surface cannot be generated: {exc}") from exc
    format_modules([str(path) for path in bound], directory, env)
    (package / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
    for cache in package.rglob("__pycache__"):
        shutil.rmtree(cache)
    shutil.rmtree(package / ".ruff_cache", ignore_errors=True)
    return package


def format_modules(paths: list[str], cwd: Path, env: dict[str, str]) -> None:
    """Format generated modules as the generator's post hooks format its own output."""
    options = ["--isolated", "--target-version", "py311", "--line-length", "100", "--quiet"]
    for command in (
        ["ruff", "check", *options, "--select", "F401,I", "--fix-only", *paths],
        ["ruff", "format", *options, *paths],
    ):
        result = subprocess.run(
            command, capture_output=True, text=True, env=env, cwd=cwd, check=False
        )
        if result.returncode != 0:
            raise GenerationError(
                f"{' '.join(command[:2])} failed:\n{result.stdout}{result.stderr}"
            )


def tree_files(root: Path) -> set[str]:
    return {
        path.relative_to(root).as_posix()
        for path in root.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and ".ruff_cache" not in path.parts
    }


def differences(fresh: Path, committed: Path) -> list[str]:
    """A readable summary of how ``committed`` differs from ``fresh`` (empty when identical)."""
    fresh_files = tree_files(fresh)
    committed_files = tree_files(committed) if committed.exists() else set()
    lines = [f"missing: {name}" for name in sorted(fresh_files - committed_files)]
    lines += [f"not generated: {name}" for name in sorted(committed_files - fresh_files)]
    for name in sorted(fresh_files & committed_files):
        if filecmp.cmp(fresh / name, committed / name, shallow=False):
            continue
        lines.append(f"differs: {name}")
        diff = difflib.unified_diff(
            (committed / name).read_text(encoding="utf-8").splitlines(),
            (fresh / name).read_text(encoding="utf-8").splitlines(),
            f"{committed.name}/{name}",
            "fresh generation",
            lineterm="",
            n=1,
        )
        lines.extend("    " + line for line in list(diff)[:20])
    return lines


def replace_target(package: Path, target: Path) -> None:
    """Swap the fresh package into place so that no half-written tree is ever left."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.parent / f".{PACKAGE}.new"
    retired = target.parent / f".{PACKAGE}.old"
    for leftover in (staging, retired):
        shutil.rmtree(leftover, ignore_errors=True)
    shutil.copytree(package, staging)
    if target.exists():
        target.rename(retired)
    staging.rename(target)
    shutil.rmtree(retired, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="fail if the target differs from a fresh generation"
    )
    parser.add_argument(
        "--spec", type=Path, default=SPEC, help="the OpenAPI document (default: %(default)s)"
    )
    parser.add_argument(
        "--target", type=Path, default=TARGET, help="the package directory (default: %(default)s)"
    )
    args = parser.parse_args()
    spec: Path = args.spec.resolve()
    target: Path = args.target.resolve()
    try:
        document = load_spec(spec)
        with tempfile.TemporaryDirectory(prefix="stitch-admin-gen-") as tmp:
            package = generate_into(Path(tmp), spec, document)
            if args.check:
                lines = differences(package, target)
                if lines:
                    print(
                        f"{target} is out of date with the spec; run `make generate`:",
                        file=sys.stderr,
                    )
                    print("\n".join(lines), file=sys.stderr)
                    return 1
                print(f"{PACKAGE} matches a fresh generation ({len(tree_files(package))} files)")
                return 0
            replace_target(package, target)
            print(f"{PACKAGE}: {len(tree_files(target))} files written to {target}")
            return 0
    except GenerationError as exc:
        print(f"generation failed: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
