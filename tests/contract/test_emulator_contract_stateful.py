"""Stateful contract tests: sequences of requests chained by what earlier answers returned.

schemathesis infers links between operations from the document (a create returns the `_id`
that the item's GET, PUT and DELETE take), then runs random sequences: create a function,
read it, delete it, read it again, ... Besides the checks every answer goes through, two
only make sense here: `use_after_free` (a deleted resource answers 404 afterwards) and
`ensure_resource_availability` (a created one does not).

Every sequence starts by creating an application in the world's group; what follows takes
its ids from earlier answers (or generates them, and meets 404s). Nothing is aimed at the
world's own resources: they belong to another application than the sequence's.
"""

from __future__ import annotations

from typing import Any, ClassVar

import hypothesis
import requests
from hypothesis.stateful import initialize
from schemathesis import Case, Response
from schemathesis.generation.stateful.state_machine import StepInput, StepOutput
from support import contract_run
from support.contract_world import World

schema = contract_run.load_schema()


Workflow = schema.as_state_machine()
CREATE_APP = "POST /groups/{groupId}/apps"


class ContractStateMachine(Workflow):  # type: ignore[misc, valid-type]
    world: ClassVar[World]
    session: ClassVar[requests.Session]

    # No operation returns a group id, so schemathesis finds no way into the group's
    # operations on its own: every sequence starts by creating an application in the world's
    # group, whose answer the inferred links then feed to the application's operations.
    @initialize(target=Workflow.bundles[f"{CREATE_APP} -> 201"])
    def create_app(self) -> StepOutput:
        self.world.apps_made += 1
        case = schema[CREATE_APP.split()[1]]["POST"].Case(
            path_parameters={"groupId": self.world.ids["groupId"]},
            body={"name": f"sequence-{self.world.apps_made}"},
        )
        start = StepInput.initial(case)
        # As schemathesis' own first steps do: later steps find their parent in the recorder.
        self.recorder.record_case(case=case)
        self.control.record_step(start, self.recorder)
        return self.step(start)

    def get_call_kwargs(self, case: Case) -> dict[str, Any]:
        return {
            "base_url": self.world.emulator.api_url,
            "headers": self.world.headers_for(case),
            "session": self.session,
        }

    def after_call(self, response: Response, case: Case) -> None:
        super().after_call(response, case)
        contract_run.COUNTS.cases[case.operation.label] += 1

    def validate_response(self, response: Response, case: Case, *args: Any, **kwargs: Any) -> None:
        try:
            super().validate_response(response, case, *args, **kwargs)
        except BaseException:
            contract_run.COUNTS.failed[case.operation.label] += 1
            raise


def test_sequences_of_operations_keep_the_contract(world: World, session: requests.Session) -> None:
    ContractStateMachine.world, ContractStateMachine.session = world, session
    ContractStateMachine.run(
        settings=hypothesis.settings(
            max_examples=contract_run.SCENARIOS,
            stateful_step_count=contract_run.SCENARIO_STEPS,
            derandomize=True,
            database=None,
            deadline=None,
            suppress_health_check=list(hypothesis.HealthCheck),
        )
    )
