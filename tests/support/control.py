"""The emulator's control endpoints (`/_emulator/...`) as a small typed helper for tests."""

from __future__ import annotations

from typing import Any

import httpx

from stitch_admin_emulator import RunningEmulator


class Control:
    def __init__(self, emulator: RunningEmulator) -> None:
        self.emulator = emulator
        self.http = httpx.Client(
            base_url=emulator.base_url + "/_emulator",
            headers={"X-Emulator-Token": emulator.control_token},
            timeout=30,
        )

    def _app(self, app_id: str) -> str:
        return f"/groups/{self.emulator.group_id}/apps/{app_id}"

    def fault(self, action: str, **options: Any) -> None:
        """Inject a fault (see stitch_admin_emulator.faults for the options)."""
        response = self.http.post("/faults", json={"action": action, **options})
        assert response.status_code == 201, response.text

    def clear_faults(self) -> None:
        self.http.delete("/faults").raise_for_status()

    def counters(self) -> dict[str, Any]:
        response = self.http.get("/counters")
        response.raise_for_status()
        counters: dict[str, Any] = response.json()
        return counters

    def requests(self, route: str) -> int:
        """How many requests a route (e.g. "GET /groups/{groupId}/apps") has served."""
        count: int = self.counters()["requests"].get(route, 0)
        return count

    def reset_counters(self) -> None:
        self.http.delete("/counters").raise_for_status()

    def expire_tokens(self) -> None:
        self.http.post("/tokens/expire").raise_for_status()

    def next_deployment(self, app_id: str, **outcome: Any) -> None:
        self.http.post(f"{self._app(app_id)}/deployments/next", json=outcome).raise_for_status()

    def seed_logs(self, app_id: str, entries: list[dict[str, Any]]) -> None:
        response = self.http.post(f"{self._app(app_id)}/logs", json={"logs": entries})
        assert response.status_code == 201, response.text

    def generate_logs(self, app_id: str, count: int, start: str, end: str, **options: Any) -> None:
        """Generated entries (see stitch_admin_emulator.seeding.Generation for the options)."""
        body = {"count": count, "start": start, "end": end, **options}
        response = self.http.post(f"{self._app(app_id)}/logs/generate", json=body)
        assert response.status_code == 201, response.text

    def latency(self, seconds: float, **where: str) -> None:
        """Every matching API request waits ``seconds`` (``method``, ``path``: see faults)."""
        response = self.http.put("/latency", json={"seconds": seconds, **where})
        assert response.status_code == 200, response.text

    def add_admin(self, public_key: str, private_key: str, group_ids: list[str]) -> None:
        body = {"public_key": public_key, "private_key": private_key, "group_ids": group_ids}
        response = self.http.post("/admins", json=body)
        assert response.status_code == 201, response.text

    def add_pending_user(self, app_id: str, email: str) -> None:
        response = self.http.post(f"{self._app(app_id)}/pending_users", json={"email": email})
        assert response.status_code == 201, response.text

    def hosted_file(self, app_id: str, path: str) -> bytes:
        response = self.http.get(f"/hosting/{app_id}{path}")
        response.raise_for_status()
        return response.content

    def close(self) -> None:
        self.http.close()
