#!/usr/bin/env bash
# Step 14's steadiness check: `.ci/run` in a fresh clone, N times in a row (default 3), while two busy loops
# keep both cores of the machine at 100 %, as another job on a shared CI machine would.
#   bash tools/ci-under-load.sh [runs] [commit-or-branch]
# The busy loops are started here and stopped when the script ends (also on Ctrl-C or failure), so none is
# left behind. Each run's log goes to ci-under-load/run-N.log; the summary line of each is printed.
set -uo pipefail
runs=${1:-3}
ref=${2:-HEAD}
repo=$(cd "$(dirname "$0")/.." && pwd)
out="$repo/ci-under-load"
mkdir -p "$out"
loops=()
stop_loops() {
  for pid in "${loops[@]}"; do kill "$pid" 2>/dev/null; done
}
# On Ctrl-C or kill the script ends too (a trap that only stopped the loops let the series run on, unloaded).
trap stop_loops EXIT
trap 'exit 130' INT TERM
for _ in 1 2; do
  node -e 'for (;;);' &
  loops+=($!)
done
echo "busy loops: ${loops[*]} (both cores at 100 %)"
failed=0
for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d)
  git clone -q "$repo" "$dir" && git -C "$dir" checkout -q "$ref"
  t0=$(date +%s)
  if (cd "$dir" && bash .ci/run) >"$out/run-$i.log" 2>&1; then result=passed; else result=FAILED; failed=1; fi
  echo "run $i of $runs ($(git -C "$dir" rev-parse --short HEAD)): $result in $(($(date +%s) - t0)) s — $(tail -1 "$out/run-$i.log")"
  rm -rf "$dir"
done
exit $failed
