#!/usr/bin/env bash
# Wait until the machine is idle (CPU busy ≤ BUSY_MAX %, default 10, over one
# second, all cores), at most QUIET_MAX seconds (default 180); print the last
# busy %. On 2 cores another build halves every number: run a measurement
# after this.
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
start=$SECONDS
b="$(busy)"
while [ "$b" -gt "$busy_max" ] && [ $((SECONDS - start)) -lt "$quiet_max" ]; do
  sleep 2
  b="$(busy)"
done
if [ "$b" -gt "$busy_max" ]; then
  echo "wait-quiet: still ${b}% busy after ${quiet_max}s, going on" >&2
fi
echo "$b"
