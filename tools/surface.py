"""Generate the bound surface: every operation of the document as a method of a namespace.

Run by ``tools/generate.py`` after openapi-python-client, on the freshly generated package. It
writes ``stitch_admin_client/bound/``:

- one module per namespace (a tag's ``x-stitch-namespace``), holding a class per scope the
  tag's paths live at: ``Admin<Name>`` (no group in the path), ``Group<Name>`` (below
  ``/groups/{groupId}``) and ``App<Name>`` (below ``/groups/{groupId}/apps/{appId}``), each with
  an ``Async`` twin. A method per operation, named by the operation's ``x-stitch-method`` or by
  its operation id without the namespace's noun (``create_function`` -> ``functions.create``);
- ``__init__.py`` with the scopes (``AdminScope``, ``GroupScope``, ``AppScope`` and their
  ``Async`` twins), whose properties are the namespaces, imported on first use.

The Python types come from the generated code itself, read with ``ast``: each endpoint module's
``sync`` signature (path and query parameters, body, result) and each body model's fields. A
body whose schema is an object becomes keyword arguments named like its JSON fields, typed from
the model's fields and widened to take plain JSON values (a model or a mapping, an enumeration
or its string, an aware datetime or an ISO string, any sequence for a list); or one ``body=``.
Results are the success model; ``None`` for deletes and for updates the service answers 204; one
list type for list operations.
"""

from __future__ import annotations

import ast
import keyword
import re
import textwrap
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs

HTTP_METHODS = ("get", "put", "post", "patch", "delete")
APP_PREFIX = "/groups/{groupId}/apps/{appId}"
GROUP_PREFIX = "/groups/{groupId}"
SCOPES = {"admin": (), "group": ("group_id",), "app": ("group_id", "app_id")}
SCOPE_CLASS = {"admin": "Admin", "group": "Group", "app": "App"}


class SurfaceError(Exception):
    """The bound surface cannot be generated; the message says why."""


# ---------------------------------------------------------------- reading the generated code


@attrs.frozen
class Parameter:
    name: str
    annotation: str
    default: str | None  # source text of the default, None when required


@attrs.frozen
class Signature:
    """What the flat ``sync`` function of an endpoint module takes and returns."""

    path: tuple[Parameter, ...]
    query: tuple[Parameter, ...]
    body: Parameter | None
    accept: Parameter | None
    returns: str
    overloads: tuple[tuple[str, str], ...]  # (accept annotation, returns) per overload


def _source(node: ast.AST | None) -> str:
    return "" if node is None else ast.unparse(node)


def read_signature(module: Path) -> Signature:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    syncs = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "sync"]
    if not syncs:
        raise SurfaceError(f"{module} has no sync function")
    implementation = syncs[-1]
    overloads = tuple(
        (
            _source(next(a.annotation for a in n.args.kwonlyargs if a.arg == "accept")),
            _source(n.returns),
        )
        for n in syncs[:-1]
    )
    args = implementation.args
    path = tuple(Parameter(a.arg, _source(a.annotation), None) for a in args.args)
    query: list[Parameter] = []
    body = accept = None
    for arg, default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
        parameter = Parameter(arg.arg, _source(arg.annotation), _source(default) or None)
        if arg.arg == "client":
            continue
        if arg.arg == "body":
            body = parameter
        elif arg.arg == "accept":
            accept = parameter
        else:
            query.append(parameter)
    return Signature(path, tuple(query), body, accept, _source(implementation.returns), overloads)


@attrs.frozen
class Field:
    attribute: str  # the model's attribute
    json: str  # the JSON field
    annotation: str
    required: bool


@attrs.frozen
class ModelInfo:
    name: str
    module: str  # module name under models/
    kind: str  # "model" | "enum"
    fields: tuple[Field, ...] = ()


def read_models(models: Path) -> dict[str, ModelInfo]:
    """Every generated model and enumeration by class name, with a model's fields."""
    found: dict[str, ModelInfo] = {}
    for module in sorted(models.glob("*.py")):
        if module.name == "__init__.py":
            continue
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in tree.body:
            if not isinstance(node, ast.ClassDef):
                continue
            bases = {_source(base) for base in node.bases}
            if "StrEnum" in bases or "Enum" in bases:
                found[node.name] = ModelInfo(node.name, module.stem, "enum")
                continue
            found[node.name] = ModelInfo(node.name, module.stem, "model", _fields(node))
    return found


def _json_names(cls: ast.ClassDef) -> dict[str, str]:
    """attribute -> JSON field, from ``to_dict``: ``{"type": type_}`` and ``d["_id"] = id``."""
    names: dict[str, str] = {}
    to_dict = next(
        (n for n in cls.body if isinstance(n, ast.FunctionDef) and n.name == "to_dict"), None
    )
    if to_dict is None:
        return names
    for node in ast.walk(to_dict):
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if isinstance(key, ast.Constant) and isinstance(value, ast.Name):
                    names[value.id] = str(key.value)
        elif (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Subscript)
            and isinstance(node.targets[0].slice, ast.Constant)
            and isinstance(node.value, ast.Name)
        ):
            names[node.value.id] = str(node.targets[0].slice.value)
    return names


def _fields(cls: ast.ClassDef) -> tuple[Field, ...]:
    names = _json_names(cls)
    fields = []
    for node in cls.body:
        if not (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)):
            continue
        attribute = node.target.id
        if attribute == "additional_properties" or attribute not in names:
            continue
        fields.append(
            Field(attribute, names[attribute], _source(node.annotation), node.value is None)
        )
    return tuple(fields)


# ---------------------------------------------------------------- types widened for callers


@attrs.frozen
class Types:
    """Rewrites annotations from the generated code into the wider ones callers may pass, and
    remembers the names the rewritten annotations need."""

    models: dict[str, ModelInfo]
    used: set[str] = attrs.field(factory=set)

    def widen(self, annotation: str) -> str:
        return ast.unparse(self._widen(ast.parse(annotation, mode="eval").body))

    def _widen(self, node: ast.expr) -> ast.expr:
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            return ast.BinOp(self._widen(node.left), ast.BitOr(), self._widen(node.right))
        if isinstance(node, ast.Name):
            return self._widen_name(node)
        if isinstance(node, ast.Attribute) and _source(node) == "datetime.datetime":
            self.used.add("datetime")
            return _union(node, _parse("str"))
        if isinstance(node, ast.Subscript) and _source(node.value) in ("list", "dict"):
            return self._widen_container(node)
        return node

    def _widen_name(self, node: ast.Name) -> ast.expr:
        """A model also takes a mapping of JSON values; an enumeration, its string."""
        self.note(node.id)
        info = self.models.get(node.id)
        if info is None:
            return node
        if info.kind == "model":
            self.used.add("Mapping")
            return _union(node, _parse("Mapping[str, Any]"))
        return _union(node, _parse("str"))

    def _widen_container(self, node: ast.Subscript) -> ast.expr:
        """A list takes any sequence, a dict any mapping, of widened items."""
        inner = node.slice
        if _source(node.value) == "list":
            self.used.add("Sequence")
            return ast.Subscript(ast.Name("Sequence"), self._widen(inner))
        self.used.add("Mapping")
        if not isinstance(inner, ast.Tuple):
            raise SurfaceError(f"unexpected annotation {_source(node)}")
        key, value = inner.elts
        return ast.Subscript(ast.Name("Mapping"), ast.Tuple([key, self._widen(value)]))

    def result(self, annotation: str) -> str:
        """A result annotation: names noted, ``list`` spelled ``builtins.list`` (a namespace's
        method may be called ``list``)."""
        tree = ast.parse(annotation, mode="eval").body
        for node in ast.walk(tree):
            if isinstance(node, ast.Name):
                self.note(node.id)
        text = ast.unparse(tree)
        return re.sub(r"(?<![\w.])list\[", "builtins.list[", text)

    def note(self, name: str) -> None:
        self.used.add(name)


def _parse(text: str) -> ast.expr:
    return ast.parse(text, mode="eval").body


def _union(left: ast.expr, right: ast.expr) -> ast.expr:
    return ast.BinOp(left, ast.BitOr(), right)


# ---------------------------------------------------------------- operations


@attrs.frozen
class Operation:
    operation_id: str
    method: str
    path: str
    tag: str
    namespace: str
    scope: str
    verb: str
    summary: str
    description: str
    module: str  # dotted module under the package: api.<tag_module>.<operation_id>
    signature: Signature


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def verb_of(operation_id: str, namespace: str) -> str:
    """The operation id without the namespace's noun: ``create_function`` -> ``create``."""
    tokens = operation_id.split("_")
    noun = namespace.split("_")
    for candidate in (noun, [*noun[:-1], _singular(noun[-1])]):
        size = len(candidate)
        for start in range(len(tokens) - size + 1):
            if tokens[start : start + size] == candidate:
                rest = tokens[:start] + tokens[start + size :]
                if rest:
                    return "_".join(rest)
    return operation_id


def scope_of(path: str) -> str:
    if path.startswith(APP_PREFIX + "/") or path == APP_PREFIX:
        return "app"
    if path.startswith(GROUP_PREFIX + "/") or path == GROUP_PREFIX:
        return "group"
    return "admin"


def read_operations(document: dict[str, Any], package: Path) -> list[Operation]:
    namespaces = {tag["name"]: tag.get("x-stitch-namespace") for tag in document.get("tags", [])}
    # Where the generator put each operation's module (it names tag folders its own way).
    modules = {path.stem: path for path in (package / "api").glob("*/*.py")}
    operations = []
    for path, item in document["paths"].items():
        for method in HTTP_METHODS:
            data = item.get(method)
            if data is None or "x-stitch-admin-implemented-by" in data:
                continue
            tag = data["tags"][0]
            namespace = namespaces.get(tag)
            if not namespace:
                raise SurfaceError(f"tag {tag!r} has no x-stitch-namespace")
            operation_id = data["operationId"]
            if operation_id not in modules:
                raise SurfaceError(f"no module was generated for {operation_id}")
            module = f"api.{modules[operation_id].parent.name}.{operation_id}"
            signature = read_signature(modules[operation_id])
            operations.append(
                Operation(
                    operation_id=operation_id,
                    method=method.upper(),
                    path=path,
                    tag=tag,
                    namespace=namespace,
                    scope=scope_of(path),
                    verb=data.get("x-stitch-method") or verb_of(operation_id, namespace),
                    summary=str(data.get("summary", "")).strip(),
                    description=str(data.get("description", "")).strip(),
                    module=module,
                    signature=signature,
                )
            )
    return operations


# ---------------------------------------------------------------- rendering one method


def _kwarg_name(field: Field) -> str:
    """The keyword for a body field: its JSON name where Python allows it."""
    name = field.json
    if name.isidentifier() and not keyword.iskeyword(name) and not name.startswith("_"):
        return name
    return field.attribute


def _docstring(operation: Operation, indent: str) -> str:
    lines = [operation.summary or operation.operation_id.replace("_", " ").capitalize()]
    if operation.description:
        lines.append("")
        for paragraph in operation.description.split("\n\n"):
            lines += [*textwrap.wrap(" ".join(paragraph.split()), 88), ""]
        lines.pop()
    lines += ["", f"Calls ``{operation.operation_id}`` ({operation.method} ``{operation.path}``)."]
    text = "\n".join(lines).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    body = textwrap.indent(text, indent).lstrip()
    return f'"""{body}\n{indent}"""'


@attrs.frozen
class Parts:
    """What one method is made of, for both of its flavours."""

    operation: Operation
    positional: list[str]
    query: list[str]
    body: Body
    call_path: list[str]
    call_query: list[str]
    result: str
    wrap: str


@attrs.frozen
class Method:
    """One rendered method: its sync and async source."""

    sync: str
    asynchronous: str


class MethodWriter:
    def __init__(self, types: Types, package: str) -> None:
        self.types = types
        self.package = package

    def render(self, operation: Operation) -> Method:
        signature = operation.signature
        bound = SCOPES[operation.scope]
        path_names = [p.name for p in signature.path]
        if tuple(path_names[: len(bound)]) != bound:
            raise SurfaceError(f"{operation.operation_id}: path parameters {path_names} vs {bound}")
        free = signature.path[len(bound) :]
        positional = [f"{p.name}: {self.types.widen(p.annotation)}" for p in free]
        call_path = [f"self._{name}" for name in bound]
        enums = []
        for p in free:
            info = self.types.models.get(p.annotation)
            if info is not None and info.kind == "enum":
                # The flat function takes the enumeration: a string is turned into it.
                enums.append(info.name)
                call_path.append(f"_m_{info.name}({p.name})")
            else:
                call_path.append(p.name)
        query = [
            f"{p.name}: {self.types.widen(p.annotation)}" + (f" = {p.default}" if p.default else "")
            for p in signature.query
        ]
        call_query = [f"{p.name}={p.name}" for p in signature.query]
        result, wrap = self._result(operation)
        body = self._body(operation)
        collisions = {p.name for p in signature.query} & set(body.keywords)
        if collisions:
            raise SurfaceError(
                f"{operation.operation_id}: {sorted(collisions)} name both a query parameter"
                " and a body field"
            )
        parts = Parts(
            operation=operation,
            positional=positional,
            query=query,
            body=attrs.evolve(body, runtime=[*body.runtime, *enums]),
            call_path=call_path,
            call_query=call_query,
            result=result,
            wrap=wrap,
        )
        return Method(self._write(parts, is_async=False), self._write(parts, is_async=True))

    def _result(self, operation: Operation) -> tuple[str, str]:
        """The method's result annotation, and how the flat function's result is turned into it
        (``{}`` stands for the call)."""
        returns = operation.signature.returns
        parts = [part.strip() for part in returns.split(" | ")]
        if operation.method == "DELETE" or (
            operation.method in ("PUT", "PATCH") and "None" in parts
        ):
            return "None", "{}"
        if len(parts) == 2 and f"list[{parts[0]}]" == parts[1]:
            return self.types.result(parts[1]), "_binding.as_list({})"
        if len(parts) == 2 and f"list[{parts[1]}]" == parts[0]:
            return self.types.result(parts[0]), "_binding.as_list({})"
        return self.types.result(returns), "{}"

    def _body(self, operation: Operation) -> Body:
        parameter = operation.signature.body
        if parameter is None:
            return Body()
        annotation = parameter.annotation
        optional = parameter.default is not None
        core = [p.strip() for p in annotation.split(" | ") if p.strip() != "Unset"]
        if len(core) == 1 and self._is_model(core[0]):
            return self._model_body(self.types.models[core[0]], optional)
        if len(core) == 1 and core[0].startswith("list["):
            return self._list_body(core[0][5:-1])
        if len(core) > 1 and all(self._is_model(c) for c in core):
            for name in core:
                self.types.note(name)
            self.types.used.add("Mapping")
            names = ", ".join(f"_m_{c}" for c in core)
            return Body(
                parameter=f"body: {' | '.join(core)} | Mapping[str, Any]",
                convert=f"_binding.one_of(self._client, ({names},), body)",
                runtime=list(core),
            )
        raise SurfaceError(f"{operation.operation_id}: cannot bind a body of type {annotation}")

    def _is_model(self, name: str) -> bool:
        info = self.types.models.get(name)
        return info is not None and info.kind == "model"

    def _model_body(self, info: ModelInfo, optional: bool) -> Body:
        self.types.note(info.name)
        if _is_multipart(info):
            # A file with its metadata: given whole, as its model.
            return Body(parameter=f"body: {info.name}", convert="body")
        if info.fields:
            return Body.expanded(info, self.types, optional)
        return Body.single(info, self.types, optional)

    def _list_body(self, inner: str) -> Body:
        if self._is_model(inner):
            self.types.note(inner)
            self.types.used.update({"Sequence", "Mapping"})
            return Body(
                parameter=f"body: Sequence[{inner} | Mapping[str, Any]]",
                convert=f"_binding.model_list(self._client, _m_{inner}, body)",
                runtime=[inner],
            )
        self.types.used.add("Sequence")
        return Body(
            parameter=f"body: Sequence[{inner}]",
            convert="_binding.json_list(self._client, body)",
        )

    def _write(self, parts: Parts, *, is_async: bool) -> str:
        operation, body = parts.operation, parts.body
        flat = "asyncio" if is_async else "sync"
        awaiting = "await " if is_async else ""
        module = operation.module
        alias = "_op"
        accept = operation.signature.accept
        lines = self._signatures(parts, is_async=is_async)
        lines.append("    " + _docstring(operation, "    "))
        lines.append(
            f"    from {self.package}.{module.rpartition('.')[0]}"
            f" import {module.rpartition('.')[2]} as {alias}"
        )
        for model in body.runtime:
            info = self.types.models[model]
            lines.append(
                f"    from {self.package}.models.{info.module} import {model} as _m_{model}"
            )
        arguments = [*parts.call_path, "client=self._client"]
        if body.convert is not None:
            lines.append(f"    payload = {body.convert}")
            arguments.append("body=payload")
        arguments += parts.call_query
        if accept is not None:
            arguments.append("accept=accept")
        call = f"{awaiting}{alias}.{flat}({', '.join(arguments)})"
        if parts.result == "None":
            lines.append(f"    {call}")
        else:
            lines.append(f"    return {parts.wrap.format(call)}")
        return "\n".join(lines)

    def _signatures(self, parts: Parts, *, is_async: bool) -> list[str]:
        """The method's ``def`` line, after its overloads if it has any."""
        operation, body, result = parts.operation, parts.body, parts.result
        prefix = "async def" if is_async else "def"
        accept = operation.signature.accept
        head = ["self", *parts.positional]

        def signature(extra: list[str], returns: str, decorator: bool = False) -> str:
            params = list(head)
            # `**fields` comes last, after the query parameters.
            rest = [item for item in extra if item.startswith("**")]
            keywords = [*(item for item in extra if not item.startswith("**")), *parts.query]
            if keywords:
                params.append("*")
                params += keywords
            params += rest
            text = "@overload\n" if decorator else ""
            return text + f"{prefix} {operation.verb}({', '.join(params)}) -> {returns}:"

        lines = []
        if accept is not None and operation.signature.overloads:
            self.types.used.update({"Literal", "overload"})
            for accept_type, returns in operation.signature.overloads:
                default = ' = "application/json"' if "application/json" in accept_type else ""
                extra = [f"accept: {accept_type}{default}"]
                lines.append(signature(extra, self.types.result(returns), True) + " ...")
            extra = [f"accept: {accept.annotation} = {accept.default}"]
            lines.append(signature(extra, self.types.result("Any")))
        elif body.overloads:
            self.types.used.add("overload")
            lines += [signature(extra, result, True) + " ..." for extra in body.overloads]
            lines.append(signature(body.implementation, result))
        else:
            lines.append(signature(body.implementation, result))
        return lines


def _is_multipart(info: ModelInfo) -> bool:
    return any("File" in field.annotation for field in info.fields)


@attrs.frozen
class Body:
    """How a method takes its request body."""

    parameter: str | None = None  # a single `body` parameter, when not expanded
    convert: str | None = None  # the expression building the payload
    runtime: list[str] = attrs.field(factory=list)  # models the conversion needs at run time
    overloads: tuple[list[str], ...] = ()
    fields: tuple[str, ...] = ()

    @property
    def keywords(self) -> tuple[str, ...]:
        return self.fields

    @property
    def implementation(self) -> list[str]:
        if self.overloads:
            return [self.parameter or "body: Any = None", "**fields: Any"]
        return [self.parameter] if self.parameter else []

    @classmethod
    def single(cls, info: ModelInfo, types: Types, optional: bool) -> Body:
        types.used.add("Mapping")
        parameter = f"body: {info.name} | Mapping[str, Any]"
        if optional:
            return cls(
                parameter=parameter + " | None = None",
                convert=(
                    "UNSET if body is None"
                    f" else _binding.model_body(self._client, _m_{info.name}, body)"
                ),
                runtime=[info.name],
            )
        return cls(
            parameter=parameter,
            convert=f"_binding.model_body(self._client, _m_{info.name}, body)",
            runtime=[info.name],
        )

    @classmethod
    def expanded(cls, info: ModelInfo, types: Types, optional: bool) -> Body:
        types.used.update({"Mapping", "Unset", "UNSET"})
        keywords = []
        names = {}
        required = []
        for field in sorted(info.fields, key=lambda f: not f.required):
            kwarg = _kwarg_name(field)
            names[kwarg] = field.json
            annotation = types.widen(field.annotation)
            if field.required and not optional:
                keywords.append(f"{kwarg}: {annotation}")
                required.append(kwarg)
            else:
                if "Unset" not in annotation:
                    annotation += " | Unset"
                keywords.append(f"{kwarg}: {annotation} = UNSET")
        whole = f"body: {info.name} | Mapping[str, Any]"
        convert = (
            f"_binding.body(self._client, _m_{info.name}, body, fields,"
            f" names={names!r}, required={tuple(required)!r})"
        )
        if optional:
            convert = f"UNSET if body is None and not fields else {convert}"
        return cls(
            parameter=f"body: {info.name} | Mapping[str, Any] | None = None",
            convert=convert,
            runtime=[info.name],
            overloads=(keywords, [whole]),
            fields=tuple(names),
        )


# ---------------------------------------------------------------- modules


def _class_name(scope: str, namespace: str, is_async: bool) -> str:
    # `API` ends every name: a namespace must not take a model's name (`AppMetrics`).
    words = "".join(part.capitalize() for part in namespace.split("_"))
    return ("Async" if is_async else "") + SCOPE_CLASS[scope] + words + "API"


_BASES = {"admin": "_AdminBound", "group": "_GroupBound", "app": "_AppBound"}


def namespace_module(
    namespace: str, operations: list[Operation], types: Types, package: str, tag: str
) -> str:
    writer = MethodWriter(types, package)
    classes = []
    by_scope: dict[str, list[Operation]] = {}
    for operation in operations:
        by_scope.setdefault(operation.scope, []).append(operation)
    for scope in ("admin", "group", "app"):
        members = by_scope.get(scope)
        if not members:
            continue
        verbs = [operation.verb for operation in members]
        duplicates = {verb for verb in verbs if verbs.count(verb) > 1}
        if duplicates:
            raise SurfaceError(
                f"{namespace} ({scope}): two operations would be called {sorted(duplicates)}"
            )
        methods = [writer.render(operation) for operation in sorted(members, key=lambda o: o.verb)]
        for is_async in (False, True):
            name = _class_name(scope, namespace, is_async)
            where = {"admin": "", "group": " of one group", "app": " of one application"}[scope]
            listed = ", ".join(f"``{o.verb}``" for o in sorted(members, key=lambda o: o.verb))
            awaitable = " (awaitable)" if is_async else ""
            doc = f'"""{tag}{where}{awaitable}: {listed}."""'
            body = "\n\n".join(
                textwrap.indent(m.asynchronous if is_async else m.sync, "    ") for m in methods
            )
            base = _BASES[scope]
            classes.append(f"class {name}({base}):\n    {doc}\n\n    __slots__ = ()\n\n{body}\n")
    return "\n\n".join(classes)


def _imports(types: Types, package: str) -> str:
    typing_names = sorted({"Any"} | ({"Literal", "overload"} & types.used))
    lines = [
        "from __future__ import annotations",
        "",
        "import builtins",
    ]
    abc = sorted({"Mapping", "Sequence"} & types.used)
    if abc:
        lines.append(f"from collections.abc import {', '.join(abc)}")
    lines.append(f"from typing import TYPE_CHECKING, {', '.join(typing_names)}")
    lines.append("")
    lines.append(f"from {package} import binding as _binding")
    lines.append(f"from {package}.bound._scopes import _AdminBound, _AppBound, _GroupBound")
    lines.append(f"from {package}.types import UNSET, Unset")
    lines.append("")
    checking = []
    if "datetime" in types.used:
        checking.append("import datetime")
    for name in sorted(types.used):
        info = types.models.get(name)
        if info is not None:
            checking.append(f"from {package}.models.{info.module} import {name}")
    if "File" in types.used:
        checking.append(f"from {package}.types import File")
    if checking:
        lines.append("if TYPE_CHECKING:")
        lines += ["    " + line for line in checking]
    return "\n".join(lines)


SCOPES_MODULE = '''"""The scopes bound methods work in: the client, and the ids of their paths.

Not generated from the document: ``tools/surface.py`` writes it as it is.
"""

from __future__ import annotations

from typing import Any


class _AdminBound:
    """Operations whose paths name no group."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client


class _GroupBound:
    """Operations below ``/groups/{groupId}``."""

    __slots__ = ("_client", "_group_id")

    def __init__(self, client: Any, group_id: str) -> None:
        self._client = client
        self._group_id = group_id


class _AppBound:
    """Operations below ``/groups/{groupId}/apps/{appId}``."""

    __slots__ = ("_app_id", "_client", "_group_id")

    def __init__(self, client: Any, group_id: str, app_id: str) -> None:
        self._client = client
        self._group_id = group_id
        self._app_id = app_id
'''


def init_module(spaces: dict[str, list[str]], package: str) -> str:
    """The scopes: one property per namespace present at each scope."""
    lines = [
        '"""The bound surface: every operation of the API as a method of a namespace.',
        "",
        "``AdminScope`` holds the namespaces whose paths name no group, ``GroupScope(client,",
        "group_id)`` those below ``/groups/{groupId}``, ``AppScope(client, group_id, app_id)``",
        "those below ``/groups/{groupId}/apps/{appId}``; the ``Async`` twins have the same",
        "names, awaitable.",
        "Each namespace is a resource family (one per tag of the document); its module is imported",
        "the first time it is used. The SDK's handles (``admin.app(...)``) are these scopes.",
        "",
        "Generated by ``tools/surface.py`` from the document: do not edit.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from importlib import import_module",
        "from typing import TYPE_CHECKING, Any",
        "",
        "if TYPE_CHECKING:",
    ]
    for scope in ("admin", "group", "app"):
        for namespace in spaces.get(scope, []):
            for is_async in (False, True):
                lines.append(
                    f"    from {package}.bound.{namespace}"
                    f" import {_class_name(scope, namespace, is_async)}"
                )
    lines += [
        "",
        "",
        "def _space(scope: Any, namespace: str, name: str, *ids: str) -> Any:",
        '    """The namespace object, made on first use and kept on the scope."""',
        "    made = scope._spaces.get(namespace)",
        "    if made is None:",
        '        cls = getattr(import_module(f"{__name__}.{namespace}"), name)',
        "        made = scope._spaces[namespace] = cls(scope._client, *ids)",
        "    return made",
        "",
    ]
    parameters = {
        "admin": ("client: Any", ""),
        "group": ("client: Any, group_id: str", ", self._group_id"),
        "app": ("client: Any, group_id: str, app_id: str", ", self._group_id, self._app_id"),
    }
    for scope in ("admin", "group", "app"):
        for is_async in (False, True):
            cls = ("Async" if is_async else "") + SCOPE_CLASS[scope] + "Scope"
            signature, ids = parameters[scope]
            lines += ["", "", f"class {cls}:"]
            where = {
                "admin": "whose paths name no group",
                "group": "below ``/groups/{groupId}``",
                "app": "below ``/groups/{groupId}/apps/{appId}``",
            }[scope]
            lines.append(f'    """The namespaces {where}{", awaitable" if is_async else ""}."""')
            lines.append("")
            lines.append(f"    def __init__(self, {signature}) -> None:")
            lines.append("        self._client = client")
            if scope != "admin":
                lines.append("        self._group_id = group_id")
            if scope == "app":
                lines.append("        self._app_id = app_id")
            lines.append("        self._spaces: dict[str, Any] = {}")
            if scope != "admin":
                lines += [
                    "",
                    "    @property",
                    "    def group_id(self) -> str:",
                    "        return self._group_id",
                ]
            if scope == "app":
                lines += [
                    "",
                    "    @property",
                    "    def app_id(self) -> str:",
                    "        return self._app_id",
                ]
            for namespace in spaces.get(scope, []):
                name = _class_name(scope, namespace, is_async)
                lines += [
                    "",
                    "    @property",
                    f"    def {namespace}(self) -> {name}:",
                    f'        made: {name} = _space(self, "{namespace}", "{name}"{ids})',
                    "        return made",
                ]
    return "\n".join(lines) + "\n"


def write_surface(document: dict[str, Any], package: Path) -> list[Path]:
    """Write ``package/bound`` and return the files written."""
    name = package.name
    models = read_models(package / "models")
    operations = read_operations(document, package)
    descriptions = {tag["name"]: tag.get("description", "") for tag in document.get("tags", [])}
    by_namespace: dict[str, list[Operation]] = {}
    for operation in operations:
        by_namespace.setdefault(operation.namespace, []).append(operation)
    target = package / "bound"
    target.mkdir(exist_ok=True)
    written = []
    spaces: dict[str, list[str]] = {}
    for namespace in sorted(by_namespace):
        members = by_namespace[namespace]
        types = Types(models)
        tag = members[0].tag
        description = (descriptions.get(tag) or tag).rstrip(".")
        classes = namespace_module(namespace, members, types, name, tag)
        header = (
            f'"""{tag}: {description}.\n\n'
            'Generated by ``tools/surface.py`` from the document: do not edit.\n"""\n\n'
        )
        module = target / f"{namespace}.py"
        module.write_text(header + _imports(types, name) + "\n\n\n" + classes, encoding="utf-8")
        written.append(module)
        for scope in {operation.scope for operation in members}:
            spaces.setdefault(scope, []).append(namespace)
    scopes = target / "_scopes.py"
    scopes.write_text(SCOPES_MODULE, encoding="utf-8")
    init = target / "__init__.py"
    init.write_text(init_module({k: sorted(v) for k, v in spaces.items()}, name), encoding="utf-8")
    return [*written, scopes, init]


def count_methods(operations: Iterable[Operation]) -> int:
    return sum(1 for _ in operations)
