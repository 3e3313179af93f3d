"""The defaults of the public signatures, in a module that imports nothing.

``StitchAdmin``'s methods name them as default argument values, so ``admin`` needs them when it
is imported; the modules that do the work are imported when they are first used.
"""

from __future__ import annotations

from typing import Final

# The service's current host; the older ones (stitch.mongodb.com, realm.mongodb.com) still answer.
DEFAULT_BASE_URL: Final = "https://services.cloud.mongodb.com"
# Refresh this long before the access token expires (capped at a quarter of its lifetime, so
# that a short-lived token is not refreshed on every call).
DEFAULT_REFRESH_SKEW: Final = 60.0
DEFAULT_DEPLOY_TIMEOUT: Final = 300.0
# The login providers of administrators: Atlas API keys, or a username and a password.
PROVIDERS: Final = ("mongodb-cloud", "local")
# Following a log: how often to poll, and how late (seconds after its `started` time) an entry
# may become readable and still be yielded.
DEFAULT_POLL_INTERVAL: Final = 2.0
DEFAULT_LATENESS: Final = 60.0
