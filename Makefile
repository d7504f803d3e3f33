# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EVAL_DIR ?= ../shared/data/eval

.PHONY: run test bench bench-ingest eval setup clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(BIN)/harmledger demo

test: $(STAMP)
	$(BIN)/pytest -q

eval: $(STAMP)
	$(BIN)/harmledger eval $(EVAL_DIR)/seed.jsonl $(EVAL_DIR)/gva-articles.jsonl $(EVAL_DIR)/acled-notes.jsonl $(EVAL_DIR)/bellingcat-weapon.jsonl

bench: $(STAMP)
	$(BIN)/python -m harmledger.bench $(EVAL_DIR)/gva-articles.jsonl
	$(BIN)/python -m harmledger.bench_ingest $(EVAL_DIR)/gva-articles.jsonl --workers 2

bench-ingest: $(STAMP)
	$(BIN)/python -m harmledger.bench_ingest $(EVAL_DIR)/gva-articles.jsonl --workers 2

clean:
	rm -rf $(VENV) build *.egg-info
