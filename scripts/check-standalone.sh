#!/usr/bin/env bash
# Each service crate works on its own: crates in a temporary folder outside
# the workspace, each depending by path on one service crate only (and
# tokio), build a Config from that crate's re-exports alone and call an
# action on the loopback emulator (tests/src/bin/tencentcloud-emulator.rs),
# checking the documented example's values:
#   - tencentcloud-sdk-tcss: DescribeVirusDetail (a seed page)
#   - tencentcloud-sdk-vpc: DescribeVpcs (a service with no tests of its own)
#
#   scripts/check-standalone.sh
#
# The workspace's Cargo.lock is copied in so dependency versions match, and
# the builds go to target/standalone, so dependencies are reused across runs.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
target="${CARGO_TARGET_DIR:-$repo/target}"
case $target in /*) ;; *) target="$repo/$target" ;; esac
secret_id=AKIDstandalone
secret_key=standalone-secret-key

echo "== emulator (built with the workspace's feature set; nothing to do when CI built it)"
# `--examples` too, as CI's examples step: without it the dev-dependencies drop
# out of feature resolution and every service crate would build again.
cargo build -q --workspace --examples --bins
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

# standalone_crate NAME SERVICE_FOLDER: a crate in $work/NAME whose only
# SDK dependency is generated/SERVICE_FOLDER; its main.rs comes on stdin.
standalone_crate() {
  local name=$1 service=$2
  mkdir -p "$work/$name/src"
  cat >"$work/$name/Cargo.toml" <<TOML
[package]
name = "tencentcloud-standalone-$name"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
tencentcloud-sdk-$service = { path = "$repo/generated/$service" }
tokio = { version = "1", features = ["macros", "rt-multi-thread"] }

# Not part of any workspace.
[workspace]

# As in the workspace: no debug info for the generated code.
[profile.dev]
debug = false
TOML
  cat >"$work/$name/src/main.rs"
  cp Cargo.lock "$work/$name/Cargo.lock"
}

standalone_crate tcss tcss <<RUST
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

standalone_crate vpc vpc <<RUST
use tencentcloud_sdk_vpc::v20170312::{Client, DescribeVpcsRequest, Filter};
use tencentcloud_sdk_vpc::{Config, Credential, Error};

#[tokio::main]
async fn main() -> Result<(), Error> {
    let url = std::env::var("EMULATOR_URL").expect("EMULATOR_URL is set by the script");
    let config = Config::builder()
        .endpoint_url(url)
        .region("ap-guangzhou")
        .credentials(Credential::new("$secret_id", "$secret_key"))
        .build()?;
    let vpc = Client::new(&config);
    let request = DescribeVpcsRequest::new()
        .set_limit("2")
        .set_filters([Filter::new("cidr-block", ["10.0.0.0"])]);
    let vpcs = vpc.describe_vpcs(request).await?;
    // The documented example's values, typed.
    assert_eq!(vpcs.total_count, Some(1), "{vpcs:?}");
    let first = &vpcs.vpc_set.as_deref().unwrap_or_default()[0];
    assert_eq!(first.vpc_id.as_deref(), Some("vpc-p5sf61yj"), "{first:?}");
    assert_eq!(first.enable_dhcp, Some(true), "{first:?}");
    println!(
        "standalone tencentcloud-sdk-vpc: DescribeVpcs total = {:?}, first = {:?} {:?}",
        vpcs.total_count, first.vpc_id, first.cidr_block
    );
    Ok(())
}
RUST

echo "== emulator on 127.0.0.1"
"$emulator" --port 0 --secret-id "$secret_id" --secret-key "$secret_key" \
  --specs "$repo/specs" --service tcss --service vpc >"$work/emulator.out" 2>"$work/emulator.err" &
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

for name in tcss vpc; do
  echo "== a crate outside the workspace depending only on tencentcloud-sdk-$name (and tokio)"
  EMULATOR_URL=$url CARGO_TARGET_DIR="$target/standalone" \
    cargo run -q --manifest-path "$work/$name/Cargo.toml"
done
