# stitch-admin: every command a contributor or CI needs. `make help` lists them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Reinstalled whenever the project's dependency files change.
STAMP := $(VENV)/.installed-stamp
LOCK := requirements/dev.lock

.DEFAULT_GOAL := help
.PHONY: help venv test demo lint typecheck validate-spec generate check-generated pytest contract fuzz audit lock bench clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 20

$(STAMP): pyproject.toml $(LOCK)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -r $(LOCK)
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $(STAMP)

venv: $(STAMP)  ## create .venv and install the project with its development tools

test: lint typecheck validate-spec check-generated pytest  ## everything CI runs

demo: $(STAMP)  ## run examples/deploy_function.py against the local emulator (or STITCH_ADMIN_* settings)
	@$(BIN)/python tools/run_demo.py

lint: $(STAMP)  ## ruff: lint and formatting
	$(BIN)/ruff check src tests tools examples bench openapi/templates/static
	$(BIN)/ruff format --check src tests tools examples bench openapi/templates/static

typecheck: $(STAMP)  ## mypy --strict on src/, tools/, examples/, bench/ and the generated package
	$(BIN)/mypy src tools examples bench
	cd generated && ../$(BIN)/mypy --strict --config-file /dev/null stitch_admin_client

validate-spec: $(STAMP)  ## validate openapi/stitch-admin-v3.yaml
	$(BIN)/python -m openapi_spec_validator openapi/stitch-admin-v3.yaml

generate: $(STAMP)  ## regenerate generated/stitch_admin_client from the spec
	$(BIN)/python tools/generate.py

check-generated: $(STAMP)  ## fail if generated/ differs from a fresh generation
	$(BIN)/python tools/generate.py --check

pytest: $(STAMP)  ## the test suite
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# The full contract run; `make test` runs the same tests with a small sample (the defaults).
CONTRACT_SETTINGS := CONTRACT_EXAMPLES=100 CONTRACT_SCENARIOS=100 CONTRACT_SCENARIO_STEPS=20

contract: $(STAMP)  ## contract tests of the emulator against the document, full run (a few minutes)
	$(CONTRACT_SETTINGS) $(BIN)/python -m pytest tests/contract -q $(PYTEST_ARGS)

.PHONY: emulator
emulator: $(STAMP)  ## run the Admin API emulator in the foreground (options: EMULATOR_ARGS=...)
	$(BIN)/python -m stitch_admin_emulator $(EMULATOR_ARGS)

bench: $(STAMP)  ## benchmarks against raw httpx, urllib3 and openapi-generator (~10 min); updates BENCHMARKS.md
	$(BIN)/python -m bench --write BENCHMARKS.md

fuzz: $(STAMP)  ## response fuzzing at full size: 10,000 cases per tag, counts printed
	$(BIN)/python tools/fuzz.py $(FUZZ_ARGS)

audit: $(STAMP)  ## known vulnerabilities in requirements/dev.lock (needs the network)
	$(BIN)/python tools/audit.py

lock: $(STAMP)  ## re-resolve requirements/dev.lock from pyproject.toml
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --extra dev --extra emulator --extra cli --extra bench --python-version 3.11 --no-header --quiet -o $(LOCK)

clean:  ## remove the virtual environment and caches
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache .cache build dist
