# stitch-admin: every command a contributor or CI needs. `make help` lists them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Reinstalled whenever the project's dependency files change.
STAMP := $(VENV)/.installed-stamp
LOCK := requirements/dev.lock

.DEFAULT_GOAL := help
.PHONY: help venv test lint typecheck validate-spec generate check-generated pytest fuzz audit lock clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 20

$(STAMP): pyproject.toml $(LOCK)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -r $(LOCK)
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $(STAMP)

venv: $(STAMP)  ## create .venv and install the project with its development tools

test: lint typecheck validate-spec check-generated pytest  ## everything CI runs

lint: $(STAMP)  ## ruff: lint and formatting
	$(BIN)/ruff check src tests tools
	$(BIN)/ruff format --check src tests tools

typecheck: $(STAMP)  ## mypy --strict on src/ and on the generated package
	$(BIN)/mypy src
	cd generated && ../$(BIN)/mypy --strict --config-file /dev/null stitch_admin_client

validate-spec: $(STAMP)  ## validate openapi/stitch-admin-v3.yaml
	$(BIN)/python -m openapi_spec_validator openapi/stitch-admin-v3.yaml

generate: $(STAMP)  ## regenerate generated/stitch_admin_client from the spec
	$(BIN)/python tools/generate.py

check-generated: $(STAMP)  ## fail if generated/ differs from a fresh generation
	$(BIN)/python tools/generate.py --check

pytest: $(STAMP)  ## the test suite
	$(BIN)/python -m pytest $(PYTEST_ARGS)

fuzz: $(STAMP)  ## response fuzzing at full size: 10,000 cases per tag, counts printed
	$(BIN)/python tools/fuzz.py $(FUZZ_ARGS)

audit: $(STAMP)  ## known vulnerabilities in requirements/dev.lock (needs the network)
	$(BIN)/python tools/audit.py

lock: $(STAMP)  ## re-resolve requirements/dev.lock from pyproject.toml
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --extra dev --extra emulator --python-version 3.11 --no-header --quiet -o $(LOCK)

clean:  ## remove the virtual environment and caches
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache build dist
