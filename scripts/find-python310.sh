#!/usr/bin/env bash
# Print the path of a working Python 3.10 (Rasa Open Source 3.6 supports no newer Python).
# Order: $PYTHON, python3.10 on PATH, pyenv's 3.10 installs, common system paths.
set -u
try() { [ -n "$1" ] && "$1" -c 'import sys; assert sys.version_info[:2] == (3, 10)' >/dev/null 2>&1 && { command -v "$1" || echo "$1"; exit 0; }; }
try "${PYTHON:-}"
try python3.10
for p in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.10*/bin/python3.10 /usr/bin/python3.10 /usr/local/bin/python3.10; do
  [ -x "$p" ] && try "$p"
done
cat >&2 <<'MSG'
error: Python 3.10 was not found, and this project needs exactly 3.10
       (Rasa Open Source 3.6.21 supports no newer Python).
       Install it with one of:
         pyenv install 3.10.13            (https://github.com/pyenv/pyenv)
         sudo apt install python3.10 python3.10-venv   (Debian/Ubuntu, deadsnakes PPA on Ubuntu)
         brew install python@3.10          (macOS)
       or point to it: make run PYTHON=/path/to/python3.10
MSG
exit 1
