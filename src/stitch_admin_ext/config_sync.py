"""Configuration as code: pull an app's configuration directory, diff it, push it back.

``pull`` fetches the configuration as a zip of the service's directory layout and writes it
through ``config_layout`` (sorted keys, fixed formatting: an unchanged app pulls the same
bytes), into a temporary directory beside the destination that then takes its place, so that
an interrupted pull leaves the previous directory as it was.

``diff`` and ``push`` first check the directory (``config_checks``: every problem at once,
nothing sent but reads) and compare it with the app (``config_plan``). ``push`` then:

- does nothing when the plan is empty: no draft, no deployment;
- otherwise opens one draft (the ``on_existing`` policy of ``draft()``), replaces the
  configuration in it with the service's own ``PATCH .../push`` (one request carrying the
  whole document: the service resolves references by name and keeps the ids of unchanged
  entries, and a push into a draft changes nothing until the draft is deployed), uploads and
  deletes hosted files in the same draft, deploys it and waits with the timeout;
- on any failure before the deployment starts, discards the draft; a deployment that fails
  changes nothing (the service applies a draft only when its deployment succeeds);
- the app's environment (``root_config.json``) is the one setting the service does not keep
  in drafts: the push keeps the current one in the draft and sets the new one only after the
  deployment succeeded.

The app's identity (name, region, deployment model) is the target's: a directory pulled from
one app pushes into another (another group too), which is how apps are cloned.

All three are procedures (see ``steps``), driven by the handles' sync and async methods.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import attrs

from . import config_layout as layout
from .arguments import check_id, check_ids
from .config_checks import Problem, check_files, secret_names_used
from .config_plan import Plan, make_plan
from .deployments import check_timeout, wait_for
from .drafts import OnExisting, discard, on_existing_policy, open_draft
from .errors import (
    InvalidArgumentError,
    InvalidConfigurationError,
    PlanChangedError,
    StitchAdminError,
)
from .files import private_directory, sync_directory
from .hosting import upload
from .steps import Call, Offload, Procedure

if TYPE_CHECKING:
    from stitch_admin_client.models import Deployment, Draft, HostingAsset

# The top-level names a configuration directory may hold (anything else is not written by a
# pull and would be lost when one replaces the directory).
LAYOUT_TOP: Final = frozenset(
    {
        "root_config.json",
        "auth",
        "data_sources",
        "environments",
        "functions",
        "graphql",
        "hosting",
        "http_endpoints",
        "log_forwarders",
        "services",
        "sync",
        "triggers",
        "values",
    }
)


@attrs.frozen
class PushStep:
    """Where a push is, for progress displays: ``phase`` is ``"draft"``, ``"configuration"``,
    ``"upload"``, ``"delete"``, ``"deploy"`` or ``"environment"``; ``done`` of ``total``
    steps are finished; ``detail`` names the file or the deployment's status."""

    phase: str
    done: int
    total: int
    detail: str = ""


@attrs.frozen
class PushResult:
    """What a push did: its plan, and the deployment (``None`` when nothing was deployed:
    an empty plan, or a dry run)."""

    plan: Plan
    deployment: Deployment | None = None
    dry_run: bool = False


# ---------------------------------------------------------------------- local files


def read_directory(src: str | os.PathLike[str], *, hosting: bool) -> dict[str, bytes]:
    """The files of a configuration directory, by relative path (``/``-separated). Dot
    files and folders are skipped (``.git``...) except below ``hosting/files``; hosted files
    are read only when ``hosting`` is true."""
    root = Path(src).expanduser()
    if not root.is_dir():
        raise InvalidArgumentError(f"{str(root)!r} is not a directory", parameter="src")
    files: dict[str, bytes] = {}
    for folder, subfolders, names in os.walk(root):
        relative = Path(folder).relative_to(root).as_posix()
        prefix = "" if relative == "." else relative + "/"
        in_hosting = prefix.startswith(layout.HOSTING_FILES + "/")
        if in_hosting and not hosting:
            subfolders.clear()
            continue
        subfolders[:] = sorted(d for d in subfolders if in_hosting or not d.startswith("."))
        for name in names:
            path = prefix + name
            if (name.startswith(".") and not in_hosting) or (
                path == layout.HOSTING_METADATA and not hosting
            ):
                continue
            files[path] = (Path(folder) / name).read_bytes()
    return files


def write_directory(dest: str | os.PathLike[str], files: Mapping[str, bytes]) -> Path:
    """Replace the directory ``dest`` with exactly ``files``: written to a temporary folder
    beside it, then renamed into place; the previous directory is removed only once the new
    one is in place. ``dest`` must be absent, empty, or a configuration directory (with
    ``root_config.json`` and nothing that a pull would not write).

    An interrupted pull leaves the previous directory. The files are not synced one by one
    (a thousand ``fsync`` calls cost a second here): after a power cut the new directory may
    need pulling again, which is what it is for."""
    target = Path(dest).expanduser().absolute()
    _check_replaceable(target)
    if not target.parent.is_dir():
        private_directory(target.parent)
    staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part"))
    try:
        staging.chmod(0o755)
        for path in sorted(files):
            file = staging / path
            file.parent.mkdir(parents=True, exist_ok=True)
            file.write_bytes(files[path])
        _swap(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target


def _check_replaceable(target: Path) -> None:
    if not target.exists():
        return
    if not target.is_dir():
        raise InvalidArgumentError(f"{str(target)!r} exists and is not a directory")
    present = {entry.name for entry in target.iterdir()}
    if present and "root_config.json" not in present:
        raise InvalidArgumentError(
            f"{str(target)!r} is not empty and holds no app configuration: pull into a new or "
            "empty directory"
        )
    foreign = sorted(present - LAYOUT_TOP)
    if foreign:
        raise InvalidArgumentError(
            f"{str(target)!r} holds {', '.join(foreign[:5])}, which a pull would delete: keep "
            "the configuration in a directory of its own"
        )


def _swap(staging: Path, target: Path) -> None:
    if not target.exists():
        staging.rename(target)
        sync_directory(target.parent)
        return
    retired = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".old"))
    retired.rmdir()
    target.rename(retired)
    try:
        staging.rename(target)
    except BaseException:
        retired.rename(target)  # put the previous directory back
        raise
    sync_directory(target.parent)
    shutil.rmtree(retired, ignore_errors=True)


# ---------------------------------------------------------------------- what a pull writes


def unzipped(content: bytes) -> dict[str, bytes]:
    """The files of a pulled archive; a member that would leave the folder is refused."""
    from .errors import UnexpectedResponseError

    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
    except zipfile.BadZipFile:
        raise UnexpectedResponseError(
            f"the pulled configuration is not a zip archive ({len(content)} bytes)",
            status_code=200,
            method="GET",
        ) from None
    files = {}
    with archive:
        for member in archive.infolist():
            if member.is_dir():
                continue
            name = member.filename
            parts = name.split("/")
            if name.startswith("/") or "\\" in name or any(p in ("", ".", "..") for p in parts):
                raise UnexpectedResponseError(
                    f"the pulled archive holds an unsafe member name {name!r}",
                    status_code=200,
                    method="GET",
                )
            files[name] = archive.read(member)
    return files


def directory_files(pulled: Mapping[str, bytes], *, template: bool = False) -> dict[str, bytes]:
    """The files a pull writes for the files of the service's archive: the configuration
    rendered by ``config_layout``, hosted files as they are, other files kept (JSON ones
    reformatted). ``template`` leaves out what belongs to the app rather than to its
    configuration: its name, region, deployment model and environment, and the values of
    each environment (the files stay, empty)."""
    document = layout.files_to_document(pulled)
    if template:
        for key in layout.SETTINGS:
            document.pop(key, None)
        environments = document.get("environments", {}).get("values", {})
        for environment in environments:
            environments[environment] = {"values": {}}
    files = layout.document_to_files(document)
    for path, data in pulled.items():
        if path in files:
            continue
        files[path] = data
        if path.endswith(".json") and not path.startswith(layout.HOSTING_FILES + "/"):
            with contextlib.suppress(ValueError):  # not JSON: kept as it is
                files[path] = layout.json_file(layout.parse_json(data))
    return files


# ---------------------------------------------------------------------- procedures


def pull(
    group_id: str,
    app_id: str,
    dest: str | os.PathLike[str],
    *,
    deployment: str | None = None,
    template: bool = False,
) -> Procedure[Path]:
    """Write the app's configuration directory to ``dest`` (see the module's doc);
    ``deployment`` names an earlier deployment whose configuration to pull instead."""
    ids = check_ids(group_id, app_id)
    if not isinstance(template, bool):
        raise InvalidArgumentError(f"template must be True or False, not {template!r}")
    if deployment is None:
        archive = yield Call("apps.pull_app_configuration", {**ids, "accept": "application/zip"})
    else:
        check_id(deployment, "deployment")
        # The older export operation is the one that takes a deployment; `version` asks it
        # for the current layout.
        archive = yield Call(
            "apps.export_app",
            {**ids, "deployment": deployment, "version": str(layout.CONFIG_VERSION)},
        )
    files = directory_files(unzipped(archive.payload.read()), template=template)
    written: Path = yield Offload(lambda: write_directory(dest, files))
    return written


def _checked(
    ids: dict[str, str], files: Mapping[str, bytes], hosting: bool
) -> Procedure[tuple[Plan, dict[str, Any]]]:
    """Check the directory (raising every problem at once), then plan its push: the plan and
    the app's configuration as a pull answers it."""
    secrets = None
    if secret_names_used(files):
        listed = yield Call("secrets.list_secrets", ids)
        secrets = {secret.name for secret in listed}
    problems = check_files(files, secrets=secrets, hosting=hosting)
    if problems:
        raise InvalidConfigurationError(_problems_message(problems), problems=problems)
    pulled = yield Call("apps.pull_app_configuration", ids)
    current: dict[str, Any] = pulled.to_dict()
    assets = None
    if hosting:
        listed_assets = yield Call("hosting.list_hosting_assets", {**ids, "recursive": True})
        assets = _assets(listed_assets)
    return make_plan(current, files, assets=assets), current


def _assets(listed: list[HostingAsset]) -> dict[str, tuple[str, list[dict[str, Any]]]]:
    return {
        asset.path: (
            asset.hash_ if isinstance(asset.hash_, str) else "",
            [a.to_dict() for a in asset.attrs] if isinstance(asset.attrs, list) else [],
        )
        for asset in listed
    }


def _problems_message(problems: list[Problem]) -> str:
    shown = "\n".join(f"  {problem}" for problem in problems)
    count = f"{len(problems)} problem{'s' if len(problems) > 1 else ''}"
    return f"the configuration directory has {count}:\n{shown}"


def diff(
    group_id: str, app_id: str, src: str | os.PathLike[str], *, include_hosting: bool = False
) -> Procedure[Plan]:
    """The plan of pushing the directory ``src`` into the app."""
    ids = check_ids(group_id, app_id)
    files: dict[str, bytes] = yield Offload(lambda: read_directory(src, hosting=include_hosting))
    plan, _ = yield from _checked(ids, files, include_hosting)
    return plan


def pushed_document(current: Mapping[str, Any], files: Mapping[str, bytes]) -> dict[str, Any]:
    """What ``PATCH .../push`` is sent: the directory's configuration, with the app's own
    identity and (while in the draft) its current environment."""
    document = layout.files_to_document(files)
    for key in (*layout.IDENTITY, "environment"):
        document.pop(key, None)
        if current.get(key):
            document[key] = current[key]
    return document


def push(
    group_id: str,
    app_id: str,
    src: str | os.PathLike[str],
    *,
    dry_run: bool = False,
    include_hosting: bool = False,
    timeout: float,
    on_existing: object = OnExisting.RAISE,
    progress: Callable[[PushStep], None] | None = None,
    expected_plan: Plan | None = None,
) -> Procedure[PushResult]:
    """Push the directory ``src`` into the app (see the module's doc). With
    ``expected_plan`` (a plan shown to someone who agreed to it), a push whose plan turns out
    different, because the app or the directory changed meanwhile, raises
    ``PlanChangedError`` before changing anything."""
    ids = check_ids(group_id, app_id)
    timeout = check_timeout(timeout)
    policy = on_existing_policy(on_existing)
    files: dict[str, bytes] = yield Offload(lambda: read_directory(src, hosting=include_hosting))
    plan, current = yield from _checked(ids, files, include_hosting)
    if expected_plan is not None and plan != expected_plan:
        raise PlanChangedError(
            "the app or the directory changed since the plan was made; nothing was pushed"
        )
    if dry_run or plan.empty:
        return PushResult(plan, None, dry_run)
    document = pushed_document(current, files)
    wanted = layout.files_to_document(files).get("environment", "")
    steps = _Steps(plan, progress, environment=wanted != current.get("environment", ""))
    steps.report("draft", "")
    draft: Draft = yield from open_draft(group_id, app_id, policy)
    try:
        yield from _apply(ids, plan, document, steps)
        steps.report("deploy", "")
        started: Deployment = yield Call("drafts.deploy_draft", {**ids, "draft_id": draft.id})
    except Exception as failure:
        # Nothing was deployed: the draft and everything it holds go.
        yield from _discard_after(ids, draft.id, failure)
        raise
    deployment: Deployment = yield from wait_for(
        group_id, app_id, started, timeout, lambda d: steps.status(str(d.status))
    )
    if steps.environment:
        from stitch_admin_client.models import AppEnvironmentUpdate

        steps.report("environment", wanted or "none")
        yield Call(
            "environment_values.set_app_environment",
            {**ids, "body": AppEnvironmentUpdate.from_dict({"environment": wanted})},
        )
    steps.finish()
    return PushResult(plan, deployment, False)


@attrs.define
class _Steps:
    """Counts a push's steps for its progress callback."""

    plan: Plan
    callback: Callable[[PushStep], None] | None
    environment: bool
    done: int = 0
    total: int = attrs.field(init=False)
    _phase: str = ""

    def __attrs_post_init__(self) -> None:
        hosting = self.plan.hosting
        uploads = len(hosting.upload) + len(hosting.delete) if hosting is not None else 0
        # draft, configuration, each hosted file, deploy, environment
        self.total = 2 + uploads + int(self.plan.changes_configuration) + int(self.environment)

    def report(self, phase: str, detail: str) -> None:
        if self._phase:
            self.done += 1
        self._phase = phase
        if self.callback is not None:
            self.callback(PushStep(phase, self.done, self.total, detail))

    def status(self, detail: str) -> None:
        if self.callback is not None:
            self.callback(PushStep(self._phase, self.done, self.total, detail))

    def finish(self) -> None:
        self.done = self.total
        if self.callback is not None:
            self.callback(PushStep("done", self.done, self.total))


def _apply(
    ids: dict[str, str], plan: Plan, document: dict[str, Any], steps: _Steps
) -> Procedure[None]:
    """Make the plan's changes in the caller's draft."""
    if plan.changes_configuration:
        from stitch_admin_client.models import AppConfiguration

        steps.report("configuration", "")
        yield Call(
            "apps.push_app_configuration",
            {**ids, "body": AppConfiguration.from_dict(document)},
        )
    if plan.hosting is None:
        return
    for hosted in plan.hosting.upload:
        steps.report("upload", hosted.path)
        yield from upload(
            ids["group_id"], ids["app_id"], hosted.path, hosted.data, list(hosted.attrs)
        )
    for path in plan.hosting.delete:
        steps.report("delete", path)
        yield Call("hosting.delete_hosting_asset", {**ids, "path": path})


def _discard_after(ids: dict[str, str], draft_id: str, error: BaseException) -> Procedure[None]:
    try:
        yield from discard(ids["group_id"], ids["app_id"], draft_id)
    except StitchAdminError as failure:
        error.add_note(f"stitch-admin: draft {draft_id} could not be discarded: {failure}")
