#!/usr/bin/env bash
# Wait until the machine has been idle for QUIET_SECONDS seconds in a row
# (default 10; CPU busy ≤ BUSY_MAX %, default 10, each second, all cores), at
# most QUIET_MAX seconds (default 180); print the last second's busy %. On 2
# cores another build halves every number: run a measurement after this.
#
#   benches/wait-quiet.sh && cargo bench -p tencentcloud-benches
set -euo pipefail
busy_max="${BUSY_MAX:-10}"
quiet_max="${QUIET_MAX:-180}"
busy() {
  local a1 a2 a3 a4 a5 a6 a7 a8 b1 b2 b3 b4 b5 b6 b7 b8 total idle
  read -r _ a1 a2 a3 a4 a5 a6 a7 a8 _ </proc/stat
  sleep 1
  read -r _ b1 b2 b3 b4 b5 b6 b7 b8 _ </proc/stat
  total=$(((b1 + b2 + b3 + b4 + b5 + b6 + b7 + b8) - (a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8)))
  idle=$(((b4 + b5) - (a4 + a5)))
  echo $((total > 0 ? 100 * (total - idle) / total : 0))
}
quiet_seconds="${QUIET_SECONDS:-10}"
start=$SECONDS
run=0
b=0
while [ "$run" -lt "$quiet_seconds" ] && [ $((SECONDS - start)) -lt "$quiet_max" ]; do
  b="$(busy)"
  if [ "$b" -gt "$busy_max" ]; then run=0; else run=$((run + 1)); fi
done
if [ "$run" -lt "$quiet_seconds" ]; then
  echo "wait-quiet: not idle for ${quiet_seconds}s within ${quiet_max}s (last: ${b}% busy), going on" >&2
fi
echo "$b"
