#!/usr/bin/env bash
# Runs the whole test suite. The cluster tests start their own Redis server and `diplomacy silo`
# processes on loopback ports; this script installs redis-server first when it is missing.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v redis-server >/dev/null 2>&1; then
  echo "test.sh: installing redis-server (the cluster tests start one)"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq redis-server >/dev/null
fi

# The test projects run in parallel and their output interleaves; a failure is repeated at the
# end so that the last lines of a long log say which tests failed and why.
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
dotnet test Diplomacy.sln --configuration Release --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log" || status=$?
if [ "$status" -ne 0 ]; then
  echo
  echo "test.sh: the suite failed (exit $status). The failures:"
  grep -E -A12 '^\s+Failed [A-Za-z]|error [A-Z]+[0-9]+:|Test Run Aborted|crashed' "$log" | cut -c1-400 | head -200 || true
fi
exit "$status"
