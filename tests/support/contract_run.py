"""How the contract tests run schemathesis: its settings, its checks, and what they counted.

Settings (environment), small by default so that `make test` runs a quick sample;
`make contract` raises them:

- `CONTRACT_EXAMPLES`: examples the fuzzing phase generates per operation (the examples and
  coverage phases add their own cases: documented examples, boundary values, every
  parameter and field made invalid in turn, undeclared methods).
- `CONTRACT_SCENARIOS`, `CONTRACT_SCENARIO_STEPS`: sequences the stateful test runs, and
  requests per sequence at most.

Generation is derandomized: the same document gives the same cases on every run.
"""

from __future__ import annotations

import os
import re
from collections import Counter

import attrs
import requests
import schemathesis
from schemathesis.core.failures import AcceptedNegativeData, Failure
from schemathesis.core.parameters import ParameterLocation
from schemathesis.openapi.checks import (
    DiscriminatorMismatch,
    EnsureResourceAvailability,
    RejectedPositiveData,
)

from support import spec
from support.contract_world import World

EXAMPLES = int(os.environ.get("CONTRACT_EXAMPLES", "3"))
SCENARIOS = int(os.environ.get("CONTRACT_SCENARIOS", "5"))
SCENARIO_STEPS = int(os.environ.get("CONTRACT_SCENARIO_STEPS", "10"))

# Every check schemathesis has runs on every answer. Some cannot fail here, and say why:
CHECKS = (
    # The answer itself, against the operation in the document.
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_schema_conformance",  # formats (date-time, ...) included
    "response_headers_conformance",
    # Input handling: a request that breaks the document is refused (4xx), one that keeps it
    # is not refused with a 400. Both have deliberate exceptions: see `filter_failure`.
    # Unknown fields and query parameters are not "invalid": the document keeps every
    # object open, and schemathesis does not count such extras as breaking it.
    "negative_data_rejection",
    "positive_data_acceptance",
    # Undeclared methods answer 405 with Allow; OPTIONS, if answered, lists the document's.
    "unsupported_method",
    "allow_header_conformance",
    # Each request is sent again without the token and with a wrong one: it must be refused.
    "ignored_auth",
    # Only in the stateful test, where a request follows the create or delete it depends on.
    "use_after_free",
    "ensure_resource_availability",
    # Cannot fail here: the document declares no required header parameter (the token is a
    # security scheme, which `ignored_auth` covers) ...
    "missing_required_header",
    # ... and schemathesis is given one identity: another administrator's groups are kept
    # apart by the emulator's own tests (tests/emulator/test_emulator_apps.py).
    "object_level_authorization",
)
# `max_response_time` stays off: timing belongs to the benchmarks, never to a test.


@attrs.define
class RunCounts:
    """What a run did, reported at the end of the pytest session."""

    cases: Counter[str] = attrs.field(factory=Counter)
    failed: Counter[str] = attrs.field(factory=Counter)

    def summary(self) -> str:
        return (
            f"contract: {len(self.cases)} operations, {sum(self.cases.values())} cases, "
            f"{sum(self.failed.values())} failed ({EXAMPLES} fuzzed examples per operation, "
            f"{SCENARIOS} sequences of up to {SCENARIO_STEPS} requests)"
        )


COUNTS = RunCounts()


def load_schema() -> schemathesis.BaseSchema:
    config = schemathesis.Config.from_dict(
        {
            "generation": {
                "max-examples": EXAMPLES,
                "deterministic": True,
                # No example database: a run never depends on what an earlier one found.
                "database": "none",
                # Credentials come from the world: a generated Authorization header would be
                # replaced anyway. `ignored_auth` checks that the credentials are needed.
                "with-security-parameters": False,
            },
            "checks": {name: {"enabled": True} for name in CHECKS},
        }
    )
    schema = schemathesis.openapi.from_path(spec.SPEC_PATH, config=config)
    schema.hook(filter_failure)
    return schema


def _reads_what_was_made(failure: EnsureResourceAvailability) -> bool:
    """Whether the GET is the created resource's own: the create's path, plus its id."""
    created = failure.created_with.split(" ", 1)[-1]
    read = failure.not_available_with.split(" ", 1)[-1]
    return read.startswith(created) and read[len(created) :].count("/") <= 1


def filter_failure(
    context: schemathesis.HookContext,
    failure: Failure,
    case: schemathesis.Case,
    response: schemathesis.Response,
) -> bool:
    """Keep every failure but the deliberate ones: a valid request refused for a reason no
    schema can state (`SEMANTIC_REJECTIONS`), an invalid one answered as the service answers
    it (`TOLERATED_INVALID_QUERIES`), or a discriminating value the mapping does not list."""
    if isinstance(failure, EnsureResourceAvailability) and not _reads_what_was_made(failure):
        # schemathesis links a create to every GET that takes the id it returned: for a new
        # app, also to settings that exist only once set (the dependencies' status, the Data
        # API's settings). Only the created thing itself must be there at once.
        return False
    if isinstance(failure, DiscriminatorMismatch):
        # The document's discriminators are open: a value its mapping does not list (a kind
        # with no fields of its own, or one the service adds later) is the base schema itself,
        # which the answer is validated against. Schemathesis reads mappings as closed.
        return False
    label = case.operation.label
    if isinstance(failure, RejectedPositiveData) and response.status_code == 400:
        message = str((response.json() or {}).get("error", ""))
        return not any(re.search(rule, message) for rule in SEMANTIC_REJECTIONS.get(label, ()))
    if isinstance(failure, AcceptedNegativeData) and label in TOLERATED_INVALID_QUERIES:
        meta = case.meta
        only_query = meta is not None and all(
            location == ParameterLocation.QUERY or not info.mode.is_negative
            for location, info in meta.components.items()
        )
        return not only_query
    return True


# 400 answers to requests that the document's schemas accept, because the service checks
# something a schema cannot state: a reference to another resource, a rule across two
# parameters or fields, agreement with the resource's current state, or bytes that must
# match a hash. Each pattern is searched for in the answer's `error`.
_TRIGGER_RULES = (
    r"^function_id '.*' names no function$",  # must name a function of the app
    r"^service_id '.*' names no service$",  # a DATABASE trigger's service
    r"^a \w+ trigger needs config\.",  # which config fields depend on `type`
    r"^config\.schedule must be a cron expression",  # cron syntax
)
_RUN_AS = (r"^give exactly one of the query parameters user_id and run_as_system=true$",)
# Data sources: a default rule must (not) exist and keep its id; parts have unique names; the
# data sources, functions and secrets named must exist; a move must change something.
_DATA_SOURCE = (r"^'.*' is a '.*' service, not a data source$",)
_DEFAULT_RULE = (
    r"^default rule already exists$",
    r"^default rule does not exist$",
    r"^service default rule id mismatch$",
    r"^only data sources have a default rule",
)
_RULE_NAME = (r"^the rule needs a 'name'$", r"^the rule name must be")
_SERVICE_PARTS = (
    *_DEFAULT_RULE,
    r"^each (rule|incoming webhook) needs a 'name'$",
    r"^a (rule|incoming webhook) named '.*' already exists$",
    r"^the (rule|incoming webhook) name must be",
)
_SECRET_REFERENCE = (
    r"^no secret is named '.*'$",
    r"^a value with from_secret must hold the name of a secret$",
)
_SCHEMA = (
    r"^a schema needs 'metadata'",
    r"^the schema's metadata needs ",
    r"^no data source is named '.*'$",
    r"^the relationship of '.*' (needs a 'ref'|must refer to)",
    r"^the schema is not a valid JSON schema",
)
_CUSTOM_USER_DATA = (
    r"^no (data source|function) is named '.*'$",
    r"^(mongo_service_id|on_user_creation_function_id) '.*' names no (service|function)$",
    r"^'.*' is not a MongoDB data source$",
    r"^enabled custom user data needs ",
)
_MIGRATION = (
    r"^give the deployment_model or the provider_region to move to$",
    r" offers only \w+ deployments$",
    r"^the application is already deployed there$",
)
_REDEPLOY = (
    r"^only a successful deployment can be redeployed",
    r"^the deployment is too old to be redeployed",
)
_LINKS = (
    r"^a data source's type must be ",
    r"^at most \d+ data sources can be linked at once$",
    r"^an app can have at most \d+ data sources$",
    r"^each data source needs a name or a config\.clusterName$",
    r"^failed to link data sources: ",
)
_SAMPLE = (
    *_DATA_SOURCE,
    r"^'documents' must be a list of documents$",
    r"^each sampled document must be an object$",
)
_VALIDATION = (
    *_SAMPLE,
    r"^from_schema is empty and .* has no schema$",
    r"^the query cannot be run: ",
    r"^sort direction of '.*' must be 1 or -1$",
    r"^the schema (is not a valid JSON schema|cannot be applied)",
)
# A pushed configuration is checked as a whole: its references, names and settings.
_PUSH_RULES = (
    r"^the configuration's \w+ is '.*' but the app's is '.*'; a push cannot change it$",
    r"^two [\w ]+(of .*)? are named '.*'$",  # names are unique per kind
    r" names the (function|data source)( id)? '.*', which does not exist$",
    r" names no (function|data source)$",
    r" refers to the secret .*, which does not exist",
    r"^the trigger '.*': (a \w+ trigger needs config\.|config\.schedule must be a cron)",
    r"^the [\w ]+ name must (not be empty|be 1 to \d+ characters)",  # names the service refuses
    r" has an invalid (database|collection) name ",
    r"^each schema needs metadata\.data_source, \.database and \.collection$",
    r"^a custom resolver's \w+ must be a GraphQL name",
)
SEMANTIC_REJECTIONS: dict[str, tuple[str, ...]] = {
    "POST /groups/{groupId}/apps/{appId}/triggers": _TRIGGER_RULES,
    "PUT /groups/{groupId}/apps/{appId}/triggers/{triggerId}": _TRIGGER_RULES,
    # user_id and run_as_system are each optional, but exactly one must be given.
    "POST /groups/{groupId}/apps/{appId}/debug/execute_function": _RUN_AS,
    "POST /groups/{groupId}/apps/{appId}/debug/execute_function_source": _RUN_AS,
    "PATCH /groups/{groupId}/apps/{appId}/push": _PUSH_RULES,
    "PATCH /groups/{groupId}/apps/{appId}/auth_providers/{providerId}": (
        r"^'_id' does not match the provider in the path$",
        r"^a provider's type cannot change$",
    ),
    "POST /groups/{groupId}/apps/{appId}/hosting/assets": (
        r"^give exactly one pair: move_from and move_to, or copy_from and copy_to$",
        r"must be an absolute path such as /index.html",
    ),
    "PUT /groups/{groupId}/apps/{appId}/hosting/assets/asset": (
        r"^the path in the query and the path in 'meta' differ$",
        r"^meta\.size is \d+ but the file has \d+ bytes$",
        r"^meta\.hash does not match the file's MD5",
        r"^meta\.appId names another application$",
        r"must be an absolute path such as /index.html",
    ),
    **{
        f"{method} /groups/{{groupId}}/apps/{{appId}}{path}": rules
        for method, path, rules in (
            # A rule is named, or names its namespace (both fields, not empty).
            ("POST", "/services/{serviceId}/rules", _RULE_NAME),
            ("PUT", "/services/{serviceId}/rules/{ruleId}", _RULE_NAME),
            ("POST", "/services/{serviceId}/default_rule", _DEFAULT_RULE),
            ("PUT", "/services/{serviceId}/default_rule", _DEFAULT_RULE),
            ("POST", "/services", _SERVICE_PARTS),
            ("PATCH", "/services/{serviceId}", _SERVICE_PARTS),
            ("POST", "/values", _SECRET_REFERENCE),
            ("PUT", "/values/{valueId}", _SECRET_REFERENCE),
            ("POST", "/schemas", _SCHEMA),
            ("PUT", "/schemas/{schemaId}", _SCHEMA),
            ("PATCH", "/custom_user_data", _CUSTOM_USER_DATA),
            ("PATCH", "/deploy/config", (r"^automatic deployment needs the provider 'github'$",)),
            ("PUT", "/deployment_migration", _MIGRATION),
            ("POST", "/deployments/{deploymentId}/redeploy", _REDEPLOY),
            ("POST", "/multi_data_sources", _LINKS),
            ("GET", "/services/{serviceId}/commands/build_info", _DATA_SOURCE),
            ("POST", "/services/{serviceId}/commands/generate_schema", _SAMPLE),
            ("POST", "/services/{serviceId}/commands/validate_documents", _VALIDATION),
        )
    },
    "POST /groups/{groupId}/apps": (
        r" offers only \w+ deployments$",  # the region must offer the deployment model
        *_SERVICE_PARTS,  # a first data source
        r"^the service name must be",
    ),
}
_APP = "/groups/{groupId}/apps/{appId}"
_FORWARDER_RULES = (
    r"^the action's function .* does not exist$",  # must name a function of the app
    r"^a collection action needs ",  # which action fields depend on `type`
    r"^the action's data source .* is not a MongoDB data source of the app$",
)
_ENDPOINT_RULES = (
    r"^function_id '.*' names no function",
    r"^function '.*' does not exist$",
    r"^an endpoint needs the function it runs",  # function_id or function_name
    r"needs secret_id naming one of the app's secrets$",  # depends on validation_method
    r"^'_id' does not match the endpoint in the path$",
)
_DATA_API_RULES = (
    r"^the Data API needs at least one version$",
    r"^give run_as_user_id or run_as_user_id_script_source, not both$",
    r"^run_as_user_id '.*' names no user of the app$",
    r"needs secret_name naming one of the app's secrets$",
)
_RESOLVER_RULES = (
    r"^the resolver's function .* does not exist$",
    r"^a custom resolver needs its function",
    r"^function_id '.*' names no function called",
    r"^'_id' does not match the custom resolver in the path$",
    r"^field_name .* is not a GraphQL name$",  # `__` names are GraphQL's own
    r"^on_type .* is neither Query, Mutation nor a generated type of the app$",
    r"^(input|payload)_type ",  # a type name must match its format
    r"^a custom (input|payload)_type must be",
)
_ASSET_PATH = (r"must be an absolute file path such as /index.html",)
_ACCESS_LIST_RULES = (
    r"is not an IP address or CIDR block$",
    r"already covers",
    r"^the comment is longer than",
)
_PRIVATE_ENDPOINT_RULES = (
    r"offers no private endpoint service to this app",  # depends on where the app runs
    r"is already registered$",
)
_ARCHIVE_RULES = (  # the file part's bytes must be an archive the emulator can read
    r"^the file is not a zip",
    r"cannot be read",
    r"corrupt",
    r"would be extracted outside",
    r"points outside",
    r"is larger than",
    r"unpacks to more than",
    r"members$",
    r"is not (JSON|a JSON object)$",
    r"not a string$",
    r"dependencies must map",
    r"neither a file, a folder nor a link$",
)
_PERIOD_RULES = (
    r"must be an ISO 8601 date and time",
    r"^'end' must not be before 'start'$",
    r"data points; widen granularity$",
)
SEMANTIC_REJECTIONS |= {
    f"POST {_APP}/log_forwarders": _FORWARDER_RULES,
    f"PATCH {_APP}/log_forwarders/{{forwarderId}}": _FORWARDER_RULES,
    f"POST {_APP}/endpoints": _ENDPOINT_RULES,
    f"PUT {_APP}/endpoints/{{endpointId}}": _ENDPOINT_RULES,
    f"POST {_APP}/data_api/config": _DATA_API_RULES,
    f"PATCH {_APP}/data_api/config": _DATA_API_RULES,
    f"POST {_APP}/graphql": (r"^'variables' (is not valid JSON text|must be an object)",),
    f"POST {_APP}/graphql/custom_resolvers": _RESOLVER_RULES,
    f"PUT {_APP}/graphql/custom_resolvers/{{customResolverId}}": _RESOLVER_RULES,
    f"PATCH {_APP}/hosting/config": (
        r"^custom_domain must be a domain name",
        r"^default_error_path '.*' is not a hosted file$",
        r"^default_error_code must be an HTTP status",
        *_ASSET_PATH,
    ),
    f"PUT {_APP}/hosting/cache": _ASSET_PATH,
    f"POST {_APP}/security/access_list": _ACCESS_LIST_RULES,
    f"PATCH {_APP}/security/access_list/{{ipId}}": _ACCESS_LIST_RULES,
    f"PUT {_APP}/security/access_list/{{ipId}}": _ACCESS_LIST_RULES,
    f"POST {_APP}/security/private_endpoints": _PRIVATE_ENDPOINT_RULES,
    f"PUT {_APP}/security/private_endpoints/{{privateEndpointId}}": _PRIVATE_ENDPOINT_RULES,
    f"POST {_APP}/security/allow_non_vpc_client_requests": (
        r"can only be refused once the app has a private endpoint$",
    ),
    # A token is a string to the document; whether the app issued it is not.
    f"POST {_APP}/users/verify_token": (r"^invalid token: ",),
    f"PATCH {_APP}/users/{{uid}}/reset_email": (
        r"^the user has no email/password identity$",
        r"^a user with email '.*' already exists$",
    ),
    f"POST {_APP}/user_registrations/by_email/{{email}}/run_confirm": (
        r"^email/password authentication is not enabled$",
        r"is already confirmed$",
        r"confirmation function does not exist$",
    ),
    f"PUT {_APP}/dependencies": _ARCHIVE_RULES,
    f"POST {_APP}/dependencies/diff": _ARCHIVE_RULES,
    f"GET {_APP}/metrics": (
        *_PERIOD_RULES,
        r"^granularity must be an ISO 8601 duration",
        r"finer than the emulator keeps",
        r"^the emulator does not measure",
    ),
    f"GET {_APP}/measurements": _PERIOD_RULES,
    "GET /groups/{groupId}/measurements": _PERIOD_RULES,
}
# Operations whose invalid query values the service answers like valid ones. The document
# lists only 200 for a push notification list, and a `state` it does not know filters out
# every message instead of being refused.
TOLERATED_INVALID_QUERIES = {"GET /groups/{groupId}/apps/{appId}/push/notifications"}


def run_case(case: schemathesis.Case, world: World, session: requests.Session) -> None:
    label = case.operation.label
    COUNTS.cases[label] += 1
    world.aim(case)
    response = None
    try:
        response = case.call_and_validate(
            base_url=world.emulator.api_url, headers=world.headers_for(case), session=session
        )
    except BaseException:
        COUNTS.failed[label] += 1
        raise
    finally:
        heal_after(case, response, world)


def heal_after(
    case: schemathesis.Case, response: schemathesis.Response | None, world: World
) -> None:
    """Put back what the request may have deleted or deployed (only a successful write can)."""
    if response is None or (response.status_code < 300 and case.method.upper() != "GET"):
        world.heal()
