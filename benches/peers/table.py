#!/usr/bin/env python3
"""The markdown tables of benches/peers.sh.

    python3 benches/peers/table.py RESULTS.tsv [PYTHON_MICRO.json [NODE_MICRO.json]]

RESULTS.tsv: one line per run, as peers.sh writes it to
target/peers/results.tsv (columns: client body concurrency run calls_per_sec
peak_rss_kb foreign_cpu_pct calls_made client_cpu_s; files of the older
7-column format have no CPU figures). Several files may be concatenated
(`<(cat A.tsv B.tsv)`): each header line starts a new file, and a
repetition is (file, body, concurrency, run), so ratios only pair runs of
one file's repetition. The micro JSON files are the outputs of
python_micro.py and node_micro.js (an empty argument: none).

Prints one table (a row per body × calls in flight; ratios computed per
repetition, then median [min–max]), the targets of issue 21 with the
measured value, and the micro table of the peers.
"""
import collections, json, statistics, sys

# Targets (issue 21).
SDK_RAW_MAX = 1.15        # small body: SDK time per call ≤ 1.15 × raw
SDK_VALUE_MAX = 0.6       # large body: SDK time per call ≤ 0.6 × (raw + Value)
RSS_PYTHON_MAX = 0.2      # SDK peak RSS ≤ 1/5 of Python's, every scenario
ORDER_TOLERANCE = 0.05    # member orders: SDK time per call within ±5 % of RequestId last

BODY_ORDER = ["small", "small-id-first", "small-id-middle", "large", "large-id-first", "large-id-middle"]
CLIENTS = ["sdk", "raw", "raw-value", "python", "node"]

if len(sys.argv) < 2:
    sys.exit(__doc__)

# runs[(client, body, conc)] = [record]; reps[(file, body, conc, run)][client] = record
runs = collections.defaultdict(list)
reps = collections.defaultdict(dict)
foreign = []
segment = 0
for line in open(sys.argv[1]):
    line = line.rstrip("\n")
    if not line.strip():
        continue
    if line.startswith("client\t"):
        segment += 1
        continue
    f = line.split("\t")
    client, body, conc, run = f[0], f[1], int(f[2]), f[3]
    rec = {"cps": float(f[4]), "rss": int(f[5]), "foreign": int(f[6]), "cpu_us": None}
    if len(f) >= 9 and f[8]:
        rec["cpu_us"] = 1e6 * float(f[8]) / int(f[7])
    runs[(client, body, conc)].append(rec)
    reps[(segment, body, conc, run)][client] = rec
    foreign.append(rec["foreign"])

if not runs:
    sys.exit("no runs in " + sys.argv[1])

bodies = sorted({b for _, b, _ in runs}, key=lambda b: (BODY_ORDER.index(b) if b in BODY_ORDER else len(BODY_ORDER), b))
concs = sorted({c for _, _, c in runs})
scenarios = [(b, c) for b in bodies for c in concs if any((cl, b, c) in runs for cl in CLIENTS)]


def median_of(client, body, conc, key):
    vals = [r[key] for r in runs.get((client, body, conc), []) if r[key] is not None]
    return statistics.median(vals) if vals else None


def ratios(body, conc, num, den):
    """Per repetition num(rec_a, rec_b) / den, for the repetitions that ran both clients."""
    out = []
    for (_, b, c, _), by_client in reps.items():
        if b == body and c == conc:
            v = ratio_of(by_client, num, den)
            if v is not None:
                out.append(v)
    return out


def ratio_of(by_client, num, den):
    (ca, ka), (cb, kb) = num, den
    if ca not in by_client or cb not in by_client:
        return None
    a, b = by_client[ca][ka], by_client[cb][kb]
    if a is None or b is None or b == 0:
        return None
    # calls/s are inverse times: time ratio A ÷ B = cps(B) ÷ cps(A).
    return b / a if ka == "cps" else a / b


def summary(vals):
    """(median, min, max) or None."""
    return (statistics.median(vals), min(vals), max(vals)) if vals else None


def fmt_ratio(s, digits=2):
    if s is None:
        return ""
    m, lo, hi = s
    if lo == hi:
        return f"{m:.{digits}f}"
    return f"{m:.{digits}f} [{lo:.{digits}f}–{hi:.{digits}f}]"


def fmt_cps(v):
    return "" if v is None else f"{v:,.0f}"


def fmt_us(v):
    if v is None:
        return ""
    return f"{v:,.0f}" if v >= 100 else f"{v:.1f}"


def fmt_mb(v):
    if v is None:
        return ""
    mb = v / 1024
    return f"{mb:.0f}" if mb >= 100 else f"{mb:.1f}"


SDK_RAW = (("sdk", "cps"), ("raw", "cps"))
SDK_VALUE = (("sdk", "cps"), ("raw-value", "cps"))
CPU_SDK_RAW = (("sdk", "cpu_us"), ("raw", "cpu_us"))
RSS_SDK_PY = (("sdk", "rss"), ("python", "rss"))

n_reps = collections.Counter((b, c) for (_, b, c, _) in reps)
lo, hi = min(n_reps.values()), max(n_reps.values())
print("Calls/s: median over the repetitions; ratios: computed per repetition (clients run back to back), "
      f"median [min–max]; {lo}{'' if lo == hi else f'–{hi}'} repetitions per row.")
print()
print("| body | in flight | SDK calls/s | raw | raw + Value | Python | Node "
      "| SDK ÷ raw, time per call | SDK ÷ (raw + Value) "
      "| CPU µs/call: SDK | raw | SDK ÷ raw "
      "| peak RSS MB: SDK | Python | SDK ÷ Python |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for b, c in scenarios:
    cells = [b, str(c)]
    cells += [fmt_cps(median_of(cl, b, c, "cps")) for cl in CLIENTS]
    cells.append(fmt_ratio(summary(ratios(b, c, *SDK_RAW))))
    cells.append(fmt_ratio(summary(ratios(b, c, *SDK_VALUE))))
    cells.append(fmt_us(median_of("sdk", b, c, "cpu_us")))
    cells.append(fmt_us(median_of("raw", b, c, "cpu_us")))
    cells.append(fmt_ratio(summary(ratios(b, c, *CPU_SDK_RAW))))
    cells.append(fmt_mb(median_of("sdk", b, c, "rss")))
    cells.append(fmt_mb(median_of("python", b, c, "rss")))
    cells.append(fmt_ratio(summary(ratios(b, c, *RSS_SDK_PY))))
    print("| " + " | ".join(cells) + " |")
print()
print("raw: reqwest sending the SDK's bytes and headers, no signing, no decoding; raw + Value: raw, then "
      "`serde_json::Value` of the body. CPU: user + sys of the client process ÷ the calls it made "
      "(warm-up and start-up included), median. Peak RSS: `/usr/bin/time -f %M`, median.")
if foreign:
    print()
    print(f"CPU used by other processes during a run: median {statistics.median(foreign)}% of a core, max {max(foreign)}%")

# Targets.
targets = []  # (target, measured, met)


def family(b):
    return b.split("-id-")[0]


def worst(rows):
    """rows: [(scenario name, summary)]; the one with the highest median."""
    rows = [r for r in rows if r[1] is not None]
    return max(rows, key=lambda r: r[1][0]) if rows else None


def met(ok):
    return "met" if ok else "**not met**"


def time_target(kind, pair, limit, what):
    """One target per concurrency: the worst body of `kind`, the others beside it."""
    for c in concs:
        rows = [(b, summary(ratios(b, c, *pair))) for b in bodies if family(b) == kind]
        w = worst(rows)
        if w:
            others = ", ".join(f"{b} {s[0]:.2f}" for b, s in rows if s is not None and b != w[0])
            targets.append((f"SDK time per call ≤ {limit} × {what}, {kind} body, {c} in flight",
                            f"{fmt_ratio(w[1])} ({w[0]})" + (f"; {others}" if others else ""),
                            met(w[1][0] <= limit)))


time_target("small", SDK_RAW, SDK_RAW_MAX, "raw")
time_target("large", SDK_VALUE, SDK_VALUE_MAX, "(raw + Value)")
rows = [(f"{b}, {c} in flight", summary(ratios(b, c, *RSS_SDK_PY))) for b, c in scenarios]
w = worst(rows)
if w:
    n = sum(1 for r in rows if r[1] is not None)
    targets.append((f"SDK peak RSS ≤ {RSS_PYTHON_MAX:g} × Python's, every scenario",
                    f"{fmt_ratio(w[1])} (worst of {n} scenarios: {w[0]})", met(w[1][0] <= RSS_PYTHON_MAX)))
for fam in ("small", "large"):
    for c in concs:
        base = summary(ratios(fam, c, *SDK_RAW))
        base_cps = median_of("sdk", fam, c, "cps")
        variants = [b for b in bodies if family(b) == fam and b != fam]
        if base is None or base_cps is None or not variants:
            continue
        parts, ok, seen = [], True, False
        for v in variants:
            s = summary(ratios(v, c, *SDK_RAW))
            v_cps = median_of("sdk", v, c, "cps")
            if s is None or v_cps is None:
                continue
            seen = True
            norm = s[0] / base[0]      # (SDK ÷ raw) of the variant ÷ that of RequestId last
            direct = base_cps / v_cps  # time per call of the variant ÷ that of RequestId last
            ok &= abs(norm - 1) <= ORDER_TOLERANCE
            parts.append(f"{v.removeprefix(fam + '-')} {norm:.2f} (direct {direct:.2f})")
        if seen:
            targets.append((f"SDK same time per call for the 3 member orders (±{ORDER_TOLERANCE:.0%}), {fam} body, {c} in flight",
                            "; ".join(parts), met(ok)))
if targets:
    print()
    print("| target | measured | |")
    print("|---|---|---|")
    for t, m, ok in targets:
        print(f"| {t} | {m} | {ok} |")
    print()
    print("Ratios: median [min–max] of the per-repetition ratios; *met* is judged on the median of the worst "
          "scenario (named). Member orders: the variant's SDK ÷ raw ratio ÷ that of `RequestId` last "
          "(the raw floor does not depend on the order, so this removes the machine's drift between the "
          "bodies' runs); *direct*: the ratio of the SDK's median times per call.")

micro = [p for p in sys.argv[2:4]]
if not any(micro):
    sys.exit(0)
py, node = ((json.load(open(p)) if p else {}) for p in (micro + ["", ""])[:2])
print()
print("| per call, µs | Python SDK | Node SDK |")
print("|---|---:|---:|")
print(f"| signing (Python: request build incl. json.dumps; Node: `Sign.sign3`) | {py.get('sign_sdk_request_build_us', '')} | {node.get('sign_us', '')} |")
print(f"| signing, signature only (Python `_get_tc3_signature`) | {py.get('sign_signature_only_us', '')} | |")
print(f"| large body, JSON parse (`json.loads` / `JSON.parse`) | {py.get('decode_large_json_loads_us', '')} | {node.get('decode_large_json_parse_us', '')} |")
print(f"| large body, typed (`_deserialize` after `json.loads`) | {py.get('decode_large_typed_us', '')} | |")
print(f"| large body, what a call does (Python: 2 × json.loads + `_deserialize`; Node: `JSON.parse(buf.toString())`) | {py.get('decode_large_per_call_us', '')} | {node.get('decode_large_per_call_us', '')} |")
