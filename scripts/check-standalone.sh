#!/usr/bin/env bash
# A service crate works on its own: a crate in a temporary folder outside
# the workspace depends by path only on generated/tcss
# (`tencentcloud-sdk-tcss`) and tokio, builds a Config from that crate's
# re-exports alone, and calls DescribeVirusDetail on the loopback emulator
# (tests/src/bin/tencentcloud-emulator.rs), checking the documented example's
# value.
#
#   scripts/check-standalone.sh
#
# The workspace's Cargo.lock is copied in so dependency versions match, and
# the build goes to target/standalone, so dependencies are reused across runs.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
target="${CARGO_TARGET_DIR:-$repo/target}"
case $target in /*) ;; *) target="$repo/$target" ;; esac
secret_id=AKIDstandalone
secret_key=standalone-secret-key

echo "== emulator (built with the workspace's feature set; nothing to do when CI built it)"
cargo build -q --workspace --bins
emulator="$target/debug/tencentcloud-emulator"

work=$(mktemp -d "${TMPDIR:-/tmp}/tencentcloud-standalone.XXXXXX")
emulator_pid=
cleanup() {
  if [[ -n $emulator_pid ]]; then
    kill "$emulator_pid" 2>/dev/null || true
    wait "$emulator_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/src"
cat >"$work/Cargo.toml" <<TOML
[package]
name = "tencentcloud-standalone-check"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
tencentcloud-sdk-tcss = { path = "$repo/generated/tcss" }
tokio = { version = "1", features = ["macros", "rt-multi-thread"] }

# Not part of any workspace.
[workspace]

# As in the workspace: no debug info for the generated code.
[profile.dev]
debug = false
TOML
cat >"$work/src/main.rs" <<RUST
use tencentcloud_sdk_tcss::v20201101::{Client, DescribeVirusDetailRequest};
use tencentcloud_sdk_tcss::{Config, Credential, Error};

#[tokio::main]
async fn main() -> Result<(), Error> {
    let url = std::env::var("EMULATOR_URL").expect("EMULATOR_URL is set by the script");
    let config = Config::builder()
        .endpoint_url(url)
        .region("ap-guangzhou")
        .credentials(Credential::new("$secret_id", "$secret_key"))
        .build()?;
    let tcss = Client::new(&config);
    let detail = tcss
        .describe_virus_detail(DescribeVirusDetailRequest::new("10021"))
        .await?;
    // The documented example's value.
    assert_eq!(detail.size, Some(332155), "{detail:?}");
    println!(
        "standalone tencentcloud-sdk-tcss: DescribeVirusDetail size = {:?} ({:?})",
        detail.size, detail.virus_name
    );
    Ok(())
}
RUST
cp Cargo.lock "$work/Cargo.lock"

echo "== emulator on 127.0.0.1"
"$emulator" --port 0 --secret-id "$secret_id" --secret-key "$secret_key" \
  --specs "$repo/specs" --service tcss >"$work/emulator.out" 2>"$work/emulator.err" &
emulator_pid=$!
url=
for _ in $(seq 1 300); do
  url=$(head -n 1 "$work/emulator.out" 2>/dev/null || true)
  [[ $url == http://127.0.0.1:* ]] && break
  if ! kill -0 "$emulator_pid" 2>/dev/null; then
    echo "the emulator exited:" >&2
    cat "$work/emulator.err" >&2
    exit 1
  fi
  url=
  sleep 0.1
done
if [[ -z $url ]]; then
  echo "the emulator printed no URL in 30 s" >&2
  exit 1
fi
echo "$url"

echo "== a crate outside the workspace depending only on tencentcloud-sdk-tcss (and tokio)"
EMULATOR_URL=$url CARGO_TARGET_DIR="$target/standalone" \
  cargo run -q --manifest-path "$work/Cargo.toml"
