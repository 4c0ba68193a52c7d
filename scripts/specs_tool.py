#!/usr/bin/env python3
"""Fetch, verify and vendor the official Tencent Cloud API specs.

The specs come from two PyPI wheels of the same release line:

* ``tccli-intl-en``: ``tccli/services/<svc>/<version>/{api.json,examples.json}``
* ``tencentcloud-sdk-python-intl-en``: ``tencentcloud/<svc>/<version>/errorcodes.py``

Both wheels are downloaded with ``pip download --no-deps``; a pinned version is
downloaded with ``--require-hashes`` against the sha256 recorded in
``specs/PINNED.toml``, and every extracted file is checked against the sha256
the wheel's own ``RECORD`` lists for it. Files are copied byte for byte.

Subcommands:

* ``update [--version V] [--no-report]``: make ``specs/`` the release: every
  service-version it has (new ones added, dropped ones removed, each said),
  an unreviewed ``services.json`` entry for a new service, ``PINNED.toml``;
  then re-mine every ``enums.json`` (reviewed entries kept; a reviewed
  member that vanished is reported and dropped), print and keep the change
  report (``tencentcloud-codegen changes`` against a copy of the old specs,
  in ``target/spec-changes/<old>-to-<new>.md`` and ``.json``), and
  regenerate every crate. Running it twice changes nothing.
"""
import argparse
import base64
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPECS = os.path.join(ROOT, "specs")
PINNED = os.path.join(SPECS, "PINNED.toml")
CACHE = os.environ.get("TENCENTCLOUD_SPEC_CACHE", os.path.join(ROOT, "target", "spec-cache"))

REPORTS = os.path.join(ROOT, "target", "spec-changes")

CLI_PKG = "tccli-intl-en"
SDK_PKG = "tencentcloud-sdk-python-intl-en"


def die(msg):
    print(f"specs_tool: error: {msg}", file=sys.stderr)
    sys.exit(1)


def sdk_version_for(cli_version):
    # tccli-intl-en 3.1.193.1 ships the API descriptions of SDK release 3.1.193.
    parts = cli_version.split(".")
    if len(parts) != 4:
        die(f"expected a tccli-intl-en version like 3.1.193.1, got {cli_version!r}")
    return ".".join(parts[:3])


def read_pinned():
    if not os.path.exists(PINNED):
        return None
    with open(PINNED, "rb") as f:
        return tomllib.load(f)


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def download(pkg, version, expected_sha):
    """Download one wheel into the cache; verify it against expected_sha if given."""
    os.makedirs(CACHE, exist_ok=True)
    prefix = pkg.replace("-", "_") + "-" + version + "-"
    cached = [f for f in os.listdir(CACHE) if f.startswith(prefix) and f.endswith(".whl")]
    if cached and expected_sha and sha256_file(os.path.join(CACHE, cached[0])) == expected_sha:
        return os.path.join(CACHE, cached[0])
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
               "--disable-pip-version-check", "-q", "-d", tmp]
        if expected_sha:
            req = os.path.join(tmp, "requirements.txt")
            with open(req, "w") as f:
                f.write(f"{pkg}=={version} --hash=sha256:{expected_sha}\n")
            cmd += ["--require-hashes", "-r", req]
        else:
            cmd += [f"{pkg}=={version}"]
        subprocess.run(cmd, check=True)
        wheels = [f for f in os.listdir(tmp) if f.endswith(".whl")]
        if len(wheels) != 1:
            die(f"pip download of {pkg}=={version} produced {wheels}")
        dest = os.path.join(CACHE, wheels[0])
        shutil.move(os.path.join(tmp, wheels[0]), dest)
    if expected_sha and sha256_file(dest) != expected_sha:
        die(f"{dest}: sha256 differs from the pinned {expected_sha}")
    return dest


class Wheel:
    """A wheel whose members are checked against its RECORD before use."""

    def __init__(self, path):
        self.path = path
        self.zip = zipfile.ZipFile(path)
        records = [n for n in self.zip.namelist() if n.endswith(".dist-info/RECORD")]
        if len(records) != 1:
            die(f"{path}: expected one RECORD, found {records}")
        self.record = {}
        for line in self.zip.read(records[0]).decode().splitlines():
            name, digest, _size = line.rsplit(",", 2)
            if digest.startswith("sha256="):
                self.record[name] = digest[len("sha256="):]

    def names(self):
        return self.zip.namelist()

    def read(self, name):
        data = self.zip.read(name)
        want = self.record.get(name)
        if want is None:
            die(f"{self.path}: {name} is not listed in RECORD")
        got = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        if got != want:
            die(f"{self.path}: {name} does not match its RECORD hash")
        return data


def service_versions(cli):
    """Every (service, version) pair the tccli wheel describes, sorted."""
    out = set()
    for n in cli.names():
        parts = n.split("/")
        if len(parts) == 5 and parts[:2] == ["tccli", "services"] and parts[4] == "api.json":
            out.add((parts[2], parts[3]))
    return sorted(out)


def files_for(cli, sdk, svc, ver):
    return {
        "api.json": cli.read(f"tccli/services/{svc}/{ver}/api.json"),
        "examples.json": cli.read(f"tccli/services/{svc}/{ver}/examples.json"),
        "errorcodes.py": sdk.read(f"tencentcloud/{svc}/{ver}/errorcodes.py"),
    }


def write_if_changed(path, data):
    if os.path.exists(path):
        with open(path, "rb") as f:
            if f.read() == data:
                return False
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    return True


def fetch(version, pinned):
    """Both wheels of `version`, verified; returns (cli, sdk, record-for-PINNED)."""
    sdk_version = sdk_version_for(version)
    same = pinned is not None and pinned[CLI_PKG]["version"] == version
    cli_sha = pinned[CLI_PKG]["sha256"] if same else None
    sdk_sha = pinned[SDK_PKG]["sha256"] if same else None
    cli_path = download(CLI_PKG, version, cli_sha)
    sdk_path = download(SDK_PKG, sdk_version, sdk_sha)
    record = {
        CLI_PKG: (version, os.path.basename(cli_path), sha256_file(cli_path)),
        SDK_PKG: (sdk_version, os.path.basename(sdk_path), sha256_file(sdk_path)),
    }
    return Wheel(cli_path), Wheel(sdk_path), record


def vendored():
    out = []
    if not os.path.isdir(SPECS):
        return out
    for svc in sorted(os.listdir(SPECS)):
        d = os.path.join(SPECS, svc)
        if not os.path.isdir(d):
            continue
        for ver in sorted(os.listdir(d)):
            if os.path.exists(os.path.join(d, ver, "api.json")):
                out.append((svc, ver))
    return out


def render_pinned(record, services):
    lines = [
        "# The upstream packages the specs under specs/ were copied from, byte for byte.",
        "# Written by scripts/update-specs.sh; do not edit by hand.",
        "",
    ]
    for pkg in (CLI_PKG, SDK_PKG):
        version, wheel, sha = record[pkg]
        lines += [f"[{pkg}]", f'version = "{version}"', f'wheel = "{wheel}"', f'sha256 = "{sha}"', ""]
    lines += ["[vendored]", "services = ["]
    lines += [f'    "{s}/{v}",' for s, v in services]
    lines += ["]", ""]
    return "\n".join(lines).encode()


def snapshot(dest):
    """Copy every vendored service folder, and PINNED.toml, into dest."""
    for svc in sorted({s for s, _ in vendored()}):
        shutil.copytree(os.path.join(SPECS, svc), os.path.join(dest, svc))
    if os.path.exists(PINNED):
        shutil.copy2(PINNED, os.path.join(dest, "PINNED.toml"))


def change_report(old_dir, old_version, new_version):
    """Run `tencentcloud-codegen changes` on the snapshot and specs/; print
    the report and write it under target/spec-changes/."""
    os.makedirs(REPORTS, exist_ok=True)
    base = os.path.join(REPORTS, f"{old_version or 'none'}-to-{new_version}")
    cmd = [codegen(), "changes", "--old", old_dir, "--new", SPECS,
           "--out", base + ".md", "--json", base + ".json"]
    try:
        subprocess.run(cmd, check=True, cwd=ROOT)
    except (OSError, subprocess.CalledProcessError) as e:
        # The specs are updated: a rerun changes nothing and reports nothing,
        # so keep the old specs for a report by hand.
        kept = base + ".old-specs"
        shutil.rmtree(kept, ignore_errors=True)
        shutil.copytree(old_dir, kept)
        cmd[cmd.index("--old") + 1] = kept
        die(f"the specs are updated, but the change report failed ({e}); the old specs "
            f"are kept in {os.path.relpath(kept, ROOT)}; retry with: {' '.join(cmd)}")
    with open(base + ".md", encoding="utf-8") as f:
        print(f.read(), end="")
    print(f"change report: {os.path.relpath(base, ROOT)}.md (and .json)")


_CODEGEN = None


def codegen():
    """The generator's binary, built once (release) per run."""
    global _CODEGEN
    if _CODEGEN is None:
        subprocess.run(["cargo", "build", "-q", "--release", "-p", "tencentcloud-codegen"],
                       check=True, cwd=ROOT)
        target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
        _CODEGEN = os.path.join(target, "release", "tencentcloud-codegen")
    return _CODEGEN


def remove_service_version(svc, ver):
    """Delete specs/<svc>/<ver>/ (and specs/<svc>/ once empty); say what
    reviewed work went with it."""
    d = os.path.join(SPECS, svc, ver)
    enums = os.path.join(d, "enums.json")
    reviewed = 0
    if os.path.exists(enums):
        with open(enums, encoding="utf-8") as f:
            reviewed = sum(1 for e in json.load(f).get("enums", []) if e.get("reviewed"))
    shutil.rmtree(d)
    if not os.listdir(os.path.join(SPECS, svc)):
        os.rmdir(os.path.join(SPECS, svc))
    lost = f"; its {reviewed} reviewed enum(s) went with it (see git history)" if reviewed else ""
    print(f"removed specs/{svc}/{ver}/ (dropped upstream){lost}")


SERVICES_JSON = os.path.join(SPECS, "services.json")


def keep_services_json(cli, upstream, version):
    """Give a service new upstream an unreviewed entry in services.json, so
    the generator can run; the entry says it needs a person. Entries of
    services no longer vendored stay (the file may describe more)."""
    with open(SERVICES_JSON, encoding="utf-8") as f:
        services = json.load(f)
    added = []
    for svc in sorted({s for s, _ in upstream} - set(services)):
        newest = max(v for s, v in upstream if s == svc)
        api = json.loads(cli.read(f"tccli/services/{svc}/{newest}/api.json"))
        actions = sorted(api.get("actions", {}))
        shown = ", ".join(actions[:3]) + (", ..." if len(actions) > 3 else "")
        services[svc] = {
            "name": f"Tencent Cloud {svc.upper()}",
            "abbreviation": svc.upper(),
            "description": f"API {api.get('metadata', {}).get('apiVersion', newest)} "
                           f"with {len(actions)} actions ({shown}).",
            "name_cn": api.get("metadata", {}).get("serviceNameCN", ""),
            "source": f"placeholder written by scripts/update-specs.sh for {CLI_PKG} {version}: "
                      "name and description not reviewed (see specs/SERVICES.md)",
            "reviewed": False,
        }
        added.append(svc)
    text = json.dumps(dict(sorted(services.items())), indent=2, ensure_ascii=False) + "\n"
    if write_if_changed(SERVICES_JSON, text.encode()):
        print("updated specs/services.json: unreviewed entries for " + ", ".join(added)
              + " (give each its English name and description)")
    unused = sorted(set(services) - {s for s, _ in upstream})
    if unused:
        print("specs/services.json describes services not in this release (kept): " + ", ".join(unused))


def run_codegen(*args):
    subprocess.run([codegen(), *args], check=True, cwd=ROOT)


def cmd_update(args):
    pinned = read_pinned()
    old_version = pinned[CLI_PKG]["version"] if pinned else None
    version = args.version or old_version
    if not version:
        die("no version pinned yet: pass --version, e.g. --version 3.1.193.1")
    cli, sdk, record = fetch(version, pinned)
    upstream = service_versions(cli)
    local = vendored()
    with tempfile.TemporaryDirectory(prefix="specs-old-") as old_dir:
        snapshot(old_dir)
        changed = 0
        for svc, ver in upstream:
            if (svc, ver) not in local:
                print(f"added specs/{svc}/{ver}/ (new upstream)")
            for fname, data in files_for(cli, sdk, svc, ver).items():
                if write_if_changed(os.path.join(SPECS, svc, ver, fname), data):
                    changed += 1
                    if (svc, ver) in local:
                        print(f"updated specs/{svc}/{ver}/{fname}")
        for svc, ver in local:
            if (svc, ver) not in upstream:
                remove_service_version(svc, ver)
                changed += 1
        spec_files = changed
        keep_services_json(cli, upstream, version)
        if write_if_changed(PINNED, render_pinned(record, vendored())):
            changed += 1
            print("updated specs/PINNED.toml")
        print(f"{CLI_PKG} {version}: {len(upstream)} service-versions, {changed} file(s) changed")
        # Enums follow the docs: mined again, reviewed entries kept (and
        # those whose member vanished reported and dropped).
        print("== mining enums (tencentcloud-codegen mine-enums)")
        run_codegen("mine-enums")
        # Secrets too: sensitive.json mined again, reviewed entries and
        # rejections kept (reviewed ones whose member vanished reported).
        print("== mining sensitive members (tencentcloud-codegen mine-sensitive)")
        run_codegen("mine-sensitive")
        if spec_files == 0:
            print("no changes to the specs")
        elif args.no_report:
            print("change report skipped (--no-report)")
        else:
            print("== what changed for the users of each crate (tencentcloud-codegen changes)")
            change_report(old_dir, old_version, version)
    print("== regenerating every crate (tencentcloud-codegen)")
    run_codegen()
    # Crates came, went or changed version: Cargo.lock follows, touching
    # only the workspace's own packages.
    subprocess.run(["cargo", "update", "--workspace", "-q"], check=True, cwd=ROOT)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    u = sub.add_parser("update", help="refresh specs/ from the pinned (or a new) version")
    u.add_argument("--version", help="tccli-intl-en version, e.g. 3.1.193.1 (default: the pinned one)")
    u.add_argument("--no-report", action="store_true",
                   help="do not run the change report when the specs change")
    u.set_defaults(func=cmd_update)
    args = p.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
