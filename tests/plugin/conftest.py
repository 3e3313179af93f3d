"""The plugin's tests run `sample/`, a users' test suite, through `pytester`: it is not
collected as part of this suite."""

# pytester's in-process runs forget the modules first imported during a run. httpx imports
# httpcore at its first request and maps httpcore's exceptions to its own with the classes it
# saw then: were that in a run, a later run's re-imported httpcore would raise errors httpx no
# longer recognises. Imported here, httpcore outlives every run. So do the SDK's modules, which
# the plugin imports lazily: a `Secret` class re-imported by a later run would not be the one
# the modules still loaded check for (`pytest tests/plugin` alone failed where the whole suite,
# which imports them first, passed).
import importlib
import pkgutil

import httpcore  # noqa: F401

import stitch_admin_ext

for _module in pkgutil.walk_packages(stitch_admin_ext.__path__, "stitch_admin_ext."):
    importlib.import_module(_module.name)

collect_ignore = ["sample"]
