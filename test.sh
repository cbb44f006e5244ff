#!/usr/bin/env bash
# Runs the whole test suite. The cluster tests start their own Redis server and `diplomacy silo`
# processes on loopback ports; this script installs redis-server first when it is missing. The
# classroom's browser tests drive Debian's chromium (never a downloaded browser): installed here too.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v redis-server >/dev/null 2>&1; then
  echo "test.sh: installing redis-server (the cluster tests start one)"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq redis-server >/dev/null
fi

if [ ! -x /usr/bin/chromium ]; then
  echo "test.sh: installing chromium (the classroom's browser tests drive it)"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

dotnet test Diplomacy.sln --configuration Release --logger "console;verbosity=normal" "$@"
