"""Drafts (one per administrator and application) and the deployments they become.

While an administrator has a draft, their configuration reads and writes use the draft's
copy. Deploying hands the draft's changes (each entry it added, changed or deleted since it
was made) to a deployment, which applies them to the deployed configuration once it succeeds:
entries the draft did not touch keep whatever others deployed meanwhile. The diff shows what
deploying now would change. A deploy may name its deployment (`{"name": ...}`).

Redeploying a successful deployment starts a new deployment (of no draft) whose changes take
the deployed configuration back to what that deployment resulted in. Only the latest
deployments keep their result (`state.REDEPLOYABLE`): an older one, or one that did not
succeed, answers `400`.
"""

from __future__ import annotations

from starlette.responses import Response

from stitch_admin_emulator import config_files, ids
from stitch_admin_emulator.api.common import APP
from stitch_admin_emulator.deployments import SUCCESSFUL, Deployment
from stitch_admin_emulator.errors import bad_request, conflict, not_found
from stitch_admin_emulator.responses import created, json_response, no_content
from stitch_admin_emulator.routing import Call, OperationTable
from stitch_admin_emulator.state import Draft

table = OperationTable()

DRAFTS = f"{APP}/drafts"
DRAFT = f"{DRAFTS}/{{draftId}}"
DEPLOYMENTS = f"{APP}/deployments"


def _document(call: Call, draft: Draft) -> dict[str, object]:
    return {"_id": draft.id, "user_id": draft.user_id, "app": call.app.document()}


def _own_draft(call: Call) -> Draft:
    """The caller's draft named in the path; another administrator's draft is not found."""
    draft = call.app.drafts.get(call.user.user_id)
    if draft is None or draft.id != call.params["draftId"]:
        raise not_found("draft", "DraftNotFound")
    return draft


@table.operation("GET", DRAFTS)
def list_drafts(call: Call) -> Response:
    draft = call.app.drafts.get(call.user.user_id)
    return json_response([] if draft is None else [_document(call, draft)])


@table.operation("POST", DRAFTS)
def create_draft(call: Call) -> Response:
    if call.user.user_id in call.app.drafts:
        raise conflict("a draft already exists for this user and app", "DraftAlreadyExists")
    deployed = call.app.deployed
    draft = Draft(ids.object_id(), call.user.user_id, deployed.clone(), deployed.clone())
    call.app.drafts[call.user.user_id] = draft
    return created(_document(call, draft))


@table.operation("DELETE", DRAFT)
def discard_draft(call: Call) -> Response:
    del call.app.drafts[_own_draft(call).user_id]
    return no_content()


@table.operation("POST", f"{DRAFT}/deployment")
def deploy_draft(call: Call) -> Response:
    draft = _own_draft(call)
    name = call.body.get("name", "") if call.body is not None else ""
    del call.app.drafts[draft.user_id]
    deployment = call.app.start_deployment(draft, call.store.settings.deploy_delay, name)
    call.emulator.counters.deployments += 1
    return created(deployment.document())


@table.operation("GET", f"{DRAFT}/diff")
def get_draft_diff(call: Call) -> Response:
    deployed = call.app.deployed
    outcome = _own_draft(call).outcome_on(deployed)
    return json_response(config_files.diff(call.app.document(), deployed, outcome))


@table.operation("GET", DEPLOYMENTS)
def list_deployments(call: Call) -> Response:
    return json_response([d.document() for d in call.app.recent_deployments()])


def _deployment(call: Call) -> Deployment:
    for deployment in call.app.deployments:
        if deployment.id == call.params["deploymentId"]:
            return deployment
    raise not_found("deployment", "DeploymentNotFound")


@table.operation("GET", f"{DEPLOYMENTS}/{{deploymentId}}")
def get_deployment(call: Call) -> Response:
    return json_response(_deployment(call).document())


@table.operation("POST", f"{DEPLOYMENTS}/{{deploymentId}}/redeploy")
def redeploy(call: Call) -> Response:
    earlier = _deployment(call)
    if earlier.status != SUCCESSFUL:
        raise bad_request(
            f"only a successful deployment can be redeployed; this one is {earlier.status}",
            "DeploymentNotRedeployable",
        )
    if earlier.result is None:
        raise bad_request(
            "the deployment is too old to be redeployed: its configuration is no longer kept",
            "DeploymentNotRedeployable",
        )
    call.app.start_redeployment(earlier.result, call.user.user_id, call.store.settings.deploy_delay)
    call.emulator.counters.deployments += 1
    return no_content()
