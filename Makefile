# Two commands for a fresh machine: `make demo` (install, crawl the bundled demo press into
# SQLite, show the rumours) and `make test`. Both create the virtual environment on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test lint bench clean

demo: $(VENV)/.installed
	$(BIN)/mercato demo

test: $(VENV)/.installed
	$(BIN)/python -m pytest -q

lint: $(VENV)/.installed
	$(BIN)/ruff check .

bench: $(VENV)/.installed
	$(BIN)/python bench/score_rumours.py tests/fixtures/rumours/dev.jsonl tests/fixtures/rumours/texts
	$(BIN)/python bench/score_rumours.py tests/fixtures/rumours/heldout.jsonl tests/fixtures/rumours/texts
	$(BIN)/python bench/rumour_speed.py
	$(BIN)/python bench/clean_speed.py

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

clean:
	rm -rf $(VENV) data/mercato.db data/mercato.db-wal data/mercato.db-shm
