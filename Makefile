# Quick start: `make demo` and `make test`. Every target sets up what it needs.
SHELL := /bin/bash
PYTHON ?= python3
VENV := $(CURDIR)/.venv
VPY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# ansible-test insists on a path ending in ansible_collections/NAMESPACE/NAME.
# LINK_ROOT holds a symlink to this checkout (imports, ansible-playbook);
# `make sanity` runs on a copy of the files git would track, under .build/sanity.*.
LINK_ROOT := $(CURDIR)/.build/links
COLLECTION_LINK := $(LINK_ROOT)/ansible_collections/tencentcloud/ckafka
export PATH := $(VENV)/bin:$(PATH)
export ANSIBLE_COLLECTIONS_PATH := $(LINK_ROOT)
export PYTHONPATH := $(LINK_ROOT)
# cryptography 51 deprecates DSA and ansible-core 2.19 imports DSA names at start-up (ssh-agent support), so
# every ansible command prints that warning; it is not the collection's (tests/integration/conftest.py too).
export PYTHONWARNINGS ?= ignore:DSA is deprecated
PYTEST_OPTS ?=
MATRIX_OPTS ?=
# galaxy-importer pins packages that clash with requirements-dev.txt: it gets a venv of its own.
IMPORTER_VENV := $(CURDIR)/.build/galaxy-importer
IMPORTER_STAMP := $(IMPORTER_VENV)/.installed
IMPORTER_DIR := $(CURDIR)/.build/importer

.PHONY: help venv link generate sanity units integration test matrix demo bench lint docs changelog clean

help:
	@echo "make demo         run the demo playbook against the local emulator"
	@echo "make test         sanity + unit + integration tests"
	@echo "make matrix       the modules' life cycle under every ansible-core and Python version claimed"
	@echo "make sanity | units | integration | lint | generate | docs | bench | clean"

venv: $(STAMP)
$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(VPY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(VPY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

$(IMPORTER_STAMP): tools/requirements-galaxy-importer.txt
	rm -rf $(IMPORTER_VENV)
	$(PYTHON) -m venv $(IMPORTER_VENV)
	$(IMPORTER_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r tools/requirements-galaxy-importer.txt
	touch $@

link: venv
	@mkdir -p $(dir $(COLLECTION_LINK))
	@ln -sfn $(CURDIR) $(COLLECTION_LINK)

generate: venv
	$(VPY) tools/generate.py

sanity: venv
	@$(VPY) tools/install_get_pip_stub.py
	@# A private copy per run (parallel runs must not share one), in a git repository of its own:
	@# ansible-test lists files with git, and the enclosing repository ignores .build.
	@mkdir -p $(CURDIR)/.build && root=$$(mktemp -d $(CURDIR)/.build/sanity.XXXXXX) && \
	copy=$$root/ansible_collections/tencentcloud/ckafka && mkdir -p $$copy && \
	git ls-files -z --cached --others --exclude-standard | \
		while IFS= read -r -d '' f; do [ -e "$$f" ] && printf '%s\0' "$$f"; done | \
		tar --null -T - -cf - | tar -xf - -C $$copy && \
	(cd $$copy && git init -q && git add -A) && \
	(cd $$copy && $(VENV)/bin/ansible-test sanity --venv --python 3.11 --color no $(SANITY_OPTS)); \
	status=$$?; rm -rf $$root; exit $$status

units: link
	$(VPY) -m pytest tests/unit $(PYTEST_OPTS)

# Three pytest processes, each taking the next file as soon as it is free (tools/parallel_pytest.py). On 2
# cores the suite is CPU-bound: 3 processes took 1131 s, the files' own times summing to 3381 s; two fixed
# groups took 1330 s (one of them 979 s).
INTEGRATION_JOBS ?= 3
integration: link
	$(VPY) tools/parallel_pytest.py tests/integration --jobs $(INTEGRATION_JOBS) $(PYTEST_OPTS)

# ansible-lint, then the checkers of the ecosystem, each at zero warnings: antsibull-docs on the
# documentation, and galaxy-importer (offline, ansible-lint on: tools/galaxy-importer.cfg) on the tarball.
# ansible-lint installs the collection it lints into ANSIBLE_HOME's collections: a home of its own under
# .build keeps that copy out of ~/.ansible, where it would shadow the checkout for every later run; the
# collections path names only that copy (ansible.cfg's .build/links would be a second one, with a warning).
lint: link $(IMPORTER_STAMP)
	env -u PYTHONPATH ANSIBLE_HOME=$(CURDIR)/.build/ansible-lint-home \
		ANSIBLE_COLLECTIONS_PATH=$(CURDIR)/.build/ansible-lint-home/collections \
		$(VENV)/bin/ansible-lint --profile production
	@echo '$$ antsibull-docs lint-collection-docs --plugin-docs'
	@out=$$($(VENV)/bin/antsibull-docs lint-collection-docs --plugin-docs $(COLLECTION_LINK) 2>&1); status=$$?; \
	if [ $$status -ne 0 ] || [ -n "$$out" ]; then echo "$$out"; echo "antsibull-docs: not clean (exit $$status)"; exit 1; fi; \
	echo 'antsibull-docs: no problem found'
	@echo '$$ galaxy-importer on the built tarball'
	@rm -rf $(IMPORTER_DIR) && mkdir -p $(IMPORTER_DIR) && \
	$(VENV)/bin/ansible-galaxy collection build --output-path $(IMPORTER_DIR) >/dev/null && \
	out=$$(cd $(IMPORTER_DIR) && env -u PYTHONPATH -u ANSIBLE_COLLECTIONS_PATH PATH=$(IMPORTER_VENV)/bin:$$PATH \
		GALAXY_IMPORTER_CONFIG=$(CURDIR)/tools/galaxy-importer.cfg $(IMPORTER_VENV)/bin/python -m galaxy_importer.main \
		--output-path $(IMPORTER_DIR)/out tencentcloud-ckafka-*.tar.gz 2>&1); status=$$?; \
	echo "$$out" | grep -v -e '^Loading ' -e '^[[:space:]]*$$'; \
	if [ $$status -ne 0 ] || echo "$$out" | grep -q -i -E '^(warning|error)|not found, skipping' || \
		! echo "$$out" | grep -q 'Importer processing completed successfully'; then \
		echo "galaxy-importer: not clean (exit $$status)"; exit 1; fi

# Not part of `make test`: CI runs it after (see .ci/run). MATRIX_OPTS='--only 2.19' runs some rows.
matrix: venv
	$(VPY) tools/matrix.py $(MATRIX_OPTS)

# The unit tests, sanity and lint each keep one core busy: on 2 cores they run side by side (the unit tests
# take the longest; sanity, then lint, share the other core with the galaxy-importer's venv, which waits on
# downloads), each target's output printed whole when it ends. The integration tests then use both cores by
# themselves (INTEGRATION_JOBS).
test:
	$(MAKE) --no-print-directory --output-sync=target -j4 units sanity lint
	$(MAKE) --no-print-directory integration

demo: link
	$(VPY) tools/demo.py

bench: link
	$(VPY) tests/benchmarks/run.py

docs: link
	$(VPY) tools/generate_fleet_docs.py
	$(VPY) tools/render_module_docs.py

changelog: venv
	$(VENV)/bin/antsibull-changelog lint
	$(VENV)/bin/antsibull-changelog release

clean:
	rm -rf .build tests/output .pytest_cache collections .ansible
