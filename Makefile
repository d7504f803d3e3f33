# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EVAL_DIR ?= ../shared/data/eval
# The page's libraries: installed from the npm registry (frontend/package-lock.json) and copied
# next to the app's own static files; never committed, never loaded from a CDN.
NODE_MODULES := frontend/node_modules
VENDOR := src/harmledger/web/static/vendor
VENDOR_STAMP := $(VENDOR)/.installed

.PHONY: run test fuzz bench bench-ingest bench-dask bench-web bench-load bench-link eval eval-order setup clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	touch $(STAMP)

$(VENDOR_STAMP): frontend/package.json frontend/package-lock.json
	cd frontend && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	rm -rf $(VENDOR)
	mkdir -p $(VENDOR)/leaflet $(VENDOR)/markercluster $(VENDOR)/swagger-ui $(VENDOR)/licenses
	cp -R $(NODE_MODULES)/leaflet/dist/leaflet.js $(NODE_MODULES)/leaflet/dist/leaflet.css $(NODE_MODULES)/leaflet/dist/images $(VENDOR)/leaflet/
	cp $(NODE_MODULES)/leaflet.markercluster/dist/leaflet.markercluster.js $(NODE_MODULES)/leaflet.markercluster/dist/MarkerCluster.css $(NODE_MODULES)/leaflet.markercluster/dist/MarkerCluster.Default.css $(VENDOR)/markercluster/
	cp $(NODE_MODULES)/topojson-client/dist/topojson-client.min.js $(NODE_MODULES)/world-atlas/countries-50m.json $(VENDOR)/
	cp $(NODE_MODULES)/swagger-ui-dist/swagger-ui-bundle.js $(NODE_MODULES)/swagger-ui-dist/swagger-ui.css $(VENDOR)/swagger-ui/
	for pkg in leaflet topojson-client world-atlas swagger-ui-dist; do cp $(NODE_MODULES)/$$pkg/LICENSE $(VENDOR)/licenses/$$pkg.LICENSE; done
	cp $(NODE_MODULES)/leaflet.markercluster/MIT-LICENCE.txt $(VENDOR)/licenses/leaflet.markercluster.LICENSE
	touch $@

setup: $(STAMP) $(VENDOR_STAMP)

run: setup
	$(BIN)/harmledger demo

# Two worker processes, each test file on one of them (its module fixtures built once), files taken in the order
# tests/conftest.py collects them (the longest first; xdist would otherwise take the files of most tests first).
test: setup
	$(BIN)/pytest -q -n 2 --dist loadfile --no-loadscope-reorder

# The suite's extract fuzz test at nightly size: 10,000 examples (tests/test_fuzz_extract.py).
fuzz: $(STAMP)
	HARMLEDGER_FUZZ=nightly $(BIN)/pytest -q tests/test_fuzz_extract.py

eval: $(STAMP)
	$(BIN)/harmledger eval $(EVAL_DIR)/seed.jsonl $(EVAL_DIR)/gva-articles.jsonl $(EVAL_DIR)/acled-notes.jsonl $(EVAL_DIR)/bellingcat-weapon.jsonl $(EVAL_DIR)/bellingcat-geocode.jsonl $(EVAL_DIR)/gva-incidents.jsonl

# Linking in publication order against seeded shuffles of the same suite (issue 10: pairwise F1 within 0.01).
eval-order: $(STAMP)
	$(BIN)/python -m harmledger.eval.order $(EVAL_DIR)/gva-incidents.jsonl --shuffles 3

bench: $(STAMP)
	$(BIN)/python -m harmledger.bench.extract $(EVAL_DIR)/gva-articles.jsonl
	$(BIN)/python -m harmledger.bench.ingest $(EVAL_DIR)/gva-articles.jsonl --workers 2

bench-ingest: $(STAMP)
	$(BIN)/python -m harmledger.bench.ingest $(EVAL_DIR)/gva-articles.jsonl --workers 2

bench-dask: $(STAMP)
	$(BIN)/python -m harmledger.bench.dask $(EVAL_DIR)/gva-articles.jsonl

bench-link: $(STAMP)
	$(BIN)/python -m harmledger.bench.link $(EVAL_DIR)/gva-incidents.jsonl

bench-web: $(STAMP)
	$(BIN)/python -m harmledger.bench.web

bench-load: $(STAMP)
	$(BIN)/python -m harmledger.bench.load

clean:
	rm -rf $(VENV) build *.egg-info $(NODE_MODULES) $(VENDOR)
