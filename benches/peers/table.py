#!/usr/bin/env python3
"""The markdown tables of benches/peers.sh.

    python3 benches/peers/table.py RESULTS.tsv [PYTHON_MICRO.json NODE_MICRO.json]

RESULTS.tsv: one line per run (the header line first), as peers.sh writes it
to target/peers/results.tsv; several files' lines may be concatenated. The
micro JSON files are the outputs of python_micro.py and node_micro.js.
"""
import collections, json, statistics, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if not l.startswith("client\t")]
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
    cells = [f"{statistics.median(cps[(client, b, c)]):,.0f}" if cps[(client, b, c)] else "" for b, c in scen]
    lo, hi = min(rss[client]) / 1024, max(rss[client]) / 1024
    print(f"| {names[client]} | " + " | ".join(cells) + f" | {lo:.0f}–{hi:.0f} MB |")
if "sdk" in rss and "raw" in rss:
    cells = [f"{statistics.median(cps[('raw', b, c)]) / statistics.median(cps[('sdk', b, c)]):.2f}"
             if cps[("raw", b, c)] and cps[("sdk", b, c)] else "" for b, c in scen]
    print("| SDK time per call ÷ raw | " + " | ".join(cells) + " | |")
print()
print(f"CPU used by other processes during a run: median {statistics.median(foreign)}% of a core, max {max(foreign)}%")
if len(sys.argv) < 4:
    sys.exit(0)
py, node = (json.load(open(p)) for p in sys.argv[2:4])
print()
print("| per call, µs | Python SDK | Node SDK |")
print("|---|---:|---:|")
print(f"| signing (Python: request build incl. json.dumps; Node: `Sign.sign3`) | {py['sign_sdk_request_build_us']} | {node['sign_us']} |")
print(f"| signing, signature only (Python `_get_tc3_signature`) | {py['sign_signature_only_us']} | |")
print(f"| large body, JSON parse (`json.loads` / `JSON.parse`) | {py['decode_large_json_loads_us']} | {node['decode_large_json_parse_us']} |")
print(f"| large body, typed (`_deserialize` after `json.loads`) | {py['decode_large_typed_us']} | |")
print(f"| large body, what a call does (Python: 2 × json.loads + `_deserialize`; Node: `JSON.parse(buf.toString())`) | {py['decode_large_per_call_us']} | {node['decode_large_per_call_us']} |")
