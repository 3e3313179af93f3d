"""Contract tests: requests generated from the OpenAPI document, answers checked against it.

schemathesis reads `openapi/stitch-admin-v3.yaml` and, for each of its operations, generates
requests (its examples, coverage and fuzzing phases: valid ones, and ones that break the
document on purpose) and sends them over a real socket to an emulator started in a thread.
Every answer goes through schemathesis' checks (see `CHECKS` in `support.contract_run`).

How the requests are aimed (`support.contract_world.World`):

- Authentication: every request carries the access token of one login with the emulator's
  default key pair; `/auth/session` gets the refresh token, and `DELETE /auth/session` the
  refresh token of a login of its own, so the suite's session is never revoked.
- Path and query parameters: most requests name the group and the application the world
  made, and its function, service, user, ...; some keep the generated values (which name
  nothing: 404s). Only components generated valid are re-aimed, so a request meant to break
  the document still does.
- State: after each request that may have deleted or deployed something, `World.heal()`
  makes again what is missing.

`make test` runs a small derandomized sample; `make contract` runs more examples per
operation, and longer sequences in `test_emulator_contract_stateful` (see
`support.contract_run` for the settings).
"""

from __future__ import annotations

import requests
import schemathesis
from support import contract_run
from support.contract_world import World

schema = contract_run.load_schema()


@schema.parametrize()
def test_operation_keeps_the_contract(
    case: schemathesis.Case, world: World, session: requests.Session
) -> None:
    contract_run.run_case(case, world, session)
