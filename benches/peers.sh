#!/usr/bin/env bash
# The SDK beside the official Python and Node SDKs and the raw reqwest floor,
# against one loopback server (benches/README.md has the results).
#
#   benches/peers.sh                      # 2,000 calls, median of 3 runs
#   CALLS=500 RUNS=1 benches/peers.sh     # a quick look
#   CLIENTS="sdk raw" benches/peers.sh    # some clients only
#   BODIES=large CONCS=16 TSV=target/peers/again.tsv benches/peers.sh
#                                         # some scenarios again, into another file
#   python3 benches/peers/table.py <(cat A.tsv B.tsv)  # the tables of several files
#
# For each body (small: 1 event, 1.5 KB; large: 100 events, 141 KB) one
# `bench-server` (127.0.0.1, an ephemeral port, 1 worker thread) answers every
# POST with the fixture. Each client process makes CALLS calls of
# DescribeRiskProcessEvents (after 100 untimed warm-up calls), sequentially
# and with 16 in flight; its calls/s is the median of RUNS runs, its peak RSS
# is `/usr/bin/time -f %M` of the client process (min–max over all runs).
# Clients:
#   python     official Python SDK (tencentcloud-sdk-python-cwp, common 3.1.195), 16 threads
#   node       official Node SDK (tencentcloud-sdk-nodejs 4.1.313), 16 async loops, Promise.all
#   raw        reqwest: the SDK's body bytes and headers (captured once), no signing, no decoding
#   raw-value  raw + serde_json::Value parse of the body
#   sdk        this SDK: tencentcloud::cwp::v20180228::Client (serialize, sign, send, decode)
# The Rust clients run a 2-worker tokio runtime. Before each run the script
# waits until the machine is idle (benches/wait-quiet.sh; QUIET_MAX, BUSY_MAX),
# and a run during which other processes (not the client, not the servers)
# used more than FOREIGN_MAX % (default 15) of a core is made again, at most
# twice: another build on these 2 cores halves every number. That share is
# recorded in the TSV and summarized.
#
# Then signing and large-body decode inside the Python and Node SDKs
# (peers/python_micro.py, peers/node_micro.js).
#
# Peers install into benches/peers/.py and benches/peers/node/node_modules
# (git-ignored). Raw per-run results: target/peers/results.tsv.
set -euo pipefail
cd "$(dirname "$0")/.."

CALLS="${CALLS:-2000}"
RUNS="${RUNS:-3}"
CLIENTS="${CLIENTS:-python node raw raw-value sdk}"
BODIES="${BODIES:-small large}"
CONCS="${CONCS:-1 16}"
TSV="${TSV:-$OUT/results.tsv}"
OUT="${CARGO_TARGET_DIR:-target}/peers"
BIN="${CARGO_TARGET_DIR:-target}/release"
mkdir -p "$OUT"

echo "== peers" >&2
if [ ! -d benches/peers/.py/tencentcloud/cwp ]; then
  python3 -m pip install --disable-pip-version-check -q --target benches/peers/.py \
    -r benches/peers/requirements.txt
fi
if [ ! -d benches/peers/node/node_modules/tencentcloud-sdk-nodejs ]; then
  (cd benches/peers/node && npm ci --no-audit --no-fund --silent)
fi

echo "== build (the bench profile with dev-dependencies: shares the build of cargo bench)" >&2
cargo build -q --profile bench -p tencentcloud-benches --bins --benches

pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
}
trap cleanup EXIT

declare -A URL
for body in small large; do
  rm -f "$OUT/server-$body.out" "$OUT/headers-$body.json"
  "$BIN/bench-server" --body "$body" --workers 1 --max-seconds 3600 \
    --capture-headers "$OUT/headers-$body.json" >"$OUT/server-$body.out" &
  pids+=($!)
  for _ in $(seq 100); do
    [ -s "$OUT/server-$body.out" ] && break
    sleep 0.05
  done
  URL[$body]="$(head -1 "$OUT/server-$body.out")"
  # One SDK call: the server writes the headers the SDK sent (raw sends them).
  "$BIN/bench-client" --client sdk --url "${URL[$body]}" --calls 1 --warmup 0 >/dev/null
  for _ in $(seq 100); do
    [ -s "$OUT/headers-$body.json" ] && break
    sleep 0.05
  done
  echo "server $body: ${URL[$body]}" >&2
done

quiet() { QUIET_SECONDS="${QUIET_SECONDS:-3}" benches/wait-quiet.sh; }

client_cmd() { # client body concurrency
  local url="${URL[$2]}" hostport
  hostport="${url#http://}"
  hostport="${hostport%/}"
  case "$1" in
    python) echo "env PYTHONPATH=benches/peers/.py python3 benches/peers/python_client.py --endpoint $hostport --calls $CALLS --concurrency $3" ;;
    node) echo "node benches/peers/node_client.js --endpoint $hostport --calls $CALLS --concurrency $3" ;;
    raw|raw-value) echo "$BIN/bench-client --client $1 --url $url --calls $CALLS --concurrency $3 --headers $OUT/headers-$2.json" ;;
    sdk) echo "$BIN/bench-client --client sdk --url $url --calls $CALLS --concurrency $3" ;;
  esac
}

# CPU jiffies: the machine's user+nice+system, and the two servers'.
machine_jiffies() { awk '/^cpu /{print $2+$3+$4}' /proc/stat; }
server_jiffies() { local t=0 p; for p in "${pids[@]}"; do t=$((t + $(awk '{print $14+$15}' "/proc/$p/stat"))); done; echo "$t"; }
HZ="$(getconf CLK_TCK)"

printf 'client\tbody\tconcurrency\trun\tcalls_per_sec\tpeak_rss_kb\tforeign_cpu_pct\n' >"$TSV"
echo "== runs: $CALLS calls, median of $RUNS" >&2
for body in $BODIES; do
  for conc in $CONCS; do
    for client in $CLIENTS; do
      for run in $(seq "$RUNS"); do
        # A run during which other processes used more than FOREIGN_MAX % of
        # one core is made again (at most twice).
        for try in 1 2 3; do
          quiet >/dev/null
          m0="$(machine_jiffies)"; s0="$(server_jiffies)"; t0="$(date +%s.%N)"
          # shellcheck disable=SC2046
          line="$(/usr/bin/time -f '%M %U %S' -o "$OUT/rss.txt" $(client_cmd "$client" "$body" "$conc"))"
          m1="$(machine_jiffies)"; s1="$(server_jiffies)"; t1="$(date +%s.%N)"
          read -r rss cu cs <<<"$(tail -1 "$OUT/rss.txt")"
          foreign="$(python3 -c 'import sys; m,s,hz,cu,cs,w=map(float,sys.argv[1:]); print(max(0,round(100*(m/hz-s/hz-cu-cs)/w)))' \
            $((m1 - m0)) $((s1 - s0)) "$HZ" "$cu" "$cs" "$(python3 -c "print($t1-$t0)")")"
          [ "$foreign" -le "${FOREIGN_MAX:-15}" ] && break
          echo "  (other processes used ${foreign}% of a core: again)" >&2
        done
        cps="$(python3 -c 'import json,sys; print(round(json.loads(sys.argv[1])["calls_per_sec"], 1))' "$line")"
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$client" "$body" "$conc" "$run" "$cps" "$rss" "$foreign" >>"$TSV"
        echo "$client $body c=$conc run $run: $cps calls/s, $rss KB (other processes: ${foreign}% of a core)" >&2
      done
    done
  done
done

echo "== signing and decoding inside the peers" >&2
quiet >/dev/null
PYTHONPATH=benches/peers/.py python3 benches/peers/python_micro.py >"$OUT/python_micro.json"
quiet >/dev/null
node benches/peers/node_micro.js >"$OUT/node_micro.json"

python3 benches/peers/table.py "$TSV" "$OUT/python_micro.json" "$OUT/node_micro.json"
