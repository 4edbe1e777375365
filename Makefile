# Two commands: `make run` (the site on http://127.0.0.1:8000 with demo content) and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# Throwaway production values so `check --deploy` inspects the real production settings.
PROD_CHECK_ENV := DJANGO_SETTINGS_MODULE=inspire.settings.prod ALLOWED_HOSTS=hub.example.org \
	DJANGO_SECRET_KEY=check-deploy-only-0123456789abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJ

.PHONY: run test install lint worker beat

$(VENV)/.installed: requirements.txt requirements-dev.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || \
		{ echo "Python 3.11 or newer is needed; $(PYTHON) is $$($(PYTHON) --version 2>&1). Try: make PYTHON=python3.11 run"; exit 1; }
	@$(PYTHON) -c 'import ensurepip' 2>/dev/null || \
		{ echo "$(PYTHON) cannot create virtual environments; on Debian/Ubuntu: apt-get install python3-venv"; exit 1; }
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_content
	$(PY) manage.py runserver 127.0.0.1:8000

lint: install
	$(PY) manage.py compilemessages --ignore .venv --ignore bench/.peers
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy
	$(PY) manage.py makemigrations --check --dry-run
	$(PY) manage.py content_check
	$(PROD_CHECK_ENV) $(PY) manage.py check --deploy --fail-level WARNING
	$(VENV)/bin/bandit -q -r . -x ./.venv,./bench,./conftest.py -c pyproject.toml --severity-level medium

test: lint
	$(VENV)/bin/pytest -m "" --numprocesses auto --maxprocesses 4

worker: install
	$(VENV)/bin/celery -A inspire worker --loglevel=info

beat: install
	$(VENV)/bin/celery -A inspire beat --loglevel=info
