# Two commands do everything on a fresh machine with Python 3.11 and make:
#   make extract   set up, then extract fixtures/ (or IN=path) into output/ (or OUT=dir)
#   make test      set up, then run the tests
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
IN ?= fixtures
OUT ?= output
EVAL_OUT ?= /tmp/extractor-eval
BIN := $(VENV)/bin

.PHONY: extract test eval eval-people bench bench-batch fixtures golden docs clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

extract: $(BIN)/.installed
	$(BIN)/extractor run $(IN) --out $(OUT)

test: $(BIN)/.installed
	$(BIN)/python -m pytest

# Score the extractor on ../shared/corpus and the blind set against their hand-checked answers.
eval: $(BIN)/.installed
	$(BIN)/python -m tests.corpus_eval $(EVAL_OUT) --show-misses

# Family/given split, organization and speaker-link accuracy on the same sets.
eval-people: $(BIN)/.installed
	$(BIN)/python -m tests.people_eval $(EVAL_OUT)-people

# Speed and memory against plain pdfplumber on the same pages (figures also in output/bench.json).
bench: $(BIN)/.installed
	$(BIN)/python -m tests.benchmark

# A nightly batch in miniature: full run and unchanged re-run over 200 PDFs, worker memory at start and end.
bench-batch: $(BIN)/.installed
	$(BIN)/python -m tests.batch_bench --files 200

# Rebuild the fixture PDFs from fixtures/src/ (deterministic: same source, same bytes).
fixtures: $(BIN)/.installed
	$(BIN)/python fixtures/make_fixtures.py

# Rewrite the expected tables in tests/golden/ from the current extractor; review with git diff.
golden: $(BIN)/.installed
	$(BIN)/python -m tests.golden

# Rewrite the README's data dictionary from extractor/schema.py, and its picture of what inspect draws.
docs: $(BIN)/.installed
	$(BIN)/python -m extractor.schema --readme README.md
	$(BIN)/extractor inspect fixtures/ai-senryaku-02-gijiyoshi.pdf --page 1 --out .inspect-docs >/dev/null
	mv .inspect-docs/ai-senryaku-02-gijiyoshi-p1.png docs/inspect-seed-p1.png && rm -rf .inspect-docs

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
	find output -mindepth 1 ! -name README.md -delete
