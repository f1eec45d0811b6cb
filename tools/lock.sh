#!/usr/bin/env bash
# Regenerate the lock files (requirements/main.txt, requirements/test.txt) from pyproject.toml.
#
#   tools/lock.sh            re-resolve after a change to pyproject.toml, keeping pinned versions
#   tools/lock.sh --upgrade  move every pin to the newest version pyproject.toml allows
#
# The lock is what CI and the README's commands install (with hashes); pyproject.toml keeps
# the ranges we support. uv is used only to resolve; installing needs nothing but pip.
set -euo pipefail
cd "$(dirname "$0")/.."
UV_VERSION=0.13.9
if ! command -v uv >/dev/null 2>&1 || [ "$(uv --version | cut -d' ' -f2)" != "$UV_VERSION" ]; then
  tmp=$(mktemp -d)
  python3 -m venv "$tmp/venv"
  "$tmp/venv/bin/pip" install -q "uv==$UV_VERSION"
  PATH="$tmp/venv/bin:$PATH"
fi
args=(--universal --python-version 3.11 --only-binary :all: --generate-hashes --quiet "$@")
uv pip compile pyproject.toml "${args[@]}" -o requirements/main.txt
uv pip compile pyproject.toml --extra test "${args[@]}" -o requirements/test.txt
echo "lock files written: requirements/main.txt, requirements/test.txt"
