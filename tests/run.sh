#!/usr/bin/env bash
# The test command (README): installs what the tests need, then runs the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install -q --disable-pip-version-check -r requirements-dev.txt
# Browser tests drive Debian's Chromium; nothing downloads a browser of its own.
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium >/dev/null
fi
# The scale-out test runs two app processes behind Debian's nginx (README "Past one machine"); without
# it that test skips, so install it too when missing (not fatal: a machine without apt still runs the rest).
if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  if [ "$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi
  { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq nginx >/dev/null; } || echo "nginx not installed: the scale-out test will skip"
fi
# The tests' temporary folders (warehouses, snapshots, uploads) in memory when it has room: every load syncs
# its writes, and on this machine's disk that waiting was a fifth of the file-heavy tests' time (session 37).
# The same code runs either way; a TMPDIR already set is kept.
if [ -z "${TMPDIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ] \
   && [ "$(df -Pk /dev/shm | awk 'NR==2 {print $4}')" -ge $((4 * 1024 * 1024)) ]; then
  export TMPDIR=/dev/shm
fi
# Two workers (this is a 2-core machine): most tests wait on a browser, a server or a subprocess,
# so the suite takes ~60 % of its serial time. --dist loadfile keeps each file's tests (and its
# module-scoped server or warehouse) on one worker; the longest files start first (tests/conftest.py
# LONGEST_FIRST, in the order it sets: xdist's own reorder is off). `bash tests/run.sh -n 0` runs it serially.
exec python3 -m pytest -q -n 2 --dist loadfile --no-loadscope-reorder "$@"
