#!/usr/bin/env bash
# The SDK beside the official Python and Node SDKs and the raw reqwest floor,
# against one loopback server (benches/README.md has the results).
#
#   benches/peers.sh                      # 2,000 calls, median of 3 runs
#   CALLS=500 RUNS=1 benches/peers.sh     # a quick look
#   CLIENTS="sdk raw" benches/peers.sh    # some clients only
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

TSV="$OUT/results.tsv"
printf 'client\tbody\tconcurrency\trun\tcalls_per_sec\tpeak_rss_kb\tforeign_cpu_pct\n' >"$TSV"
echo "== runs: $CALLS calls, median of $RUNS" >&2
for body in small large; do
  for conc in 1 16; do
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
py_micro="$(PYTHONPATH=benches/peers/.py python3 benches/peers/python_micro.py)"
quiet >/dev/null
node_micro="$(node benches/peers/node_micro.js)"
echo "$py_micro" >"$OUT/python_micro.json"
echo "$node_micro" >"$OUT/node_micro.json"

python3 - "$TSV" "$py_micro" "$node_micro" <<'EOF'
import collections, json, statistics, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])][1:]
names = {
    "python": "official Python SDK (cwp 3.1.190, common 3.1.195)",
    "node": "official Node SDK 4.1.313",
    "raw": "raw reqwest, same bytes, no signing, no decoding",
    "raw-value": "raw reqwest + `serde_json::Value` parse",
    "sdk": "this SDK (`cwp::v20180228::Client`)",
}
cps = collections.defaultdict(list)
rss = collections.defaultdict(list)
foreign = []
for client, body, conc, run, c, r, f in rows:
    cps[(client, body, conc)].append(float(c))
    rss[client].append(int(r))
    foreign.append(int(f))
scen = [("small", "1"), ("small", "16"), ("large", "1"), ("large", "16")]
print("| client | small (1.5 KB) seq calls/s | small, 16 concurrent | large (141 KB, 100 items) seq | large, 16 concurrent | peak RSS |")
print("|---|---:|---:|---:|---:|---:|")
for client in names:
    if client not in rss:
        continue
    cells = [f"{statistics.median(cps[(client, b, c)]):,.0f}" for b, c in scen]
    lo, hi = min(rss[client]) / 1024, max(rss[client]) / 1024
    print(f"| {names[client]} | " + " | ".join(cells) + f" | {lo:.0f}–{hi:.0f} MB |")
if "sdk" in rss and "raw" in rss:
    cells = [f"{statistics.median(cps[('raw', b, c)]) / statistics.median(cps[('sdk', b, c)]):.2f}" for b, c in scen]
    print("| SDK time per call ÷ raw | " + " | ".join(cells) + " | |")
print()
print(f"CPU used by other processes during a run: median {statistics.median(foreign)}% of a core, max {max(foreign)}%")
py, node = json.loads(sys.argv[2]), json.loads(sys.argv[3])
print()
print("| per call, µs | Python SDK | Node SDK |")
print("|---|---:|---:|")
print(f"| signing (Python: request build incl. json.dumps; Node: `Sign.sign3`) | {py['sign_sdk_request_build_us']} | {node['sign_us']} |")
print(f"| signing, signature only (Python `_get_tc3_signature`) | {py['sign_signature_only_us']} | |")
print(f"| large body, JSON parse (`json.loads` / `JSON.parse`) | {py['decode_large_json_loads_us']} | {node['decode_large_json_parse_us']} |")
print(f"| large body, typed (`_deserialize` after `json.loads`) | {py['decode_large_typed_us']} | |")
print(f"| large body, what a call does (Python: 2 × json.loads + `_deserialize`; Node: `JSON.parse(buf.toString())`) | {py['decode_large_per_call_us']} | {node['decode_large_per_call_us']} |")
EOF
