"""Running users' test suites with pytester: what a run in a new interpreter leaves out."""

from __future__ import annotations

# Plugins of this repository's own tools, which a users' suite would not load: they only slow
# down the runs in a new interpreter (and the cache would be written into the test's folder).
NOT_THEIRS = ("-p", "no:schemathesis", "-p", "no:hypothesispytest", "-p", "no:cacheprovider")
