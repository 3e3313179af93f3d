"""How much of the official Admin API document our document types, operation by operation.

    python tools/api_coverage.py --official official.yaml            # report, exit 1 below 95 %
    python tools/api_coverage.py                                     # the same, from tests/data
    python tools/api_coverage.py --official official.yaml --write-data   # refresh tests/data

A *field* is a property name at a place in a request or response body: ``config.service_id``,
``logs[].type`` (``[]`` stands for the items of an array, ``*`` for the values of a map). The
fields of a body are gathered through ``$ref``, ``allOf``, ``oneOf``, ``anyOf``, ``items``,
``additionalProperties`` and discriminator mappings: every kind a union or a polymorphic base
allows contributes its fields. A field of the
official document is *typed* by ours when our document names the same property at the same
place for the same operation (whatever type it gives it); a field that only survives as an
unknown key of an open object is not.

Operations are matched by method and path, path parameters normalized (``{groupId}`` and
``{group_id}`` are the same segment). The official document writes the administrator login with
a literal provider (``/auth/providers/mongodb-cloud/login``); ours keeps the parameter.

The official document is the one published in ``mongodb/docs-app-services``
(``source/openapi-admin-v3.yaml``). The tests do not read it: ``--write-data`` stores its
operations (``tests/data/official_operations.txt``) and its fields per operation
(``tests/data/official_fields.json``), which is all a report needs.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "stitch-admin-v3.yaml"
DATA = ROOT / "tests" / "data"
OPERATIONS_FILE = DATA / "official_operations.txt"
FIELDS_FILE = DATA / "official_fields.json"

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
# Official paths that name what our document keeps as a parameter.
LITERAL_SEGMENTS = {"/auth/providers/mongodb-cloud/login": "/auth/providers/{}/login"}
# Bodies deeper than this are not followed (the documents' recursive schemas end earlier).
MAX_DEPTH = 12

Fields = dict[str, frozenset[str]]  # "request" / "response" -> field paths


def normalize(path: str) -> str:
    """A path with its parameters reduced to ``{}``, so that parameter names do not matter."""
    path = LITERAL_SEGMENTS.get(path, path)
    return re.sub(r"\{[^}/]*\}", "{}", path)


def load(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        document: dict[str, Any] = yaml.safe_load(handle)
    return document


class Walker:
    """Gathers the field paths of schemas of one document."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document

    def resolve(self, ref: str) -> Any:
        node: Any = self.document
        for token in ref.removeprefix("#/").split("/"):
            node = node[token.replace("~1", "/").replace("~0", "~")]
        return node

    def fields(self, schema: Any) -> frozenset[str]:
        found: set[str] = set()
        self._walk(schema, "", found, (), 0)
        return frozenset(found)

    def _walk(
        self, schema: Any, prefix: str, found: set[str], refs: tuple[str, ...], depth: int
    ) -> None:
        if not isinstance(schema, Mapping) or depth > MAX_DEPTH:
            return
        ref = schema.get("$ref")
        if isinstance(ref, str):
            if ref in refs:  # recursion: the fields below are already counted once
                return
            self._walk(self.resolve(ref), prefix, found, (*refs, ref), depth)
        for keyword in ("allOf", "oneOf", "anyOf"):
            for option in schema.get(keyword) or ():
                self._walk(option, prefix, found, refs, depth)
        # A polymorphic base stands for each kind its discriminator maps to.
        mapping = (schema.get("discriminator") or {}).get("mapping") or {}
        for target in mapping.values():
            self._walk({"$ref": target}, prefix, found, refs, depth)
        for name, sub in (schema.get("properties") or {}).items():
            path = f"{prefix}.{name}" if prefix else str(name)
            found.add(path)
            self._walk(sub, path, found, refs, depth + 1)
        if isinstance(schema.get("items"), Mapping):
            self._walk(schema["items"], prefix + "[]", found, refs, depth + 1)
        extra = schema.get("additionalProperties")
        if isinstance(extra, Mapping) and extra:
            self._walk(extra, f"{prefix}.*" if prefix else "*", found, refs, depth + 1)

    def _body_fields(self, body: Any) -> frozenset[str]:
        if isinstance(body, Mapping) and "$ref" in body:
            body = self.resolve(body["$ref"])
        found: set[str] = set()
        for media in ((body or {}).get("content") or {}).values():
            found |= self.fields((media or {}).get("schema"))
        return frozenset(found)

    def operations(self) -> dict[str, Fields]:
        """``"METHOD /path"`` (as written) -> its request and success response fields."""
        result: dict[str, Fields] = {}
        for path, item in self.document["paths"].items():
            for method in HTTP_METHODS:
                operation = item.get(method)
                if operation is None:
                    continue
                responses: set[str] = set()
                for code, response in (operation.get("responses") or {}).items():
                    if str(code).startswith("2"):
                        responses |= self._body_fields(response)
                result[f"{method.upper()} {path}"] = {
                    "request": self._body_fields(operation.get("requestBody")),
                    "response": frozenset(responses),
                }
        return result


@attrs.frozen
class OperationCoverage:
    key: str  # the official "METHOD /path"
    ours: str | None  # our "METHOD /path", None when our document lacks the operation
    official: int
    typed: int
    missing: tuple[str, ...]

    @property
    def share(self) -> float:
        return 1.0 if self.official == 0 else self.typed / self.official


def by_normalized_key(operations: Mapping[str, Fields]) -> dict[str, str]:
    found = {}
    for key in operations:
        method, path = key.split(" ", 1)
        found[f"{method} {normalize(path)}"] = key
    return found


def coverage(official: Mapping[str, Fields], ours: Mapping[str, Fields]) -> list[OperationCoverage]:
    """One entry per official operation, in the official document's order."""
    ours_by_key = by_normalized_key(ours)
    report = []
    for key, fields in official.items():
        method, path = key.split(" ", 1)
        mine = ours_by_key.get(f"{method} {normalize(path)}")
        expected = {(part, name) for part, names in fields.items() for name in names}
        have = (
            set()
            if mine is None
            else {(part, name) for part, names in ours[mine].items() for name in names}
        )
        missing = sorted(f"{part}: {name}" for part, name in expected - have)
        report.append(
            OperationCoverage(
                key, mine, len(expected), len(expected) - len(missing), tuple(missing)
            )
        )
    return report


def overall(report: list[OperationCoverage]) -> float:
    shared = [entry for entry in report if entry.ours is not None]
    total = sum(entry.official for entry in shared)
    return 1.0 if total == 0 else sum(entry.typed for entry in shared) / total


def read_data() -> dict[str, Fields]:
    """The official operations and their fields, as stored in tests/data."""
    stored = json.loads(FIELDS_FILE.read_text(encoding="utf-8"))
    keys = [line for line in OPERATIONS_FILE.read_text(encoding="utf-8").splitlines() if line]
    return {
        key: {
            part: frozenset(stored.get(key, {}).get(part, [])) for part in ("request", "response")
        }
        for key in keys
    }


def write_data(official: Mapping[str, Fields]) -> None:
    OPERATIONS_FILE.write_text("".join(f"{key}\n" for key in official), encoding="utf-8")
    stored = {
        key: {part: sorted(names) for part, names in fields.items() if names}
        for key, fields in official.items()
    }
    FIELDS_FILE.write_text(json.dumps(stored, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def report_lines(
    report: list[OperationCoverage], *, worst: int, show_missing: bool
) -> Iterator[str]:
    shared = [entry for entry in report if entry.ours is not None]
    absent = [entry for entry in report if entry.ours is None]
    fields = sum(entry.official for entry in shared)
    typed = sum(entry.typed for entry in shared)
    yield (
        f"official operations: {len(report)}; in our document: {len(shared)};"
        f" missing: {len(absent)}"
    )
    yield f"official fields on shared operations: {fields}; typed by ours: {typed}"
    yield f"overall: {overall(report):.1%}"
    for entry in absent:
        yield f"  not in our document: {entry.key}"
    ranked = sorted(shared, key=lambda entry: (entry.share, -entry.official, entry.key))
    yield f"the {min(worst, len(ranked))} least covered operations:"
    for entry in ranked[:worst]:
        yield f"  {entry.share:7.1%}  {entry.typed:>4}/{entry.official:<4} {entry.key}"
        if show_missing:
            for name in entry.missing:
                yield f"             untyped {name}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--official", type=Path, help="the official document (default: the data in tests/data)"
    )
    parser.add_argument("--spec", type=Path, default=SPEC, help="our document")
    parser.add_argument(
        "--threshold",
        type=float,
        default=0.95,
        help="least share of official fields every shared operation types (default: 0.95)",
    )
    parser.add_argument("--worst", type=int, default=10, help="how many operations to list")
    parser.add_argument("--missing", action="store_true", help="list the untyped fields too")
    parser.add_argument(
        "--write-data", action="store_true", help="store the official operations in tests/data"
    )
    args = parser.parse_args(argv)
    if args.official is not None:
        official = Walker(load(args.official)).operations()
        if args.write_data:
            write_data(official)
    elif args.write_data:
        parser.error("--write-data needs --official")
    else:
        official = read_data()
    report = coverage(official, Walker(load(args.spec)).operations())
    for line in report_lines(report, worst=args.worst, show_missing=args.missing):
        print(line)
    failures = [e for e in report if e.ours is None or e.share < args.threshold]
    if failures:
        print(
            f"{len(failures)} operation(s) missing or below {args.threshold:.0%}",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
