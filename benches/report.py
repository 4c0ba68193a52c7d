#!/usr/bin/env python3
"""Markdown tables of `cargo bench -p tencentcloud-benches` runs.

    python3 benches/report.py                       # the last run (target/criterion)
    python3 benches/report.py DIR1 DIR2 DIR3        # several runs (copies of target/criterion)

Reads criterion's `new/estimates.json` (the median of the samples) and
`new/benchmark.json` of every bench of the groups `sign`, `codec` and `call`.
With several runs, each figure is the median over the runs of criterion's
median, and each ratio the median of the ratios measured within one run
(min–max in parentheses).
"""

import json
import os
import sys

import statistics

ROOTS = sys.argv[1:] or [os.path.join(os.environ.get("CARGO_TARGET_DIR", "target"), "criterion")]


def load(ROOT):
    out = {}
    for group in ("sign", "codec", "call"):
        base = os.path.join(ROOT, group)
        if not os.path.isdir(base):
            continue
        for d in os.listdir(base):
            new = os.path.join(base, d, "new")
            if not os.path.isfile(os.path.join(new, "benchmark.json")):
                continue
            with open(os.path.join(new, "benchmark.json")) as f:
                meta = json.load(f)
            with open(os.path.join(new, "estimates.json")) as f:
                est = json.load(f)
            out[meta["full_id"]] = (est["median"]["point_estimate"], meta.get("throughput") or {})
    return out


def fmt_time(ns):
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.2f} µs"
    return f"{ns:.0f} ns"


def ratio(runs, a, b):
    """`a / b` within each run: "median (min–max)"."""
    rs = [run[a][0] / run[b][0] for run in runs if a in run and b in run]
    if not rs:
        return ""
    m = statistics.median(rs)
    if len(rs) == 1:
        return f"{m:.2f}"
    return f"{m:.2f} ({min(rs):.2f}–{max(rs):.2f})"


def main():
    runs = [load(root) for root in ROOTS]
    if not any(runs):
        sys.exit(f"no criterion results under {ROOTS}")
    r = {}
    for k in set().union(*runs):
        vals = [run[k][0] for run in runs if k in run]
        tp = next(run[k][1] for run in runs if k in run)
        r[k] = (statistics.median(vals), tp)
    if len(runs) > 1:
        print(f"{len(runs)} runs: medians over the runs; ratios within each run, median (min–max)\n")
    if any(k.startswith("sign/") for k in r):
        print("### sign\n")
        print("| bench | median per signature |")
        print("|---|---:|")
        for k in sorted(x for x in r if x.startswith("sign/")):
            print(f"| {k[5:]} | {fmt_time(r[k][0])} |")
        print()
    if any(k.startswith("codec/") for k in r):
        print("### codec\n")
        print("| body | bench | median | MB/s | ÷ typed (client path) | ÷ IgnoredAny |")
        print("|---|---|---:|---:|---:|---:|")
        order = ["request", "small", "large", "virus_detail"]
        keys = sorted((x for x in r if x.startswith("codec/")),
                      key=lambda k: (order.index(k.split("/")[1]) if k.split("/")[1] in order else 9, k))
        for k in keys:
            _, body, name = k.split("/", 2)
            ns, tp = r[k]
            mbs = tp.get("Bytes", 0) / ns * 1e3 if ns else 0
            rt = ratio(runs, k, f"codec/{body}/typed, client path (de::decode_response)")
            rf = ratio(runs, k, f"codec/{body}/IgnoredAny (parsing floor)")
            print(f"| {body} | {name} | {fmt_time(ns)} | {mbs:,.0f} | {rt} | {rf} |")
        print()
    if any(k.startswith("call/") for k in r):
        print("### call\n")
        print("| body | scenario | SDK per call | raw per call | raw + Value per call "
              "| SDK calls/s | raw calls/s | raw + Value calls/s | SDK ÷ raw | SDK ÷ raw + Value |")
        print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        for body in ("small", "large"):
            for scen in ("seq", "16 concurrent", "64 concurrent"):
                row = []
                for c in ("sdk", "raw", "raw + Value"):
                    v = r.get(f"call/{body}/{scen}/{c}")
                    if v is None:
                        row.append(None)
                        continue
                    ns, tp = v
                    n = tp.get("Elements", 1)
                    row.append(ns / n)
                if all(x is None for x in row):
                    continue
                per = [fmt_time(x) if x else "" for x in row]
                cps = [f"{1e9 / x:,.0f}" if x else "" for x in row]
                sdk = f"call/{body}/{scen}/sdk"
                rat = [ratio(runs, sdk, f"call/{body}/{scen}/{c}") for c in ("raw", "raw + Value")]
                print(f"| {body} | {scen} | " + " | ".join(per + cps + rat) + " |")
        print()


if __name__ == "__main__":
    main()
