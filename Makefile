# Bootstrap only: create the virtual environment from the lock file, then hand over to invoke.
# The real tasks live in tasks.py (`.venv/bin/invoke --list`).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# `make build SETTINGS=publishconf.py` builds the published site (see README).
SETTINGS ?= pelicanconf.py

.PHONY: build test clean-venv

build: $(STAMP)
	$(BIN)/invoke build --settings $(SETTINGS)

test: $(STAMP)
	$(BIN)/invoke test

$(STAMP): requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "Backfile needs Python 3.11 or newer (found $$($(PYTHON) --version))"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -r requirements.lock
	@touch $@

clean-venv:
	rm -rf $(VENV)
