"""The plugin's tests run `sample/`, a users' test suite, through `pytester`: it is not
collected as part of this suite."""

# pytester's in-process runs forget the modules first imported during a run. httpx imports
# httpcore at its first request and maps httpcore's exceptions to its own with the classes it
# saw then: were that in a run, a later run's re-imported httpcore would raise errors httpx no
# longer recognises. Imported here, httpcore outlives every run.
import httpcore  # noqa: F401

collect_ignore = ["sample"]
