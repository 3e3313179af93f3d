"""`python -m stitch_admin_emulator` as a process: its output, its signals and its errors."""

from __future__ import annotations

import queue
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from conftest import TLS
from support import emulation


def read_line(process: subprocess.Popen[str], timeout: float = 20) -> str:
    """The next line of the process's output; fails instead of hanging if none comes."""
    lines: queue.Queue[str] = queue.Queue()
    assert process.stdout is not None
    stdout = process.stdout
    threading.Thread(target=lambda: lines.put(stdout.readline()), daemon=True).start()
    try:
        return lines.get(timeout=timeout).rstrip("\n")
    except queue.Empty:
        pytest.fail(f"no output from the emulator within {timeout} s")


@contextmanager
def emulator_process(*arguments: str) -> Iterator[tuple[subprocess.Popen[str], list[str]]]:
    """The running process and the lines it printed before serving (URL first)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "stitch_admin_emulator", "--port", "0", *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        yield process, [read_line(process) for _ in range(4)]
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=10)


def login_status(base_url: str, public: str, private: str) -> int:
    with httpx.Client(verify=TLS) as client:
        response = client.post(
            f"{base_url}/api/admin/v3.0/auth/providers/mongodb-cloud/login",
            json={"username": public, "apiKey": private},
        )
    emulation.check_response(response, "/auth/providers/{provider}/login")
    return response.status_code


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_prints_its_url_first_serves_and_exits_cleanly_on_a_signal(signum: int) -> None:
    with emulator_process() as (process, lines):
        url, group_line, key_line, token_line = lines
        assert token_line.startswith("control_token: ")
        assert url.startswith("http://127.0.0.1:")
        assert url.rsplit(":", 1)[1].isdigit()
        assert group_line == "group_id: 5e8f00000000000000000001"
        assert key_line == "api_key: stitch-emulator-public:stitch-emulator-private-0000"
        assert login_status(url, "stitch-emulator-public", "stitch-emulator-private-0000") == 200
        process.send_signal(signum)
        stdout, stderr = process.communicate(timeout=10)
        assert process.returncode == 0
        assert stdout == ""
        assert "Traceback" not in stderr


def test_takes_its_key_pair_group_and_seeded_demo_app_from_arguments() -> None:
    arguments = [
        "--api-key",
        "pub:priv",
        "--group-id",
        "5e8f000000000000000000aa",
        "--seed-logs",
        "250",
    ]
    with emulator_process(*arguments) as (process, lines):
        url, group_line, key_line, token_line = lines
        assert token_line.startswith("control_token: ")
        assert group_line == "group_id: 5e8f000000000000000000aa"
        assert key_line == "api_key: pub:priv"
        demo_line = read_line(process)
        assert demo_line.startswith("demo_app_id: ")
        assert login_status(url, "pub", "priv") == 200
        assert login_status(url, "stitch-emulator-public", "stitch-emulator-private-0000") == 401
        with httpx.Client(verify=TLS) as client:
            token = client.post(
                f"{url}/api/admin/v3.0/auth/providers/mongodb-cloud/login",
                json={"username": "pub", "apiKey": "priv"},
            ).json()["access_token"]
            app = f"/groups/5e8f000000000000000000aa/apps/{demo_line.split()[1]}"
            response = client.get(
                f"{url}/api/admin/v3.0{app}/logs", headers={"Authorization": f"Bearer {token}"}
            )
        emulation.check_response(response, "/groups/{groupId}/apps/{appId}/logs")
        page = response.json()
        assert len(page["logs"]) == 100
        assert "nextEndDate" in page
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=10)
        assert process.returncode == 0


def test_a_taken_port_is_a_one_line_error_and_status_1() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "stitch_admin_emulator", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert f"127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "arguments",
    [
        ["--api-key", "no-colon"],
        ["--group-id", "xyz"],
        ["--access-token-ttl", "0"],
        ["--port", "x"],
    ],
)
def test_bad_arguments_are_a_usage_error(arguments: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "stitch_admin_emulator", *arguments],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 2
    assert "usage:" in result.stderr
    assert "Traceback" not in result.stderr


def test_fractional_ttls_are_accepted() -> None:
    with emulator_process("--access-token-ttl", "0.5", "--deploy-delay", "0.05") as (
        process,
        lines,
    ):
        assert lines[0].startswith("http://")
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=10)
        assert process.returncode == 0


def test_prints_the_control_token_and_keeps_state_in_a_data_directory(tmp_path: Path) -> None:
    with emulator_process("--data-dir", str(tmp_path)) as (_process, lines):
        assert lines[3].startswith("control_token: ")
        # A second emulator on the same directory says why it cannot start, in one line.
        second = subprocess.run(
            [
                sys.executable,
                "-m",
                "stitch_admin_emulator",
                "--port",
                "0",
                "--data-dir",
                str(tmp_path),
            ],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert second.returncode == 1
        assert second.stderr.strip().splitlines() == [
            f"stitch-emulator: {tmp_path} is in use by another emulator"
        ]
        assert "Traceback" not in second.stderr
    assert (tmp_path / "emulator.sqlite3").exists()


def test_without_the_emulator_extra_it_says_what_to_install() -> None:
    script = (
        "import sys\n"
        "sys.modules['uvicorn'] = None  # as if the extra were not installed\n"
        "from stitch_admin_emulator.__main__ import main\n"
        "sys.exit(main(['--port', '0']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 1
    assert "pip install 'stitch-admin[emulator]'" in result.stderr
    assert "Traceback" not in result.stderr
