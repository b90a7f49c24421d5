# Intake assistant. Fresh machine: `make run` or `make test` (both set up what they need).
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV      := .venv
BIN       := $(VENV)/bin
RASA      := $(BIN)/rasa
STAMP     := $(VENV)/.installed
MODEL     := models/intake.tar.gz

# Health data never leaves the machine: Rasa's telemetry is off in everything run from here.
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2
export PYTHONDONTWRITEBYTECODE := 1
export SQLALCHEMY_SILENCE_UBER_WARNING := 1

.PHONY: help setup run run-scaled train validate lint typecheck unit test-stories integration \
	test bench eval-contract evaluate evaluate-accept clean webchat browser

help:
	@echo "make run    set up if needed, train if needed, start the assistant (Rasa :5005,"
	@echo "            actions :5055, practitioner web app :8000)"
	@echo "make test   set up if needed, run every check and test"
	@echo "other targets: run-scaled setup train validate lint typecheck unit test-stories"
	@echo "               integration browser webchat evaluate evaluate-accept eval-contract bench clean"

$(STAMP): pyproject.toml requirements.lock
	@py=$$(scripts/find-python310.sh) || exit 1; \
	  echo "setting up $(VENV) with $$py (takes a few minutes the first time)"; \
	  [ -x $(BIN)/python ] || $$py -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip==24.0
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	$(BIN)/python -m pip check
	@touch $@

setup: $(STAMP)

# The web chat widget (rasa-webchat, pinned in bot/channels/webchat/package-lock.json), served
# from node_modules by `intake chat-page`: no CDN. Installed once; reinstalled when the lock changes.
WEBCHAT    := bot/channels/webchat
WEBCHAT_JS := $(WEBCHAT)/node_modules/rasa-webchat/lib/index.js
$(WEBCHAT_JS): $(WEBCHAT)/package-lock.json
	@command -v npm >/dev/null || { echo "npm is missing: install Node.js 18+ (apt-get install nodejs npm)"; exit 1; }
	cd $(WEBCHAT) && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

webchat: $(WEBCHAT_JS)

# Rasa fingerprints the data, domain and config: an unchanged project is not retrained.
train: $(STAMP)
	$(RASA) train --domain domain.yml --data data --config config.yml \
	  --out models --fixed-model-name intake

validate: $(STAMP)
	$(BIN)/python scripts/validate_data.py

lint: $(STAMP)
	$(BIN)/ruff check bot actions tests scripts
	$(BIN)/ruff format --check bot actions tests scripts

typecheck: $(STAMP)
	$(BIN)/mypy bot

unit: $(STAMP) webchat
	$(BIN)/pytest -q tests/unit

test-stories: train
	$(RASA) test core --model $(MODEL) --stories tests/stories --fail-on-prediction-errors \
	  --out results/stories

integration: train
	$(BIN)/pytest -q tests/integration

# Headless Chromium (Debian's /usr/bin/chromium, driven by Playwright's Python package: no
# browser download) against the practitioner page and the web chat page; screenshots in
# reports/screenshots/. Installs chromium with apt when it is missing and we are root.
browser: train webchat
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else echo "install Debian's chromium (/usr/bin/chromium) to run the browser tests"; fi; \
	fi
	$(BIN)/pytest -q tests/browser

test: lint typecheck unit validate test-stories integration browser evaluate
	@echo "all checks passed"

run: train webchat
	scripts/run.sh

# Scale-out profile on the local PostgreSQL and Redis: 2 Rasa + 2 action servers (README).
run-scaled: train
	scripts/run_scaled.sh

# Ours and a stock `rasa init` assistant at 1, 10 and 50 patients at once (README "Benchmark").
bench: train
	$(BIN)/python -m scripts.measure_components
	$(BIN)/python -m scripts.measure_turns

# NLU cross-validation, test stories and the contract sets -> reports/; fails on a drop in
# safety recall or a macro-F1 drop > 0.02 against reports/baseline.json.
evaluate: train
	$(BIN)/python -m scripts.evaluate

evaluate-accept: $(STAMP)
	$(BIN)/python -m scripts.evaluate --accept

# The NLU contract (safety, advice, frequency) on the project's labelled sets, scored by
# ../shared/eval/nlu_eval.py against a running server.
eval-contract: train
	$(BIN)/python -m scripts.eval_contract

clean:
	rm -rf $(VENV) models results .mypy_cache .ruff_cache .pytest_cache $(WEBCHAT)/node_modules
