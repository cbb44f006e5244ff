#!/usr/bin/env bash
# Sweep speed and memory benchmark (issue 11). Not a test: it prints figures for the README.
#
#   speed   1,000 runs of the baseline under uncertainty (scenarios/sweeps/baseline-1000.yaml) on
#           the embedded silo, in one process, at each --parallel given (default "2 4 8"): wall
#           time of the whole command, and from sweep.json where the time went (silo start, runs,
#           aggregates + fan charts + report) and runs per second. Target: at most 10 s wall.
#           The baseline in the same run: one `diplomacy run` of the same scenario (silo start and
#           one run, whole process), so the figure can be read as a ratio on a busy machine.
#   memory  peak resident memory (GNU time's maximum RSS) of a 100-run and a 10,000-run sweep of
#           the same baseline, and their ratio. Target: at most 1.5.
#
# Usage: bench/sweep-speed.sh [speed|memory|all] [PARALLEL...]
set -euo pipefail

what="${1:-all}"
shift || true
parallels=("${@:-2 4 8}")
read -r -a parallels <<<"${parallels[*]}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "Building the CLI (Release)..."
dotnet build "$root/src/Diplomacy.Cli" -c Release >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
diplomacy=(dotnet "$root/src/Diplomacy.Cli/bin/Release/net10.0/diplomacy.dll")

# A sweep of the baseline under uncertainty with N replicates, written beside the shipped ones' scenario.
sweep_file() {
  cat >"$work/baseline-$1.yaml" <<YAML
name: baseline-$1
scenario: $root/scenarios/talks-as-announced.yaml
seed: 2025
uncertainty: from-confidence
replicates: $1
YAML
  echo "$work/baseline-$1.yaml"
}

# Runs a sweep under GNU time; prints "wall_seconds peak_rss_kb cpu_seconds" (user + system: what
# the sweep cost the machine, which a busy machine's other work does not inflate as it does the wall time).
timed() {
  local file="$1" out="$2" parallel="$3"
  /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" "${diplomacy[@]}" sweep "$file" --out "$out" --parallel "$parallel" --quiet >/dev/null
  read -r wall rss user system <"$work/time.txt"
  echo "$wall $rss $(python3 -c "print(f'{$user + $system:.1f}')")"
}

timings() {
  python3 - "$1/sweep.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[1]))["timings"]
print(f"silo start {t['siloStartMilliseconds'] / 1000:.2f} s, runs {t['runsMilliseconds'] / 1000:.2f} s "
      f"({t['runsRun'] / (t['runsMilliseconds'] / 1000):.1f} runs/s), outputs {t['outputsMilliseconds'] / 1000:.2f} s")
PY
}

echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc)"
if [[ "$what" == speed || "$what" == all ]]; then
  file="$root/scenarios/sweeps/baseline-1000.yaml"
  /usr/bin/time -f "%e %U %S" -o "$work/time.txt" "${diplomacy[@]}" run "$root/scenarios/talks-as-announced.yaml" --out "$work/one" --quiet >/dev/null
  read -r one one_user one_system <"$work/time.txt"
  one_cpu=$(python3 -c "print(f'{$one_user + $one_system:.1f}')")
  echo "baseline: one 'diplomacy run' of the scenario, whole process: ${one} s wall, ${one_cpu} s CPU"
  for parallel in "${parallels[@]}"; do
    rm -rf "$work/speed"
    read -r wall rss cpu < <(timed "$file" "$work/speed" "$parallel")
    echo "1,000 baseline runs, --parallel $parallel: ${wall} s wall ($(python3 -c "print(f'{$wall / $one:.1f}')")× one run), ${cpu} s CPU ($(python3 -c "print(f'{($cpu - $one_cpu) / 999 * 1000:.0f}')") ms CPU a run beyond the first), peak RSS $((rss / 1024)) MB; $(timings "$work/speed")"
  done
fi

if [[ "$what" == memory || "$what" == all ]]; then
  parallel="${parallels[0]}"
  read -r wall100 rss100 _ < <(timed "$(sweep_file 100)" "$work/m100" "$parallel")
  echo "100 runs:    ${wall100} s wall, peak RSS $((rss100 / 1024)) MB"
  read -r wall10k rss10k _ < <(timed "$(sweep_file 10000)" "$work/m10k" "$parallel")
  echo "10,000 runs: ${wall10k} s wall, peak RSS $((rss10k / 1024)) MB; $(timings "$work/m10k")"
  python3 -c "print(f'peak memory 10,000 / 100 runs: {$rss10k / $rss100:.2f} (target at most 1.5)')"
fi
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
