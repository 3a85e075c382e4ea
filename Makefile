# The README's two commands: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DATABASE_URL ?= sqlite:///guestabi.db
DEMO := demo-linux
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup run test bench bench-web screenshots mutation clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q -c requirements.lock -e '.[test]'
	touch $(STAMP)

# Ingest (a kernel clone when LINUX is given, else the demo history) and serve.
run: setup
ifdef LINUX
	DATABASE_URL=$(DATABASE_URL) $(BIN)/guestabi ingest $(LINUX)
else
	$(BIN)/guestabi demo $(DEMO) --force
	DATABASE_URL=$(DATABASE_URL) $(BIN)/guestabi ingest $(DEMO) --waivers $(DEMO)/waivers.toml
endif
	DATABASE_URL=$(DATABASE_URL) $(BIN)/guestabi serve --host $(HOST) --port $(PORT)

test: setup
	$(BIN)/python -m pytest -q $(PYTEST_ARGS)

bench: setup
	$(BIN)/python bench/ingest.py $(BENCH_ARGS)

bench-web: setup
	$(BIN)/python bench/web.py

# The README's screenshots, by the browser tests' own run (real-code database
# when the kernel trees are cached, else the demo's).
screenshots: setup
	GUESTABI_SCREENSHOTS=docs/screenshots $(BIN)/python -m pytest -q -m browser tests/test_browser.py -k readme_screenshots

# Mutation testing of the pure core ([tool.mutmut] in pyproject.toml says
# which files and tests; tests/mutation_equivalents.md the survivors). About
# 25 minutes from scratch on two cores, so not part of `make test`; a re-run
# reuses mutants/ and tests only what changed. Last line: the score.
mutation: setup
	$(BIN)/mutmut run --max-children 2 > mutation.log 2>&1 || (tail -20 mutation.log; exit 1)
	$(BIN)/mutmut results --all true | awk -F': ' '$$2 == "survived" || $$2 == "timeout" {print "  " $$0} \
		{n++} $$2 == "killed" {k++} END {print "mutants: " k+0 " killed of " n+0}'

clean:
	rm -rf $(VENV) $(DEMO) guestabi.db guestabi.db-wal guestabi.db-shm
