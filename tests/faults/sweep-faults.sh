#!/usr/bin/env bash
# Fault drills for sweeps (issue 11), not part of ./test.sh: they take minutes.
#
#   resume   a 200-run sweep (baseline under uncertainty) SIGKILLed at random points (after 1 to 40
#            more runs each time) and run again until it finishes; its tables must equal an
#            uninterrupted sweep's, byte for byte.
#   cluster  the same sweep on three `diplomacy silo` processes on Redis, one SIGKILLed once a
#            random number of runs are in; tables and every run's trace must equal the embedded
#            silo's, each run once.
#
# Usage: tests/faults/sweep-faults.sh [resume|cluster|all] [RUNS]   (default all, 200 runs)
set -euo pipefail

what="${1:-all}"
runs="${2:-200}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

dotnet build "$root/src/Diplomacy.Cli" -c Release >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
diplomacy=(dotnet "$root/src/Diplomacy.Cli/bin/Release/net10.0/diplomacy.dll")
cat >"$work/drill.yaml" <<YAML
name: drill
scenario: $root/scenarios/talks-as-announced.yaml
seed: 31
uncertainty: from-confidence
replicates: $runs
YAML
tables=(runs finals probabilities quantiles bands)

# Runs a sweep folder's journal holds so far (0 before it exists).
journal_runs() {
  if [ -f "$1/journal/runs.jsonl" ]; then wc -l <"$1/journal/runs.jsonl"; else echo 0; fi
}

same_tables() {
  local ok=0
  for table in "${tables[@]}"; do
    if ! cmp -s "$1/$table.csv" "$2/$table.csv"; then echo "  DIFFERENT: $table.csv"; ok=1; fi
  done
  return $ok
}

echo "Uninterrupted sweep of $runs runs (embedded silo)..."
"${diplomacy[@]}" sweep "$work/drill.yaml" --out "$work/whole" --traces --quiet >/dev/null

if [[ "$what" == resume || "$what" == all ]]; then
  kills=0
  while [ ! -d "$work/killed" ]; do
    "${diplomacy[@]}" sweep "$work/drill.yaml" --out "$work/killed" --traces --quiet >/dev/null 2>&1 &
    pid=$!
    # A random point: once 1 to 40 more runs are in (a time would never let a busy machine get far).
    before=$(journal_runs "$work/killed.partial")
    more=$(python3 -c 'import random; print(random.randint(1, 40))')
    until [ "$(journal_runs "$work/killed.partial")" -ge $((before + more)) ] || ! kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    if kill -9 "$pid" 2>/dev/null; then kills=$((kills + 1)); fi
    wait "$pid" 2>/dev/null || true
  done
  if same_tables "$work/whole" "$work/killed"; then verdict=SAME; else verdict=DIFFERENT; fi
  echo "resume: killed $kills times, then finished; tables $verdict as the uninterrupted sweep's"
fi

if [[ "$what" == cluster || "$what" == all ]]; then
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  redis-server --bind 127.0.0.1 --port "$port" --save "" --appendonly no >"$work/redis.log" 2>&1 &
  pids+=($!)
  sleep 1
  silos=()
  for i in 1 2 3; do
    silo_port=$((port + 10 * i)); gateway_port=$((port + 10 * i + 1))
    "${diplomacy[@]}" silo --redis "127.0.0.1:$port" --cluster-id drill --silo-port "$silo_port" --gateway-port "$gateway_port" >"$work/silo$i.log" 2>&1 &
    silos+=($!); pids+=($!)
  done
  for i in 1 2 3; do
    until grep -q "up at" "$work/silo$i.log"; do sleep 0.5; done
  done
  at=$(python3 -c "import random; print(random.randint(5, $runs - 5))")
  "${diplomacy[@]}" sweep "$work/drill.yaml" --out "$work/cluster" --traces --quiet --redis "127.0.0.1:$port" --cluster-id drill --connect-timeout 120 >"$work/cluster.log" 2>&1 &
  sweep=$!
  until [ "$(journal_runs "$work/cluster.partial")" -ge "$at" ] || ! kill -0 "$sweep" 2>/dev/null; do sleep 0.2; done
  kill -9 "${silos[1]}" && echo "cluster: SIGKILLed silo 2 after $at runs"
  code=0
  wait "$sweep" || code=$?
  if [ "$code" -ne 0 ] && [ "$code" -ne 3 ]; then echo "the sweep on the cluster failed (exit $code):"; cat "$work/cluster.log"; exit 1; fi
  failed=$(python3 -c "import csv,sys; print(sum(1 for r in csv.DictReader(open(sys.argv[1])) if r['error']))" "$work/cluster/runs.csv")
  echo "cluster: the sweep exited $code; $failed of $runs runs failed"
  if same_tables "$work/whole" "$work/cluster"; then verdict=SAME; else verdict=DIFFERENT; fi
  traces_same=0
  for trace in "$work/whole/traces/"*.jsonl; do cmp -s "$trace" "$work/cluster/traces/$(basename "$trace")" && traces_same=$((traces_same + 1)); done
  echo "cluster: tables $verdict as the embedded silo's; $traces_same of $runs traces identical; $(ls "$work/cluster/traces" | wc -l) traces written"
fi
