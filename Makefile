# kg: two commands for a new user: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
DATA ?= ../shared/data
export PYTHONUTF8 := 1

.PHONY: demo test install browser train-zh eval bench clean

$(VENV)/.installed: setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip setuptools wheel
	$(PIP) install -q -e '.[test]'
	touch $@

install: $(VENV)/.installed

# Debian's Chromium and a CJK font for the browser tests (Playwright drives /usr/bin/chromium).
browser:
	@if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi wqy; then \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium fonts-wqy-zenhei >/dev/null; \
	fi

demo: install
	$(VENV)/bin/kg build seeds -o out

test: install browser
	$(PY) -m pytest -q

train-zh: install
	$(PY) -m kg.training.zh_ner --data $(DATA) --output kg/models/zh_kg_ner

eval: install
	$(PY) eval/ner_zh.py --data $(DATA)

bench: install
	$(PY) benchmarks/throughput.py

clean:
	rm -rf out build .pytest_cache
