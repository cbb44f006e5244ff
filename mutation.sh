#!/usr/bin/env bash
# Mutation testing with Stryker.NET (docs/testing.md): each library is mutated and run against
# its own test project, as configured in src/<Library>/stryker-config.json. Reports go to
# artifacts/mutation/<library>/ (HTML, JSON, Markdown); the folder appears only when the run is
# complete. Not part of ./test.sh: a full run takes minutes per library.
#
#   ./mutation.sh [LIBRARY|all] [dotnet-stryker options...]
#   ./mutation.sh model                              # one library
#   ./mutation.sh all                                # every library, one after the other
#   ./mutation.sh scenarios --mutate '**/CsvLine.cs' # while working on one file
#   ./mutation.sh model --since:main                 # only mutants in files changed since main
#
# Exits non-zero when a library scores below the "break" threshold of its config.
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)

# name:folder, one line per library. A new library needs its stryker-config.json and a line here.
libraries=(
  "model:src/Diplomacy.Model"
  "scenarios:src/Diplomacy.Scenarios"
)

usage() {
  local names
  names=$(printf '%s|' "${libraries[@]%%:*}")
  echo "usage: ./mutation.sh [${names}all] [dotnet-stryker options...]" >&2
  exit 2
}

which=${1:-all}
[ $# -gt 0 ] && shift
selected=()
for entry in "${libraries[@]}"; do
  if [ "$which" = all ] || [ "$which" = "${entry%%:*}" ]; then selected+=("$entry"); fi
done
[ ${#selected[@]} -gt 0 ] || usage

dotnet tool restore >/dev/null
# Stryker's project analysis gives `dotnet --info` 10 s by default, too little on a busy 2-core machine.
export DOTNET_INFO_WAIT_TIME=${DOTNET_INFO_WAIT_TIME:-120000}

status=0
for entry in "${selected[@]}"; do
  name=${entry%%:*}
  folder=${entry#*:}
  final="$root/artifacts/mutation/$name"
  staging="$final.partial"
  rm -rf "$staging"
  echo "mutation.sh: $name ($folder) -> artifacts/mutation/$name/"
  set +e
  (cd "$folder" && dotnet stryker --skip-version-check --output "$staging" "$@")
  code=$?
  set -e
  if [ ! -f "$staging/reports/mutation-report.json" ]; then
    echo "mutation.sh: $name: no report written (dotnet-stryker exited $code)" >&2
    rm -rf "$staging"
    exit 1
  fi
  rm -rf "$final"
  mv "$staging" "$final"
  [ $code -eq 0 ] || status=$code
done
exit $status
