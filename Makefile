# The two doors: `make run` serves the hub with the demo alliance; `make test`
# runs every check, on SQLite and then on a PostgreSQL server it starts itself.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
export ACCORD_DATA_DIR ?= var

.PHONY: run test lint typecheck test-sqlite test-postgres bench clean fonts

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.stamp-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	@touch $@

$(VENV)/.stamp-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $@ $(VENV)/.stamp-run

# A CJK-capable font for the council's PDF minutes (installed from Debian's packages if missing).
fonts:
	@scripts/ensure-fonts.sh

run: $(VENV)/.stamp-run
	@scripts/ensure-fonts.sh || echo "(no CJK font: PDF minutes will be unavailable until scripts/ensure-fonts.sh succeeds)"
	@$(BIN)/accord migrate-db >/dev/null
	@$(BIN)/accord demo load --if-empty
	@echo
	@echo "Accord hub: http://$${ACCORD_HOST:-127.0.0.1}:$${ACCORD_PORT:-8600}/   (data in $(ACCORD_DATA_DIR)/)"
	@echo "Demo users (one per party and role; HTTP Basic on the API):"
	@$(BIN)/accord demo credentials || true
	@echo "Try: curl -u pk-analyst:PASSWORD 'http://127.0.0.1:$${ACCORD_PORT:-8600}/api/v1/parties?at=2018-05-22'"
	@echo
	exec $(BIN)/accord serve

lint: $(VENV)/.stamp-dev
	$(BIN)/ruff check accord tests bench

typecheck: $(VENV)/.stamp-dev
	$(BIN)/mypy accord

test-sqlite: $(VENV)/.stamp-dev fonts
	$(BIN)/pytest -q

test-postgres: $(VENV)/.stamp-dev fonts
	scripts/with-postgres.sh $(BIN)/pytest -q

test: lint typecheck test-sqlite test-postgres

bench: $(VENV)/.stamp-dev
	@for b in bench/*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
