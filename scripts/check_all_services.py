#!/usr/bin/env python3
"""Generate every service-version of the pinned tccli-intl-en wheel and
`cargo check` the result, one service (crate, and facade feature) at a time.

Run it through ``scripts/check-all-services.sh`` (same arguments). Steps:

1. ``specs_tool.py extract-all``: every service-version of the pinned wheels
   (sha256-checked; cached in ``target/spec-cache``) into ``WORK/specs``, with
   ``specs/PINNED.toml`` and the reviewed ``enums.json`` of the vendored
   services copied over, and ``specs/services.json`` with a placeholder
   entry for each service it does not describe;
2. ``tencentcloud-codegen mine-enums``: enums for the services not reviewed;
3. ``tencentcloud-codegen --report``: the whole corpus into ``WORK/crate``:
   the facade there, one crate per service in ``WORK/crate/<service>``, one
   facade feature per service;
4. ``cargo check --features rustls,<service>`` of the facade for each
   service (which checks the service's crate), one after
   the other (a service is checked alone, so its time and memory are its
   own and a failure cannot hide another). Diagnostics are read as JSON and
   attributed to a service-version by file path; a warning is a failure.

Prints one row per service-version and a summary, and writes
``WORK/results.tsv`` and ``WORK/results.json``. Exits 1 when any
service-version has an error or warning. Tests never run this (it downloads
from PyPI); CI does not either (about 13 minutes on 2 cores, 17 with clippy).
"""
import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPECS = os.path.join(ROOT, "specs")


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def die(msg):
    log(f"check-all-services: error: {msg}")
    sys.exit(2)


def run(cmd, **kw):
    """Run `cmd`; die naming it when it fails."""
    r = subprocess.run(cmd, **kw)
    if r.returncode != 0:
        die(f"`{' '.join(cmd)}` exited with {r.returncode}")
    return r


def extract(work, only):
    specs = os.path.join(work, "specs")
    run([sys.executable, os.path.join(ROOT, "scripts", "specs_tool.py"), "extract-all", specs],
        stdout=subprocess.DEVNULL)
    shutil.copyfile(os.path.join(SPECS, "PINNED.toml"), os.path.join(specs, "PINNED.toml"))
    # Vendored services keep their reviewed enums.
    for svc in sorted(os.listdir(SPECS)):
        d = os.path.join(SPECS, svc)
        if not os.path.isdir(d):
            continue
        for ver in sorted(os.listdir(d)):
            src = os.path.join(d, ver, "enums.json")
            dst_dir = os.path.join(specs, svc, ver)
            if os.path.exists(src) and os.path.isdir(dst_dir):
                shutil.copyfile(src, os.path.join(dst_dir, "enums.json"))
    # The generator needs every service described; the corpus has services
    # the reviewed file may not cover yet.
    with open(os.path.join(SPECS, "services.json")) as f:
        described = json.load(f)
    for svc in sorted(os.listdir(specs)):
        if os.path.isdir(os.path.join(specs, svc)) and svc not in described:
            described[svc] = {"name": svc.upper(), "abbreviation": None,
                              "description": f"The {svc} service (not described yet).",
                              "source": "placeholder (scripts/check_all_services.py)",
                              "reviewed": False}
    with open(os.path.join(specs, "services.json"), "w") as f:
        json.dump(described, f, ensure_ascii=False, indent=1, sort_keys=True)
    if only:
        for svc in os.listdir(specs):
            path = os.path.join(specs, svc)
            if os.path.isdir(path) and svc not in only:
                shutil.rmtree(path)
        missing = sorted(set(only) - set(os.listdir(specs)))
        if missing:
            die(f"not in the wheel: {', '.join(missing)}")
    return specs


def codegen_binary():
    run(["cargo", "build", "-q", "-j", "2", "--release", "-p", "tencentcloud-codegen"], cwd=ROOT)
    return os.path.join(ROOT, "target", "release", "tencentcloud-codegen")


def digest(crate):
    """sha256 over every generated file (path and content), to show that a
    generator change leaves the output byte for byte the same."""
    h = hashlib.sha256()
    paths = []
    for d, _, files in os.walk(crate):
        paths += [os.path.join(d, f) for f in files if f != "Cargo.lock"]
    for p in sorted(paths):
        h.update(os.path.relpath(p, crate).encode() + b"\0")
        with open(p, "rb") as f:
            h.update(f.read())
    return h.hexdigest()


def generate(codegen, specs, crate, work, runs):
    run([codegen, "mine-enums", "--specs", specs], stdout=subprocess.DEVNULL)
    report = os.path.join(work, "codegen.json")
    walls = []
    for _ in range(runs):
        # Into an empty folder each time: every file is written, as on a first run.
        shutil.rmtree(crate, ignore_errors=True)
        start = time.monotonic()
        run([codegen, "--quiet", "--specs", specs, "--out", crate, "--report", report])
        walls.append(time.monotonic() - start)
    if runs > 1:
        log("codegen runs (s): " + ", ".join(f"{w:.2f}" for w in walls))
    wall = min(walls)
    with open(report) as f:
        summary = json.load(f)
    summary["digest"] = digest(crate)
    # A workspace of its own (not part of the repository's; the service
    # crates, path dependencies inside it, are its members), with the
    # repository's lock file so dependency versions are the tested ones.
    manifest = os.path.join(crate, "Cargo.toml")
    with open(manifest) as f:
        text = f.read()
    if "\n[workspace]\n" not in text:
        with open(manifest, "a") as f:
            f.write("\n[workspace]\n")
    shutil.copyfile(os.path.join(ROOT, "Cargo.lock"), os.path.join(crate, "Cargo.lock"))
    return summary, wall


class CheckRunner:
    """`cargo check` of one feature set at a time, in one target folder."""

    def __init__(self, crate, target, tool):
        self.crate = crate
        self.env = dict(os.environ, CARGO_TARGET_DIR=target, CARGO_INCREMENTAL="0")
        self.tool = tool

    def check(self, features):
        # Touch the crate roots so the check really runs even when an earlier
        # run left a fresh result for this feature set.
        os.utime(os.path.join(self.crate, "src", "lib.rs"))
        for f in features:
            os.utime(os.path.join(self.crate, f, "src", "lib.rs"))
        cmd = ["cargo", self.tool, "-j", "2", "--no-default-features",
               "--features", ",".join(["rustls"] + features), "--message-format=json"]
        start = time.monotonic()
        p = subprocess.Popen(cmd, cwd=self.crate, env=self.env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        chunks = {}
        readers = [threading.Thread(target=lambda k=k, s=s: chunks.__setitem__(k, s.read()))
                   for k, s in (("out", p.stdout), ("err", p.stderr))]
        for t in readers:
            t.start()
        # wait4 rather than wait: its usage covers cargo and the rustc it
        # waited for (Linux reports the largest RSS among them).
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.monotonic() - start
        for t in readers:
            t.join()
        p.returncode = os.waitstatus_to_exitcode(status)
        out, err = chunks["out"], chunks["err"]
        cpu = usage.ru_utime + usage.ru_stime
        rss = usage.ru_maxrss / 1024
        return p.returncode, out.decode(errors="replace"), err.decode(errors="replace"), wall, cpu, rss


def attribute(stdout, versions_of_feature):
    """Diagnostics of our crates by service-version: {name: [(level, text)]}."""
    found = {}
    for line in stdout.splitlines():
        if not line.startswith("{"):
            continue
        msg = json.loads(line)
        if msg.get("reason") != "compiler-message":
            continue
        target = msg.get("target", {}).get("name")
        if target is not None and target != "tencentcloud" and not target.startswith("tencentcloud_sdk_"):
            continue
        d = msg["message"]
        if d["level"] not in ("error", "warning"):
            continue
        spans = [s for s in d.get("spans", []) if s.get("is_primary")] or d.get("spans", [])
        if not spans:
            continue  # summaries such as "aborting due to N previous errors"
        s = spans[0]
        parts = s["file_name"].split("/")
        where = f"{s['file_name']}:{s['line_start']}"
        text = f"{d['level']}: {d['message']} ({where})"
        # <service>/src/<version>/<file>.rs, relative to the workspace root.
        if len(parts) >= 4 and parts[1] == "src":
            names = [f"{parts[0]}/{parts[2]}"]
        else:
            names = versions_of_feature  # a crate's lib.rs
        for n in names:
            found.setdefault(n, []).append((d["level"], text))
    return found


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--work", default=os.path.join(ROOT, "target", "all-services"),
                   help="working folder (default: target/all-services)")
    p.add_argument("--only", default="", help="comma-separated services (default: all)")
    p.add_argument("--no-check", action="store_true", help="generate only, do not compile")
    p.add_argument("--codegen-runs", type=int, default=1, metavar="N",
                   help="generate N times, report the fastest (default: 1)")
    p.add_argument("--tool", choices=["check", "clippy", "build"], default="check",
                   help="cargo subcommand per service (default: check; build for compile times)")
    args = p.parse_args()
    only = [s for s in args.only.split(",") if s]
    work = os.path.abspath(args.work)
    os.makedirs(work, exist_ok=True)

    log("== extracting the pinned wheels")
    specs = extract(work, only)
    log("== building the generator")
    codegen = codegen_binary()
    crate = os.path.join(work, "crate")
    log("== mining enums and generating")
    summary, codegen_wall = generate(codegen, specs, crate, work, max(1, args.codegen_runs))
    services = summary["services"]
    features = sorted({s["feature"] for s in services})
    by_feature = {f: [s for s in services if s["feature"] == f] for f in features}
    spec_mb = summary["spec_bytes"] / 1e6
    largest = max(services, key=lambda s: s["load_ms"] + s["emit_ms"])
    log(f"generated {len(services)} service-versions ({summary['rust_bytes'] / 1e6:.1f} MB of Rust) "
        f"from {spec_mb:.1f} MB of specs in {codegen_wall:.2f} s")

    results = {}
    check_info = {}
    tool = args.tool
    if not args.no_check:
        runner = CheckRunner(crate, os.path.join(work, "target"), tool)
        log(f"== cargo {tool}: dependencies and the crate without services")
        code, out, err, base_wall, _, _ = runner.check([])
        if code != 0:
            die(f"the crate without services does not compile:\n{err[-3000:]}")
        check_info["baseline_s"] = base_wall
        log(f"   {base_wall:.1f} s")
        # The crate alone, dependencies fresh: the fixed cost in every check below.
        code, out, err, empty_wall, _, _ = runner.check([])
        check_info["empty_s"] = empty_wall
        for i, f in enumerate(features, 1):
            names = [s["name"] for s in by_feature[f]]
            code, out, err, wall, cpu, rss = runner.check([f])
            diags = attribute(out, names)
            for n in names:
                d = diags.get(n, [])
                errors = [t for lvl, t in d if lvl == "error"]
                warnings = [t for lvl, t in d if lvl == "warning"]
                if errors:
                    status, first = "fail", errors[0]
                elif warnings:
                    status, first = "warn", warnings[0]
                elif code != 0:
                    tail = err.strip().splitlines()[-1:] or [f"exit code {code}"]
                    status, first = "fail", f"cargo failed without a diagnostic: {tail[0]}"
                else:
                    status, first = "pass", ""
                results[n] = {"status": status, "errors": len(errors), "warnings": len(warnings),
                              "first": first, "check_s": wall, "check_cpu_s": cpu, "rss_mb": rss}
            log(f"   [{i}/{len(features)}] {f}: {wall:.1f} s, "
                f"{'; '.join(results[n]['status'] for n in names)}")
        check_info["peak_rss_mb"] = max([r["rss_mb"] for r in results.values()], default=0)

    # The table.
    header = ["service-version", "actions", "depr", "objects", "enums", "codegen_ms",
              "rust_kb", f"{tool}_s", "s_per_100_actions", "rss_mb", "result", "first_diagnostic"]
    rows = []
    for f in features:
        vs = by_feature[f]
        feature_actions = sum(s["actions"] for s in vs)
        for s in vs:
            r = results.get(s["name"], {})
            check_s = r.get("check_s")
            per100 = (check_s - check_info["empty_s"]) * 100 / feature_actions \
                if check_s is not None and feature_actions else None
            rows.append([
                s["name"], s["actions"], s["deprecated_actions"], s["types"], s["enums"],
                f"{s['load_ms'] + s['emit_ms']:.0f}", f"{s['rust_bytes'] / 1e3:.0f}",
                "" if check_s is None else (f"{check_s:.1f}" + ("*" if len(vs) > 1 else "")),
                "" if per100 is None else f"{per100:.2f}",
                "" if check_s is None else f"{r['rss_mb']:.0f}",
                r.get("status", "-"), r.get("first", ""),
            ])
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header) - 1)]
    for r in [header] + rows:
        cells = [str(c).rjust(w) if i and i < len(header) - 2 else str(c).ljust(w)
                 for i, (c, w) in enumerate(zip(r, widths))]
        print("  ".join(cells + [str(r[-1])]).rstrip())
    with open(os.path.join(work, "results.tsv"), "w") as f:
        for r in [header] + rows:
            f.write("\t".join(str(c) for c in r) + "\n")

    counts = {}
    for r in results.values():
        counts[r["status"]] = counts.get(r["status"], 0) + 1
    total_check = sum(results[by_feature[f][0]["name"]]["check_s"] for f in features) if results else 0
    print()
    if any(len(v) > 1 for v in by_feature.values()):
        print("* the check time of a service with several versions covers all of them")
    print(f"service-versions: {len(services)} ({len(features)} services), "
          f"{sum(s['actions'] for s in services)} actions, {sum(s['types'] for s in services)} objects, "
          f"{sum(s['enums'] for s in services)} enums")
    print(f"codegen: {codegen_wall:.2f} s wall for {spec_mb:.1f} MB of specs ({spec_mb / codegen_wall:.1f} MB/s), "
          f"{summary['rust_bytes'] / 1e6:.1f} MB of Rust; load {summary['load_ms'] / 1e3:.2f} s, "
          f"emit {summary['emit_ms'] / 1e3:.2f} s, write {summary['write_ms'] / 1e3:.2f} s; "
          f"largest: {largest['name']} {largest['load_ms'] + largest['emit_ms']:.0f} ms; "
          f"output sha256 {summary['digest'][:16]}")
    if results:
        print(f"cargo {tool}: " + ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))
              + f"; {total_check / 60:.1f} min for the services, dependencies {check_info['baseline_s']:.0f} s, "
              f"crate without services {check_info['empty_s']:.1f} s (subtracted in s_per_100_actions); "
              f"peak RSS {check_info['peak_rss_mb']:.0f} MB")
    with open(os.path.join(work, "results.json"), "w") as f:
        json.dump({"codegen": summary, "codegen_wall_s": codegen_wall, "check": check_info,
                   "tool": tool, "results": results}, f, indent=1)
    print(f"results: {os.path.join(work, 'results.tsv')}")
    bad = sum(n for k, n in counts.items() if k != "pass")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
