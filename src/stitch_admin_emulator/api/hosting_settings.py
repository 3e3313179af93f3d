"""Static hosting's settings and CDN cache (deprecated, still served).

The settings (on or off, custom domain, the file served for a missing path and its status)
are part of the deployable configuration; reads show them over the service's defaults and
the app's default domain. The error file must be one of the hosted files.

Invalidating the cache names a hosted file of the deployed app (what the CDN serves) or
`/*` for all of them; each invalidation is recorded in `app.singletons["hosting_cache"]`
(the latest ones, with how many files it covered), since the emulator has no CDN to refresh.
"""

from __future__ import annotations

import re

from starlette.responses import Response

from stitch_admin_emulator import names, timestamps
from stitch_admin_emulator.api.common import APP
from stitch_admin_emulator.api.resources import Setting, answer, serve_setting
from stitch_admin_emulator.app_config import Document
from stitch_admin_emulator.errors import bad_request, not_found
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()

CONFIG = f"{APP}/hosting/config"
CACHE_KEY = "hosting_cache"
KEPT_INVALIDATIONS = 100
ALL_FILES = "/*"
_DOMAIN = re.compile(r"(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}")
_STATUS = re.compile(r"[2-5][0-9]{2}")
setting = Setting("hosting_config")


def _defaults(call: Call) -> Document:
    return {
        "enabled": False,
        "status": "setup_ok",
        "default_domain": {
            "provider_type": "aws",
            "config": {"app_default_domain": f"{call.app.client_app_id}.mongodbstitch.com"},
        },
    }


def _fields(call: Call, current: Document | None) -> Document:
    body = call.body
    domain = body.get("custom_domain")
    if domain and not _DOMAIN.fullmatch(domain):
        raise bad_request(
            f"custom_domain must be a domain name such as www.example.com: {domain!r}"
        )
    path = body.get("default_error_path")
    if path:
        names.asset_path(path, "default_error_path")
        if path not in call.config.hosting:
            raise bad_request(f"default_error_path {path!r} is not a hosted file", "AssetNotFound")
    code = body.get("default_error_code")
    if code is not None and not _STATUS.fullmatch(code):
        raise bad_request(f"default_error_code must be an HTTP status such as 404, not {code!r}")
    return dict(body)


def _shown(call: Call, stored: Document) -> Document:
    return _defaults(call) | stored


serve_setting(table, setting, CONFIG, fields=_fields, shown=_shown)


@table.operation("PUT", f"{APP}/hosting/cache")
def invalidate_hosting_cache(call: Call) -> Response:
    path, hosted = call.body["path"], call.app.deployed.hosting
    if path == ALL_FILES:
        covered = len(hosted)
    else:
        names.asset_path(path)
        if path not in hosted:
            raise not_found("hosted file", "AssetNotFound")
        covered = 1
    if call.body.get("invalidate", True):
        record = call.app.singletons.setdefault(CACHE_KEY, {"invalidations": []})
        record["invalidations"] = [
            *record["invalidations"][-(KEPT_INVALIDATIONS - 1) :],
            {
                "path": path,
                "files": covered,
                "invalidated_at": timestamps.format_ms(timestamps.now_ms()),
            },
        ]
    return answer(call)
