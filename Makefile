# kg: two commands for a new user: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
DATA ?= ../shared/data
export PYTHONUTF8 := 1

.PHONY: demo test install browser train-zh train-en train-rel train-translit eval bench clean

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
	$(PY) -m kg.training.zh_ner --data $(DATA) --config kg/training/zh_ner_lac.cfg --augment 1 \
		--bigrams build/zh_ner/bigrams.txt --time-budget 50 --no-gazetteer --output kg/models/zh_kg_ner

train-en: install
	$(PY) -m kg.training.en_ner --data $(DATA) --output kg/models/en_kg_ner

# The relation model beside the patterns: trained on eval/dev (about 15 minutes on one core)
train-rel: install
	OMP_NUM_THREADS=1 $(PY) -m kg.training.rel_model --data $(DATA) --output kg/models/rel_kg

train-translit: install
	$(PY) -m kg.resolve.train_translit --data $(DATA)

# Quality on data kept out of training (reads ../shared/data): P/R/F1 per type.
eval: install
	$(PY) eval/ner_zh.py --data $(DATA)
	$(PY) eval/ner_en.py --data $(DATA)
	$(PY) eval/relations.py --data $(DATA)
	$(PY) eval/resolution.py --data $(DATA)

# Speed, as ratios against baselines measured in the same run.
bench: install browser
	$(PY) benchmarks/throughput.py
	$(PY) benchmarks/ner_zh_speed.py --data $(DATA)
	$(PY) benchmarks/resolve_scale.py
	$(PY) benchmarks/viz_large.py

clean:
	rm -rf out build .pytest_cache
