#!/usr/bin/env bash
# Package every publishable crate of the workspace (the runtime, the
# generator, the facade and each service crate) with `cargo package
# --no-verify`, and print a table: crate, version, .crate size, unpacked
# size. Exits non-zero if a .crate is 10 MB or more (crates.io's limit).
#
#   scripts/package-sizes.sh
#
# One cargo invocation with a `-p` per crate: cargo packages them together
# and resolves the dependencies between them (a service crate needs the
# unpublished runtime) from the crates it is packaging. `--allow-dirty`
# lets it run on a working copy with uncommitted changes.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-$PWD/target}"

# Publishable = workspace members whose `publish` is not false.
mapfile -t packages < <(cargo metadata --format-version 1 --no-deps | python3 -c '
import json, sys
meta = json.load(sys.stdin)
members = set(meta["workspace_members"])
for p in sorted(meta["packages"], key=lambda p: p["name"]):
    if p["id"] in members and p.get("publish") != []:
        print(p["name"] + " " + p["version"])
')
if [[ ${#packages[@]} -eq 0 ]]; then
  echo "no publishable crate found" >&2
  exit 1
fi
args=()
for entry in "${packages[@]}"; do
  args+=(-p "${entry%% *}")
done
echo "== cargo package --no-verify ${args[*]}"
cargo package --no-verify --allow-dirty --quiet "${args[@]}"

python3 - "$target" "${packages[@]}" <<'PY'
import os, sys, tarfile
target, entries = sys.argv[1], sys.argv[2:]
limit = 10 * 1024 * 1024
rows, failed = [], False
for entry in entries:
    name, version = entry.split(" ")
    path = os.path.join(target, "package", f"{name}-{version}.crate")
    if not os.path.exists(path):
        print(f"missing: {path}", file=sys.stderr)
        failed = True
        continue
    size = os.path.getsize(path)
    with tarfile.open(path, "r:gz") as t:
        files = [m for m in t.getmembers() if m.isfile()]
    unpacked = sum(m.size for m in files)
    # A service crate carries its specs (its `emulator` feature embeds them):
    # the links in the repository must have been packaged as files.
    if name.startswith("tencentcloud-sdk-"):
        specs = [m for m in files if "/specs/" in m.name and m.name.endswith("/api.json")]
        if not specs or any(m.size < 100 for m in specs):
            print(f"{name}: the .crate does not carry its specs/<version>/api.json", file=sys.stderr)
            failed = True
    over = size >= limit
    failed |= over
    rows.append((name, version, size, unpacked, len(files), over))
fmt = "{:<22} {:<24} {:>13} {:>7} {:>15} {:>7} {:>6}{}"
print(fmt.format("crate", "version", ".crate bytes", "MB", "unpacked bytes", "MB", "files", ""))
for name, version, size, unpacked, files, over in rows:
    note = "  >= 10 MB: too large for crates.io" if over else ""
    print(fmt.format(name, version, size, f"{size / 1e6:.2f}", unpacked, f"{unpacked / 1e6:.2f}", files, note))
size, unpacked = sum(r[2] for r in rows), sum(r[3] for r in rows)
print(fmt.format("total", "", size, f"{size / 1e6:.2f}", unpacked, f"{unpacked / 1e6:.2f}", sum(r[4] for r in rows), ""))
if failed:
    print("a crate is missing or too large (crates.io accepts up to 10 MB)", file=sys.stderr)
sys.exit(1 if failed else 0)
PY
