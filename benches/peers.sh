#!/usr/bin/env bash
# The SDK beside the official Python and Node SDKs and the raw reqwest floor,
# against loopback servers (benches/README.md has the results).
#
#   benches/peers.sh                      # everything: 2,000 calls, 3 repetitions
#   CALLS=500 RUNS=1 benches/peers.sh     # a quick look
#   CLIENTS="sdk raw" benches/peers.sh    # some clients only
#   BODIES="large large-id-first" CONCS=16 TSV=target/peers/again.tsv benches/peers.sh
#                                         # some scenarios again, into another file
#   python3 benches/peers/table.py <(cat A.tsv B.tsv)  # the table of several files
#
# Settings (environment):
#   CALLS        timed calls per client process (default 2000), after WARMUP
#                untimed ones (default 100)
#   RUNS         repetitions of each scenario (default 3)
#   CLIENTS      default "sdk raw raw-value python node"
#   BODIES       default "small small-id-first small-id-middle large
#                large-id-first large-id-middle"
#   PEER_BODIES  the bodies python and node run on (default "small large": the
#                member order does not matter to them, and they are slow)
#   CONCS        calls in flight (default "1 16 64")
#   TSV          the per-run results (default target/peers/results.tsv)
#   QUIET_SECONDS, QUIET_MAX, BUSY_MAX   benches/wait-quiet.sh before each run
#                (QUIET_SECONDS default 3 here)
#   FOREIGN_MAX  % of a core other processes may use during a run (default 15)
#
# Bodies (benches/src/lib.rs `fixtures::BODIES`): small (1 event, 1.5 KB),
# large (100 events, 141 KB), each with `RequestId` last in `Response` (as the
# service sends it), first (-id-first) and in the middle (-id-middle). One
# `bench-server` per body (127.0.0.1, an ephemeral port, 1 worker thread)
# answers every POST with its fixture. Each client process makes CALLS calls
# of DescribeRiskProcessEvents, with 1, 16 or 64 in flight. The loop is: for
# each body, for each concurrency, for each repetition, every client once, so
# that the clients of one repetition run back to back and the table's ratios
# (raw ÷ sdk calls/s, ...) are computed per repetition, then summarized
# (median, min–max): slow drifts of the machine cancel out of them. Peak RSS
# is `/usr/bin/time -f %M` of the client process; its user+sys CPU (wait4,
# µs resolution) is recorded too: CPU per call = client_cpu_s ÷ calls_made,
# warm-up and start-up included.
# Clients:
#   python     official Python SDK (tencentcloud-sdk-python-cwp, common 3.1.195), 1 thread per call in flight
#   node       official Node SDK (tencentcloud-sdk-nodejs 4.1.313), 1 async loop per call in flight, Promise.all
#   raw        reqwest: the SDK's body bytes and headers (captured once), no signing, no decoding
#   raw-value  raw + serde_json::Value parse of the body
#   sdk        this SDK: tencentcloud::cwp::v20180228::Client (serialize, sign, send, decode)
# The Rust clients run a 2-worker tokio runtime. Before each run the script
# waits until the machine is idle (benches/wait-quiet.sh), and a run during
# which other processes (not the client, not the servers) used more than
# FOREIGN_MAX % of a core is made again, at most twice: another build on
# these 2 cores halves every number. That share is recorded in the TSV and
# summarized.
#
# Then signing and large-body decode inside the Python and Node SDKs
# (peers/python_micro.py, peers/node_micro.js), for those in CLIENTS.
#
# Peers install into benches/peers/.py and benches/peers/node/node_modules
# (git-ignored). TSV columns: client body concurrency run calls_per_sec
# peak_rss_kb foreign_cpu_pct calls_made client_cpu_s.
set -euo pipefail
cd "$(dirname "$0")/.."

CALLS="${CALLS:-2000}"
WARMUP="${WARMUP:-100}"
RUNS="${RUNS:-3}"
CLIENTS="${CLIENTS:-sdk raw raw-value python node}"
BODIES="${BODIES:-small small-id-first small-id-middle large large-id-first large-id-middle}"
PEER_BODIES="${PEER_BODIES:-small large}"
CONCS="${CONCS:-1 16 64}"
OUT="${CARGO_TARGET_DIR:-target}/peers"
BIN="${CARGO_TARGET_DIR:-target}/release"
TSV="${TSV:-$OUT/results.tsv}"
mkdir -p "$OUT"

has() { # word list: is word one of the list's words?
  case " $2 " in *" $1 "*) return 0 ;; *) return 1 ;; esac
}

echo "== peers" >&2
if has python "$CLIENTS" && [ ! -d benches/peers/.py/tencentcloud/cwp ]; then
  python3 -m pip install --disable-pip-version-check -q --target benches/peers/.py \
    -r benches/peers/requirements.txt
fi
if has node "$CLIENTS" && [ ! -d benches/peers/node/node_modules/tencentcloud-sdk-nodejs ]; then
  (cd benches/peers/node && npm ci --no-audit --no-fund --silent)
fi

echo "== build (the bench profile with dev-dependencies: shares the build of cargo bench)" >&2
cargo build -q --profile bench -p tencentcloud-benches --bins --benches

pids=()
cleanup() {
  local p
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
}
trap cleanup EXIT

declare -A URL
for body in $BODIES; do
  rm -f "$OUT/server-$body.out" "$OUT/headers-$body.json"
  "$BIN/bench-server" --body "$body" --workers 1 --max-seconds 36000 \
    --capture-headers "$OUT/headers-$body.json" >"$OUT/server-$body.out" &
  pids+=($!)
  for _ in $(seq 100); do
    [ -s "$OUT/server-$body.out" ] && break
    sleep 0.05
  done
  URL[$body]="$(head -1 "$OUT/server-$body.out")"
  if [ -z "${URL[$body]}" ]; then
    echo "bench-server --body $body did not start (a body of benches/src/lib.rs fixtures::BODIES?)" >&2
    exit 1
  fi
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
    python) echo "env PYTHONPATH=benches/peers/.py python3 benches/peers/python_client.py --endpoint $hostport --calls $CALLS --warmup $WARMUP --concurrency $3" ;;
    node) echo "node benches/peers/node_client.js --endpoint $hostport --calls $CALLS --warmup $WARMUP --concurrency $3" ;;
    raw|raw-value) echo "$BIN/bench-client --client $1 --url $url --calls $CALLS --warmup $WARMUP --concurrency $3 --headers $OUT/headers-$2.json" ;;
    sdk) echo "$BIN/bench-client --client sdk --url $url --calls $CALLS --warmup $WARMUP --concurrency $3" ;;
    *) echo "unknown client $1 (sdk raw raw-value python node)" >&2; return 1 ;;
  esac
}

# measure SERVER_PID... -- COMMAND...: runs COMMAND (a client; its stdout, one
# JSON line, goes to $OUT/client.out) under /usr/bin/time and prints
# "calls_per_sec peak_rss_kb client_cpu_s foreign_cpu_pct". Peak RSS is
# /usr/bin/time's %M; the CPU (user + sys) comes from wait4 on /usr/bin/time,
# which counts the client with µs resolution (/usr/bin/time's %U %S have
# 10 ms), plus /usr/bin/time's own (< 1 ms). Foreign: the CPU the machine
# used meanwhile (/proc/stat user+nice+system) minus the servers', the
# client's and this script's, in % of one core over the run's wall time.
MEASURE_PY="$(cat <<'PY'
import json, os, resource, sys, time
out = sys.argv[1]
sep = sys.argv.index("--")
servers, cmd = sys.argv[2:sep], sys.argv[sep + 1:]
hz = os.sysconf("SC_CLK_TCK")
def machine():
    with open("/proc/stat") as f:
        v = f.readline().split()
    return int(v[1]) + int(v[2]) + int(v[3])
def server():
    t = 0
    for p in servers:
        with open(f"/proc/{p}/stat") as f:
            v = f.read().rsplit(")", 1)[1].split()
        t += int(v[11]) + int(v[12])
    return t
def own():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
fa = [(os.POSIX_SPAWN_OPEN, 1, out + "/client.out", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)]
timef = out + "/time.txt"
o0, m0, s0, t0 = own(), machine(), server(), time.monotonic()
pid = os.posix_spawn("/usr/bin/time", ["/usr/bin/time", "-f", "%M", "-o", timef, *cmd], os.environ, file_actions=fa)
_, status, ru = os.wait4(pid, 0)
t1, m1, s1, o1 = time.monotonic(), machine(), server(), own()
code = os.waitstatus_to_exitcode(status)
if code != 0:
    sys.stderr.write(open(out + "/client.out").read())
    sys.exit(f"{' '.join(cmd)}: exit code {code}")
cpu = ru.ru_utime + ru.ru_stime
rss = int(open(timef).read().split()[-1])
foreign = max(0, round(100 * ((m1 - m0) / hz - (s1 - s0) / hz - cpu - (o1 - o0)) / (t1 - t0)))
cps = json.loads(open(out + "/client.out").read().splitlines()[-1])["calls_per_sec"]
print(f"{cps:.1f} {rss} {cpu:.4f} {foreign}")
PY
)"
measure() { python3 -c "$MEASURE_PY" "$OUT" "$@"; }

printf 'client\tbody\tconcurrency\trun\tcalls_per_sec\tpeak_rss_kb\tforeign_cpu_pct\tcalls_made\tclient_cpu_s\n' >"$TSV"
echo "== runs: $CALLS calls (+ $WARMUP warm-up), $RUNS repetitions; bodies: $BODIES; in flight: $CONCS" >&2
start=$SECONDS
for body in $BODIES; do
  for conc in $CONCS; do
    for run in $(seq "$RUNS"); do
      for client in $CLIENTS; do
        case "$client" in
          python|node) has "$body" "$PEER_BODIES" || continue ;;
        esac
        cmd="$(client_cmd "$client" "$body" "$conc")"
        # A run during which other processes used more than FOREIGN_MAX % of
        # one core is made again (at most twice).
        for try in 1 2 3; do
          quiet >/dev/null
          # shellcheck disable=SC2086
          m="$(measure "${pids[@]}" -- $cmd)"
          read -r cps rss cpu foreign <<<"$m"
          [ "$foreign" -le "${FOREIGN_MAX:-15}" ] && break
          [ "$try" -lt 3 ] && echo "  (other processes used ${foreign}% of a core: again)" >&2
        done
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
          "$client" "$body" "$conc" "$run" "$cps" "$rss" "$foreign" $((CALLS + WARMUP)) "$cpu" >>"$TSV"
        echo "$body c=$conc run $run $client: $cps calls/s, $rss KB, CPU ${cpu} s (other processes: ${foreign}% of a core; $((SECONDS - start)) s so far)" >&2
      done
    done
  done
done

micro=()
if has python "$CLIENTS"; then
  echo "== signing and decoding inside the Python SDK" >&2
  quiet >/dev/null
  PYTHONPATH=benches/peers/.py python3 benches/peers/python_micro.py >"$OUT/python_micro.json"
  micro+=("$OUT/python_micro.json")
else
  micro+=("")
fi
if has node "$CLIENTS"; then
  echo "== signing and decoding inside the Node SDK" >&2
  quiet >/dev/null
  node benches/peers/node_micro.js >"$OUT/node_micro.json"
  micro+=("$OUT/node_micro.json")
fi
echo "== $((SECONDS - start)) s of runs; the per-run results: $TSV" >&2

python3 benches/peers/table.py "$TSV" "${micro[@]}"
