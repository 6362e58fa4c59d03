# Two entry points: `make run` (set up + main job) and `make test` (set up + test suite).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export DAGSTER_HOME := $(CURDIR)/.dagster
# Python keeps the compiled form of what it imports beside the sources (the venv's site-packages included): a
# PYTHONDONTWRITEBYTECODE inherited from the shell would make every process recompile dagster, pandas, … from source
# (~5 s more per `mois-ess` process, each test subprocess included).
unexport PYTHONDONTWRITEBYTECODE

.PHONY: run test install lint dev clean browser

# uv (a PyPI package) installs the dependencies several times faster than pip; plain pip when uv cannot be
# installed or cannot reach the index.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet uv && $(BIN)/uv pip install --quiet --python $(BIN)/python -e '.[dev]' || \
		$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# Regenerated when the Makefile changes; Dagster's telemetry is opted out.
$(DAGSTER_HOME)/dagster.yaml: Makefile
	mkdir -p $(DAGSTER_HOME)
	printf 'telemetry:\n  enabled: false\n' > $(DAGSTER_HOME)/dagster.yaml

run: $(STAMP) $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/mois-ess run

# `dg check defs` first (the definitions load); then one worker per core, each taking the next test when it is
# free (the releases the tests start from are built once per session and shared: tests/builds.py).
test: $(STAMP) $(DAGSTER_HOME)/dagster.yaml browser
	$(BIN)/dg check defs
	$(BIN)/python -m pytest -q -n auto --dist worksteal

# Debian's chromium and chromedriver for the report's browser test (tests/assets/test_report_browser.py, which
# installs axe-core from npm itself). Installed when missing and running as root (CI); else the test skips.
browser:
	@{ command -v chromium && command -v chromedriver; } >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && apt-get update -qq && \
		apt-get install -y -qq chromium chromium-driver >/dev/null; } || \
		echo "chromium absent (apt-get install chromium chromium-driver) : le test du rapport sera ignoré"

lint: $(STAMP)
	$(BIN)/ruff check pipelines assets tests scripts

dev: $(STAMP) $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/dg dev

clean:
	rm -rf data/warehouse data/published/*.csv data/published/*.parquet data/published/datapackage.json \
		data/published/*.geojson data/published/*.duckdb data/published/rapport
