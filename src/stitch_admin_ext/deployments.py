"""Waiting for a deployment to finish: the decisions, with no I/O.

A deployment starts ``created``, moves to ``pending``, and ends ``successful`` or ``failed``.
``DeploymentWait`` is told each status it sees and answers how long to sleep before the next
poll (backing off from a quarter second to two seconds, the service's own clients poll about
once a second), or raises ``DeploymentFailedError`` / ``DeploymentTimeoutError``. ``wait_for``
is the polling procedure built on it (see ``steps``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

import attrs

from .arguments import check_number
from .errors import (
    DeploymentFailedError,
    DeploymentTimeoutError,
    RateLimitError,
    ServerError,
    TransportError,
)
from .steps import Call, Procedure, Sleep

if TYPE_CHECKING:
    from stitch_admin_client.models import Deployment

_FIRST_DELAY: Final = 0.25
_MAX_DELAY: Final = 2.0
_BACKOFF: Final = 1.5


def check_timeout(timeout: object) -> float:
    # Infinity waits for as long as the deployment takes; NaN would never time out either,
    # but by accident.
    return float(
        check_number(timeout, "timeout", above_minimum=True, unit="seconds", infinite=True)
    )


@attrs.define
class DeploymentWait:
    """The state of one wait: when it started, and how long the next sleep is."""

    deployment_id: str
    timeout: float = attrs.field(converter=check_timeout)
    clock: Callable[[], float] = time.monotonic
    started: float = attrs.field(init=False)
    _delay: float = attrs.field(init=False, default=_FIRST_DELAY)

    def __attrs_post_init__(self) -> None:
        self.started = self.clock()

    def next_delay(self, deployment: Deployment) -> float | None:
        """``None`` when ``deployment`` succeeded; else seconds to wait before polling again."""
        from stitch_admin_client.models import DeploymentStatus
        from stitch_admin_client.types import UNSET

        status = deployment.status
        if status == DeploymentStatus.SUCCESSFUL:
            return None
        if status == DeploymentStatus.FAILED:
            reason = (
                deployment.status_error_message
                if isinstance(deployment.status_error_message, str)
                else None
            )
            raise DeploymentFailedError(
                f"deployment {self.deployment_id} failed: {reason or 'no reason given'}",
                deployment_id=self.deployment_id,
                deployment=deployment,
                status_error_message=reason,
            )
        # created, pending, absent, or a status this client does not know: not final yet.
        remaining = self.timeout - (self.clock() - self.started)
        if remaining <= 0:
            shown = status if status is not UNSET else "unknown"
            raise DeploymentTimeoutError(
                f"deployment {self.deployment_id} was still {shown} after {self.timeout:g} s",
                deployment_id=self.deployment_id,
                deployment=deployment,
            )
        delay = min(self._delay, remaining)
        self._delay = min(self._delay * _BACKOFF, _MAX_DELAY)
        return delay


def wait_for(
    group_id: str,
    app_id: str,
    deployment: Deployment,
    timeout: float,
    progress: Callable[[Deployment], None] | None = None,
) -> Procedure[Deployment]:
    """Poll ``deployment`` until it is final; transient failures only cost a poll.

    ``progress``, if given, sees the deployment as first known and after every poll.
    """
    wait = DeploymentWait(deployment.id, timeout)
    if progress is not None:
        progress(deployment)
    while (delay := wait.next_delay(deployment)) is not None:
        yield Sleep(delay)
        try:
            deployment = yield Call(
                "deployments.get_deployment",
                {"group_id": group_id, "app_id": app_id, "deployment_id": deployment.id},
            )
        except (TransportError, ServerError, RateLimitError):
            # The deployment goes on regardless; the next poll (or the timeout) decides.
            continue
        if progress is not None:
            progress(deployment)
    return deployment
