"""Check the locked dependency set (requirements/dev.lock) for known vulnerabilities.

    python tools/audit.py             # exit 1 if a locked version has a known vulnerability
    AUDIT_STRICT=1 python tools/audit.py   # also exit 2 if some packages could not be checked

pip-audit does the work, with the PyPI vulnerability data (``--vulnerability-service pypi``),
then OSV for what PyPI could not answer. Where neither answers (a mirror that serves only
each project's summary, no network to OSV), a package pinned at its latest release is still
checked against the vulnerabilities PyPI lists for that release; the others are listed as not
checked. Nothing is installed; the lock is read as it is (``--no-deps --disable-pip``).
"""

from __future__ import annotations

import concurrent.futures
import json
import os
import re
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements" / "dev.lock"
PROJECT_JSON = "https://pypi.org/pypi/{name}/json"
TIMEOUT = 20


def normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def locked() -> dict[str, str]:
    """name -> version, from the lock's ``name==version`` lines."""
    pins = {}
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Za-z0-9_.-]+)==([^\s;]+)", line)
        if match:
            pins[normalize(match[1])] = match[2]
    return pins


def pip_audit(service: str) -> tuple[dict[str, list[dict[str, Any]]], dict[str, str]]:
    """(name -> vulnerabilities, name -> why it was not checked) from one pip-audit run."""
    command = [sys.executable, "-m", "pip_audit", "-r", str(LOCK), "--no-deps", "--disable-pip"]
    command += ["--progress-spinner", "off", "--format", "json", "-s", service]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    try:
        report = json.loads(result.stdout)
    except ValueError:
        reason = (result.stderr.strip().splitlines() or ["no answer"])[-1]
        return {}, dict.fromkeys(locked(), f"{service}: {reason[:200]}")
    found: dict[str, list[dict[str, Any]]] = {}
    skipped: dict[str, str] = {}
    for dependency in report["dependencies"]:
        name = normalize(dependency["name"])
        if "skip_reason" in dependency:
            skipped[name] = f"{service}: {dependency['skip_reason']}"
        else:
            found[name] = dependency.get("vulns", [])
    return found, skipped


def latest_release_vulnerabilities(name: str, version: str) -> list[dict[str, Any]] | str:
    """The vulnerabilities PyPI lists for ``name``'s latest release, if that is ``version``;
    otherwise (or if PyPI does not answer) why the package could not be checked."""
    try:
        with urllib.request.urlopen(PROJECT_JSON.format(name=name), timeout=TIMEOUT) as answer:  # noqa: S310 (a fixed https URL)
            project = json.load(answer)
    except (urllib.error.URLError, TimeoutError, ValueError) as exc:
        return f"pypi project data: {exc}"
    latest = project["info"]["version"]
    if latest != version:
        return f"locked {version}, latest {latest}: no data for older releases here"
    return [
        {"id": vuln["id"], "fix_versions": vuln.get("fixed_in", []), "aliases": vuln.get("aliases")}
        for vuln in project.get("vulnerabilities", [])
        if not vuln.get("withdrawn")
    ]


def main() -> int:
    pins = locked()
    checked, unchecked = pip_audit("pypi")
    if unchecked:
        more, _ = pip_audit("osv")
        checked.update({name: vulns for name, vulns in more.items() if name in unchecked})
        unchecked = {name: why for name, why in unchecked.items() if name not in more}
    if unchecked:
        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            answers = dict(
                zip(
                    unchecked,
                    pool.map(
                        lambda name: latest_release_vulnerabilities(name, pins.get(name, "?")),
                        unchecked,
                    ),
                    strict=True,
                )
            )
        for name, answer in answers.items():
            if isinstance(answer, list):
                checked[name] = answer
                del unchecked[name]
            else:
                unchecked[name] = answer
    vulnerable = {name: vulns for name, vulns in checked.items() if vulns}
    for name, vulns in sorted(vulnerable.items()):
        for vuln in vulns:
            fixes = ", ".join(vuln.get("fix_versions") or []) or "none yet"
            print(f"VULNERABLE {name} {pins.get(name, '?')}: {vuln['id']} (fixed in {fixes})")
    for name, why in sorted(unchecked.items()):
        print(f"not checked {name} {pins.get(name, '?')}: {why}")
    print(
        f"audit of {LOCK.relative_to(ROOT)}: {len(checked)} of {len(pins)} packages checked,"
        f" {sum(map(len, vulnerable.values()))} known vulnerabilities,"
        f" {len(unchecked)} not checked (no vulnerability data reachable for them)"
    )
    if vulnerable:
        return 1
    if unchecked and os.environ.get("AUDIT_STRICT") == "1":
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
