# PolicyKG: two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
STORE  ?= data/store
HOST   ?= 127.0.0.1
PORT   ?= 5000

.PHONY: install run build serve test lint typecheck unit browser bench clean

# pip prints a line per package it collects and installs: the first install takes about
# 90 s, and a silent one looks hung.
PIP    := $(BIN)/python -m pip install --progress-bar on
say     = @printf '\n==> %s\n' $(1)

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON)"; exit 1; }
	$(call say,"[1/3] virtual environment in $(VENV)")
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(call say,"[2/3] the latest pip")
	@$(PIP) --upgrade pip
	$(call say,"[3/3] policykg and its dependencies (about 90 s the first time)")
	@$(PIP) -e '.[dev]'
	@touch $(STAMP)
	$(call say,"installed: $(BIN)/policykg")

install: $(STAMP)

build: $(STAMP)
	$(call say,"building the graph from data/raw into $(STORE)")
	@$(BIN)/policykg build data/raw --store $(STORE)

serve: $(STAMP)
	$(call say,"serving http://$(HOST):$(PORT)/ (Ctrl-C stops)")
	@$(BIN)/policykg serve --store $(STORE) --host $(HOST) --port $(PORT)

run: build serve

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest -q

test: lint typecheck unit

bench: build
	$(call say,"benchmark extras")
	@$(PIP) -e '.[dev,bench]'
	$(BIN)/python -m bench.run_all

clean:
	rm -rf $(VENV) data/store data/store.* .pytest_cache .mypy_cache .ruff_cache tests/artifacts
