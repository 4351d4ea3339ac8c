# Ordet — the two commands of the README, and the steps they are made of.
#
#   make run    install what is missing, build in release mode, migrate, load the demo
#               hearing and serve on http://127.0.0.1:3000 (SQLite under data/)
#   make test   install what is missing, then lint, unit and integration tests on SQLite AND
#               PostgreSQL, and the Playwright end-to-end suite in Debian's Chromium
#
# Build output is kept outside the clone (ORDET_CACHE_DIR, default ~/.cache/ordet) and
# `target` is a link to it, so a fresh clone reuses earlier builds.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
ORDET_CACHE_DIR ?= $(HOME)/.cache/ordet
TOOLS_DIR := $(ORDET_CACHE_DIR)/tools
export PATH := $(TOOLS_DIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

WASM_BINDGEN_VERSION := 0.2.130
CARGO_LEPTOS_VERSION := 0.3.10
BINARYEN_VERSION := 132

.PHONY: run test bench bench-search bench-themes bench-campaigns setup setup-test postgres target lint unit e2e build-debug fuzz fuzz-build

run: setup
	cargo leptos build --release
	./target/release/ordet serve --demo

test: setup setup-test lint build-debug unit e2e

## Tools --------------------------------------------------------------------------------

setup: target
	rustup target add wasm32-unknown-unknown >/dev/null
	@if ! wasm-bindgen --version 2>/dev/null | grep -q "$(WASM_BINDGEN_VERSION)"; then \
	  echo "Installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (about 3 minutes, once)"; \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION); fi
	@if ! cargo leptos --version 2>/dev/null | grep -q "$(CARGO_LEPTOS_VERSION)"; then \
	  echo "Installing cargo-leptos $(CARGO_LEPTOS_VERSION) (about 20 minutes, once)"; \
	  cargo install cargo-leptos --locked --version $(CARGO_LEPTOS_VERSION) --features no_downloads; fi
	@# Debian's binaryen is too old: its wasm-opt breaks hydration of the release build.
	@if [ ! -x "$(TOOLS_DIR)/node_modules/.bin/wasm-opt" ]; then \
	  mkdir -p "$(TOOLS_DIR)" && npm install --prefix "$(TOOLS_DIR)" --no-save --no-audit --no-fund binaryen@$(BINARYEN_VERSION); fi

# `target` links to the cache outside the clone; an existing directory is left alone.
target:
	@if [ ! -e target ]; then mkdir -p "$(ORDET_CACHE_DIR)/target" && ln -s "$(ORDET_CACHE_DIR)/target" target; fi

setup-test: postgres
	@if [ ! -x /usr/bin/chromium ]; then \
	  echo "Installing Debian's Chromium for the end-to-end tests"; \
	  $(SUDO) apt-get install -y chromium || { $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium; }; fi
	@if ! /usr/bin/python3 -c "import aiosmtpd" 2>/dev/null; then \
	  echo "Installing aiosmtpd, the SMTP server of the mail tests"; \
	  $(SUDO) apt-get install -y python3-aiosmtpd || { $(SUDO) apt-get update && $(SUDO) apt-get install -y python3-aiosmtpd; }; fi
	cd end2end && npm ci --no-audit --no-fund

postgres:
	@if ! pg_isready -q -h 127.0.0.1 -p 5432; then \
	  echo "Starting PostgreSQL"; \
	  $(SUDO) pg_ctlcluster --skip-systemctl-redirect $$(ls /etc/postgresql) main start; fi

## Steps --------------------------------------------------------------------------------

lint:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p app --lib --features hydrate --target wasm32-unknown-unknown -- -D warnings

build-debug:
	cargo leptos build

unit:
	cargo test --workspace

e2e:
	cd end2end && ORDET_BIN=target/debug/ordet npx playwright test

# Benchmarks print figures beside a baseline measured in the same run; not part of `test`.
bench: setup bench-search bench-themes bench-campaigns
	cargo bench -p server --bench export_memory

# tantivy against PostgreSQL full-text search on N synthetic responses (N=10000, 1000000, …).
N ?= 100000
bench-search: target postgres
	cargo bench -p server --bench search -- $(N)

# Themes: Ordet's clustering against the scikit-learn baseline on the labelled Stack Overflow
# titles, then 100,000 synthetic responses. The baseline needs scikit-learn and PyStemmer:
# installed with pip --user when missing; if that fails the baseline's row says why.
PYTHON ?= python3
bench-themes: target
	@if ! $(PYTHON) -c "import sklearn, Stemmer" 2>/dev/null; then \
	  echo "Installing scikit-learn and PyStemmer for the baseline (pip --user)"; \
	  $(PYTHON) -m pip install --user --quiet scikit-learn PyStemmer \
	    || echo "Could not install them: the baseline row will be missing"; fi
	ORDET_PYTHON=$(PYTHON) cargo bench -p server --bench themes

# Form-letter campaigns among 100,000 and 1,000,000 synthetic responses (time, memory, recall).
bench-campaigns: target
	cargo bench -p server --bench campaigns -- 100000 1000000

# Fuzzing the parsers with cargo-fuzz (libFuzzer) on stable Rust; not part of `test`. Each
# target runs FUZZ_SECONDS; any crash fails the run at the end, its input saved under
# fuzz/artifacts/<target>/. Sanitizer none: the targets are safe Rust, what is hunted is
# panics, overflows (debug assertions on), hangs and runaway memory. The growing corpus is
# kept under the cache; fuzz/seeds holds the committed starting inputs.
CARGO_FUZZ_VERSION := 0.13.2
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= draft_markdown office_import office_import_text sniff extract_office extract_pdf search_query cpr forms multipart
FUZZ_FLAGS := --fuzz-dir fuzz --sanitizer none --debug-assertions
FUZZ_ENV := CARGO_TARGET_DIR=$(ORDET_CACHE_DIR)/fuzz-target nice -n 10

fuzz-build:
	@if ! cargo fuzz --version 2>/dev/null | grep -q "$(CARGO_FUZZ_VERSION)"; then \
	  echo "Installing cargo-fuzz $(CARGO_FUZZ_VERSION) (about 2 minutes, once)"; \
	  cargo install cargo-fuzz --locked --version $(CARGO_FUZZ_VERSION); fi
	$(FUZZ_ENV) cargo fuzz build $(FUZZ_FLAGS)

fuzz: fuzz-build
	@failed=""; for t in $(FUZZ_TARGETS); do \
	  corpus="$(ORDET_CACHE_DIR)/fuzz-corpus/$$t"; mkdir -p "$$corpus" "fuzz/seeds/$$t"; \
	  echo "== fuzz $$t for $(FUZZ_SECONDS) s"; \
	  $(FUZZ_ENV) cargo fuzz run $(FUZZ_FLAGS) "$$t" "$$corpus" "fuzz/seeds/$$t" -- \
	    -max_total_time=$(FUZZ_SECONDS) -timeout=30 -rss_limit_mb=2048 -print_final_stats=1 \
	    2>&1 | tee "$(ORDET_CACHE_DIR)/fuzz-$$t.log" | grep -E "^(#[0-9]+[[:space:]]+DONE|Done [0-9]+ runs|stat::number_of_executed_units|stat::average_exec_per_sec|SUMMARY|==[0-9]+== ERROR|thread .* panicked)" \
	    || true; \
	  if ! grep -q "Done [0-9]* runs" "$(ORDET_CACHE_DIR)/fuzz-$$t.log"; then \
	    failed="$$failed $$t"; echo "!! $$t found a crash: see $(ORDET_CACHE_DIR)/fuzz-$$t.log and fuzz/artifacts/$$t/"; fi; \
	done; \
	if [ -n "$$failed" ]; then echo "fuzz: crashes in$$failed"; exit 1; fi; \
	echo "fuzz: no crash in $(FUZZ_TARGETS)"
