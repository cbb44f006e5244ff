#!/usr/bin/env bash
# Exactly-once under faults, measured (not part of ./test.sh: it takes about an hour).
#
# Starts Redis and three `diplomacy silo` processes, runs tests/faults/long-talks.yaml (200 rounds
# of proposals, counter-offers, forums and influence) on the cluster KILLS times with a random silo
# SIGKILLed at a random moment, and PAUSES times with a random silo SIGSTOPped for 10 s and then
# SIGCONTed, and compares every trace.jsonl and stances.csv with the embedded silo's. The moment is
# a random round between 5 and 165 (watched in the run's staged trace, so the fault always falls
# mid-run however fast the machine is) plus up to a tenth of a second. The silo hit is the one
# conducting the run: each silo writes its spans to a file (--otel console --otel-file), and the
# one whose file gained the run's round spans holds the run grain (a random silo when none has
# yet). A dead or paused silo is replaced before the next run, so every run starts on three silos.
#
#   tests/faults/kill-and-pause.sh [KILLS] [PAUSES]      (defaults 50 and 10)
#
# Each run ends one of four ways: identical; failed loudly (non-zero exit, no output folder);
# DIFFERENT (exit 0 with other bytes: the one outcome that must never happen); broken (anything
# else). It prints a line per run and the counts; it exits 1 unless every run was identical or
# failed loudly. "resumed" counts the runs whose run grain was taken over by another silo. Clients
# wait up to 120 s to connect (--connect-timeout), as a silo just killed may still be listed.
set -euo pipefail
cd "$(dirname "$0")/../.."

KILLS=${1:-50}
PAUSES=${2:-10}
SCENARIO=tests/faults/long-talks.yaml
PAUSE_SECONDS=10

dotnet build src/Diplomacy.Cli -c Release -v quiet -nologo >/dev/null
WORK=$(mktemp -d -t diplomacy-faults-XXXXXX)
echo "kill-and-pause: work folder $WORK"
# A copy of the build, so that building the repository meanwhile changes nothing under the runs.
cp -r src/Diplomacy.Cli/bin/Release/net10.0 "$WORK/bin"
DIPLOMACY=(dotnet "$WORK/bin/diplomacy.dll")

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

REDIS_PORT=$(free_port)
redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no >"$WORK/redis.log" 2>&1 &
REDIS_PID=$!
CLUSTER_ID="faults-$$"
REDIS="127.0.0.1:$REDIS_PORT"

declare -a SILO_PIDS SILO_SPANS
SILO_COUNT=0

cleanup() {
  for pid in "${SILO_PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  kill "$REDIS_PID" 2>/dev/null || true
}
trap cleanup EXIT

# start_silo SLOT: a new silo process in slot 0, 1 or 2, waited for until it is up.
start_silo() {
  local slot=$1 log="$WORK/silo-$SILO_COUNT.log" spans="$WORK/silo-$SILO_COUNT.spans"
  SILO_COUNT=$((SILO_COUNT + 1))
  "${DIPLOMACY[@]}" silo --redis "$REDIS" --cluster-id "$CLUSTER_ID" --silo-port "$(free_port)" --gateway-port "$(free_port)" \
    --otel console --otel-file "$spans" >"$log" 2>&1 &
  SILO_PIDS[$slot]=$!
  SILO_SPANS[$slot]=$spans
  for _ in $(seq 1 240); do
    grep -q "up at" "$log" 2>/dev/null && return 0
    kill -0 "${SILO_PIDS[$slot]}" 2>/dev/null || { echo "silo exited early:"; cat "$log"; exit 1; }
    sleep 0.5
  done
  echo "silo did not come up:"; cat "$log"; exit 1
}

# Every slot holds a live silo that has not been paused.
replace_silo() {
  kill -9 "${SILO_PIDS[$1]}" 2>/dev/null || true
  wait "${SILO_PIDS[$1]}" 2>/dev/null || true
  start_silo "$1"
}

# wait_for_round TRACE ROUND PID: until the run's staged trace has reached ROUND (or the run ended).
wait_for_round() {
  local trace=$1 round=$2 pid=$3 last
  while kill -0 "$pid" 2>/dev/null; do
    if [ -f "$trace" ]; then
      last=$(last_round "$trace")
      [ -n "$last" ] && [ "$last" -ge "$round" ] && return 0
    fi
    sleep 0.2
  done
}

# size_of FILE: its size in bytes, 0 before it exists.
size_of() { stat -c %s "$1" 2>/dev/null || echo 0; }

# conducting_slot ROUND SIZE0 SIZE1 SIZE2: the slot whose span file gained a span of this run's
# rounds ROUND-30 to ROUND since the sizes were taken: the run grain's silo (the run before this
# one ended at round 200). Spans reach the file in batches, so it looks for up to 6 s; else a
# random slot.
conducting_slot() {
  local round=$1 sizes=("${@:2}") slot try
  for try in $(seq 1 30); do
    for slot in 0 1 2; do
      # Only the newest 256 KB: reading the whole growth of three busy files delays the fault by seconds.
      [ "$(size_of "${SILO_SPANS[$slot]}")" -gt "${sizes[slot]}" ] || continue
      if tail -c 262144 "${SILO_SPANS[$slot]}" 2>/dev/null \
          | sed -n 's/^span diplomacy\.round .* diplomacy\.round=\([0-9]*\).*/\1/p' \
          | awk -v r="$round" '$1 <= r && $1 >= r - 30 { found = 1 } END { exit !found }'; then
        echo "$slot aimed"; return
      fi
    done
    sleep 0.2
  done
  echo "$((RANDOM % 3)) random"
}

# last_round TRACE: the round of the staged trace's last line.
last_round() { tail -c 4096 "$1" 2>/dev/null | tail -n 1 | grep -o '"round":[0-9]*' | cut -d: -f2 || true; }

resumes() { cat "$WORK"/silo-*.log 2>/dev/null | grep -c "resumed here after round" || true; }

same_bytes() { cmp -s "$WORK/reference/trace.jsonl" "$1/trace.jsonl" && cmp -s "$WORK/reference/stances.csv" "$1/stances.csv"; }

for slot in 0 1 2; do start_silo "$slot"; done

echo "kill-and-pause: the embedded run, for reference"
"${DIPLOMACY[@]}" run "$SCENARIO" --out "$WORK/reference" --quiet >/dev/null
start=$(date +%s.%N)
"${DIPLOMACY[@]}" run "$SCENARIO" --redis "$REDIS" --cluster-id "$CLUSTER_ID" --connect-timeout 120 --out "$WORK/no-fault" --quiet >/dev/null
DURATION=$(python3 -c "print(round($(date +%s.%N) - $start, 1))")
same_bytes "$WORK/no-fault" || { echo "kill-and-pause: the cluster run without faults differs from the embedded one"; exit 1; }
echo "kill-and-pause: a run on the cluster without faults took ${DURATION} s and is identical"

IDENTICAL=0 LOUD=0 DIFFERENT=0 BROKEN=0 RESUMED=0 AIMED=0

# fault KIND INDEX TOTAL: one run with one fault at a random moment of it.
fault() {
  local kind=$1 index=$2 total=$3 out="$WORK/$1-$2"
  local target=$((5 + RANDOM % 161))
  local before; before=$(resumes)
  local sizes=("$(size_of "${SILO_SPANS[0]}")" "$(size_of "${SILO_SPANS[1]}")" "$(size_of "${SILO_SPANS[2]}")")
  local started; started=$(date +%s.%N)
  "${DIPLOMACY[@]}" run "$SCENARIO" --redis "$REDIS" --cluster-id "$CLUSTER_ID" --connect-timeout 120 --out "$out" --quiet >"$out.stdout" 2>"$out.stderr" &
  local run=$!
  wait_for_round "$out.tmp-$run/trace.jsonl" "$target" "$run"
  # A random moment inside the round: rounds take 25–100 ms here, so a longer wait would carry the
  # fault tens of rounds past its target, often to the run's end.
  sleep "$(python3 -c 'import random; print(round(random.uniform(0, 0.1), 3))')"
  local delay; delay=$(python3 -c "print(round($(date +%s.%N) - $started, 1))")
  local slot aim; read -r slot aim < <(conducting_slot "$(last_round "$out.tmp-$run/trace.jsonl")" "${sizes[@]}")
  [ "$aim" = aimed ] && AIMED=$((AIMED + 1))
  if [ "$kind" = kill ]; then
    kill -9 "${SILO_PIDS[$slot]}" 2>/dev/null || true
  else
    kill -STOP "${SILO_PIDS[$slot]}" 2>/dev/null || true
    sleep "$PAUSE_SECONDS"
    kill -CONT "${SILO_PIDS[$slot]}" 2>/dev/null || true
  fi
  local exit=0
  wait "$run" || exit=$?
  local outcome
  if [ "$exit" -eq 0 ] && [ -f "$out/trace.jsonl" ] && same_bytes "$out"; then
    outcome=identical; IDENTICAL=$((IDENTICAL + 1))
  elif [ "$exit" -ne 0 ] && [ ! -e "$out" ]; then
    outcome="failed loudly (exit $exit: $(grep -m1 -v '^ *at ' "$out.stderr" | cut -c1-160))"; LOUD=$((LOUD + 1))
  elif [ "$exit" -eq 0 ] && [ -f "$out/trace.jsonl" ]; then
    outcome=DIFFERENT; DIFFERENT=$((DIFFERENT + 1))
  else
    outcome="broken (exit $exit)"; BROKEN=$((BROKEN + 1))
  fi
  # The killed silo is gone and a paused one has been declared dead: replace it either way. The
  # silos' log lines are written in the background, so they are counted after that.
  replace_silo "$slot"
  local resumed=no
  [ "$(resumes)" -gt "$before" ] && { resumed=yes; RESUMED=$((RESUMED + 1)); }
  printf '%s %2d/%d: silo slot %d (%s) after round %3d (%5.1f s): %s; run grain resumed elsewhere: %s\n' "$kind" "$index" "$total" "$slot" "$aim" "$target" "$delay" "$outcome" "$resumed"
}

for i in $(seq 1 "$KILLS"); do fault kill "$i" "$KILLS"; done
for i in $(seq 1 "$PAUSES"); do fault pause "$i" "$PAUSES"; done

echo
# A run the fault reached replayed a round or moved its run grain: count them by run key in the silos' logs.
REACHED=$(cat "$WORK"/silo-*.log | grep -E "attempt [0-9]+ failed|resumed here" | grep -oE "run [^ :]+@[0-9a-f]+" | sort -u | wc -l)
echo "kill-and-pause: $((KILLS + PAUSES)) runs ($KILLS kills, $PAUSES pauses of ${PAUSE_SECONDS} s; $AIMED aimed at the silo conducting the run): $IDENTICAL identical, $LOUD failed loudly, $DIFFERENT DIFFERENT, $BROKEN broken; the fault reached $REACHED runs (a round replayed or the run grain moved), the run grain resumed on another silo in $RESUMED"
[ "$DIFFERENT" -eq 0 ] && [ "$BROKEN" -eq 0 ]
