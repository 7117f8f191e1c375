#!/usr/bin/env bash
# Every test of the project, as the README's test command and CI run them:
#
# 1. a Python virtual environment, `target/venv` (made once, then reused), with the
#    tools of scripts/test-requirements.txt: frictionless, which validates the exported
#    data packages; pytest and pandas, for the Python package's tests;
# 2. the Python package built and installed into it with `pip install ./python`;
# 3. `cargo test --all-features` with the environment's `bin` first on PATH, so the Rust
#    tests find `frictionless` and a `python3` that imports `wuzhong_plan`;
# 4. `pytest python/tests` in the environment.
#
# The tests that need a program or a file outside the repository (chromium, xmllint,
# ../shared) skip with a message where it is absent, unless CI is set: `.ci/run` sets
# it, and installs the Debian packages first.
set -euo pipefail
cd "$(dirname "$0")/.."

ci=false
case "${CI:-}" in "" | false) ;; *) ci=true ;; esac

venv="target/venv"
if [ ! -x "$venv/bin/python" ]; then
  echo "== python3 -m venv $venv"
  if ! python3 -m venv "$venv"; then
    rm -rf "$venv"
    # Without python3 and its venv module (Debian's python3-venv) only the Rust tests
    # run; CI installs both, and there their absence fails.
    if [ "$ci" = true ]; then
      echo "error: python3 -m venv failed, and CI is set: the Python tests may not be skipped" >&2
      exit 1
    fi
    echo "skipped: the Python tests and the tools they need (python3 -m venv failed: install python3 and python3-venv)"
    echo "== cargo test --all-features"
    exec cargo test --all-features
  fi
fi
export PATH="$PWD/$venv/bin:$PATH"
export VIRTUAL_ENV="$PWD/$venv"
pip="python -m pip --disable-pip-version-check --quiet"

echo "== pip install -r scripts/test-requirements.txt"
$pip install -r scripts/test-requirements.txt

echo "== pip install ./python"
$pip install ./python

echo "== cargo test --all-features"
cargo test --all-features

echo "== pytest python/tests"
python -m pytest -q python/tests
