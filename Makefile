# kg: set-up and everyday targets.  `make demo` and `make test` do all the set-up on a fresh machine.
PYTHON ?= python3
PIP ?= $(PYTHON) -m pip
STAMP := .cache/installed

.PHONY: install demo test unit browser neo4j-up neo4j-down neo4j-import gephi-check bench eval clean

$(STAMP): pyproject.toml
	@fc-list 2>/dev/null | grep -q "Noto Sans CJK" || { \
	  if command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
	    (apt-get install -y -qq fonts-noto-cjk >/dev/null 2>&1 || \
	     (apt-get update -qq && apt-get install -y -qq fonts-noto-cjk >/dev/null)); \
	  else echo "note: install the fonts-noto-cjk package for kg build --png"; fi; }
	$(PIP) install --quiet --disable-pip-version-check -e '.[test]'
	@mkdir -p .cache && touch $(STAMP)

install: $(STAMP)

demo: install
	kg build seeds --graphml out/graph.graphml

unit: install
	$(PYTHON) -m pytest -q

# Debian's Chromium for the Neo4j Browser test (playwright only drives it: it never downloads a browser).
browser:
	@command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }

# The whole suite, against a real Neo4j started here and stopped afterwards.
test: install browser neo4j-up
	$(PYTHON) -m pytest -q; status=$$?; $(MAKE) --no-print-directory neo4j-down; exit $$status

neo4j-up:
	bash .ci/neo4j/up

neo4j-down:
	bash .ci/neo4j/down

# Replace the local server's database by the files of `kg build --neo4j-csv DIR`, with the server
# stopped: make neo4j-down neo4j-import neo4j-up CSV=DIR, then run DIR/schema.cypher (README, Neo4j).
neo4j-import:
	@[ -n "$(CSV)" ] || { echo "usage: make neo4j-down neo4j-import neo4j-up CSV=DIR"; exit 1; }
	bash .ci/neo4j/admin database import full neo4j --overwrite-destination --array-delimiter="¦" \
	  --report-file=$(CSV)/import.report --nodes=$(CSV)/nodes.csv --nodes=$(CSV)/articles.csv \
	  $(foreach f,mentioned_in wrote co_occurs holds_role located_in,--relationships=$(CSV)/$(f).csv)

gephi-check: demo
	bash tests/gephi/check out/graph.graphml

clean:
	rm -rf out .cache .pytest_cache

bench: install
	$(PYTHON) tests/benchmark.py

CORPORA := $(wildcard ../shared/data/*/*.bio ../shared/data/*/*.json ../shared/data/*/*.jsonl)

# REAL_PAGES=DIR adds the real-page set (see README, "Real pages") saved in DIR.
REAL_PAGES ?=

eval: install
	@[ -n "$(CORPORA)" ] || { echo "make eval: no corpora in ../shared/data (*.bio, *.json, *.jsonl)"; exit 1; }
	kg eval $(CORPORA) --ablate $(if $(REAL_PAGES),--pages $(REAL_PAGES) $(foreach g,$(wildcard tests/data/real_pages*.jsonl),--gold $(g)))
