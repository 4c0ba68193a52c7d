#!/usr/bin/env bash
# Run a command and report how much CPU *other* processes used meanwhile
# (the machine's busy time from /proc/stat minus the command's own user+sys
# time): a measurement with a high share ran beside someone else's build.
#
#   benches/foreign-cpu.sh cargo bench -p tencentcloud-benches
set -euo pipefail
hz="$(getconf CLK_TCK)"
read -r _ a1 a2 a3 a4 a5 a6 a7 a8 _ </proc/stat
start=$(date +%s.%N)
tfile="$(mktemp)"
status=0
/usr/bin/time -f "%U %S" -o "$tfile" "$@" || status=$?
read -r _ b1 b2 b3 b4 b5 b6 b7 b8 _ </proc/stat
end=$(date +%s.%N)
read -r user sys <"$(echo "$tfile")"
rm -f "$tfile"
# user + nice + system: what processes use (interrupts and steal apart).
busy=$(((b1 + b2 + b3) - (a1 + a2 + a3)))
irq=$(((b6 + b7) - (a6 + a7)))
steal=$((b8 - a8))
python3 - "$busy" "$irq" "$steal" "$hz" "$user" "$sys" "$start" "$end" <<'PY' >&2
import sys
busy, irq, steal, hz, user, sys_, start, end = (float(x) for x in sys.argv[1:])
wall = end - start
foreign = max(0.0, busy / hz - user - sys_)
print(f"foreign-cpu: {foreign:.1f} CPU-s used by other processes over {wall:.0f} s "
      f"({100 * foreign / wall:.0f}% of one core); the command used {user + sys_:.1f} CPU-s; "
      f"interrupts {irq / hz:.1f} CPU-s, steal {steal / hz:.1f} CPU-s")
PY
exit "$status"
